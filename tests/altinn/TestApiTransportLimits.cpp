#include "SanitizerBudget.h"
#include "altinn/ApiTransport.h"
#include "net/ActivityLog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::ApiRequest;
using Altinn::ApiResponse;

/**
 * ApiTransport against a server that misbehaves in raw bytes — a loopback QTcpServer in the test, since
 * the sandbox answers like a well-behaved server: absurd Retry-After values, answers that trickle, never
 * end or are huge, and connections that close after a write arrived. Memory is measured as the growth of
 * the process's peak resident size (getrusage), so these run in their own executable, with little before.
 */
class TestApiTransportLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Memory first, while the process's peak is still low.
    void declaredHugeAnswerIsNotRead();
    void endlessChunkedAnswerStopsAtTheLimit();

    void hugeRetryAfterEndsAfterTheCappedWait_data();
    void hugeRetryAfterEndsAfterTheCappedWait();
    void tricklingAnswerMeetsTheDeadline_data();
    void tricklingAnswerMeetsTheDeadline();
    void retryWaitBeyondTheDeadlineIsNotWaited();
    void tokenWaitCountsTowardsTheDeadline();
    void brokenOffAnswerIsNoAnswer();

    void lostAnswerOfAWriteIsNotSentAgain_data();
    void lostAnswerOfAWriteIsNotSentAgain();
    void lostAnswerOfAGetIsRetriedNotFlagged();
    void refusedWriteIsNotLost();
    void writeCancelledUnderWayMayHaveBeenDone();
};

