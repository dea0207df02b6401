#include "AltinnTestSession.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "net/ActivityLog.h"
#include "onboarding/SubmitRequestFlow.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestStatus;
using Altinn::SystemUserRequest;
using Onboarding::SubmitRequestFlow;
using Kind = SubmitRequestFlow::Outcome::Kind;

/// SubmitRequestFlow against the sandbox over HTTP: every outcome, the deliberate second step, a lost answer.
class TestSubmitRequestFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdIs201();
    void agentRequestIsCreated();
    void existingRequestIsReturnedAndCanBeAskedAgain();
    void rejectedRequestCanOnlyBeDeletedAndAskedAgain();
    void timedOutRequestCanOnlyBeDeletedAndAskedAgain();
    void pendingRequestNamedByCodeIsLookedUp();
    void existingSystemUserIsFound();
    void unknownCustomerFails();
    void lostAnswerIsReconciledWithTheStoredRequest();
    void lostAnswerWithNothingStoredSaysSo();
    void serverErrorIsLookedUpAndTheStoredRequestFound();
    void serverErrorWithNothingStoredSaysNothingWasCreated();
    void lostAnswerThatCannotBeCheckedMayExist();
    void secondClickAfterADoubtLooksUpInsteadOfSending();
    void normalCreateMakesOneCall();
    void busyGuardAndCancel();
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
const QString KlientId = SandboxHarness::VendorOrg + u"_klient"_s;
const QString RequestPath = u"authentication/api/v1/systemuser/request/vendor"_s;

SystemUserRequest standardRequest(const QString &externalRef = {})
{
    SystemUserRequest request;
    request.systemId = SystemId;
    request.partyOrgNo = AltinnTestSession::Customer;
    if (!externalRef.isEmpty())
        request.externalRef = externalRef;
    request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
    return request;
}

/// The session, its clients and a flow on them, with the example system registered.
struct Fixture
{
    AltinnTestSession session;
    Altinn::RequestClient requests{session.transport()};
    Altinn::SystemUserClient systemUsers{session.transport()};
    SubmitRequestFlow flow{&requests, &systemUsers};
    QList<SubmitRequestFlow::Outcome> outcomes;

    Fixture()
    {
        QObject::connect(&flow, &SubmitRequestFlow::finished, &flow,
            [this](const SubmitRequestFlow::Outcome &outcome) { outcomes.append(outcome); });
    }

    bool setUp()
    {
        Altinn::SystemDefinition klient = AltinnTestSession::exampleSystem(u"klient"_s);
        klient.accessPackages = QList<Altinn::AccessPackageRef>{
            {AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)}};
        klient.isVisible = false;
        return session.isListening() && session.registerSystem(AltinnTestSession::exampleSystem())
            && session.registerSystem(klient);
    }

    /// Runs @p step and waits for its outcome.
    std::optional<SubmitRequestFlow::Outcome> run(const std::function<void()> &step)
    {
        const qsizetype before = outcomes.size();
        step();
        QElapsedTimer timer;
        timer.start();
        while (outcomes.size() == before && timer.elapsed() < 15000)
            QTest::qWait(5);
        if (outcomes.size() != before + 1)
            return std::nullopt;
        return outcomes.last();
    }

    std::optional<SubmitRequestFlow::Outcome> submit(const SystemUserRequest &request)
    {
        return run([&] { flow.start(request); });
    }

    /// A request made straight over HTTP, as an earlier run (or a lost answer) left it; its id.
    QString storedRequest(const SystemUserRequest &request = standardRequest())
    {
        return session.sandbox()
            .post(RequestPath, request.toJson(), session.sandbox().vendorToken())
            .object()
            .value(u"id"_s)
            .toString();
    }

    int decide(const QString &id, const QString &decision)
    {
        return session.sandbox().post(u"sandbox/requests/%1/%2"_s.arg(id, decision), QJsonObject{}).status;
    }

    bool addFault(const QJsonObject &rule)
    {
        return session.sandbox().post(u"sandbox/faults"_s, rule).status == 201;
    }

    /// The next POSTs of requests are carried out, and their answers lost.
    bool loseNextAnswers()
    {
        return addFault({{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"loseAnswer"_s, true},
            {u"count"_s, 3}});
    }

    /// Every look-up by external reference fails (after the transport's retries).
    bool failLookUps()
    {
        return addFault(
            {{u"method"_s, u"GET"_s}, {u"pathPrefix"_s, QString(RequestPath + u"/byexternalref"_s)},
                {u"status"_s, 500}, {u"count"_s, 100}});
    }

    int storedRequests() { return int(session.sandbox().context().state.requests.size()); }

    /// The next POSTs of requests lose their answer: the connection closes before any answer.
    bool dropNextPosts()
    {
        return session.sandbox()
                   .post(u"sandbox/faults"_s,
                       QJsonObject{{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath},
                           {u"dropConnection"_s, true}, {u"count"_s, 5}})
                   .status
            == 201;
    }
};

} // namespace

