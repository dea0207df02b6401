#include "altinn/ApiTransport.h"
#include "altinn/PagedFetcher.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::PagedFetcher;

/**
 * The page follower against a scripted server: only the `token` of `links.next` is used, on the
 * configured host; loops, the page limit and unreadable pages end the walk. (The clients' tests cover
 * the sandbox's real paging and quirks.)
 */
class TestPagedFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextPageUrlTakesOnlyTheToken_data();
    void nextPageUrlTakesOnlyTheToken();
    void foreignNextHostIsNeverCalled();
    void repeatingTokenLoopEnds();
    void stopsAtMaxPages();
    void unreadablePageIsInvalidResponse();
    void errorPageFailsTheList();
};

namespace {

/// A one-line HTTP/1.1 server: answers each request target ("/path?query") from a script, records them.
class ScriptedServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }
    void answer(const QByteArray &target, const Answer &answer) { m_script.insert(target, answer); }
    QList<QByteArray> targets() const { return m_targets; }

    /// A page envelope with @p items (numbers as {"n": i}) and, when given, `links.next`.
    static QByteArray page(const QList<int> &items, const QString &next = {})
    {
        QJsonArray data;
        for (int item : items)
            data.append(QJsonObject{{u"n"_s, item}});
        QJsonObject links;
        if (!next.isEmpty())
            links.insert(u"next"_s, next);
        return QJsonDocument(QJsonObject{{u"links"_s, links}, {u"data"_s, data}})
            .toJson(QJsonDocument::Compact);
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray target = buffer.split(' ').value(1);
        m_targets.append(target);
        const Answer answer = m_script.value(target, Answer{404, "{}"});
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
            + " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_targets;
};

const QByteArray ListPath = "/authentication/api/v1/list";

struct Walk
{
    std::optional<Altinn::ApiResult<QList<QJsonObject>>> result;
    int calls = 0;

    QList<int> numbers() const
    {
        QList<int> numbers;
        for (const QJsonObject &item : *result->value)
            numbers.append(item.value(u"n"_s).toInt());
        return numbers;
    }
};

/// Walks the list on @p server with an anonymous transport; waits for the answer.
Walk walk(ScriptedServer &server, int maxPages = 1000)
{
    QNetworkAccessManager network;
    const Altinn::Environment environment = Altinn::Environment::custom(server.baseUrl());
    Altinn::ApiTransport transport(&network, environment);
    Altinn::RetryPolicy noRetries;
    noRetries.maxAttempts = 1;
    transport.setRetryPolicy(noRetries);
    Walk walk;
    auto *operation = new Altinn::ApiOperation(&transport);
    PagedFetcher::fetchAll(&transport, environment.authenticationUrl(u"list"_s), {}, maxPages, operation,
        [&walk, operation](const auto &result) {
            walk.result = result;
            ++walk.calls;
            operation->finish();
        });
    QElapsedTimer timer;
    timer.start();
    while (!walk.result && timer.elapsed() < 10000)
        QTest::qWait(5);
    QTest::qWait(20);
    return walk;
}

} // namespace

void TestPagedFetcher::nextPageUrlTakesOnlyTheToken_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected");
    const QString first =
        u"https://platform.tt02.altinn.no/authentication/api/v1/systemuser/vendor/bysystem/x"_s;
    QTest::newRow("same host") << QString(first + u"?token=abc"_s) << QString(first + u"?token=abc"_s);
    QTest::newRow("internal host")
        << u"http://internal.platform.tt02.altinn.cloud/authentication/api/v1/systemuser/vendor/bysystem/x?token=ImU5"_s
        << QString(first + u"?token=ImU5"_s);
    QTest::newRow("other path and parameters")
        << u"https://evil.example/steal?a=1&token=T_-1&b=2"_s << QString(first + u"?token=T_-1"_s);
    QTest::newRow("encoding kept") << u"https://x.example/?token=a%2Bb%3D"_s
                                   << QString(first + u"?token=a%2Bb%3D"_s);
    QTest::newRow("no token") << u"https://x.example/?page=2"_s << QString();
}