namespace {

/// Peak resident size of this process so far, in KiB (Linux).
long peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// A loopback HTTP/1.1 server whose answers a test writes byte by byte.
class RawHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        int connection = 0; ///< 1, 2, … in order of accepting
    };
    /// Writes the answer to @p request on @p socket — or closes it, or keeps it waiting.
    std::function<void(QTcpSocket *socket, const Request &request)> answer;
    QList<Request> requests;
    int connections = 0;

    RawHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int connection = ++connections;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, connection] { onData(socket, connection); });
            }
        });
    }

    QUrl url(const QString &path = u"/api"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    int count(const QByteArray &method) const
    {
        return int(std::count_if(requests.cbegin(), requests.cend(),
            [&method](const Request &request) { return request.method == method; }));
    }

private:
    void onData(QTcpSocket *socket, int connection)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            const QByteArray lower = head.toLower();
            const qsizetype lengthAt = lower.indexOf("content-length:");
            const qsizetype length = lengthAt < 0
                ? 0
                : lower.mid(lengthAt + 15, lower.indexOf('\r', lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            Request request{
                requestLine.value(0), requestLine.value(1), buffer.mid(headerEnd + 4, length), connection};
            buffer.remove(0, headerEnd + 4 + length);
            requests.append(request);
            if (answer)
                answer(socket, request);
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray answerOf(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// Keeps writing @p chunk to @p socket (at most ~1 MiB queued, so the server side stays small) until the
/// client goes away; counts what went out.
void streamForever(QTcpSocket *socket, const QByteArray &chunk, std::shared_ptr<qint64> sent)
{
    const auto fill = [socket, chunk, sent] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024) {
            socket->write(chunk);
            *sent += chunk.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, fill);
    fill();
}

/// Never answers: the token of a call that must time out while it waits for one.
class SilentTokenSource final : public Altinn::AccessTokenSource
{
public:
    int requested = 0;
    void accessToken(const QStringList &, Callback) override { ++requested; }
    void invalidate(const QStringList &) override { }
};

struct Fixture
{
    RawHttpServer server;
    QNetworkAccessManager network;
    Altinn::ActivityLog log;
    Altinn::ApiTransport transport{&network, Altinn::Environment::sandbox(server.url(u"/"_s))};

    Fixture()
    {
        transport.setActivityLog(&log);
        Altinn::RetryPolicy fast;
        fast.initialDelayMs = 10;
        fast.maxDelayMs = 400;
        transport.setRetryPolicy(fast);
    }

    /// Sends @p request and waits for the callback (an empty response after @p waitMs).
    std::optional<ApiResponse> send(const ApiRequest &request, int waitMs = 15000)
    {
        auto received = std::make_shared<std::optional<ApiResponse>>();
        transport.send(request, [received](const ApiResponse &response) { *received = response; });
        [[maybe_unused]] const bool done =
            QTest::qWaitFor([&received] { return received->has_value(); }, waitMs);
        return *received;
    }
};

std::unique_ptr<Fixture> fixture;

ApiRequest anonymous(const QByteArray &method, const QByteArray &body = {})
{
    ApiRequest request = ApiRequest::get(fixture->server.url());
    request.method = method;
    request.body = body;
    if (!body.isEmpty())
        request.contentType = "application/json";
    return request;
}

} // namespace

void TestApiTransportLimits::init()
{
    fixture = std::make_unique<Fixture>();
}

void TestApiTransportLimits::cleanup()
{
    fixture.reset();
}

void TestApiTransportLimits::declaredHugeAnswerIsNotRead()
{
    auto sent = std::make_shared<qint64>(0);
    fixture->server.answer = [sent](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 300000000\r\n\r\n");
        streamForever(socket, QByteArray(64 * 1024, '7'), sent);
    };
    const long before = peakResidentKiB();
    QElapsedTimer timer;
    timer.start();
    const auto response = fixture->send(anonymous("GET"), 20000);
    QVERIFY2(response, "the call did not end");
    const long grownKiB = peakResidentKiB() - before;
    qInfo("Content-Length 300 MB: ended after %lld ms, %lld bytes sent by the server, peak RSS +%ld KiB",
        timer.elapsed(), *sent, grownKiB);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::InvalidResponse);
    QVERIFY2(response->failure.detail.contains(u"16"_s), qPrintable(response->failure.detail));
    QVERIFY(response->body.isEmpty());
    QVERIFY(!response->failure.answerLost); // a GET
    QCOMPARE(response->attempts, 1);
    QVERIFY2(grownKiB < 32 * 1024, qPrintable(QString::number(grownKiB)));
    QCOMPARE(fixture->log.entries().constLast().outcome, u"answer too large"_s);
}

void TestApiTransportLimits::endlessChunkedAnswerStopsAtTheLimit()
{
    auto sent = std::make_shared<qint64>(0);
    QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    fixture->server.answer = [sent, chunk](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        streamForever(socket, chunk, sent);
    };
    const long before = peakResidentKiB();
    QElapsedTimer timer;
    timer.start();
    const auto response = fixture->send(anonymous("GET"), 60000);
    QVERIFY2(response, "the call did not end");
    const long grownKiB = peakResidentKiB() - before;
    qInfo("Endless chunked answer: ended after %lld ms, %lld bytes sent by the server, peak RSS +%ld KiB",
        timer.elapsed(), *sent, grownKiB);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::InvalidResponse);
    QVERIFY(*sent >= ApiRequest::DefaultMaxBodyBytes); // it did read up to the limit
    // The 16 MiB read, QByteArray's growth and Qt's buffers; nothing near what the server would send.
    QVERIFY2(grownKiB < SanitizerBudget::kibibytes(64 * 1024), qPrintable(QString::number(grownKiB)));
}

void TestApiTransportLimits::hugeRetryAfterEndsAfterTheCappedWait_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("seconds beyond any integer") << QByteArray("9223372036854775807");
    QTest::newRow("date in the year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
}