void TestSubmitRequestFlow::createdIs201()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const auto outcome = fixture.submit(standardRequest());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Created);
    QVERIFY(outcome->request);
    QCOMPARE(outcome->request->status, RequestStatus::New);
    QCOMPARE(outcome->request->externalRef, AltinnTestSession::Customer);
    QCOMPARE(outcome->sent.systemId, SystemId);
    QVERIFY(!outcome->answerLost);
    QVERIFY(!fixture.flow.isBusy());
}

void TestSubmitRequestFlow::agentRequestIsCreated()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    SystemUserRequest request;
    request.kind = Altinn::RequestKind::Agent;
    request.systemId = KlientId;
    request.partyOrgNo = AltinnTestSession::Facilitator;
    request.accessPackages = QList<Altinn::AccessPackageRef>{
        {AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)}};
    const auto outcome = fixture.submit(request);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Created);
    QCOMPARE(outcome->request->kind, Altinn::RequestKind::Agent);
    QVERIFY(outcome->request->confirmUrl.contains(u"agentrequest"_s));
}

void TestSubmitRequestFlow::existingRequestIsReturnedAndCanBeAskedAgain()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const QString firstId = fixture.storedRequest();
    QVERIFY(!firstId.isEmpty());

    const auto existing = fixture.submit(standardRequest());
    QVERIFY(existing);
    QCOMPARE(existing->kind, Kind::ExistingReturned);
    QCOMPARE(existing->request->id, firstId);
    QCOMPARE(existing->request->status, RequestStatus::New);
    QVERIFY(existing->canFollow());
    QVERIFY(existing->canDeleteAndAskAgain());
    QVERIFY(!existing->explanation.summary.isEmpty());

    // Only when asked: the old request is deleted and a new one made.
    const auto again = fixture.run([&] { fixture.flow.deleteAndAskAgain(); });
    QVERIFY(again);
    QCOMPARE(again->kind, Kind::Created);
    QVERIFY(again->request->id != firstId);
    QCOMPARE(fixture.session.sandbox().context().state.requests.value(firstId).isDeleted, true);
}

void TestSubmitRequestFlow::rejectedRequestCanOnlyBeDeletedAndAskedAgain()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const QString firstId = fixture.storedRequest();
    QCOMPARE(fixture.decide(firstId, u"reject"_s), 200);

    const auto rejected = fixture.submit(standardRequest());
    QVERIFY(rejected);
    QCOMPARE(rejected->kind, Kind::ExistingRejected);
    QCOMPARE(rejected->request->status, RequestStatus::Rejected);
    QVERIFY(!rejected->canFollow());
    QVERIFY(rejected->canDeleteAndAskAgain());

    const auto again = fixture.run([&] { fixture.flow.deleteAndAskAgain(); });
    QVERIFY(again);
    QCOMPARE(again->kind, Kind::Created);
    QVERIFY(again->request->id != firstId);
}

void TestSubmitRequestFlow::timedOutRequestCanOnlyBeDeletedAndAskedAgain()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const QString firstId = fixture.storedRequest();
    QCOMPARE(fixture.session.sandbox().post(u"sandbox/clock/advance?days=181"_s, QJsonObject{}).status, 200);

    const auto timedOut = fixture.submit(standardRequest());
    QVERIFY(timedOut);
    QCOMPARE(timedOut->kind, Kind::ExistingRejected);
    QVERIFY(timedOut->request->timedOut);
    QCOMPARE(timedOut->request->id, firstId);
}

