#include "AltinnTestSession.h"
#include "altinn/ApiOperation.h"
#include "net/ActivityLog.h"
#include "onboarding/ApiProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::ApiProbe;
using Altinn::ApiResponse;

/// "Call an API" against the sandbox over HTTP: what is sent, what comes back, what is refused and logged.
class TestApiProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithStatusHeadersAndBody();
    void sendsTheTokenAsBearer();
    void sendsAJsonBody();
    void serverErrorsAreAnswersNotFailures();
    void refusesWhatMustNotBeSent_data();
    void refusesWhatMustNotBeSent();
    void logsTheExchangeWithoutTheToken();
    void cancelEndsTheCall();

private:
    static std::optional<ApiResponse> call(ApiProbe &probe, const QByteArray &method, const QUrl &url,
        const QByteArray &body = {}, const QByteArray &token = {});
};

std::optional<ApiResponse> TestApiProbe::call(ApiProbe &probe, const QByteArray &method, const QUrl &url,
    const QByteArray &body, const QByteArray &token)
{
    auto answer = std::make_shared<std::optional<ApiResponse>>();
    auto calls = std::make_shared<int>(0);
    probe.send(method, url, body, token, [answer, calls](const ApiResponse &response) {
        *answer = response;
        ++*calls;
    });
    // Never inside send(): the caller may still be setting up.
    if (answer->has_value())
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, 15000))
        return std::nullopt;
    QTest::qWait(20);
    if (*calls != 1)
        return std::nullopt;
    return *answer;
}

void TestApiProbe::answersWithStatusHeadersAndBody()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    ApiProbe probe(session.transport());
    const QUrl health(session.sandbox().baseUrl().toString() + u"sandbox/health"_s);

    const auto response = call(probe, "GET", health);
    QVERIFY(response);
    QVERIFY(response->answered());
    QCOMPARE(response->status, 200);
    QVERIFY(response->header("Content-Type").startsWith("application/json"));
    QCOMPARE(response->json().object().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(response->url, health);

    // Lower-case methods are what a person may type.
    QCOMPARE(call(probe, "get", health)->status, 200);
}

void TestApiProbe::sendsTheTokenAsBearer()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    const auto system = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(system));
    ApiProbe probe(session.transport());
    const QUrl url(session.sandbox().baseUrl().toString() + u"authentication/api/v1/systemregister/vendor/"_s
        + system.id);

    const auto withToken = call(probe, "GET", url, {}, session.sandbox().vendorToken());
    QVERIFY(withToken);
    QCOMPARE(withToken->status, 200);
    QCOMPARE(withToken->json().object().value(u"id"_s).toString(), system.id);

    // Only the token given is sent: the transport does not add the vendor's own.
    const auto withoutToken = call(probe, "GET", url);
    QVERIFY(withoutToken);
    QCOMPARE(withoutToken->status, 401);
    QCOMPARE(session.tokens().tokensRequested(), 0);
}

void TestApiProbe::sendsAJsonBody()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    ApiProbe probe(session.transport());
    const auto system = AltinnTestSession::exampleSystem(u"probed"_s);
    const QUrl url(session.sandbox().baseUrl().toString() + u"authentication/api/v1/systemregister/vendor"_s);
    const QByteArray body = QJsonDocument(system.toRequestJson()).toJson();

    const auto response = call(probe, "POST", url, body, session.sandbox().vendorToken());
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(session.sandbox()
                 .get(u"authentication/api/v1/systemregister/vendor/"_s + system.id,
                     session.sandbox().vendorToken())
                 .status,
        200);

    QCOMPARE(ApiProbe::contentTypeFor(body), QByteArrayLiteral("application/json"));
    QVERIFY(ApiProbe::contentTypeFor("name=value").startsWith("text/plain"));
    QVERIFY(!ApiProbe::sendsBody("GET"));
    QVERIFY(ApiProbe::sendsBody("PUT"));
}

