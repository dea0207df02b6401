#include "auth/Jws.h"
#include "auth/MaskinportenTokenClient.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

class TestMaskinportenTokenClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postsAFormEncodedGrantAndReadsTheToken();
    void reusesACachedTokenUntilNearExpiry();
    void returnsMaskinportenErrorsTyped();
    void measuresClockSkewFromTheDateHeader();
    void reportsATimeout();

    void transientFailureIsRetriedOnceWithAFreshGrant();
    void outageIsExplainedNotBlamedOnTheClient_data();
    void outageIsExplainedNotBlamedOnTheClient();
    void longRetryAfterIsReportedNotWaitedFor();
    void lostAnswerIsRetriedWithANewGrantNotResent();
    void tricklingAnswerMeetsTheDeadline();
    void oversizedAnswerIsNotRead();
    void hugeExpiresInCountsAsADay();
    void unknownLifetimeIsUsedButNotCached_data();
    void unknownLifetimeIsUsedButNotCached();

private:
    GrantRequest m_request;
    SigningIdentity m_identity;
};

namespace {

/// A loopback HTTP server for the token endpoint: answers from a script, then one canned response.
class FakeTokenEndpoint : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray extraHeaders; ///< "Name: value\r\n" lines
        bool drop = false; ///< take the request in, close without a byte of answer
        QByteArray raw; ///< written as is instead (headers of an answer that is then trickled or streamed)
        bool trickle = false; ///< after raw: one byte every 100 ms
        bool stream = false; ///< after raw: as much as the client takes
    };

    int status = 200;
    QByteArray body;
    QDateTime serverTime = QDateTime::currentDateTimeUtc();
    bool hang = false;
    QList<Answer> script; ///< answers for the next requests, in order; then status/body
    QList<QByteArray> requestBodies;

    FakeTokenEndpoint()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/token"_s.arg(m_server.serverPort())); }

    /// The jti of every grant received, in order.
    QStringList grantIds() const
    {
        QStringList ids;
        for (const QByteArray &requestBody : requestBodies) {
            const QUrlQuery form(QString::fromLatin1(requestBody));
            const auto grant =
                Jws::decode(form.queryItemValue(u"assertion"_s, QUrl::FullyDecoded).toLatin1());
            ids.append(grant ? grant->payload.value(u"jti"_s).toString() : QString());
        }
        return ids;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = buffer.left(headerEnd).toLower();
        const qsizetype lengthAt = headers.indexOf("content-length:");
        const qsizetype length = lengthAt < 0
            ? 0
            : headers.mid(lengthAt + 15, headers.indexOf('\r', lengthAt) - lengthAt - 15)
                  .trimmed()
                  .toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        requestBodies.append(buffer.mid(headerEnd + 4, length));
        buffer.clear();
        if (script.isEmpty()) {
            if (!hang)
                write(socket, status, body, {});
            return;
        }
        const Answer answer = script.takeFirst();
        if (answer.drop) {
            socket->disconnectFromHost();
        } else if (!answer.raw.isEmpty()) {
            socket->write(answer.raw);
            if (answer.trickle) {
                auto *trickle = new QTimer(socket);
                connect(trickle, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                trickle->start(100);
            }
            if (answer.stream) {
                const auto fill = [socket] {
                    while (socket->state() == QAbstractSocket::ConnectedState
                        && socket->bytesToWrite() < 1024 * 1024)
                        socket->write(QByteArray(64 * 1024, ' '));
                };
                connect(socket, &QTcpSocket::bytesWritten, socket, fill);
                fill();
            }
        } else {
            write(socket, answer.status, answer.body, answer.extraHeaders);
        }
    }

    void write(QTcpSocket *socket, int answerStatus, const QByteArray &answerBody, const QByteArray &extra)
    {
        const QByteArray date =
            QLocale::c().toString(serverTime, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        socket->write("HTTP/1.1 " + QByteArray::number(answerStatus) + " X\r\nContent-Type: "
            + (answerBody.startsWith('<') ? "text/html" : "application/json") + "\r\nDate: " + date + "\r\n"
            + extra + "Content-Length: " + QByteArray::number(answerBody.size()) + "\r\n\r\n" + answerBody);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

MaskinportenTokenClient::Result await(
    MaskinportenTokenClient &client, const GrantRequest &request, const SigningIdentity &identity)
{
    std::optional<MaskinportenTokenClient::Result> result;
    client.requestToken(request, identity, [&result](const auto &answer) { result = answer; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    return result.value_or(MaskinportenTokenClient::Result{{}, {}, u"no answer"_s, false});
}

FakeTokenEndpoint::Answer httpAnswer(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    FakeTokenEndpoint::Answer answer;
    answer.status = status;
    answer.body = body;
    answer.extraHeaders = extraHeaders;
    return answer;
}

const QByteArray GatewayPage =
    "<html><head><title>503 Service Temporarily Unavailable</title></head>"
    "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>";
const QByteArray TokenBody = "{\"access_token\":\"eyJ.token\",\"token_type\":\"Bearer\",\"expires_in\":120}";

} // namespace

void TestMaskinportenTokenClient::initTestCase()
{
    m_identity = SigningIdentity{RsaKey::generate(2048), u"k1"_s, {}, RsaKey::Algorithm::RS256};
    m_request.audience = u"https://test.maskinporten.no/"_s;
    m_request.clientId = u"3f1c0d2e-0000-4000-8000-000000000001"_s;
    m_request.scopes = {u"altinn:authentication/systemregister.write"_s};
}

void TestMaskinportenTokenClient::postsAFormEncodedGrantAndReadsTheToken()
{
    FakeTokenEndpoint endpoint;
    endpoint.body = R"({"access_token":"eyJ.token","token_type":"Bearer","expires_in":120,"scope":"a b"})";
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    const auto result = await(client, m_request, m_identity);
    QVERIFY2(result.ok(), qPrintable(result.networkError));
    QCOMPARE(result.token->accessToken, QByteArray("eyJ.token"));
    QCOMPARE(result.token->expiresIn, 120);
    QVERIFY(!result.token->fromCache);

    QCOMPARE(endpoint.requestBodies.size(), 1);
    const QUrlQuery form(QString::fromLatin1(endpoint.requestBodies.first()));
    QCOMPARE(form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded),
        u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s);
    const auto grant = Jws::decode(form.queryItemValue(u"assertion"_s, QUrl::FullyDecoded).toLatin1());
    QVERIFY(grant);
    QVERIFY(Jws::verify(*grant, m_identity.key));
    QCOMPARE(grant->payload.value(u"aud"_s).toString(), u"https://test.maskinporten.no/"_s);
}

void TestMaskinportenTokenClient::reusesACachedTokenUntilNearExpiry()
{
    FakeTokenEndpoint endpoint;
    endpoint.body = R"({"access_token":"first","token_type":"Bearer","expires_in":120})";
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    QVERIFY(await(client, m_request, m_identity).ok());
    const auto cached = await(client, m_request, m_identity);
    QVERIFY(cached.token->fromCache);
    QCOMPARE(cached.token->accessToken, QByteArray("first"));
    QCOMPARE(endpoint.requestBodies.size(), 1);

    // Another customer is another identity: a new request.
    GrantRequest other = m_request;
    other.systemUserOrg = u"310904473"_s;
    QVERIFY(!await(client, other, m_identity).token->fromCache);
    QCOMPARE(endpoint.requestBodies.size(), 2);

    // A token that expires within the 30 s margin is not reused.
    endpoint.body = R"({"access_token":"short","token_type":"Bearer","expires_in":20})";
    client.clearCache();
    QVERIFY(await(client, m_request, m_identity).ok());
    QVERIFY(!await(client, m_request, m_identity).token->fromCache);
    QCOMPARE(endpoint.requestBodies.size(), 4);
}

void TestMaskinportenTokenClient::returnsMaskinportenErrorsTyped()
{
    FakeTokenEndpoint endpoint;
    endpoint.status = 400;
    endpoint.body =
        R"json({"error":"invalid_grant","error_description":"Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client. (trace_id: 9)"})json";
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    const auto result = await(client, m_request, m_identity);
    QVERIFY(!result.ok());
    QVERIFY(result.error);
    QCOMPARE(result.error->httpStatus, 400);
    QCOMPARE(result.error->cause, MaskinportenError::Cause::UnknownKid);
    QCOMPARE(result.error->traceId, u"9"_s);
}

void TestMaskinportenTokenClient::measuresClockSkewFromTheDateHeader()
{
    FakeTokenEndpoint endpoint;
    endpoint.status = 400;
    endpoint.body = R"({"error":"invalid_grant","error_description":"Issue time is in the future."})";
    endpoint.serverTime = QDateTime::currentDateTimeUtc().addSecs(-90); // this computer is 90 s ahead
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    QVERIFY(!client.clockSkewSeconds());
    const auto result = await(client, m_request, m_identity);
    QCOMPARE(result.error->cause, MaskinportenError::Cause::ClockAhead);
    QVERIFY(client.clockSkewSeconds());
    QVERIFY2(
        qAbs(*client.clockSkewSeconds() + 90) <= 2, qPrintable(QString::number(*client.clockSkewSeconds())));
}

void TestMaskinportenTokenClient::reportsATimeout()
{
    FakeTokenEndpoint endpoint;
    endpoint.hang = true;
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    client.setTimeout(300);
    client.setRetryWait(50);
    const auto result = await(client, m_request, m_identity);
    QVERIFY(!result.ok());
    QVERIFY(result.timedOut);
    QVERIFY(!result.networkError.isEmpty());
    // A time-out is passing trouble: asked once more, with a grant of its own.
    QCOMPARE(result.attempts, 2);
    QCOMPARE(endpoint.requestBodies.size(), 2);
}

void TestMaskinportenTokenClient::transientFailureIsRetriedOnceWithAFreshGrant()
{
    FakeTokenEndpoint endpoint;
    endpoint.script = {httpAnswer(503, GatewayPage, "Retry-After: 1\r\n")};
    endpoint.body = TokenBody;
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client, m_request, m_identity);
    QVERIFY2(result.ok(), qPrintable(result.networkError));
    QCOMPARE(result.attempts, 2);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed()))); // Retry-After: 1
    const QStringList ids = endpoint.grantIds();
    QCOMPARE(ids.size(), 2);
    QVERIFY(!ids.at(0).isEmpty());
    QVERIFY(ids.at(0) != ids.at(1)); // never the same grant twice (MP-012)
}

