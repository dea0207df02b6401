#include "auth/Jws.h"
#include "auth/MaskinportenTokenClient.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A loopback HTTP server that answers every request with one canned response (or never answers).
class FakeTokenEndpoint : public QObject
{
public:
    int status = 200;
    QByteArray body;
    QDateTime serverTime = QDateTime::currentDateTimeUtc();
    bool hang = false;
    QList<QByteArray> requestBodies;

    FakeTokenEndpoint()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/token"_s.arg(m_server.serverPort())); }

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
        if (hang)
            return;
        const QByteArray date =
            QLocale::c().toString(serverTime, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        socket->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nDate: " + date
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

MaskinportenTokenClient::Result await(
    MaskinportenTokenClient &client, const GrantRequest &request, const SigningIdentity &identity)
{
    std::optional<MaskinportenTokenClient::Result> result;
    client.requestToken(request, identity, [&result](const auto &answer) { result = answer; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
    return result.value_or(MaskinportenTokenClient::Result{{}, {}, u"no answer"_s, false});
}

} // namespace

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

private:
    GrantRequest m_request;
    SigningIdentity m_identity;
};

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
    const auto result = await(client, m_request, m_identity);
    QVERIFY(!result.ok());
    QVERIFY(result.timedOut);
    QVERIFY(!result.networkError.isEmpty());
}

QTEST_GUILESS_MAIN(TestMaskinportenTokenClient)
#include "TestMaskinportenTokenClient.moc"
