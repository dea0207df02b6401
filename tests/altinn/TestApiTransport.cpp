#include "SandboxHarness.h"
#include "altinn/ApiTransport.h"
#include "altinn/ErrorExplainer.h"
#include "net/ActivityLog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::ApiRequest;
using Altinn::ApiResponse;

/// ApiTransport against the in-process sandbox: tokens, retries, time-outs, cancel, and the log.
class TestApiTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void attachesTokenAndStandardHeaders();
    void anonymousCallHasNoAuthorization();
    void getIsRetriedAfter503();
    void retryAfterIsHonoured();
    void postIsNeverRetried();
    void timeoutIsTimedOutNotCancelled();
    void cancelAbortsTheRequestInFlight();
    void cancelDuringRetryWait();
    void connectionRefusedIsNetwork();
    void networkFailureNamesTheServerCalled();
    void unauthorizedGetsOneFreshToken();
    void unauthorizedTwiceGivesUp();
    void tokenFailureIsReportedAsToken();
    void missingTokenSourceIsToken();
    void passedInOperationIsNotFinished();
    void lostAnswerOfAWriteIsReportedNotRepeated();
};

namespace {

const QString SystemsPath = u"authentication/api/v1/systemregister/vendor"_s;

/// Vendor tokens minted by the sandbox; can start with a token the sandbox refuses, or fail outright.
class FakeTokenSource final : public Altinn::AccessTokenSource
{
public:
    explicit FakeTokenSource(SandboxHarness &sandbox)
        : m_sandbox(sandbox)
    { }

    std::optional<ApiFailure> failure; ///< answer every request with this instead of a token
    QByteArray nextToken; ///< handed out once before real tokens (e.g. one the sandbox rejects)
    bool alwaysRejected = false;
    int requested = 0;
    int invalidated = 0;
    QByteArray lastToken;

    void accessToken(const QStringList &scopes, Callback done) override
    {
        ++requested;
        Outcome outcome;
        if (failure) {
            outcome.failure = *failure;
        } else if (alwaysRejected) {
            outcome.token = "rejected.by.sandbox";
        } else if (!nextToken.isEmpty()) {
            outcome.token = std::exchange(nextToken, {});
        } else {
            outcome.token = m_sandbox.vendorToken(SandboxHarness::VendorOrg, scopes);
        }
        lastToken = outcome.token;
        done(outcome);
    }
    void invalidate(const QStringList &) override { ++invalidated; }

private:
    SandboxHarness &m_sandbox;
};

/// The one answer of a send(); counts how often the callback ran.
struct Received
{
    std::optional<ApiResponse> response;
    int calls = 0;
};

/// One sandbox for all test functions (starting one takes a while); the rest is fresh per function.
std::unique_ptr<SandboxHarness> sharedSandbox;

struct Fixture
{
    SandboxHarness &sandbox = *sharedSandbox;
    QNetworkAccessManager network;
    Altinn::ActivityLog log;
    FakeTokenSource tokens{sandbox};
    Altinn::ApiTransport transport{&network, Altinn::Environment::sandbox(sandbox.baseUrl())};

    Fixture()
    {
        transport.setTokenSource(&tokens);
        transport.setActivityLog(&log);
        Altinn::RetryPolicy fast;
        fast.initialDelayMs = 10;
        fast.maxDelayMs = 1500;
        transport.setRetryPolicy(fast);
        transport.setLanguage(u"nn"_s);
    }

    QUrl url(const QString &path) const { return QUrl(sandbox.baseUrl().toString() + path); }

    std::shared_ptr<Received> send(const ApiRequest &request, Altinn::ApiOperation *operation = nullptr,
        Altinn::ApiOperation **created = nullptr)
    {
        auto received = std::make_shared<Received>();
        Altinn::ApiOperation *used = transport.send(
            request,
            [received](const ApiResponse &response) {
                received->response = response;
                ++received->calls;
            },
            operation);
        if (created)
            *created = used;
        return received;
    }

    ApiResponse sendAndWait(const ApiRequest &request)
    {
        const auto received = send(request);
        if (!QTest::qWaitFor([&received] { return received->calls > 0; }, 15000))
            return {};
        return *received->response;
    }

