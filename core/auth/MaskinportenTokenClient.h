#pragma once

#include "auth/MaskinportenError.h"
#include "auth/MaskinportenGrant.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Altinn {
class ActivityLog;
} // namespace Altinn

/// An access token from Maskinporten.
struct MaskinportenToken
{
    QByteArray accessToken;
    QString tokenType;
    qint64 expiresIn = 0; ///< seconds, as answered
    QString scope; ///< granted scopes, as answered
    QDateTime expiresAt; ///< local clock
    bool fromCache = false;
};

/**
 * Gets tokens with the JWT-bearer grant (docs/altinn-behaviour.md#token-request-and-response): a form-encoded
 * POST to the token endpoint of the environment, with a timeout. Answers are typed (token, Maskinporten
 * error, or network failure). Tokens are cached under the full request identity until 30 s before they expire
 * (docs/altinn-behaviour.md#token-caching). The server's `Date` header tells how far this computer's clock is
 * off — the usual cause of "expired" and "issue time is in the future".
 */
class MaskinportenTokenClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshMarginSeconds = 30;
    static constexpr int DefaultTimeoutMs = 30000;

    struct Result
    {
        std::optional<MaskinportenToken> token;
        std::optional<MaskinportenError> error; ///< Maskinporten answered with an error body
        QString networkError; ///< no usable answer (connection, TLS, …)
        bool timedOut = false;

        bool ok() const { return token.has_value(); }
    };
    using Callback = std::function<void(const Result &)>;

    MaskinportenTokenClient(QNetworkAccessManager *network, QUrl tokenEndpoint, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    /// Records every token request and answer in @p log (grant and token redacted); null = none.
    void setActivityLog(Altinn::ActivityLog *log) { m_activityLog = log; }

    /// A cached token when one is still good for RefreshMarginSeconds, else a new one.
    void requestToken(const GrantRequest &request, const SigningIdentity &identity, Callback done);
    void clearCache() { m_cache.clear(); }

    /// Server time minus local time from the last answer's Date header; nullopt before any answer.
    std::optional<qint64> clockSkewSeconds() const { return m_clockSkewSeconds; }

private:
    QNetworkAccessManager *m_network;
    QUrl m_tokenEndpoint;
    int m_timeoutMs = DefaultTimeoutMs;
    Altinn::ActivityLog *m_activityLog = nullptr;
    QHash<QByteArray, MaskinportenToken> m_cache;
    /// Callers waiting for the token request in flight, by cache key.
    QHash<QByteArray, QList<Callback>> m_waiting;
    std::optional<qint64> m_clockSkewSeconds;
};
