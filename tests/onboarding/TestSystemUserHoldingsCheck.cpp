#include "../ui/SandboxVendorSession.h"
#include "AltinnTestSession.h"
#include "altinn/AltinnScopes.h"
#include "onboarding/SystemUserHoldingsCheck.h"
#include "onboarding/SystemUserTokenFetch.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SystemUserHoldingsCheck;
using Outcome = Onboarding::SystemUserHoldingsCheck::Outcome;

/// What a customer's system user holds, against the system definition, over the sandbox's Maskinporten,
/// token exchange and authorizedparties.
class TestSystemUserHoldingsCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void holdingEverythingIsNoDrift();
    void aRightTheDefinitionGainedIsMissing();
    void aRightTheDefinitionDroppedIsExtra();
    void theCustomersOwnSubsetIsAllThatIsExpected();
    void aGivenDefinitionSavesTheRegisterCall();
    void theTokenNamesTheSystemWhenNoneIsGiven();
    void aClientWithoutTheScopeIsToldWhatToAdd();
    void aDeletedSystemUserIsNamed();
    void cancelEndsOnce();
    void comparesPackagesByCodeOrUrnAndLeavesAgentsAlone();
    void tokenFetchCountsAndExchanges();

private:
    /// Gives the session's client the authorized parties scope (as the sandbox registration flow does).
    static bool addScope(SandboxVendorSession &vendor);
    /// Registers the example system and an approved system user for the customer holding @p rights (resource
    /// ids) and every package of the system; the system.
    static Altinn::SystemDefinition setUp(SandboxVendorSession &vendor, const QStringList &rights);
    static std::optional<Outcome> run(
        SystemUserHoldingsCheck &check, const SystemUserHoldingsCheck::Request &request);
    static SystemUserHoldingsCheck::Request requestFor(const Altinn::SystemDefinition &system);
};

void TestSystemUserHoldingsCheck::initTestCase()
{
    qRegisterMetaType<Outcome>();
    qRegisterMetaType<Onboarding::SystemUserTokenFetch::Result>();
}

bool TestSystemUserHoldingsCheck::addScope(SandboxVendorSession &vendor)
{
    QStringList scopes = SandboxHarness::allVendorScopes();
    scopes.append(Altinn::AltinnScopes::AuthorizedParties);
    return vendor.sandbox()
               .put(u"sandbox/maskinporten/clients/"_s + vendor.session()->profile().clientId + u"/scopes"_s,
                   QJsonObject{{u"scopes"_s, QJsonArray::fromStringList(scopes)}})
               .status
        == 200;
}

Altinn::SystemDefinition TestSystemUserHoldingsCheck::setUp(
    SandboxVendorSession &vendor, const QStringList &rights)
{
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    system.clientIds = {vendor.session()->profile().clientId};
    SandboxHarness &sandbox = vendor.sandbox();
    if (sandbox
            .post(u"authentication/api/v1/systemregister/vendor"_s, system.toRequestJson(),
                sandbox.vendorToken())
            .status
        != 200)
        return {};
    QJsonArray requested;
    for (const QString &id : rights)
        requested.append(Altinn::Right::forResource(id).toJson());
    const auto created = sandbox.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, AltinnTestSession::Customer},
            {u"rights"_s, requested},
            {u"accessPackages"_s, Altinn::AccessPackageRefs::toJson(*system.accessPackages)}},
        sandbox.vendorToken());
    const QString requestId = created.object().value(u"id"_s).toString();
    if (created.status != 201) {
        qWarning() << created.status << created.body;
        return {};
    }
    const auto approved = sandbox.post(u"sandbox/requests/"_s + requestId + u"/approve"_s, QJsonObject{});
    if (approved.status != 200) {
        qWarning() << approved.status << approved.body;
        return {};
    }
    return system;
}

SystemUserHoldingsCheck::Request TestSystemUserHoldingsCheck::requestFor(
    const Altinn::SystemDefinition &system)
{
    SystemUserHoldingsCheck::Request request;
    request.systemId = system.id;
    request.customerOrgNo = AltinnTestSession::Customer;
    return request;
}

std::optional<Outcome> TestSystemUserHoldingsCheck::run(
    SystemUserHoldingsCheck &check, const SystemUserHoldingsCheck::Request &request)
{
    QSignalSpy finished(&check, &SystemUserHoldingsCheck::finished);
    check.setRequest(request);
    check.start();
    if (finished.isEmpty() && !finished.wait(20000))
        return std::nullopt;
    QTest::qWait(20); // nothing more may follow
    if (finished.size() != 1)
        return std::nullopt;
    return finished.at(0).at(0).value<Outcome>();
}