    void addFault(SandboxFaults::Rule rule) { sandbox.context().faults.add(rule); }
};

QByteArray headerOf(const Altinn::ActivityEntry &entry, const QByteArray &name)
{
    for (const auto &header : entry.requestHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

SandboxFaults::Rule fault(const QByteArray &method, int status, int count = 1)
{
    SandboxFaults::Rule rule;
    rule.method = method;
    rule.pathPrefix = SystemsPath;
    rule.status = status;
    rule.count = count;
    return rule;
}

/// A fresh sandbox, transport and log per test function (init/cleanup).
std::unique_ptr<Fixture> fixture;

} // namespace

void TestApiTransport::initTestCase()
{
    sharedSandbox = std::make_unique<SandboxHarness>();
    QVERIFY(sharedSandbox->isListening());
}

void TestApiTransport::cleanupTestCase()
{
    sharedSandbox.reset();
}

void TestApiTransport::init()
{
    sharedSandbox->context().faults.clear();
    fixture = std::make_unique<Fixture>();
}

void TestApiTransport::cleanup()
{
    fixture.reset();
}

void TestApiTransport::attachesTokenAndStandardHeaders()
{
    const ApiResponse response =
        fixture->sendAndWait(ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()));
    QCOMPARE(response.status, 200); // the sandbox answers 401 without a valid token
    QVERIFY(response.answered());
    QCOMPARE(response.attempts, 1);
    QCOMPARE(fixture->tokens.requested, 1);

    QCOMPARE(fixture->log.entries().size(), 1);
    const Altinn::ActivityEntry entry = fixture->log.entries().constFirst();
    QCOMPARE(headerOf(entry, "Authorization"), QByteArray("Bearer $TOKEN")); // redacted in the log
    QCOMPARE(headerOf(entry, "Accept"), QByteArray("application/json"));
    QCOMPARE(headerOf(entry, "Accept-Language"), QByteArray("nn"));
    QCOMPARE(entry.method, QByteArray("GET"));
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.attempt, 1);
    QCOMPARE(entry.environment, u"sandbox"_s);
    QVERIFY(entry.outcome.isEmpty());
    QVERIFY(!entry.responseBody.isEmpty());
}

void TestApiTransport::anonymousCallHasNoAuthorization()
{
    ApiRequest request = ApiRequest::get(
        fixture->url(u"accessmanagement/api/v1/meta/info/accesspackages/search?term=skatt"_s));
    request.headers.append(qMakePair(QByteArray("Accept-Language"), QByteArray("en")));
    const ApiResponse response = fixture->sendAndWait(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(fixture->tokens.requested, 0);
    const Altinn::ActivityEntry entry = fixture->log.entries().constFirst();
    QVERIFY(headerOf(entry, "Authorization").isEmpty());
    QCOMPARE(headerOf(entry, "Accept-Language"), QByteArray("en")); // the request's own wins
}

void TestApiTransport::getIsRetriedAfter503()
{
    fixture->addFault(fault("GET", 503));
    const ApiResponse response =
        fixture->sendAndWait(ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.attempts, 2);
    const auto entries = fixture->log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).status, 503);
    QCOMPARE(entries.at(0).attempt, 1);
    QCOMPARE(entries.at(1).status, 200);
    QCOMPARE(entries.at(1).attempt, 2);
}

void TestApiTransport::retryAfterIsHonoured()
{
    SandboxFaults::Rule rule = fault("GET", 429);
    rule.retryAfterSeconds = 1;
    fixture->addFault(rule);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response =
        fixture->sendAndWait(ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.attempts, 2);
    // The backoff alone would be 10 ms; the server asked for a second.
    QVERIFY2(timer.elapsed() >= 950, QByteArray::number(timer.elapsed()).constData());
}

void TestApiTransport::postIsNeverRetried()
{
    fixture->addFault(fault("POST", 503, 5));
    const ApiResponse response = fixture->sendAndWait(
        ApiRequest::postJson(fixture->url(SystemsPath), R"({"id":"x"})", SandboxHarness::allVendorScopes()));
    QCOMPARE(response.status, 503);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(fixture->log.entries().size(), 1);
    const ApiFailure failure = response.toFailure();
    QCOMPARE(failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(failure.httpStatus(), 503);
    QCOMPARE(failure.attempts, 1);
    QCOMPARE(headerOf(fixture->log.entries().constFirst(), "Content-Type"), QByteArray("application/json"));
}

void TestApiTransport::timeoutIsTimedOutNotCancelled()
{
    SandboxFaults::Rule rule = fault("GET", 0);
    rule.delayMs = 3000;
    fixture->addFault(rule);
    ApiRequest request = ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes());
    request.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response = fixture->sendAndWait(request);
    QCOMPARE(response.failure.kind, ApiFailure::Kind::TimedOut);
    QCOMPARE(response.toFailure().kind, ApiFailure::Kind::TimedOut);
    QCOMPARE(response.attempts, 1); // the user already waited a whole timeout: not repeated
    QVERIFY2(timer.elapsed() < 2500, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(fixture->log.entries().constLast().outcome, u"timed out"_s);
}

void TestApiTransport::cancelAbortsTheRequestInFlight()
{
    SandboxFaults::Rule rule = fault("GET", 0);
    rule.delayMs = 3000;
    fixture->addFault(rule);
    Altinn::ApiOperation *operation = nullptr;
    const auto received = fixture->send(
        ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()), nullptr, &operation);
    QVERIFY(operation);
    QPointer<Altinn::ApiOperation> guard(operation);
    QSignalSpy finished(operation, &Altinn::ApiOperation::finished);
    QTest::qWait(150);
    QCOMPARE(received->calls, 0);
    operation->cancel();
    QVERIFY(QTest::qWaitFor([&received] { return received->calls > 0; }, 2000));
    QCOMPARE(received->response->failure.kind, ApiFailure::Kind::Cancelled);
    QCOMPARE(finished.size(), 1);
    QTest::qWait(200);
    QCOMPARE(received->calls, 1);
    QVERIFY(!guard); // a transport-made operation deletes itself
    QCOMPARE(fixture->log.entries().constLast().outcome, u"cancelled"_s);
}

