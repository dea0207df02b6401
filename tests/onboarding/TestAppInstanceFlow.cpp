#include "../ui/SandboxVendorSession.h"
#include "AltinnTestSession.h"
#include "altinn/AltinnScopes.h"
#include "onboarding/AppInstanceFlow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::AppInstanceFlow;
using Outcome = Onboarding::AppInstanceFlow::Outcome;
using Remedy = Altinn::Explanation::Remedy;

/// The vendor system's last step: a system user token for the customer, then an app instance for it,
/// against the sandbox's simulated app (docs/sandbox.md#the-simulated-altinn-app).
class TestAppInstanceFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsAnInstanceAsTheCustomersSystemUser();
    void missingRightIsExplained();
    void customerWithoutSystemUserGetsNoToken();
    void unknownAppIsSaid();
    void lostAnswerIsNotRepeated();
    void cancelSaysSoOnce();
    void withoutSessionItFails();
    void appIdsAndTheSuggestedApp();

private:
    /// Registers the example system (rights: krav and the ttd app) with the session's client id and an
    /// approved system user of the customer holding @p rights; false on failure.
    static bool setUp(SandboxVendorSession &vendor, const QStringList &rights);
    static std::optional<Outcome> run(AppInstanceFlow &flow, const AppInstanceFlow::Request &request);
    static AppInstanceFlow::Request requestFor(
        const QString &org, const QString &app, const QString &customer = AltinnTestSession::Customer);
};

void TestAppInstanceFlow::initTestCase()
{
    qRegisterMetaType<Outcome>();
}

bool TestAppInstanceFlow::setUp(SandboxVendorSession &vendor, const QStringList &rights)
{
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    system.clientIds = {vendor.session()->profile().clientId};
    SandboxHarness &sandbox = vendor.sandbox();
    if (sandbox
            .post(u"authentication/api/v1/systemregister/vendor"_s, system.toRequestJson(),
                sandbox.vendorToken())
            .status
        != 200)
        return false;
    QJsonArray rightsJson;
    for (const QString &right : rights)
        rightsJson.append(Altinn::Right::forResource(right).toJson());
    const auto created = sandbox.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, AltinnTestSession::Customer},
            {u"rights"_s, rightsJson}},
        sandbox.vendorToken());
    const QString requestId = created.object().value(u"id"_s).toString();
    return created.status == 201
        && sandbox.post(u"sandbox/requests/"_s + requestId + u"/approve"_s, QJsonObject{}).status == 200;
}

AppInstanceFlow::Request TestAppInstanceFlow::requestFor(
    const QString &org, const QString &app, const QString &customer)
{
    AppInstanceFlow::Request request;
    request.org = org;
    request.app = app;
    request.customerOrgNo = customer;
    request.scopes = {Altinn::AltinnScopes::RequestRead};
    return request;
}

std::optional<Outcome> TestAppInstanceFlow::run(
    AppInstanceFlow &flow, const AppInstanceFlow::Request &request)
{
    QSignalSpy finished(&flow, &AppInstanceFlow::finished);
    flow.setRequest(request);
    flow.start();
    if (finished.isEmpty() && !finished.wait(15000))
        return std::nullopt;
    if (finished.size() != 1)
        return std::nullopt;
    return finished.at(0).at(0).value<Outcome>();
}

void TestAppInstanceFlow::createsAnInstanceAsTheCustomersSystemUser()
{
    SandboxVendorSession vendor;
    QVERIFY(vendor.isReady());
    QVERIFY(setUp(vendor, {AltinnTestSession::App}));
    AppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, requestFor(u"ttd"_s, u"endring-av-navn-v2"_s));
    QVERIFY(outcome);
    QVERIFY2(outcome->isCreated(), qPrintable(outcome->explanation.fullText()));
    QVERIFY(!flow.isBusy());
    QCOMPARE(outcome->instance->organisationNumber, AltinnTestSession::Customer);
    QCOMPARE(outcome->instance->appId, u"ttd/endring-av-navn-v2"_s);
    // Created by the customer's system user (id = the approved request's).
    const auto &instances = vendor.sandbox().context().state.appInstances;
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances.first().createdBy, outcome->instance->createdBy);
    QVERIFY(vendor.sandbox().context().state.systemUsers.contains(outcome->instance->createdBy));
    // The token stays inside the flow: the outcome holds its claims' explanation only.
    QVERIFY(outcome->token.token.accessToken.isEmpty());
    QVERIFY(outcome->token.isIssued());
    // A second run makes a second instance (each start is one create).
    QVERIFY(run(flow, requestFor(u"ttd"_s, u"endring-av-navn-v2"_s))->isCreated());
    QCOMPARE(instances.size(), 2);
}