void TestApiProbe::serverErrorsAreAnswersNotFailures()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    ApiProbe probe(session.transport());
    const QUrl url(session.sandbox().baseUrl().toString() + u"no/such/api"_s);

    const auto response = call(probe, "DELETE", url, {}, session.sandbox().vendorToken());
    QVERIFY(response);
    QVERIFY(response->answered());
    QCOMPARE(response->status, 404);
}

void TestApiProbe::refusesWhatMustNotBeSent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QUrl>("url");

    QTest::newRow("file") << QByteArray("GET") << QUrl(u"file:///etc/passwd"_s);
    QTest::newRow("ftp") << QByteArray("GET") << QUrl(u"ftp://example.com/data"_s);
    QTest::newRow("mailto") << QByteArray("GET") << QUrl(u"mailto:support@example.com"_s);
    QTest::newRow("relative") << QByteArray("GET") << QUrl(u"api/resource"_s);
    QTest::newRow("empty") << QByteArray("GET") << QUrl();
    QTest::newRow("plain http elsewhere") << QByteArray("GET") << QUrl(u"http://api.example.no/resource"_s);
    QTest::newRow("user info") << QByteArray("GET") << QUrl(u"https://user:secret@api.example.no/"_s);
    QTest::newRow("unknown method") << QByteArray("PATCH") << QUrl(u"https://api.example.no/resource"_s);
}

void TestApiProbe::refusesWhatMustNotBeSent()
{
    QFETCH(QByteArray, method);
    QFETCH(QUrl, url);
    AltinnTestSession session;
    Altinn::ActivityLog log;
    session.transport()->setActivityLog(&log);
    ApiProbe probe(session.transport());

    const auto response = call(probe, method, url, {}, session.sandbox().vendorToken());
    QVERIFY(response);
    QCOMPARE(response->failure.kind, ApiFailure::Kind::Rejected);
    QVERIFY(!response->failure.detail.isEmpty());
    QCOMPARE(response->status, 0);
    QVERIFY2(log.entries().isEmpty(), "nothing was sent");
}

void TestApiProbe::logsTheExchangeWithoutTheToken()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    Altinn::ActivityLog log;
    session.transport()->setActivityLog(&log);
    ApiProbe probe(session.transport());
    const QByteArray token = session.sandbox().vendorToken();
    const QUrl url(session.sandbox().baseUrl().toString() + u"sandbox/health"_s);

    const auto response = call(probe, "PUT", url, R"({"note": "hello"})", token);
    QVERIFY(response && response->answered());
    QCOMPARE(log.entries().size(), 1);
    const Altinn::ActivityEntry entry = log.entries().constFirst();
    QCOMPARE(entry.method, QByteArrayLiteral("PUT"));
    QCOMPARE(entry.url, url);
    QCOMPARE(entry.requestBody, QByteArrayLiteral(R"({"note": "hello"})"));
    const QByteArray everything =
        log.supportBundle(u"test"_s) + Altinn::ActivityLog::curlCommand(entry).toUtf8();
    QVERIFY(!everything.contains(token));
    QVERIFY(!Altinn::Redaction::containsSecret(everything));
    QVERIFY(everything.contains("Bearer $TOKEN"));
}

void TestApiProbe::cancelEndsTheCall()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    ApiProbe probe(session.transport());
    std::optional<ApiResponse> answer;
    Altinn::ApiOperation *operation = probe.send("GET", QUrl(u"ftp://example.com/"_s), {}, {},
        [&answer](const ApiResponse &response) { answer = response; });
    operation->cancel();
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->failure.kind, ApiFailure::Kind::Cancelled);

    answer.reset();
    operation = probe.send("GET", QUrl(session.sandbox().baseUrl().toString() + u"sandbox/health"_s), {}, {},
        [&answer](const ApiResponse &response) { answer = response; });
    operation->cancel();
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->failure.kind, ApiFailure::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestApiProbe)
#include "TestApiProbe.moc"