void TestSystemUserHoldingsCheck::holdingEverythingIsNoDrift()
{
    SandboxVendorSession vendor;
    QVERIFY(vendor.isReady());
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav, AltinnTestSession::App});
    QVERIFY(!system.id.isEmpty());
    SystemUserHoldingsCheck check(vendor.session());

    const auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QVERIFY2(outcome->result == Outcome::Result::Matches,
        qPrintable(outcome->summary + outcome->details.join(u'\n')));
    QVERIFY(!check.isBusy());
    QVERIFY(outcome->customerListed);
    QCOMPARE(outcome->parties.size(), 1);
    QCOMPARE(outcome->parties.first().organizationNumber, AltinnTestSession::Customer);
    QCOMPARE(QSet<QString>(outcome->heldResources.cbegin(), outcome->heldResources.cend()),
        (QSet<QString>{AltinnTestSession::Krav, AltinnTestSession::App}));
    QCOMPARE(QSet<QString>(outcome->heldPackages.cbegin(), outcome->heldPackages.cend()),
        (QSet<QString>{AltinnTestSession::packageUrn(u"skatt-naering"_s),
            AltinnTestSession::packageUrn(u"jordbruk"_s)}));
    QVERIFY(outcome->drift.isEmpty());
    QVERIFY(outcome->details.isEmpty());
    QVERIFY(!outcome->needsChangeRequest());
    QVERIFY(outcome->summary.contains(u"everything"_s));

    // Four calls: the definition, the token, the exchange and the list — the list exactly once.
    QCOMPARE(outcome->calls.systemRegister, 1);
    QCOMPARE(outcome->calls.maskinporten, 1);
    QCOMPARE(outcome->calls.exchange, 1);
    QCOMPARE(outcome->calls.authorizedParties, 1);
    QCOMPARE(outcome->calls.total(), 4);
    int listCalls = 0;
    for (const Altinn::ActivityEntry &entry : vendor.activityLog().entries()) {
        if (entry.url.path().endsWith(u"/enduser/authorizedparties"_s))
            ++listCalls;
    }
    QCOMPARE(listCalls, 1);
    // Neither token reaches the log.
    const QByteArray bundle = vendor.activityLog().supportBundle(u"test"_s);
    QVERIFY(!bundle.contains("eyJ"));
}

void TestSystemUserHoldingsCheck::aRightTheDefinitionGainedIsMissing()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav, AltinnTestSession::App});
    QVERIFY(!system.id.isEmpty());
    // The vendor adds a right to the system after the customer approved.
    const QString added = u"ske-innrapportering-amelding"_s;
    QList<Altinn::Right> rights = *system.rights;
    rights.append(Altinn::Right::forResource(added));
    SandboxHarness &sandbox = vendor.sandbox();
    const auto updated =
        sandbox.put(u"authentication/api/v1/systemregister/vendor/"_s + system.id + u"/rights"_s,
            Altinn::Rights::toJson(rights), sandbox.vendorToken());
    QVERIFY2(updated.status == 200, updated.body.constData());

    SystemUserHoldingsCheck check(vendor.session());
    const auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Drifted);
    QCOMPARE(outcome->drift.missingResources, QStringList{added});
    QVERIFY(outcome->drift.missingPackages.isEmpty());
    QVERIFY(!outcome->drift.hasExtra());
    QVERIFY(outcome->needsChangeRequest());
    QVERIFY(outcome->summary.contains(u"change request"_s));
    QCOMPARE(outcome->details.size(), 1);
    QVERIFY(outcome->details.first().contains(added));
}

void TestSystemUserHoldingsCheck::aRightTheDefinitionDroppedIsExtra()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav, AltinnTestSession::App});
    QVERIFY(!system.id.isEmpty());
    // The vendor no longer asks for the app, nor for the jordbruk package.
    SandboxHarness &sandbox = vendor.sandbox();
    QCOMPARE(sandbox
                 .put(u"authentication/api/v1/systemregister/vendor/"_s + system.id + u"/rights"_s,
                     Altinn::Rights::toJson({Altinn::Right::forResource(AltinnTestSession::Krav)}),
                     sandbox.vendorToken())
                 .status,
        200);
    QCOMPARE(sandbox
                 .put(u"authentication/api/v1/systemregister/vendor/"_s + system.id + u"/accesspackages"_s,
                     Altinn::AccessPackageRefs::toJson({{AltinnTestSession::packageUrn(u"skatt-naering"_s)}}),
                     sandbox.vendorToken())
                 .status,
        200);

    SystemUserHoldingsCheck check(vendor.session());
    const auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Drifted);
    QVERIFY(!outcome->drift.hasMissing());
    QCOMPARE(outcome->drift.extraResources, QStringList{AltinnTestSession::App});
    QCOMPARE(outcome->drift.extraPackages, QStringList{AltinnTestSession::packageUrn(u"jordbruk"_s)});
    QVERIFY(!outcome->needsChangeRequest());
    QVERIFY(outcome->summary.contains(u"no longer asks for"_s));
    QCOMPARE(outcome->details.size(), 2);
}