void TestAppInstanceFlow::missingRightIsExplained()
{
    SandboxVendorSession vendor;
    QVERIFY(setUp(vendor, {AltinnTestSession::Krav}));
    AppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, requestFor(u"ttd"_s, u"endring-av-navn-v2"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Refused);
    QCOMPARE(outcome->failure.httpStatus(), 403);
    QCOMPARE(outcome->reason, u"missingRight"_s);
    QCOMPARE(outcome->missingRight, AltinnTestSession::App);
    QVERIFY(!outcome->systemUserId.isEmpty());
    const Altinn::Explanation &explanation = outcome->explanation;
    QVERIFY2(explanation.summary.contains(AltinnTestSession::App)
            && explanation.summary.contains(AltinnTestSession::Customer),
        qPrintable(explanation.summary));
    QVERIFY2(explanation.remedy.contains(u"change request"_s)
            && explanation.remedy.contains(AltinnTestSession::App),
        qPrintable(explanation.remedy));
    QCOMPARE(explanation.action, Remedy::UseChangeRequest);
    QCOMPARE(explanation.code, u"HTTP 403"_s);
    QVERIFY(vendor.sandbox().context().state.appInstances.isEmpty());
}

void TestAppInstanceFlow::customerWithoutSystemUserGetsNoToken()
{
    SandboxVendorSession vendor;
    QVERIFY(setUp(vendor, {AltinnTestSession::App}));
    AppInstanceFlow flow(vendor.session());
    AppInstanceFlow::Request request = requestFor(u"ttd"_s, u"endring-av-navn-v2"_s, u"313725138"_s);
    request.systemId = AltinnTestSession::exampleSystem().id;
    const auto outcome = run(flow, request);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::TokenFailed);
    QCOMPARE(outcome->token.cause, MaskinportenError::Cause::SystemUserNotFound);
    // With a system id the MP-303 is cross-checked, as on page 7.
    QVERIFY(outcome->token.diagnosed);
    QVERIFY(!outcome->token.diagnosis.isEmpty());
    QVERIFY(!outcome->explanation.summary.isEmpty());
    QVERIFY(vendor.sandbox().context().state.appInstances.isEmpty());
}

void TestAppInstanceFlow::unknownAppIsSaid()
{
    SandboxVendorSession vendor;
    QVERIFY(setUp(vendor, {AltinnTestSession::App}));
    AppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, requestFor(u"ttd"_s, u"finnes-ikke"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QCOMPARE(outcome->failure.httpStatus(), 404);
    QVERIFY(outcome->explanation.summary.contains(u"ttd/finnes-ikke"_s));
    QVERIFY(outcome->explanation.remedy.contains(u"app_ttd_finnes-ikke"_s));
    // The sandbox's own words come along for developers.
    QVERIFY(outcome->explanation.serverMessage.contains(u"AltinnApp"_s));
}

void TestAppInstanceFlow::lostAnswerIsNotRepeated()
{
    SandboxVendorSession vendor;
    QVERIFY(setUp(vendor, {AltinnTestSession::App}));
    QCOMPARE(vendor.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, u"ttd/"_s},
                         {u"loseAnswer"_s, true}, {u"count"_s, 3}})
                 .status,
        201);
    AppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, requestFor(u"ttd"_s, u"endring-av-navn-v2"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QVERIFY(outcome->answerLost());
    QVERIFY2(outcome->explanation.summary.contains(u"may have been created"_s),
        qPrintable(outcome->explanation.summary));
    QVERIFY(outcome->explanation.remedy.contains(u"Do not simply try again"_s));
    // Exactly one instance: the create was not sent again.
    QCOMPARE(vendor.sandbox().context().state.appInstances.size(), 1);
}

