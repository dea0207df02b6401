#include "auth/LoopbackRedirectListener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The redirect target of a native app's login, over real sockets: the one callback, and what it refuses.
class TestLoopbackRedirectListener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takesTheCallbackOnceThenStops();
    void otherPathsAndMethodsAreRefused();
    void oversizedRequestIsRefused();
    void accessDeniedGetsItsOwnPage();
    void errorTextIsEscapedAndPlusIsASpace();
    void closeEndsListening();

private:
    /// Sends @p request raw and returns the whole answer (the listener closes after answering).
    static QByteArray exchange(quint16 port, const QByteArray &request);
    static QByteArray get(quint16 port, const QByteArray &target)
    {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
    }
};

void TestLoopbackRedirectListener::initTestCase()
{
    qRegisterMetaType<QUrlQuery>();
}

QByteArray TestLoopbackRedirectListener::exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(request);
    QByteArray answer;
    // The listener runs on this thread: let its event loop turn while waiting.
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    answer += socket.readAll();
    return answer;
}

void TestLoopbackRedirectListener::takesTheCallbackOnceThenStops()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    const QUrl uri = listener.redirectUri();
    QCOMPARE(uri.scheme(), u"http"_s);
    QCOMPARE(uri.host(), u"127.0.0.1"_s);
    QCOMPARE(uri.path(), u"/callback"_s);
    QVERIFY(uri.port() > 0);
    QCOMPARE(uri.port(), int(listener.port()));

    const quint16 port = listener.port();
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    const QByteArray answer = get(port, "/callback?code=abc%2Bdef&state=s1&iss=http%3A%2F%2Fx");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("Cache-Control: no-store"));
    QVERIFY(answer.contains("You are logged in."));
    QVERIFY(answer.contains("<html lang=\""));
    QCOMPARE(redirected.size(), 1);
    const auto query = redirected.at(0).at(0).value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(u"code"_s, QUrl::FullyDecoded), u"abc+def"_s);
    QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s1"_s);
    QCOMPARE(query.queryItemValue(u"iss"_s, QUrl::FullyDecoded), u"http://x"_s);

    // One redirect per login: the port is closed afterwards.
    QVERIFY(!listener.isListening());
    QCOMPARE(get(port, "/callback?code=again&state=s1"), QByteArray());
    QCOMPARE(redirected.size(), 1);
}

void TestLoopbackRedirectListener::otherPathsAndMethodsAreRefused()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    QVERIFY(get(listener.port(), "/favicon.ico").startsWith("HTTP/1.1 404 "));
    QVERIFY(get(listener.port(), "/callbackx?code=1&state=2").startsWith("HTTP/1.1 404 "));
    QVERIFY(exchange(listener.port(), "POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                .startsWith("HTTP/1.1 405 "));
    QVERIFY(exchange(listener.port(), "hello\r\n\r\n").startsWith("HTTP/1.1 400 "));
    QVERIFY(redirected.isEmpty());
    // Still waiting for the real one.
    QVERIFY(listener.isListening());
    QVERIFY(get(listener.port(), "/callback?code=1&state=2").startsWith("HTTP/1.1 200 "));
    QCOMPARE(redirected.size(), 1);
}

void TestLoopbackRedirectListener::oversizedRequestIsRefused()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    const QByteArray huge = "GET /callback?code=" + QByteArray(LoopbackRedirectListener::MaxRequestBytes, 'a')
        + "&state=x HTTP/1.1\r\n\r\n";
    QVERIFY(exchange(listener.port(), huge).startsWith("HTTP/1.1 431 "));
    QVERIFY(redirected.isEmpty());
    QVERIFY(listener.isListening());
}

void TestLoopbackRedirectListener::accessDeniedGetsItsOwnPage()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    const QByteArray answer =
        get(listener.port(), "/callback?error=access_denied&error_description=The+user+cancelled&state=s");
    QVERIFY(answer.startsWith("HTTP/1.1 200 "));
    QVERIFY(answer.contains("cancelled at ID-porten"));
    QVERIFY(!answer.contains("You are logged in"));
    QCOMPARE(redirected.size(), 1);
    QCOMPARE(redirected.at(0).at(0).value<QUrlQuery>().queryItemValue(u"error"_s), u"access_denied"_s);
}

void TestLoopbackRedirectListener::errorTextIsEscapedAndPlusIsASpace()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    const QByteArray answer = get(listener.port(),
        "/callback?error=invalid_scope&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E+no&state=s");
    QVERIFY(answer.contains("&lt;script&gt;alert(1)&lt;/script&gt; no"));
    QVERIFY(!answer.contains("<script>"));
    QCOMPARE(
        redirected.at(0).at(0).value<QUrlQuery>().queryItemValue(u"error_description"_s, QUrl::FullyDecoded),
        u"<script>alert(1)</script> no"_s);
}

void TestLoopbackRedirectListener::closeEndsListening()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    const quint16 port = listener.port();
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    listener.close();
    QVERIFY(!listener.isListening());
    QVERIFY(listener.redirectUri().isEmpty());
    QCOMPARE(get(port, "/callback?code=1&state=2"), QByteArray());
    QVERIFY(redirected.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "TestLoopbackRedirectListener.moc"