void TestApiTransportLimits::hugeRetryAfterEndsAfterTheCappedWait()
{
    QFETCH(QByteArray, retryAfter);
    fixture->server.answer = [retryAfter](QTcpSocket *socket, const RawHttpServer::Request &) {
        if (fixture->server.requests.size() == 1)
            socket->write(answerOf(503, "{}", "Retry-After: " + retryAfter + "\r\n"));
        else
            socket->write(answerOf(200, R"({"ok":true})"));
    };
    QElapsedTimer timer;
    timer.start();
    // Before the fix the delay overflowed to a negative interval: the retry timer never started.
    const auto response = fixture->send(anonymous("GET"), 5000);
    QVERIFY2(response, "the call never ended");
    QCOMPARE(response->status, 200);
    QCOMPARE(response->attempts, 2);
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed()))); // the capped 400 ms
}

void TestApiTransportLimits::tricklingAnswerMeetsTheDeadline_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("answerLost");
    QTest::newRow("GET") << QByteArray("GET") << false;
    QTest::newRow("POST") << QByteArray("POST") << true;
}

void TestApiTransportLimits::tricklingAnswerMeetsTheDeadline()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, answerLost);
    fixture->server.answer = [](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        // One byte every 100 ms: the transfer timeout (30 s of silence) never fires.
        auto *trickle = new QTimer(socket);
        QObject::connect(trickle, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        trickle->start(100);
    };
    ApiRequest request = anonymous(method, method == "POST" ? QByteArray(R"({"id":"x"})") : QByteArray());
    request.deadlineMs = 1000;
    QElapsedTimer timer;
    timer.start();
    const auto response = fixture->send(request, 8000);
    QVERIFY2(response, "the trickle kept the call going");
    QCOMPARE(response->failure.kind, ApiFailure::Kind::TimedOut);
    QCOMPARE(response->failure.answerLost, answerLost);
    QVERIFY2(response->failure.detail.contains(u"whole call"_s), qPrintable(response->failure.detail));
    QCOMPARE(response->attempts, 1);
    QVERIFY2(timer.elapsed() >= 950 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(fixture->log.entries().constLast().outcome, u"deadline passed"_s);
}

void TestApiTransportLimits::retryWaitBeyondTheDeadlineIsNotWaited()
{
    fixture->server.answer = [](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write(answerOf(503, R"({"error":"busy"})", "Retry-After: 5\r\n"));
    };
    Altinn::RetryPolicy patient;
    patient.maxDelayMs = 8000;
    fixture->transport.setRetryPolicy(patient);
    ApiRequest request = anonymous("GET");
    request.deadlineMs = 2000;
    QElapsedTimer timer;
    timer.start();
    const auto response = fixture->send(request, 8000);
    QVERIFY(response);
    // Waiting 5 s would pass the deadline: the 503 in hand is the answer, at once.
    QCOMPARE(response->status, 503);
    QCOMPARE(response->attempts, 1);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(response->toFailure().retryAfter, QByteArray("5"));
}

void TestApiTransportLimits::tokenWaitCountsTowardsTheDeadline()
{
    SilentTokenSource tokens;
    fixture->transport.setTokenSource(&tokens);
    ApiRequest request =
        ApiRequest::get(fixture->server.url(), {u"altinn:authentication/systemregister.write"_s});
    request.deadlineMs = 500;
    QElapsedTimer timer;
    timer.start();
    const auto response = fixture->send(request, 5000);
    QVERIFY2(response, "a token that never comes kept the call going");
    QCOMPARE(tokens.requested, 1);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::TimedOut);
    QVERIFY(!response->failure.answerLost); // nothing was sent
    QCOMPARE(fixture->server.requests.size(), 0);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    fixture->transport.setTokenSource(nullptr);
}

void TestApiTransportLimits::brokenOffAnswerIsNoAnswer()
{
    fixture->server.answer = [](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":");
        socket->disconnectFromHost();
    };
    const auto response = fixture->send(anonymous("GET"));
    QVERIFY(response);
    // Not a 200 with ten bytes of a hundred: a network failure, retried like one.
    QCOMPARE(response->failure.kind, ApiFailure::Kind::Network);
    QVERIFY(response->body.isEmpty());
    QCOMPARE(response->attempts, 3);
}

