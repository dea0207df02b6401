#pragma once

#include "altinn/ApiResponse.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Altinn {

class ApiOperation;
class ApiTransport;

/**
 * "Call an API" on the Test authentication page: sends one request the user typed (URL, method,
 * body) with a system user token as the bearer, and hands back whatever the server answered. Goes
 * through the session's ApiTransport, so it gets the same timeout, TLS verification (errors are never
 * ignored), no automatic redirects (the token must not follow one) and a redacted ActivityLog entry.
 * Refuses what it must not send: other schemes than http(s), plain http to anything but this computer
 * (the token would travel unencrypted), user names in the address, unknown methods.
 */
class ApiProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;

    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiProbe(ApiTransport *transport, QObject *parent = nullptr);

    /// GET, POST, PUT, DELETE: the methods send() accepts.
    static QStringList methods();
    /// Why @p url cannot be called with a token (translated), or empty when it can.
    static QString urlProblem(const QUrl &url);
    /// Whether a body is sent with @p method (POST and PUT; DELETE when one is given; never GET).
    static bool sendsBody(const QByteArray &method);
    /// The Content-Type sent with @p body: JSON when it parses as JSON, else plain text.
    static QByteArray contentTypeFor(const QByteArray &body);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /**
     * Sends @p method @p url with "Authorization: Bearer @p token" (no header when @p token is empty)
     * and @p body (see sendsBody). @p done runs exactly once, never inside send(): with the answer of
     * any status, or a failure (Kind::Rejected when refused before sending; network, TLS, time-out,
     * cancel). The returned operation cancels it.
     */
    ApiOperation *send(const QByteArray &method, const QUrl &url, const QByteArray &body,
        const QByteArray &token, Callback done);

private:
    ApiOperation *refuse(const QUrl &url, const QString &reason, Callback done);

    ApiTransport *m_transport;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Altinn