void TestAppInstanceFlow::cancelSaysSoOnce()
{
    SandboxVendorSession vendor;
    QVERIFY(setUp(vendor, {AltinnTestSession::App}));
    AppInstanceFlow flow(vendor.session());
    QSignalSpy finished(&flow, &AppInstanceFlow::finished);
    flow.setRequest(requestFor(u"ttd"_s, u"endring-av-navn-v2"_s));
    flow.start();
    QVERIFY(flow.isBusy());
    flow.start(); // ignored while busy
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.at(0).at(0).value<Outcome>();
    QVERIFY(outcome.isCancelled());
    QVERIFY(!outcome.answerLost()); // the create had not gone out yet
    QVERIFY(!flow.isBusy());
    // Nothing more comes when Maskinporten's answer arrives late, and nothing is created.
    QTest::qWait(1500);
    QCOMPARE(finished.size(), 1);
    QVERIFY(vendor.sandbox().context().state.appInstances.isEmpty());
    // And the flow can run again.
    QVERIFY(run(flow, requestFor(u"ttd"_s, u"endring-av-navn-v2"_s))->isCreated());
}

void TestAppInstanceFlow::withoutSessionItFails()
{
    AppInstanceFlow flow(nullptr);
    const auto outcome = run(flow, requestFor(u"ttd"_s, u"endring-av-navn-v2"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QCOMPARE(outcome->failure.kind, Altinn::ApiFailure::Kind::Rejected);
}

void TestAppInstanceFlow::appIdsAndTheSuggestedApp()
{
    QCOMPARE(AppInstanceFlow::resourceIdOf(u"BRG"_s, u"Aarsregnskap"_s), u"app_brg_aarsregnskap"_s);
    const auto app = AppInstanceFlow::appOfResource(u"app_brg_aarsregnskap-vanlig-202406"_s);
    QVERIFY(app);
    QCOMPARE(app->first, u"brg"_s);
    QCOMPARE(app->second, u"aarsregnskap-vanlig-202406"_s);
    QCOMPARE(AppInstanceFlow::appOfResource(u"app_ttd_with_underscore"_s)->second, u"with_underscore"_s);
    QVERIFY(!AppInstanceFlow::appOfResource(u"ske-krav-og-betalinger"_s));
    QVERIFY(!AppInstanceFlow::appOfResource(u"app__x"_s));
    QVERIFY(!AppInstanceFlow::appOfResource(u"app_brg_"_s));
    QVERIFY(AppInstanceFlow::isAltinnAppId(u"app_ttd_endring-av-navn-v2"_s));
    QVERIFY(!AppInstanceFlow::isAltinnAppId(u"app_skd_a2-3906-141205"_s));
    QVERIFY(!AppInstanceFlow::isAltinnAppId(u"nav_tiltakAvtaleOmArbeidstrening"_s));

    using Pair = std::pair<QString, QString>;
    const Pair preferred{u"brg"_s, u"aarsregnskap-vanlig-202406"_s};
    // Held: preferred, even after other apps.
    QCOMPARE(AppInstanceFlow::suggestedApp({u"ske-krav-og-betalinger"_s, u"app_ttd_endring-av-navn-v2"_s,
                 u"app_brg_aarsregnskap-vanlig-202406"_s}),
        preferred);
    // Else the first app right, never a migrated service.
    QCOMPARE(AppInstanceFlow::suggestedApp(
                 {u"ske-krav-og-betalinger"_s, u"app_skd_a2-3906-141205"_s, u"app_ttd_endring-av-navn-v2"_s}),
        (Pair{u"ttd"_s, u"endring-av-navn-v2"_s}));
    // Else the preferred one anyway, so that the refusal can be seen.
    QCOMPARE(AppInstanceFlow::suggestedApp({u"ske-krav-og-betalinger"_s}), preferred);
    QCOMPARE(AppInstanceFlow::suggestedApp({}), preferred);
}

QTEST_GUILESS_MAIN(TestAppInstanceFlow)
#include "TestAppInstanceFlow.moc"
