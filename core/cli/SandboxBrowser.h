#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace Altinn {
class Environment;
} // namespace Altinn

/**
 * `systemuser-cli idporten login --person PID`: the CLI plays the person's browser at the sandbox's
 * ID-porten (docs/sandbox.md#id-porten), so scripts and tests log in without a browser. It opens the
 * authorization URL, submits the login page's form as the person with that national identity number,
 * answers the consent page (Allow) and follows the redirect to the login's loopback listener. Only for a
 * sandbox on this computer: it refuses any other environment and any authorization URL off loopback —
 * real ID-porten needs a real person.
 */
class SandboxBrowser : public QObject
{
    Q_OBJECT

public:
    /// Each page answers within this, or the login is given up.
    static constexpr int PageTimeoutMs = 10000;
    /// The sandbox's pages are a few KiB; no more than this is looked at.
    static constexpr qint64 MaxPageBytes = 512 * 1024;

    explicit SandboxBrowser(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Whether it may play the browser for @p authorizeUrl in @p environment: a local sandbox only.
    static bool mayLogIn(const Altinn::Environment &environment, const QUrl &authorizeUrl);
    /// A form's fields as a browser submits them: its hidden inputs plus the button @p name = @p value;
    /// the form's action resolved against @p pageUrl. Empty action when @p page has no POST form.
    static std::pair<QUrl, QByteArray> submission(
        const QUrl &pageUrl, const QString &page, const QString &name, const QString &value);

    /// Logs in as @p pid; @p done gets an empty string when the redirect reached the listener, else a
    /// translated sentence saying what went wrong.
    void logIn(
        const QUrl &authorizeUrl, const QString &pid, bool allow, std::function<void(const QString &)> done);

private:
    enum class Stage { Authorize, Login, Consent, Redirect };

    void send(Stage stage, const QUrl &url, const QByteArray &form);
    void answered(Stage stage, QNetworkReply *reply);
    void finish(const QString &error);

    QNetworkAccessManager *m_network;
    QString m_pid;
    bool m_allow = true;
    std::function<void(const QString &)> m_done;
    QPointer<QNetworkReply> m_reply;
};