void TestApiTransport::cancelDuringRetryWait()
{
    SandboxFaults::Rule rule = fault("GET", 503);
    rule.retryAfterSeconds = 1;
    fixture->addFault(rule);
    Altinn::ApiOperation *operation = nullptr;
    const auto received = fixture->send(
        ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()), nullptr, &operation);
    QVERIFY(QTest::qWaitFor([] { return fixture->log.entries().size() == 1; }, 5000));
    QElapsedTimer timer;
    timer.start();
    operation->cancel();
    QVERIFY(QTest::qWaitFor([&received] { return received->calls > 0; }, 2000));
    QVERIFY(timer.elapsed() < 500);
    QCOMPARE(received->response->failure.kind, ApiFailure::Kind::Cancelled);
    QTest::qWait(1200);
    QCOMPARE(received->calls, 1);
    QCOMPARE(fixture->log.entries().size(), 1); // the retry never went out
}

void TestApiTransport::connectionRefusedIsNetwork()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const QUrl url(u"http://127.0.0.1:%1/authentication/api/v1/systemregister/vendor"_s.arg(port));

    const ApiResponse get = fixture->sendAndWait(ApiRequest::get(url, SandboxHarness::allVendorScopes()));
    QCOMPARE(get.failure.kind, ApiFailure::Kind::Network);
    QVERIFY(!get.failure.detail.isEmpty());
    QCOMPARE(get.attempts, 3); // GET: retried up to maxAttempts
    QVERIFY(fixture->log.entries().constLast().outcome.startsWith(u"network error"_s));

    const ApiResponse post =
        fixture->sendAndWait(ApiRequest::postJson(url, "{}", SandboxHarness::allVendorScopes()));
    QCOMPARE(post.failure.kind, ApiFailure::Kind::Network);
    QCOMPARE(post.attempts, 1);
}

void TestApiTransport::networkFailureNamesTheServerCalled()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QUrl url(u"http://127.0.0.1:%1/authentication/api/v1/systemregister/vendor"_s.arg(port));
    const ApiRequest request = ApiRequest::postJson(url, "{}", {}); // anonymous, sent once

    // The fixture's transport is for the built-in sandbox: its dropped connection is no internet problem.
    const ApiResponse sandbox = fixture->sendAndWait(request);
    QCOMPARE(sandbox.failure.server, ApiFailure::Server::BuiltInSandbox);
    const Altinn::Explanation explained = Altinn::ErrorExplainer::explain(sandbox.failure);
    QVERIFY2(
        !explained.fullText().contains(u"internet"_s, Qt::CaseInsensitive), qPrintable(explained.fullText()));
    QVERIFY2(explained.summary.contains(u"built-in sandbox"_s), qPrintable(explained.summary));

    const auto sendWith = [&request](const Altinn::Environment &environment) {
        Altinn::ApiTransport transport(&fixture->network, environment);
        std::optional<ApiResponse> response;
        transport.send(request, [&response](const ApiResponse &answer) { response = answer; });
        if (!QTest::qWaitFor([&response] { return response.has_value(); }, 15000))
            return ApiResponse();
        return *response;
    };
    const ApiResponse local =
        sendWith(Altinn::Environment::custom(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QCOMPARE(local.failure.kind, ApiFailure::Kind::Network);
    QCOMPARE(local.failure.server, ApiFailure::Server::LocalSandbox);
    const ApiResponse remote = sendWith(Altinn::Environment::tt02());
    QCOMPARE(remote.failure.kind, ApiFailure::Kind::Network);
    QCOMPARE(remote.failure.server, ApiFailure::Server::Remote);
    QVERIFY(Altinn::ErrorExplainer::explain(remote.failure).remedy.contains(u"internet connection"_s));
}

void TestApiTransport::unauthorizedGetsOneFreshToken()
{
    fixture->tokens.nextToken = "expired.or.revoked";
    // Even a POST: a 401 means the server did not process it.
    const ApiResponse response = fixture->sendAndWait(
        ApiRequest::postJson(fixture->url(SystemsPath), "{}", SandboxHarness::allVendorScopes()));
    QCOMPARE(fixture->tokens.invalidated, 1);
    QCOMPARE(fixture->tokens.requested, 2);
    QCOMPARE(response.attempts, 2);
    QCOMPARE(response.status, 400); // the fresh token got through; the empty body is refused
    const auto entries = fixture->log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).status, 401);
    QCOMPARE(entries.at(1).status, 400);
}