void TestSubmitRequestFlow::pendingRequestNamedByCodeIsLookedUp()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const QString firstId = fixture.storedRequest();
    // Without the 200 answer Altinn names the earlier request by its code only (AUTH-00007).
    QVERIFY(fixture.session.changeSettings({{u"repeatedRequestReturnsExisting"_s, false}}));

    const auto pending = fixture.submit(standardRequest());
    QVERIFY(pending);
    QCOMPARE(pending->kind, Kind::ExistingReturned);
    QCOMPARE(pending->failure.error.code, u"AUTH-00007"_s);
    QVERIFY(pending->request);
    QCOMPARE(pending->request->id, firstId);

    const auto again = fixture.run([&] { fixture.flow.deleteAndAskAgain(); });
    QVERIFY(again);
    QCOMPARE(again->kind, Kind::Created);
    QVERIFY(again->request->id != firstId);
}

void TestSubmitRequestFlow::existingSystemUserIsFound()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const QString firstId = fixture.storedRequest();
    QCOMPARE(fixture.decide(firstId, u"approve"_s), 200);

    const auto exists = fixture.submit(standardRequest());
    QVERIFY(exists);
    QCOMPARE(exists->kind, Kind::SystemUserExists);
    QCOMPARE(exists->failure.error.code, u"AUTH-00004"_s);
    QCOMPARE(exists->explanation.action, Altinn::Explanation::Remedy::UseChangeRequest);
    QVERIFY(exists->systemUser);
    QCOMPARE(exists->systemUser->id, firstId);
    QVERIFY(!exists->canDeleteAndAskAgain());

    // Not an outcome that can be asked again: the step is ignored.
    fixture.flow.deleteAndAskAgain();
    QVERIFY(!fixture.flow.isBusy());
}

void TestSubmitRequestFlow::unknownCustomerFails()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    SystemUserRequest request = standardRequest();
    request.partyOrgNo = AltinnTestSession::UnknownOrg;
    const auto failed = fixture.submit(request);
    QVERIFY(failed);
    QCOMPARE(failed->kind, Kind::Failed);
    QCOMPARE(failed->failure.error.code, u"AUTH-00000"_s);
    QCOMPARE(failed->explanation.action, Altinn::Explanation::Remedy::CheckOrgNumber);
    QVERIFY(!failed->canDeleteAndAskAgain());
}

void TestSubmitRequestFlow::lostAnswerIsReconciledWithTheStoredRequest()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    // The server stored the request; its answer never arrived.
    const QString storedId = fixture.storedRequest(standardRequest(u"kunde-7"_s));
    QVERIFY(fixture.dropNextPosts());

    const auto outcome = fixture.submit(standardRequest(u"kunde-7"_s));
    QVERIFY(outcome);
    QVERIFY(outcome->answerLost);
    QCOMPARE(outcome->kind, Kind::Created);
    QCOMPARE(outcome->request->id, storedId);
    // Looked up, not sent again: still one request.
    QCOMPARE(fixture.session.sandbox().context().state.requests.size(), 1);
}

void TestSubmitRequestFlow::lostAnswerWithNothingStoredSaysSo()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    QVERIFY(fixture.dropNextPosts());

    const auto outcome = fixture.submit(standardRequest());
    QVERIFY(outcome);
    QVERIFY(outcome->answerLost);
    QCOMPARE(outcome->kind, Kind::Failed);
    QCOMPARE(outcome->failure.kind, Altinn::ApiFailure::Kind::Network);
    QCOMPARE(outcome->explanation.action, Altinn::Explanation::Remedy::Retry);
    QVERIFY2(outcome->explanation.summary.contains(u"nothing was created"_s),
        qPrintable(outcome->explanation.summary));
    QVERIFY(fixture.session.sandbox().context().state.requests.isEmpty());
}

