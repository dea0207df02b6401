#include "../ui/SandboxVendorSession.h"
#include "AltinnTestSession.h"
#include "altinn/AltinnScopes.h"
#include "onboarding/SystemUserTokenTestFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SystemUserTokenTestFlow;
using Outcome = Onboarding::SystemUserTokenTestFlow::Outcome;
using Cause = Altinn::SystemUserTokenDiagnosis::Cause;

/// A system user token for one customer from the sandbox's Maskinporten: every outcome of the test.
class TestSystemUserTokenTestFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void approvedCustomerGetsATokenWithExplainedClaims();
    void clientIdMissingIsDiagnosed();
    void withoutDiagnosisOnlyTheFailureIsSaid();
    void wrongExternalRefIsNamed();
    void clockOffIsSaid();
    void timeTravelKeepsTokensComing();
    void cancelledTestSaysSoOnce();
    void withoutSessionItFails();

private:
    /// Registers the example system (with the session's client id unless @p withClientId is false) and
    /// an approved system user for the customer; the system.
    static Altinn::SystemDefinition setUp(SandboxVendorSession &vendor, bool withClientId = true);
    static std::optional<Outcome> run(
        SystemUserTokenTestFlow &flow, const SystemUserTokenTestFlow::Request &request);
    static SystemUserTokenTestFlow::Request requestFor(
        const Altinn::SystemDefinition &system, const QString &externalRef = {});
    static QList<Cause> likelyCauses(const Outcome &outcome);
};

void TestSystemUserTokenTestFlow::initTestCase()
{
    qRegisterMetaType<Outcome>();
}

Altinn::SystemDefinition TestSystemUserTokenTestFlow::setUp(SandboxVendorSession &vendor, bool withClientId)
{
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    if (withClientId)
        system.clientIds = {vendor.session()->profile().clientId};
    SandboxHarness &sandbox = vendor.sandbox();
    if (sandbox
            .post(u"authentication/api/v1/systemregister/vendor"_s, system.toRequestJson(),
                sandbox.vendorToken())
            .status
        != 200)
        return {};
    const auto created = sandbox.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, AltinnTestSession::Customer},
            {u"rights"_s, QJsonArray{Altinn::Right::forResource(AltinnTestSession::Krav).toJson()}}},
        sandbox.vendorToken());
    const QString requestId = created.object().value(u"id"_s).toString();
    if (created.status != 201
        || sandbox.post(u"sandbox/requests/"_s + requestId + u"/approve"_s, QJsonObject{}).status != 200)
        return {};
    return system;
}

SystemUserTokenTestFlow::Request TestSystemUserTokenTestFlow::requestFor(
    const Altinn::SystemDefinition &system, const QString &externalRef)
{
    SystemUserTokenTestFlow::Request request;
    request.customerOrgNo = AltinnTestSession::Customer;
    request.externalRef = externalRef;
    request.scopes = {Altinn::AltinnScopes::RequestRead};
    request.systemId = system.id;
    request.diagnose = true;
    return request;
}

std::optional<Outcome> TestSystemUserTokenTestFlow::run(
    SystemUserTokenTestFlow &flow, const SystemUserTokenTestFlow::Request &request)
{
    QSignalSpy finished(&flow, &SystemUserTokenTestFlow::finished);
    flow.setRequest(request);
    flow.start();
    if (finished.isEmpty() && !finished.wait(15000))
        return std::nullopt;
    return finished.at(0).at(0).value<Outcome>();
}

QList<Cause> TestSystemUserTokenTestFlow::likelyCauses(const Outcome &outcome)
{
    QList<Cause> causes;
    for (const auto &finding : outcome.diagnosis) {
        if (finding.isLikelyCause)
            causes.append(finding.cause);
    }
    return causes;
}