void TestApiTransportLimits::lostAnswerOfAWriteIsNotSentAgain_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("reusedConnection");
    QTest::newRow("POST on a new connection") << QByteArray("POST") << false;
    QTest::newRow("POST on a kept-alive connection") << QByteArray("POST") << true;
    QTest::newRow("PUT on a kept-alive connection") << QByteArray("PUT") << true;
    QTest::newRow("DELETE on a kept-alive connection") << QByteArray("DELETE") << true;
}

void TestApiTransportLimits::lostAnswerOfAWriteIsNotSentAgain()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, reusedConnection);
    // GETs are answered on a kept-alive connection; a write is taken in, then the connection closes
    // without a byte of answer — as when a server or proxy dies after doing the work.
    fixture->server.answer = [](QTcpSocket *socket, const RawHttpServer::Request &request) {
        if (request.method == "GET")
            socket->write(answerOf(200, "{}"));
        else
            socket->disconnectFromHost();
    };
    if (reusedConnection) {
        const auto warmUp = fixture->send(anonymous("GET"));
        QVERIFY(warmUp && warmUp->status == 200);
    }
    const auto response = fixture->send(anonymous(method, method == "DELETE" ? QByteArray() : "{\"id\":1}"));
    QVERIFY(response);
    QTest::qWait(300); // a resend by Qt would arrive now
    // Qt 6.4 sent it a second time by itself (once more after the close, on a new connection).
    QCOMPARE(fixture->server.count(method), 1);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::Network);
    QVERIFY(response->failure.answerLost);
    QCOMPARE(response->attempts, 1);
    if (reusedConnection)
        QCOMPARE(fixture->server.requests.constLast().connection, 1); // it did go on the kept-alive one
}

void TestApiTransportLimits::lostAnswerOfAGetIsRetriedNotFlagged()
{
    fixture->server.answer = [](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->disconnectFromHost();
    };
    const auto response = fixture->send(anonymous("GET"));
    QVERIFY(response);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::Network);
    QVERIFY(!response->failure.answerLost); // a GET changes nothing
    QCOMPARE(response->attempts, 3);
}

void TestApiTransportLimits::refusedWriteIsNotLost()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiRequest request = anonymous("POST", "{}");
    request.url = QUrl(u"http://127.0.0.1:%1/api"_s.arg(port));
    const auto response = fixture->send(request);
    QVERIFY(response);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::Network);
    QVERIFY(!response->failure.answerLost); // connection refused: it never left
}

void TestApiTransportLimits::writeCancelledUnderWayMayHaveBeenDone()
{
    fixture->server.answer = [](QTcpSocket *, const RawHttpServer::Request &) {
    }; // holds it, no answer
    auto received = std::make_shared<std::optional<ApiResponse>>();
    Altinn::ApiOperation *operation = fixture->transport.send(
        anonymous("POST", "{}"), [received](const ApiResponse &response) { *received = response; });
    QVERIFY(QTest::qWaitFor([] { return fixture->server.count("POST") == 1; }, 5000));
    operation->cancel();
    QVERIFY(QTest::qWaitFor([&received] { return received->has_value(); }, 5000));
    QCOMPARE((*received)->failure.kind, ApiFailure::Kind::Cancelled);
    QVERIFY((*received)->failure.answerLost);

    // Cancelled before it was sent: certainly not done.
    auto early = std::make_shared<std::optional<ApiResponse>>();
    Altinn::ApiOperation *second = fixture->transport.send(
        anonymous("POST", "{}"), [early](const ApiResponse &response) { *early = response; });
    second->cancel();
    QVERIFY(QTest::qWaitFor([&early] { return early->has_value(); }, 5000));
    QCOMPARE((*early)->failure.kind, ApiFailure::Kind::Cancelled);
    QVERIFY(!(*early)->failure.answerLost);
    QCOMPARE(fixture->server.count("POST"), 1);
}

QTEST_GUILESS_MAIN(TestApiTransportLimits)
#include "TestApiTransportLimits.moc"