void TestSubmitRequestFlow::serverErrorIsLookedUpAndTheStoredRequestFound()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    // A gateway answered 502 for a service that stored the request (made here straight over HTTP).
    const QString storedId = fixture.storedRequest(standardRequest(u"kunde-502"_s));
    QVERIFY(fixture.addFault({{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"status"_s, 502}}));

    const auto outcome = fixture.submit(standardRequest(u"kunde-502"_s));
    QVERIFY(outcome);
    QVERIFY(outcome->answerLost);
    QCOMPARE(outcome->kind, Kind::Created);
    QCOMPARE(outcome->request->id, storedId);
    QCOMPARE(fixture.storedRequests(), 1);
}

void TestSubmitRequestFlow::serverErrorWithNothingStoredSaysNothingWasCreated()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    QVERIFY(fixture.addFault({{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"status"_s, 500}}));

    const auto outcome = fixture.submit(standardRequest());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Failed);
    QVERIFY(outcome->answerLost);
    QVERIFY(!outcome->mayExist);
    QCOMPARE(outcome->failure.httpStatus(), 500);
    QVERIFY2(outcome->explanation.summary.contains(u"nothing was created"_s),
        qPrintable(outcome->explanation.summary));
    QCOMPARE(fixture.storedRequests(), 0);
}

void TestSubmitRequestFlow::lostAnswerThatCannotBeCheckedMayExist()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    QVERIFY(fixture.loseNextAnswers());
    QVERIFY(fixture.failLookUps());

    const auto outcome = fixture.submit(standardRequest(u"tvil-1"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Failed);
    QVERIFY(outcome->answerLost);
    QVERIFY(outcome->mayExist);
    const QString text = outcome->explanation.fullText();
    QVERIFY2(text.contains(u"may exist"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Check again before sending"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"internet connection"_s), qPrintable(text));
    QCOMPARE(outcome->explanation.action, Altinn::Explanation::Remedy::Retry);
    QCOMPARE(fixture.storedRequests(), 1); // it does exist
}

void TestSubmitRequestFlow::secondClickAfterADoubtLooksUpInsteadOfSending()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    QVERIFY(fixture.loseNextAnswers());
    QVERIFY(fixture.failLookUps());
    const auto doubt = fixture.submit(standardRequest(u"tvil-2"_s));
    QVERIFY(doubt && doubt->mayExist);
    QCOMPARE(fixture.session.sandbox().send("DELETE", u"sandbox/faults"_s).status, 200);

    // Send again: the request is looked up first and found; nothing is posted.
    Altinn::ActivityLog log;
    fixture.session.transport()->setActivityLog(&log);
    const auto outcome = fixture.submit(standardRequest(u"tvil-2"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Created);
    QVERIFY(outcome->answerLost);
    QVERIFY(!outcome->mayExist);
    QCOMPARE(fixture.storedRequests(), 1);
    QCOMPARE(outcome->request->id, fixture.session.sandbox().context().state.requests.first().id);
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().first().method, QByteArray("GET"));

    // Settled: the next send of that triple posts as usual (Altinn returns the request it has).
    log.clear();
    const auto again = fixture.submit(standardRequest(u"tvil-2"_s));
    QVERIFY(again);
    QCOMPARE(again->kind, Kind::ExistingReturned);
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().first().method, QByteArray("POST"));
}

void TestSubmitRequestFlow::normalCreateMakesOneCall()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    Altinn::ActivityLog log;
    fixture.session.transport()->setActivityLog(&log);
    const auto outcome = fixture.submit(standardRequest(u"vanlig"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Created);
    QCOMPARE(log.entries().size(), 1); // the POST: no look-up when the answer came
}

void TestSubmitRequestFlow::busyGuardAndCancel()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    fixture.flow.start(standardRequest());
    QVERIFY(fixture.flow.isBusy());
    fixture.flow.start(standardRequest(u"other"_s)); // ignored while busy
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.flow.isBusy(), 15000);
    QTest::qWait(100);
    QCOMPARE(fixture.outcomes.size(), 1);
    QCOMPARE(fixture.outcomes.first().sent.externalRef, std::nullopt);

    fixture.flow.start(standardRequest(u"cancelled"_s));
    fixture.flow.cancel();
    QVERIFY(!fixture.flow.isBusy());
    QTest::qWait(300);
    QCOMPARE(fixture.outcomes.size(), 1);
}

QTEST_MAIN(TestSubmitRequestFlow)
#include "TestSubmitRequestFlow.moc"