void TestSystemUserTokenTestFlow::approvedCustomerGetsATokenWithExplainedClaims()
{
    SandboxVendorSession vendor;
    QVERIFY(vendor.isReady());
    const Altinn::SystemDefinition system = setUp(vendor);
    QVERIFY(!system.id.isEmpty());
    SystemUserTokenTestFlow flow(vendor.session());

    const auto outcome = run(flow, requestFor(system));
    QVERIFY(outcome);
    QVERIFY2(outcome->isIssued(), qPrintable(outcome->explanation.fullText()));
    QVERIFY(!flow.isBusy());
    QCOMPARE(outcome->token.accessToken.count('.'), 2);
    QCOMPARE(outcome->claims.value(u"authorization_details"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"systemuser_org"_s)
                 .toObject()
                 .value(u"ID"_s)
                 .toString()
                 .endsWith(AltinnTestSession::Customer),
        true);
    QVERIFY(!outcome->claimRows.isEmpty());
    QVERIFY(!outcome->diagnosed);

    // What the report keeps: the claims, never the token.
    const Altinn::OnboardingSummary::TokenTest test = outcome->tokenTest();
    QVERIFY(test.ok);
    QCOMPARE(test.customerOrgNo, AltinnTestSession::Customer);
    QVERIFY(test.failure.isEmpty());
    QCOMPARE(test.claims, outcome->claimRows);
    for (const Altinn::ClaimRow &row : test.claims)
        QVERIFY(!row.value.contains(QString::fromLatin1(outcome->token.accessToken)));
    // Nor does the activity log.
    QVERIFY(!vendor.activityLog().supportBundle(u"test"_s).contains(outcome->token.accessToken));
}

void TestSystemUserTokenTestFlow::clientIdMissingIsDiagnosed()
{
    SandboxVendorSession vendor;
    const Altinn::SystemDefinition system = setUp(vendor, false);
    QVERIFY(!system.id.isEmpty());
    SystemUserTokenTestFlow flow(vendor.session());

    const auto outcome = run(flow, requestFor(system));
    QVERIFY(outcome);
    QVERIFY(!outcome->isIssued());
    QCOMPARE(outcome->cause, MaskinportenError::Cause::SystemUserNotFound);
    QVERIFY(outcome->explanation.fullText().contains(u"MP-303"_s));
    // The client is fine; the register is not: no button for the client.
    QCOMPARE(outcome->remedy, Altinn::Explanation::Remedy::None);
    QVERIFY(outcome->clockNote.isEmpty());
    QVERIFY(outcome->diagnosed);
    QCOMPARE(likelyCauses(*outcome).value(0), Cause::ClientIdMissing);
    QCOMPARE(outcome->diagnosisQuery().systemId, system.id);
    QCOMPARE(outcome->diagnosisQuery().customerOrgNo, AltinnTestSession::Customer);
    const Altinn::OnboardingSummary::TokenTest test = outcome->tokenTest();
    QVERIFY(!test.ok);
    QVERIFY(test.claims.isEmpty());
    QVERIFY(test.failure.contains(u"MP-303"_s));
}

void TestSystemUserTokenTestFlow::withoutDiagnosisOnlyTheFailureIsSaid()
{
    SandboxVendorSession vendor;
    const Altinn::SystemDefinition system = setUp(vendor, false);
    QVERIFY(!system.id.isEmpty());
    SystemUserTokenTestFlow flow(vendor.session());
    SystemUserTokenTestFlow::Request request = requestFor(system);
    request.diagnose = false;

    const auto outcome = run(flow, request);
    QVERIFY(outcome);
    QCOMPARE(outcome->cause, MaskinportenError::Cause::SystemUserNotFound);
    QVERIFY(!outcome->diagnosed);
    QVERIFY(outcome->diagnosis.isEmpty());
}

void TestSystemUserTokenTestFlow::wrongExternalRefIsNamed()
{
    SandboxVendorSession vendor;
    const Altinn::SystemDefinition system = setUp(vendor);
    QVERIFY(!system.id.isEmpty());
    SystemUserTokenTestFlow flow(vendor.session());

    const auto outcome = run(flow, requestFor(system, u"kunde-42"_s));
    QVERIFY(outcome);
    QVERIFY(!outcome->isIssued());
    QVERIFY(outcome->diagnosed);
    QCOMPARE(likelyCauses(*outcome).value(0), Cause::ExternalRefMismatch);
    // The facts hold the customer's own reference, for a "use this one" remedy.
    QVERIFY(outcome->facts.systemUsers.has_value());
    QCOMPARE(outcome->facts.systemUsers->size(), 1);
    QCOMPARE(outcome->facts.systemUsers->first().externalRef, AltinnTestSession::Customer);
    QCOMPARE(outcome->diagnosisQuery().externalRef, u"kunde-42"_s);
}