void TestSystemUserHoldingsCheck::theCustomersOwnSubsetIsAllThatIsExpected()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    // The customer was asked for Krav only.
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav});
    QVERIFY(!system.id.isEmpty());
    SystemUserHoldingsCheck check(vendor.session());

    auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QCOMPARE(outcome->drift.missingResources, QStringList{AltinnTestSession::App});

    SystemUserHoldingsCheck::Request request = requestFor(system);
    request.wantedRights = {AltinnTestSession::Krav.toUpper()}; // compared ignoring case
    outcome = run(check, request);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Matches);
    QCOMPARE(outcome->expectedResources, QStringList{AltinnTestSession::Krav});
    // The token client's cache spares the second token.
    QCOMPARE(outcome->calls.maskinporten, 0);
}

void TestSystemUserHoldingsCheck::aGivenDefinitionSavesTheRegisterCall()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav, AltinnTestSession::App});
    QVERIFY(!system.id.isEmpty());
    SystemUserHoldingsCheck check(vendor.session());
    SystemUserHoldingsCheck::Request request = requestFor(system);
    Altinn::SystemDefinition known = system;
    known.rights->append(Altinn::Right::forResource(u"ske-innrapportering-amelding"_s));
    request.definition = known;

    const auto outcome = run(check, request);
    QVERIFY(outcome);
    QCOMPARE(outcome->calls.systemRegister, 0);
    QCOMPARE(outcome->calls.total(), 3);
    // The given definition is what it compares with.
    QCOMPARE(outcome->drift.missingResources, QStringList{u"ske-innrapportering-amelding"_s});
}

void TestSystemUserHoldingsCheck::theTokenNamesTheSystemWhenNoneIsGiven()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav, AltinnTestSession::App});
    QVERIFY(!system.id.isEmpty());
    SystemUserHoldingsCheck check(vendor.session());
    SystemUserHoldingsCheck::Request request = requestFor(system);
    request.systemId.clear();

    const auto outcome = run(check, request);
    QVERIFY(outcome);
    QVERIFY2(outcome->result == Outcome::Result::Matches, qPrintable(outcome->explanation.fullText()));
    QCOMPARE(outcome->request.systemId, system.id);
    QCOMPARE(outcome->calls.total(), 4);
}

void TestSystemUserHoldingsCheck::aClientWithoutTheScopeIsToldWhatToAdd()
{
    SandboxVendorSession vendor; // registered with the vendor scopes only
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav});
    QVERIFY(!system.id.isEmpty());
    SystemUserHoldingsCheck check(vendor.session());

    const auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QCOMPARE(outcome->stage, Outcome::Stage::Token);
    QCOMPARE(outcome->cause, MaskinportenError::Cause::ScopeNotOnClient);
    QVERIFY(outcome->explanation.remedy.contains(Altinn::AltinnScopes::AuthorizedParties));
    QCOMPARE(outcome->calls.exchange, 0);
    QCOMPARE(outcome->calls.authorizedParties, 0);
    QVERIFY(!outcome->summary.isEmpty());
}

void TestSystemUserHoldingsCheck::aDeletedSystemUserIsNamed()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav});
    QVERIFY(!system.id.isEmpty());
    SandboxState &state = vendor.sandbox().context().state;
    for (auto it = state.systemUsers.begin(); it != state.systemUsers.end(); ++it)
        it->isDeleted = true;
    SystemUserHoldingsCheck check(vendor.session());

    const auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QCOMPARE(outcome->cause, MaskinportenError::Cause::SystemUserNotFound);
    QVERIFY(outcome->explanation.remedy.contains(u"deleted"_s));
}

