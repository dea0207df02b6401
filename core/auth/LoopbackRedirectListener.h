#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

/**
 * The redirect target of a native app's login (RFC 8252 §7.3): a tiny HTTP listener on 127.0.0.1 with a
 * port the system picks, at "http://127.0.0.1:<port>/callback". The browser lands here after ID-porten;
 * the listener answers one GET /callback with a short page in the person's language, emits
 * redirected() with the query, and stops listening. Anything else — another path (/favicon.ico), another
 * method, a request larger than MaxRequestBytes, a connection that says nothing — is answered with an
 * error or dropped, and the listener keeps waiting. Not QtHttpServer: core does not depend on it.
 */
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    /// A redirect is a request line with a code and state plus a browser's headers: a few KiB at most.
    static constexpr qint64 MaxRequestBytes = 16 * 1024;
    /// A connection that has not sent its whole request by then is closed.
    static constexpr int RequestTimeoutMs = 10000;

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    /// Listens on 127.0.0.1 on a free port; false when no port could be opened.
    bool listen();
    bool isListening() const;
    /// Stops listening and closes every open connection; no redirected() after this.
    void close();
    /// "http://127.0.0.1:<port>/callback"; empty when not listening.
    QUrl redirectUri() const;
    quint16 port() const;

Q_SIGNALS:
    /// The browser came back with @p query (code and state, or error and error_description).
    void redirected(const QUrlQuery &query);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);
    /// The page the browser shows after the redirect: logged in, cancelled, or the error.
    static QByteArray pageFor(const QUrlQuery &query);

    QTcpServer *m_server;
    bool m_done = false;
};