void TestSystemUserTokenTestFlow::clockOffIsSaid()
{
    SandboxVendorSession vendor;
    const Altinn::SystemDefinition system = setUp(vendor);
    QVERIFY(!system.id.isEmpty());
    // Maskinporten a day ahead: every grant this computer signs has expired there. (The sandbox's
    // Maskinporten follows the travelled clock only when told to.)
    QCOMPARE(vendor.sandbox()
                 .put(u"sandbox/settings"_s, QJsonObject{{u"maskinportenClock"_s, u"sandbox"_s}})
                 .status,
        200);
    QCOMPARE(vendor.sandbox().post(u"sandbox/clock/advance?days=1"_s, QJsonObject{}).status, 200);
    SystemUserTokenTestFlow flow(vendor.session());

    const auto outcome = run(flow, requestFor(system));
    QVERIFY(outcome);
    QVERIFY(!outcome->isIssued());
    QVERIFY(outcome->cause == MaskinportenError::Cause::GrantExpired
        || outcome->cause == MaskinportenError::Cause::ClockAhead);
    QVERIFY(!outcome->clockNote.isEmpty());
    QCOMPARE(outcome->remedy, Altinn::Explanation::Remedy::None);
    QVERIFY(!outcome->diagnosed);
}

void TestSystemUserTokenTestFlow::timeTravelKeepsTokensComing()
{
    // Demoing a timed-out request means travelling 181 days; the wizard's token test must keep working,
    // and must not blame this computer's clock.
    SandboxVendorSession vendor;
    const Altinn::SystemDefinition system = setUp(vendor);
    QVERIFY(!system.id.isEmpty());
    QCOMPARE(vendor.sandbox().post(u"sandbox/clock/advance?days=181"_s, QJsonObject{}).status, 200);
    SystemUserTokenTestFlow flow(vendor.session());

    const auto outcome = run(flow, requestFor(system));
    QVERIFY(outcome);
    QVERIFY2(outcome->isIssued(), qPrintable(outcome->explanation.fullText()));
    QVERIFY(outcome->clockNote.isEmpty());
    const auto skew = vendor.session()->tokenClient()->clockSkewSeconds();
    QVERIFY(skew.has_value());
    QVERIFY2(std::llabs(*skew) <= 5, qPrintable(QString::number(*skew)));
    // The token is the sandbox's, stamped by its travelled clock — what its Altinn side checks.
    const qint64 issuedAt = outcome->claims.value(u"iat"_s).toInteger();
    QVERIFY(qAbs(issuedAt - vendor.sandbox().context().clock.now().toSecsSinceEpoch()) <= 5);
    // A second test asks again (the session's cache holds the token by this computer's clock).
    const auto again = run(flow, requestFor(system));
    QVERIFY(again && again->isIssued());
}

void TestSystemUserTokenTestFlow::cancelledTestSaysSoOnce()
{
    SandboxVendorSession vendor;
    const Altinn::SystemDefinition system = setUp(vendor);
    QVERIFY(!system.id.isEmpty());
    SystemUserTokenTestFlow flow(vendor.session());
    QSignalSpy finished(&flow, &SystemUserTokenTestFlow::finished);
    flow.setRequest(requestFor(system));
    flow.start();
    QVERIFY(flow.isBusy());
    flow.start(); // ignored while busy
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!flow.isBusy());
    const Outcome outcome = finished.at(0).at(0).value<Outcome>();
    QVERIFY(outcome.isCancelled());
    QVERIFY(!outcome.isIssued());
    QVERIFY(outcome.token.accessToken.isEmpty());
    // Maskinporten's answer still arrives, and is ignored.
    QTest::qWait(1000);
    QCOMPARE(finished.size(), 1);
}

void TestSystemUserTokenTestFlow::withoutSessionItFails()
{
    SystemUserTokenTestFlow flow(nullptr);
    SystemUserTokenTestFlow::Request request;
    request.customerOrgNo = AltinnTestSession::Customer;
    request.scopes = {Altinn::AltinnScopes::RequestRead};
    const auto outcome = run(flow, request);
    QVERIFY(outcome);
    QVERIFY(!outcome->isIssued());
    QCOMPARE(outcome->failure.kind, Altinn::ApiFailure::Kind::Rejected);
    QVERIFY(!flow.isBusy());
}

QTEST_GUILESS_MAIN(TestSystemUserTokenTestFlow)
#include "TestSystemUserTokenTestFlow.moc"