void TestMaskinportenTokenClient::outageIsExplainedNotBlamedOnTheClient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("503 gateway page") << 503 << GatewayPage;
    QTest::newRow("502 gateway page")
        << 502 << QByteArray("<!DOCTYPE html><html><body>Bad Gateway</body></html>");
    QTest::newRow("504 empty") << 504 << QByteArray();
    QTest::newRow("500 server_error")
        << 500 << QByteArray("{\"error\":\"server_error\",\"error_description\":\"oops\"}");
    QTest::newRow("429 too many") << 429 << QByteArray("{\"error\":\"slow_down\"}");
}

void TestMaskinportenTokenClient::outageIsExplainedNotBlamedOnTheClient()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    FakeTokenEndpoint endpoint;
    endpoint.status = status;
    endpoint.body = body;
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    client.setRetryWait(50);
    const auto result = await(client, m_request, m_identity);
    QVERIFY(!result.ok());
    QVERIFY(result.error);
    QCOMPARE(result.error->cause, MaskinportenError::Cause::Unavailable);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(endpoint.requestBodies.size(), 2);
    QVERIFY2(!result.error->description.contains(u'<'), qPrintable(result.error->description));
    const QString summary = result.error->summary();
    QVERIFY2(summary.contains(u"not answering properly"_s) && summary.contains(u"HTTP %1"_s.arg(status)),
        qPrintable(summary));
    QVERIFY2(!summary.contains(u"refused"_s), qPrintable(summary));
    QVERIFY2(result.error->remedy().contains(u"few minutes"_s), qPrintable(result.error->remedy()));
}

