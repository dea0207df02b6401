#include "AltinnTestSession.h"
#include "altinn/ChangeRequestClient.h"
#include "onboarding/SubmitChangeRequestFlow.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SubmitChangeRequestFlow;
using Kind = SubmitChangeRequestFlow::Outcome::Kind;

/// SubmitChangeRequestFlow against the sandbox over HTTP: every outcome, an agent system user, a lost answer.
class TestSubmitChangeRequestFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdIs201();
    void sameCorrelationIdIsExisting();
    void emptyChangeIsNothingToChange();
    void unknownSystemUserFails();
    void agentSystemUserIsExplainedWithoutSending();
    void lostAnswerIsAskedOnceMoreWithTheSameId();
    void busyGuardAndCancel();
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
const QString ChangePath = u"authentication/api/v1/systemuser/changerequest/vendor"_s;

Altinn::ChangeRequest addApp()
{
    Altinn::ChangeRequest change;
    change.requiredRights = {Altinn::Right::forResource(AltinnTestSession::App)};
    return change;
}

struct Fixture
{
    AltinnTestSession session;
    Altinn::ChangeRequestClient changeRequests{session.transport()};
    SubmitChangeRequestFlow flow{&changeRequests};
    QList<SubmitChangeRequestFlow::Outcome> outcomes;
    QString systemUserId;

    Fixture()
    {
        QObject::connect(&flow, &SubmitChangeRequestFlow::finished, &flow,
            [this](const SubmitChangeRequestFlow::Outcome &outcome) { outcomes.append(outcome); });
    }

    /// The example system with an approved standard system user for the customer.
    bool setUp()
    {
        if (!session.isListening() || !session.registerSystem(AltinnTestSession::exampleSystem()))
            return false;
        Altinn::SystemUserRequest request;
        request.systemId = SystemId;
        request.partyOrgNo = AltinnTestSession::Customer;
        request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
        systemUserId = session.sandbox()
                           .post(u"authentication/api/v1/systemuser/request/vendor"_s, request.toJson(),
                               session.sandbox().vendorToken())
                           .object()
                           .value(u"id"_s)
                           .toString();
        return !systemUserId.isEmpty() && session.approve(systemUserId) == 200;
    }

    std::optional<SubmitChangeRequestFlow::Outcome> submit(const SubmitChangeRequestFlow::Input &input)
    {
        const qsizetype before = outcomes.size();
        flow.start(input);
        QElapsedTimer timer;
        timer.start();
        while (outcomes.size() == before && timer.elapsed() < 15000)
            QTest::qWait(5);
        if (outcomes.size() != before + 1)
            return std::nullopt;
        return outcomes.last();
    }

    SubmitChangeRequestFlow::Input input(const Altinn::ChangeRequest &change = addApp()) const
    {
        return {systemUserId, Altinn::RequestKind::Standard, change, {}};
    }
};

} // namespace

void TestSubmitChangeRequestFlow::createdIs201()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const auto outcome = fixture.submit(fixture.input());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Created);
    QVERIFY(outcome->changeRequest);
    QCOMPARE(outcome->changeRequest->systemUserId, fixture.systemUserId);
    QCOMPARE(outcome->changeRequest->status, Altinn::RequestStatus::New);
    QVERIFY(outcome->changeRequest->confirmUrl.contains(u"changerequest"_s));
    QVERIFY(!outcome->answerLost);
    QVERIFY(!fixture.flow.isBusy());
}

void TestSubmitChangeRequestFlow::sameCorrelationIdIsExisting()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const auto first = fixture.submit(fixture.input());
    QVERIFY(first);
    QCOMPARE(first->kind, Kind::Created);

    SubmitChangeRequestFlow::Input again = fixture.input();
    again.correlationId = first->changeRequest->id;
    const auto second = fixture.submit(again);
    QVERIFY(second);
    QCOMPARE(second->kind, Kind::Existing);
    QCOMPARE(second->changeRequest->id, first->changeRequest->id);
}

void TestSubmitChangeRequestFlow::emptyChangeIsNothingToChange()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    const auto outcome = fixture.submit(fixture.input(Altinn::ChangeRequest{}));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::NothingToChange);
    QCOMPARE(outcome->changeRequest->status, Altinn::RequestStatus::NoChangeNeeded);
}

void TestSubmitChangeRequestFlow::unknownSystemUserFails()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    SubmitChangeRequestFlow::Input input = fixture.input();
    input.systemUserId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto outcome = fixture.submit(input);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Failed);
    QCOMPARE(outcome->failure.error.code, u"AUTH-00015"_s);
    QVERIFY(!outcome->explanation.summary.isEmpty());
}

void TestSubmitChangeRequestFlow::agentSystemUserIsExplainedWithoutSending()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    SubmitChangeRequestFlow::Input input = fixture.input();
    input.systemUserKind = Altinn::RequestKind::Agent;
    const int tokensBefore = fixture.session.tokens().tokensRequested();
    const auto outcome = fixture.submit(input);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Failed);
    QCOMPARE(outcome->failure.kind, Altinn::ApiFailure::Kind::Rejected);
    QVERIFY2(outcome->explanation.summary.contains(u"client relationships"_s),
        qPrintable(outcome->explanation.summary));
    QVERIFY(!outcome->explanation.remedy.isEmpty());
    QCOMPARE(fixture.session.tokens().tokensRequested(), tokensBefore); // nothing was sent
}

void TestSubmitChangeRequestFlow::lostAnswerIsAskedOnceMoreWithTheSameId()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    // The change request is made, and the connection closes before its answer (writes are never resent
    // by Qt itself: the flow asks once more, with the same correlation id).
    QCOMPARE(fixture.session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, ChangePath},
                         {u"loseAnswer"_s, true}, {u"count"_s, 1}})
                 .status,
        201);
    const auto outcome = fixture.submit(fixture.input());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, Kind::Created);
    QVERIFY(outcome->answerLost);
    QCOMPARE(fixture.session.sandbox().context().state.changeRequests.size(), 1);
}

void TestSubmitChangeRequestFlow::busyGuardAndCancel()
{
    Fixture fixture;
    QVERIFY(fixture.setUp());
    fixture.flow.start(fixture.input());
    QVERIFY(fixture.flow.isBusy());
    fixture.flow.start(fixture.input()); // ignored while busy
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.flow.isBusy(), 15000);
    QTest::qWait(100);
    QCOMPARE(fixture.outcomes.size(), 1);

    fixture.flow.start(fixture.input());
    fixture.flow.cancel();
    QVERIFY(!fixture.flow.isBusy());
    QTest::qWait(300);
    QCOMPARE(fixture.outcomes.size(), 1);
}

QTEST_MAIN(TestSubmitChangeRequestFlow)
#include "TestSubmitChangeRequestFlow.moc"
