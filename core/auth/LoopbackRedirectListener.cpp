#include "auth/LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString CallbackPath = u"/callback"_s;
/// Per socket: the bytes read so far.
const char *const BufferProperty = "loopbackRequest";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// nb, nn or en: the page's lang attribute, from the language the app runs in.
QString pageLanguage()
{
    const QString name = QLocale().name();
    if (name.startsWith(u"nb"_s) || name.startsWith(u"no"_s))
        return u"nb"_s;
    if (name.startsWith(u"nn"_s))
        return u"nn"_s;
    return u"en"_s;
}

QByteArray page(const QString &title, const QString &text)
{
    return (u"<!DOCTYPE html>\n<html lang=\""_s + pageLanguage()
        + u"\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
          "initial-scale=1\"><title>"_s
        + escaped(title)
        + u"</title><style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;"
          "line-height:1.5}</style></head>\n<body><h1>"_s
        + escaped(title) + u"</h1><p>"_s + escaped(text) + u"</p></body></html>\n"_s)
        .toUtf8();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::accept);
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

bool LoopbackRedirectListener::listen()
{
    m_done = false;
    // The loopback interface only (RFC 8252 §8.3): nothing on the network can reach the listener.
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

void LoopbackRedirectListener::close()
{
    m_done = true;
    m_server->close();
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    if (!m_server->isListening())
        return {};
    // 127.0.0.1 rather than localhost (RFC 8252 §8.3): no name lookup, no IPv6/IPv4 ambiguity.
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(CallbackPath));
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

void LoopbackRedirectListener::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        // A connection that keeps quiet (a browser's speculative preconnect) must not stay open for ever.
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::readFrom(QTcpSocket *socket)
{
    QByteArray request = socket->property(BufferProperty).toByteArray();
    request += socket->read(MaxRequestBytes + 1 - request.size());
    if (request.size() > MaxRequestBytes) {
        answer(socket, 431, "Request Header Fields Too Large",
            page(tr("Request too large"), tr("This address only takes the redirect from ID-porten.")));
        return;
    }
    socket->setProperty(BufferProperty, request);
    if (!request.contains("\r\n\r\n"))
        return; // the headers are not complete yet

    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, "Bad Request", page(tr("Bad request"), tr("This is not an HTTP request.")));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != CallbackPath || m_done) {
        answer(socket, 404, "Not Found",
            page(tr("Not found"), tr("This address only takes the redirect from ID-porten.")));
        return;
    }
    if (requestLine.at(0) != "GET") {
        answer(socket, 405, "Method Not Allowed",
            page(tr("Not allowed"), tr("This address only takes the redirect from ID-porten.")));
        return;
    }
    // The query is form-encoded (RFC 6749 appendix B): a '+' is a space, a real plus comes as %2B.
    const QUrlQuery query(target.query(QUrl::FullyEncoded).replace(u'+', u"%20"_s));
    answer(socket, 200, "OK", pageFor(query));
    // One redirect per login: nothing else is taken from now on.
    m_done = true;
    m_server->close();
    Q_EMIT redirected(query);
}

void LoopbackRedirectListener::answer(
    QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html)
{
    socket->disconnect(this);
    socket->readAll(); // what is left unread would make the close a reset, losing the answer
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    // The page holds nothing to keep; the address with the code must not end up in a cache.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    response += html;
    socket->write(response);
    // Closed once the answer is out: neither close() nor the listener's end may cut it off (the browser
    // would send the request again, to a port nobody listens on any more). The time-out set in accept()
    // still ends a peer that never lets go.
    socket->setParent(nullptr);
    socket->disconnectFromHost();
}

QByteArray LoopbackRedirectListener::pageFor(const QUrlQuery &query)
{
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (error.isEmpty()) {
        return page(tr("You are logged in"),
            tr("You are logged in. You can close this tab and go back to System User Wizard."));
    }
    if (error == u"access_denied") {
        return page(tr("Login cancelled"),
            tr("The login was cancelled at ID-porten. You can close this tab and go back to System User "
               "Wizard."));
    }
    const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
    return page(tr("Login failed"),
        tr("ID-porten could not log you in (%1). Close this tab and go back to System User Wizard to see "
           "what to do.")
            .arg(description.isEmpty() ? error : error + u": "_s + description));
}
