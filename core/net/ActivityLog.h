#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Altinn {

/// One HTTP exchange, already redacted: nothing in it may be a token, a grant or key material.
struct ActivityEntry
{
    qint64 id = 0; ///< increasing, from 1
    QDateTime startedAt; ///< UTC
    QString environment; ///< Environment::id()
    QByteArray method;
    QUrl url; ///< token-like query values redacted
    QList<QPair<QByteArray, QByteArray>> requestHeaders; ///< Authorization → "Bearer $TOKEN"
    QByteArray requestBody;
    int status = 0; ///< 0 when there was no answer
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
    qint64 durationMs = 0;
    int attempt = 1; ///< 2, 3, … for retries
    QString outcome; ///< "" for an answer, else "timed out", "cancelled", "network error: …"

    /// Method, URL, request headers, status and response headers of a finished @p reply, plus the bodies
    /// (the reply cannot give them back). Not yet redacted: ActivityLog::record does that.
    static ActivityEntry fromReply(const QByteArray &method, const QNetworkReply &reply,
        const QByteArray &requestBody, const QByteArray &responseBody);
};

/**
 * Every HTTP call the app makes (Altinn, metadata, Maskinporten), redacted on the way in, kept in
 * memory only (bounded), with "copy as curl" and a redacted support bundle. Lives on the thread of
 * the clients that write to it.
 */
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 2000;

    explicit ActivityLog(QObject *parent = nullptr);

    /// Redacts @p entry (headers, URL, bodies), gives it an id and keeps it; returns the id.
    qint64 record(ActivityEntry entry);
    QList<ActivityEntry> entries() const { return m_entries; }
    const ActivityEntry *entry(qint64 id) const;
    void clear();
    void setCapacity(int capacity);

    /// A curl command that repeats @p entry; the token is the shell variable $TOKEN (never the value).
    static QString curlCommand(const ActivityEntry &entry);
    /// A JSON support bundle: app version, OS, environment, and every entry (all already redacted).
    QByteArray supportBundle(const QString &appVersion) const;

Q_SIGNALS:
    void entryAdded(const Altinn::ActivityEntry &entry);
    void cleared();

private:
    QList<ActivityEntry> m_entries;
    qint64 m_nextId = 1;
    int m_capacity = DefaultCapacity;
};

/// Removes secrets from what is logged: bearer tokens, JWTs, grants, access tokens, private JWK
/// members, PEM private keys, passwords. Used by ActivityLog; public for tests and other log writers.
namespace Redaction {
QByteArray header(const QByteArray &name, const QByteArray &value);
QUrl url(const QUrl &url);
/// JSON bodies member-wise; form bodies (assertion=, client_assertion=, …); any JWT or PEM anywhere.
QByteArray body(const QByteArray &body, const QByteArray &contentType = {});
/// True when @p text still contains something that looks like a secret (used by tests).
bool containsSecret(const QByteArray &text);
} // namespace Redaction

} // namespace Altinn