void TestSystemUserHoldingsCheck::cancelEndsOnce()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav});
    QVERIFY(!system.id.isEmpty());
    SystemUserHoldingsCheck check(vendor.session());
    QSignalSpy finished(&check, &SystemUserHoldingsCheck::finished);
    check.setRequest(requestFor(system));
    check.start();
    QVERIFY(check.isBusy());
    check.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<Outcome>().isCancelled());
    QVERIFY(!check.isBusy());
    QTest::qWait(1500); // the answers that were under way change nothing
    QCOMPARE(finished.size(), 1);

    // And it runs again afterwards (the system user holds Krav only: the app is missing).
    const auto outcome = run(check, requestFor(system));
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Drifted);
    QCOMPARE(outcome->drift.missingResources, QStringList{AltinnTestSession::App});
}

void TestSystemUserHoldingsCheck::comparesPackagesByCodeOrUrnAndLeavesAgentsAlone()
{
    Altinn::SystemDefinition definition;
    definition.rights = QList{Altinn::Right::forResource(u"a"_s)};
    definition.accessPackages =
        QList<Altinn::AccessPackageRef>{{u"urn:altinn:accesspackage:skatt-naering"_s}};
    Outcome outcome;
    outcome.request.customerOrgNo = u"310904473"_s;
    Altinn::AuthorizedParty party;
    party.organizationNumber = u"310904473"_s;
    party.authorizedResources = {u"A"_s};
    party.authorizedAccessPackages = {u"skatt-naering"_s}; // a code, as Altinn sends it
    Altinn::AuthorizedParty other = party;
    other.organizationNumber = u"999999999"_s;
    other.authorizedResources = {u"b"_s}; // another party's holdings do not count
    outcome.parties = {other, party};
    SystemUserHoldingsCheck::compare(definition, outcome);
    QCOMPARE(outcome.result, Outcome::Result::Matches);

    // Not listed at all: everything is missing, and the details say why.
    outcome.parties = {other};
    SystemUserHoldingsCheck::compare(definition, outcome);
    QCOMPARE(outcome.result, Outcome::Result::Drifted);
    QVERIFY(!outcome.customerListed);
    QCOMPARE(outcome.drift.missingResources, QStringList{u"a"_s});
    QCOMPARE(outcome.drift.missingPackages, QStringList{u"urn:altinn:accesspackage:skatt-naering"_s});
    QVERIFY(outcome.details.first().contains(u"310904473"_s));

    outcome.request.kind = Altinn::RequestKind::Agent;
    SystemUserHoldingsCheck::compare(definition, outcome);
    QCOMPARE(outcome.result, Outcome::Result::NotCompared);
    QVERIFY(!outcome.needsChangeRequest());
}

void TestSystemUserHoldingsCheck::tokenFetchCountsAndExchanges()
{
    SandboxVendorSession vendor;
    QVERIFY(addScope(vendor));
    const Altinn::SystemDefinition system = setUp(vendor, {AltinnTestSession::Krav});
    QVERIFY(!system.id.isEmpty());
    Onboarding::SystemUserTokenFetch fetch(vendor.session());
    QSignalSpy finished(&fetch, &Onboarding::SystemUserTokenFetch::finished);
    fetch.start({AltinnTestSession::Customer, {}, {Altinn::AltinnScopes::AuthorizedParties}, true});
    QVERIFY(finished.wait(15000));
    const auto result = finished.at(0).at(0).value<Onboarding::SystemUserTokenFetch::Result>();
    QVERIFY2(result.ok, qPrintable(result.explanation.fullText()));
    QCOMPARE(result.maskinportenCalls, 1);
    QCOMPARE(result.exchangeCalls, 1);
    // The exchanged token is the sandbox's Altinn token: the system user's claims plus Altinn's own.
    const auto claims =
        vendor.sandbox().context().tokens.verify(result.altinnToken, vendor.sandbox().context().clock.now());
    QVERIFY(claims);
    QCOMPARE(claims->value(u"urn:altinn:authenticatemethod"_s).toString(), u"maskinporten"_s);
    QVERIFY(claims->value(u"scope"_s).toString().contains(Altinn::AltinnScopes::AuthorizedParties));
    QVERIFY(claims->contains(u"authorization_details"_s));

    // Without the exchange: the Maskinporten token only (from the cache now).
    fetch.start({AltinnTestSession::Customer, {}, {Altinn::AltinnScopes::AuthorizedParties}, false});
    QVERIFY(finished.wait(15000));
    const auto cached = finished.at(1).at(0).value<Onboarding::SystemUserTokenFetch::Result>();
    QVERIFY(cached.ok);
    QVERIFY(cached.altinnToken.isEmpty());
    QCOMPARE(cached.maskinportenCalls, 0);
    QCOMPARE(cached.exchangeCalls, 0);
}

QTEST_GUILESS_MAIN(TestSystemUserHoldingsCheck)
#include "TestSystemUserHoldingsCheck.moc"