void TestMaskinportenTokenClient::longRetryAfterIsReportedNotWaitedFor()
{
    FakeTokenEndpoint endpoint;
    endpoint.status = 503;
    endpoint.body = GatewayPage;
    endpoint.script = {httpAnswer(503, GatewayPage, "Retry-After: 600\r\n")};
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client, m_request, m_identity);
    QVERIFY(result.error);
    QCOMPARE(result.error->cause, MaskinportenError::Cause::Unavailable);
    QCOMPARE(result.attempts, 1); // ten minutes is too long to hold the call
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.error->retryAfterSeconds, std::optional<qint64>(600));
    QVERIFY2(result.error->remedy().contains(u"10 minute"_s), qPrintable(result.error->remedy()));
}

void TestMaskinportenTokenClient::lostAnswerIsRetriedWithANewGrantNotResent()
{
    FakeTokenEndpoint endpoint;
    FakeTokenEndpoint::Answer lost;
    lost.drop = true;
    endpoint.script = {lost};
    endpoint.body = TokenBody;
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    client.setRetryWait(50);
    const auto result = await(client, m_request, m_identity);
    QVERIFY2(result.ok(), qPrintable(result.networkError));
    QCOMPARE(result.attempts, 2);
    // Qt 6.4 would send the same grant again by itself; Maskinporten refuses a reused one (MP-012).
    const QStringList ids = endpoint.grantIds();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.at(0) != ids.at(1));
}