void TestApiTransport::unauthorizedTwiceGivesUp()
{
    fixture->tokens.alwaysRejected = true;
    const ApiResponse response =
        fixture->sendAndWait(ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()));
    QCOMPARE(response.status, 401);
    QCOMPARE(response.attempts, 2);
    QCOMPARE(fixture->tokens.invalidated, 1);
    QCOMPARE(response.toFailure().kind, ApiFailure::Kind::Http);
    QCOMPARE(response.toFailure().httpStatus(), 401);
}

void TestApiTransport::tokenFailureIsReportedAsToken()
{
    fixture->tokens.failure = ApiFailure::of(ApiFailure::Kind::Token, u"the key is not readable"_s);
    const ApiResponse response =
        fixture->sendAndWait(ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()));
    QCOMPARE(response.failure.kind, ApiFailure::Kind::Token);
    QCOMPARE(response.failure.detail, u"the key is not readable"_s);
    QCOMPARE(response.attempts, 0);
    QVERIFY(fixture->log.entries().isEmpty()); // nothing was sent
}

void TestApiTransport::missingTokenSourceIsToken()
{
    fixture->transport.setTokenSource(nullptr);
    const ApiResponse response =
        fixture->sendAndWait(ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()));
    QCOMPARE(response.failure.kind, ApiFailure::Kind::Token);
    QVERIFY(fixture->log.entries().isEmpty());
}

void TestApiTransport::passedInOperationIsNotFinished()
{
    auto *operation = new Altinn::ApiOperation(this);
    QPointer<Altinn::ApiOperation> guard(operation);
    QSignalSpy finished(operation, &Altinn::ApiOperation::finished);
    const auto first = fixture->send(
        ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()), operation);
    QVERIFY(QTest::qWaitFor([&first] { return first->calls > 0; }, 5000));
    QCOMPARE(first->response->status, 200);
    QTest::qWait(50);
    QVERIFY(guard); // the client chains more sends on it and finishes it itself
    QCOMPARE(finished.size(), 0);

    // A cancelled operation cancels the next send on it at once.
    operation->cancel();
    const auto second = fixture->send(
        ApiRequest::get(fixture->url(SystemsPath), SandboxHarness::allVendorScopes()), operation);
    QVERIFY(QTest::qWaitFor([&second] { return second->calls > 0; }, 5000));
    QCOMPARE(second->response->failure.kind, ApiFailure::Kind::Cancelled);
    QCOMPARE(fixture->log.entries().size(), 1);
    operation->finish();
}

void TestApiTransport::lostAnswerOfAWriteIsReportedNotRepeated()
{
    // The sandbox registers the system, then closes the connection without the answer.
    SandboxFaults::Rule rule = fault("POST", 0);
    rule.loseAnswer = true;
    fixture->addFault(rule);
    const QString id = SandboxHarness::VendorOrg + u"_lost_answer"_s;
    const QJsonObject names{
        {u"nb"_s, u"Tapt svar"_s}, {u"nn"_s, u"Tapt svar"_s}, {u"en"_s, u"Lost answer"_s}};
    const QJsonObject system{{u"id"_s, id},
        {u"vendor"_s, QJsonObject{{u"ID"_s, QString(u"0192:"_s + SandboxHarness::VendorOrg)}}},
        {u"name"_s, names}, {u"description"_s, names},
        {u"rights"_s,
            QJsonArray{QJsonObject{{u"resource"_s,
                QJsonArray{QJsonObject{
                    {u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, u"ske-krav-og-betalinger"_s}}}}}}},
        {u"isVisible"_s, true}};
    const ApiResponse response = fixture->sendAndWait(ApiRequest::postJson(fixture->url(SystemsPath),
        QJsonDocument(system).toJson(QJsonDocument::Compact), SandboxHarness::allVendorScopes()));

    // Not sent again behind our back (Qt 6.4 would have, and met "already exists"): reported as lost.
    QCOMPARE(response.failure.kind, ApiFailure::Kind::Network);
    QVERIFY(response.failure.answerLost);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(fixture->log.entries().size(), 1);
    // The write did happen, once: what the flows find when they look it up.
    const ApiResponse lookup = fixture->sendAndWait(
        ApiRequest::get(fixture->url(SystemsPath + u'/' + id), SandboxHarness::allVendorScopes()));
    QCOMPARE(lookup.status, 200);
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "TestApiTransport.moc"