void TestPagedFetcher::nextPageUrlTakesOnlyTheToken()
{
    QFETCH(QString, next);
    QFETCH(QString, expected);
    const QUrl first(u"https://platform.tt02.altinn.no/authentication/api/v1/systemuser/vendor/bysystem/x"_s);
    const QUrl url = PagedFetcher::nextPageUrl(first, QUrl(next));
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void TestPagedFetcher::foreignNextHostIsNeverCalled()
{
    ScriptedServer server;
    // The second page's `next` names another host and path; only its token may be used, here.
    server.answer(
        ListPath, {200, ScriptedServer::page({1, 2}, u"http://internal.example:1/elsewhere?token=p2"_s)});
    server.answer(
        ListPath + "?token=p2", {200, ScriptedServer::page({3, 4}, u"http://127.0.0.2:9/x?token=p3"_s)});
    server.answer(ListPath + "?token=p3", {200, ScriptedServer::page({5})});

    const Walk result = walk(server);
    QVERIFY(result.result);
    QVERIFY(result.result->ok());
    QCOMPARE(result.numbers(), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(server.targets(), (QList<QByteArray>{ListPath, ListPath + "?token=p2", ListPath + "?token=p3"}));
    QCOMPARE(result.calls, 1);
}

void TestPagedFetcher::repeatingTokenLoopEnds()
{
    ScriptedServer server;
    server.answer(ListPath, {200, ScriptedServer::page({1}, u"/x?token=a"_s)});
    server.answer(ListPath + "?token=a", {200, ScriptedServer::page({2}, u"/x?token=b"_s)});
    server.answer(ListPath + "?token=b", {200, ScriptedServer::page({3}, u"/x?token=a"_s)}); // back to a

    const Walk result = walk(server);
    QVERIFY(result.result && result.result->ok());
    QCOMPARE(result.numbers(), (QList<int>{1, 2, 3}));
    QCOMPARE(server.targets().size(), 3);
}

void TestPagedFetcher::stopsAtMaxPages()
{
    ScriptedServer server;
    server.answer(ListPath, {200, ScriptedServer::page({1}, u"/x?token=a"_s)});
    server.answer(ListPath + "?token=a", {200, ScriptedServer::page({2}, u"/x?token=b"_s)});
    server.answer(ListPath + "?token=b", {200, ScriptedServer::page({3})});

    const Walk result = walk(server, 2);
    QVERIFY(result.result && result.result->ok());
    QCOMPARE(result.numbers(), (QList<int>{1, 2}));
    QCOMPARE(server.targets().size(), 2);
}

void TestPagedFetcher::unreadablePageIsInvalidResponse()
{
    ScriptedServer server;
    server.answer(ListPath, {200, ScriptedServer::page({1}, u"/x?token=a"_s)});
    server.answer(ListPath + "?token=a", {200, "<html>maintenance</html>"});

    const Walk result = walk(server);
    QVERIFY(result.result);
    QVERIFY(!result.result->ok());
    QCOMPARE(result.result->failure.kind, ApiFailure::Kind::InvalidResponse);
    QCOMPARE(result.result->httpStatus, 200);
}

void TestPagedFetcher::errorPageFailsTheList()
{
    ScriptedServer server;
    server.answer(ListPath, {200, ScriptedServer::page({1}, u"/x?token=a"_s)});
    server.answer(ListPath + "?token=a",
        {404, R"json({"type":"urn:altinn:error:AUTH-00011","status":404,"code":"AUTH-00011"})json"});

    const Walk result = walk(server);
    QVERIFY(result.result);
    QCOMPARE(result.result->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(result.result->httpStatus, 404);
    QCOMPARE(result.result->failure.error.code, u"AUTH-00011"_s);
}

QTEST_GUILESS_MAIN(TestPagedFetcher)
#include "TestPagedFetcher.moc"