void TestMaskinportenTokenClient::tricklingAnswerMeetsTheDeadline()
{
    FakeTokenEndpoint endpoint;
    FakeTokenEndpoint::Answer trickle;
    trickle.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n";
    trickle.trickle = true;
    endpoint.script = {trickle, trickle};
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    client.setDeadline(800);
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client, m_request, m_identity);
    QVERIFY(!result.ok());
    QVERIFY(result.timedOut);
    QCOMPARE(result.attempts, 1); // the time for the whole request is used up
    QVERIFY2(timer.elapsed() >= 750 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestMaskinportenTokenClient::oversizedAnswerIsNotRead()
{
    FakeTokenEndpoint endpoint;
    FakeTokenEndpoint::Answer huge;
    huge.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 300000000\r\n\r\n";
    huge.stream = true;
    endpoint.script = {huge};
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client, m_request, m_identity);
    QVERIFY(!result.ok());
    QVERIFY2(result.networkError.contains(u"1024 KiB"_s), qPrintable(result.networkError));
    QCOMPARE(result.attempts, 1);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestMaskinportenTokenClient::hugeExpiresInCountsAsADay()
{
    FakeTokenEndpoint endpoint;
    endpoint.body = "{\"access_token\":\"eyJ.long\",\"token_type\":\"Bearer\",\"expires_in\":1e308}";
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    const auto result = await(client, m_request, m_identity);
    QVERIFY2(result.ok(), qPrintable(result.networkError));
    QCOMPARE(result.token->expiresIn, MaskinportenTokenClient::MaxLifetimeSeconds);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(result.token->expiresAt);
    QVERIFY2(left > 86000 && left <= 86400, qPrintable(QString::number(left)));
    QVERIFY(await(client, m_request, m_identity).token->fromCache);
    QCOMPARE(endpoint.requestBodies.size(), 1);
}

void TestMaskinportenTokenClient::unknownLifetimeIsUsedButNotCached_data()
{
    QTest::addColumn<QByteArray>("expiresIn");
    QTest::newRow("zero") << QByteArray(",\"expires_in\":0");
    QTest::newRow("negative") << QByteArray(",\"expires_in\":-120");
    QTest::newRow("minus huge") << QByteArray(",\"expires_in\":-1e308");
    QTest::newRow("a string") << QByteArray(",\"expires_in\":\"120\"");
    QTest::newRow("missing") << QByteArray();
}

void TestMaskinportenTokenClient::unknownLifetimeIsUsedButNotCached()
{
    QFETCH(QByteArray, expiresIn);
    FakeTokenEndpoint endpoint;
    endpoint.body = "{\"access_token\":\"eyJ.once\",\"token_type\":\"Bearer\"" + expiresIn + "}";
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, endpoint.url());
    const auto first = await(client, m_request, m_identity);
    QVERIFY2(first.ok(), qPrintable(first.networkError));
    QCOMPARE(first.token->accessToken, QByteArray("eyJ.once"));
    QCOMPARE(first.token->expiresIn, 0);
    const auto second = await(client, m_request, m_identity);
    QVERIFY(second.ok());
    QVERIFY(!second.token->fromCache);
    QCOMPARE(endpoint.requestBodies.size(), 2);
}

QTEST_GUILESS_MAIN(TestMaskinportenTokenClient)
#include "TestMaskinportenTokenClient.moc"
