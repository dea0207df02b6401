#include "AltinnTestSession.h"
#include "altinn/AuthorizedPartiesClient.h"
#include "model/AuthorizedParty.h"
#include "net/ActivityLog.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// AuthorizedPartiesClient against the sandbox, and the reading of AuthorizedPartyDto answers.
class TestAuthorizedPartiesClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlAsksForEveryListExplicitly();
    void readsTheEnvelopeLeniently();
    void readsOtherShapesAndRefusesNonLists();
    void stopsReadingSubunitsAtTheDepthLimit();
    void packageUrnsFromCodesOrUrns();
    void listsWhatTheSystemUserHoldsWithTheGivenToken();
    void retriesAFailedGetWithTheSameToken();
    void aRefusedTokenIsOneCallAnd401();

private:
    /// An exchanged system user token for a system user of the customer holding Krav and skatt-naering.
    static QByteArray seedAndExchange(AltinnTestSession &session);
};

namespace {
// Declared after the test class: moc misreads raw strings with `//` (docs/ARCHITECTURE.md#conventions).
const QByteArray Envelope = R"({
  "links": {"next": null},
  "data": [{
    "PARTYUUID": "4a06214d-b261-4695-b33a-0771a995b503",
    "name": "GEOMETRISK VOKSENDE TIGER AS",
    "organizationNumber": "310757632",
    "partyId": 51561408,
    "type": "Organization",
    "unitType": "AS",
    "isDeleted": false,
    "onlyHierarchyElementWithNoAccess": false,
    "authorizedAccessPackages": ["skattegrunnlag", "urn:altinn:accesspackage:regnskapsforer-lonn", 7],
    "authorizedResources": ["ske-krav-og-betalinger"],
    "authorizedRoles": null,
    "authorizedInstances": [{"resourceId": "app_ttd_a", "instanceId": "1/2", "instanceRef": null}],
    "somethingNew": {"nested": true},
    "subunits": [{"partyUuid": "0b5e3d1c-1111-4222-8333-444455556666", "name": "AVDELING",
                  "organizationNumber": "310757640", "parentId": "4a06214d-b261-4695-b33a-0771a995b503",
                  "type": "Organization", "unitType": "BEDR", "authorizedResources": ["ske-krav-og-betalinger"]}]
  }]
})";
} // namespace

void TestAuthorizedPartiesClient::urlAsksForEveryListExplicitly()
{
    const auto environment = Altinn::Environment::tt02();
    const QUrl url = Altinn::AuthorizedPartiesClient::url(environment, {});
    QCOMPARE(url.toString(),
        u"https://platform.tt02.altinn.no/accessmanagement/api/v1/enduser/authorizedparties"
        "?includeAccessPackages=true&includeResources=true&includeRoles=false&includeInstances=false"_s);
    Altinn::AuthorizedPartiesClient::Query query;
    query.includeAccessPackages = false;
    query.includeRoles = true;
    QVERIFY(Altinn::AuthorizedPartiesClient::url(environment, query)
                .query()
                .contains(u"includeAccessPackages=false&includeResources=true&includeRoles=true"_s));
}

void TestAuthorizedPartiesClient::readsTheEnvelopeLeniently()
{
    const auto parties = Altinn::AuthorizedParties::fromJson(QJsonDocument::fromJson(Envelope).object());
    QVERIFY(parties);
    QCOMPARE(parties->size(), 1);
    const Altinn::AuthorizedParty &party = parties->first();
    QCOMPARE(party.partyUuid, u"4a06214d-b261-4695-b33a-0771a995b503"_s); // any casing of the name
    QCOMPARE(party.name, u"GEOMETRISK VOKSENDE TIGER AS"_s);
    QCOMPARE(party.organizationNumber, u"310757632"_s);
    QCOMPARE(party.partyId, qint64(51561408));
    QCOMPARE(party.type, u"Organization"_s);
    QCOMPARE(party.unitType, u"AS"_s);
    QVERIFY(!party.isDeleted);
    // Non-string elements are skipped, null lists are empty, unknown members ignored.
    QCOMPARE(party.authorizedAccessPackages,
        (QStringList{u"skattegrunnlag"_s, u"urn:altinn:accesspackage:regnskapsforer-lonn"_s}));
    QCOMPARE(party.authorizedResources, QStringList{u"ske-krav-og-betalinger"_s});
    QVERIFY(party.authorizedRoles.isEmpty());
    QCOMPARE(party.authorizedInstances.size(), 1);
    QCOMPARE(party.authorizedInstances.first().instanceId, u"1/2"_s);
    QCOMPARE(party.subunits.size(), 1);
    QCOMPARE(party.subunits.first().parentId, party.partyUuid);
    QCOMPARE(party.subunits.first().unitType, u"BEDR"_s);

    // What the CLI prints reads back the same.
    const auto again = Altinn::AuthorizedParties::fromJson(Altinn::AuthorizedParties::toJson(*parties));
    QVERIFY(again);
    QCOMPARE(*again, *parties);
}

void TestAuthorizedPartiesClient::readsOtherShapesAndRefusesNonLists()
{
    const QJsonObject party{{u"partyUuid"_s, u"a"_s}, {u"organizationNumber"_s, u"310757632"_s}};
    // A bare array (the older endpoint) and Altinn's documented example with the list wrapped once more.
    QCOMPARE(Altinn::AuthorizedParties::fromJson(QJsonArray{party, 42})->size(), 1);
    QCOMPARE(
        Altinn::AuthorizedParties::fromJson(QJsonObject{{u"data"_s, QJsonArray{QJsonArray{party, party}}}})
            ->size(),
        2);
    QCOMPARE(Altinn::AuthorizedParties::fromJson(QJsonObject{{u"data"_s, QJsonArray()}})->size(), 0);
    QVERIFY(!Altinn::AuthorizedParties::fromJson(QJsonObject{{u"items"_s, QJsonArray{party}}}));
    QVERIFY(!Altinn::AuthorizedParties::fromJson(QJsonObject{{u"data"_s, QJsonValue::Null}}));
    QVERIFY(!Altinn::AuthorizedParties::fromJson(QJsonValue(u"text"_s)));
}

void TestAuthorizedPartiesClient::stopsReadingSubunitsAtTheDepthLimit()
{
    QJsonObject party{{u"name"_s, u"leaf"_s}};
    for (int level = 0; level < 50; ++level)
        party = QJsonObject{{u"name"_s, QString::number(level)}, {u"subunits"_s, QJsonArray{party}}};
    const Altinn::AuthorizedParty read = Altinn::AuthorizedParty::fromJson(party);
    int depth = 0;
    const Altinn::AuthorizedParty *at = &read;
    while (!at->subunits.isEmpty()) {
        at = &at->subunits.first();
        ++depth;
    }
    QCOMPARE(depth, Altinn::AuthorizedParty::MaxDepth);
}

void TestAuthorizedPartiesClient::packageUrnsFromCodesOrUrns()
{
    Altinn::AuthorizedParty party;
    party.authorizedAccessPackages = {u"skatt-naering"_s, u"urn:altinn:accesspackage:jordbruk"_s};
    QCOMPARE(party.accessPackageUrns(),
        (QStringList{u"urn:altinn:accesspackage:skatt-naering"_s, u"urn:altinn:accesspackage:jordbruk"_s}));
}

QByteArray TestAuthorizedPartiesClient::seedAndExchange(AltinnTestSession &session)
{
    SandboxContext &context = session.sandbox().context();
    const QList<Altinn::Right> rights{Altinn::Right::forResource(AltinnTestSession::Krav)};
    const QList<Altinn::AccessPackageRef> packages{{AltinnTestSession::packageUrn(u"skatt-naering"_s)}};
    SandboxHarness::seedSystem(context, u"991825827_parties"_s, SandboxHarness::VendorOrg, rights, packages);
    SandboxSystemUserRecord user;
    user.id = SandboxContext::newGuid();
    user.systemId = u"991825827_parties"_s;
    user.partyOrgNo = AltinnTestSession::Customer;
    user.externalRef = AltinnTestSession::Customer;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.rights = rights;
    user.accessPackages = packages;
    user.created = context.clock.now();
    context.state.addSystemUser(user);

    auto claims = context.tokens.verify(session.sandbox().vendorToken(SandboxHarness::VendorOrg,
                                            {u"altinn:accessmanagement/authorizedparties"_s}),
        context.clock.now());
    if (!claims)
        return {};
    claims->insert(u"authorization_details"_s,
        QJsonArray{
            QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_id"_s, QJsonArray{user.id}}}});
    const auto reply =
        session.sandbox().get(u"authentication/api/v1/exchange/maskinporten"_s, context.tokens.sign(*claims));
    return reply.status == 200 ? reply.body : QByteArray();
}

void TestAuthorizedPartiesClient::listsWhatTheSystemUserHoldsWithTheGivenToken()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    const QByteArray token = seedAndExchange(session);
    QVERIFY(!token.isEmpty());

    Altinn::AuthorizedPartiesClient client(session.transport());
    CallResult<QList<Altinn::AuthorizedParty>> result;
    client.list(token, {}, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    QCOMPARE(result.value().size(), 1);
    const Altinn::AuthorizedParty &party = result.value().first();
    QCOMPARE(party.organizationNumber, AltinnTestSession::Customer);
    QCOMPARE(party.name, u"TILFELDIG SUBTIL APE"_s);
    QCOMPARE(party.authorizedResources, QStringList{AltinnTestSession::Krav});
    QCOMPARE(party.accessPackageUrns(), QStringList{AltinnTestSession::packageUrn(u"skatt-naering"_s)});
    // The given token went out, never a vendor token.
    QCOMPARE(session.tokens().tokensRequested(), 0);
}

void TestAuthorizedPartiesClient::retriesAFailedGetWithTheSameToken()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    const QByteArray token = seedAndExchange(session);
    SandboxFaults::Rule fault;
    fault.method = "GET";
    fault.pathPrefix = u"accessmanagement/api/v1/enduser/authorizedparties"_s;
    fault.status = 503;
    session.sandbox().context().faults.add(fault);

    Altinn::AuthorizedPartiesClient client(session.transport());
    CallResult<QList<Altinn::AuthorizedParty>> result;
    client.list(token, {}, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    QCOMPARE(result.value().size(), 1);
}

void TestAuthorizedPartiesClient::aRefusedTokenIsOneCallAnd401()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    Altinn::ActivityLog log;
    session.transport()->setActivityLog(&log);
    // A Maskinporten token that was never exchanged: Altinn refuses it, and a second try would not help.
    const QByteArray raw = session.sandbox().vendorToken(
        SandboxHarness::VendorOrg, {u"altinn:accessmanagement/authorizedparties"_s});

    Altinn::AuthorizedPartiesClient client(session.transport());
    CallResult<QList<Altinn::AuthorizedParty>> result;
    client.list(raw, {}, result.callback());
    QVERIFY(result.wait());
    QVERIFY(!result->ok());
    QCOMPARE(result->failure.kind, Altinn::ApiFailure::Kind::Http);
    QCOMPARE(result->failure.httpStatus(), 401);
    QCOMPARE(result->httpStatus, 401);
    QCOMPARE(log.entries().size(), 1);
    QCOMPARE(log.entries().first().status, 401);
    // The token is redacted in the log like every bearer.
    // A copy: a range-for over a member of the temporary entries() list would read freed memory.
    const auto entry = log.entries().first();
    for (const auto &header : entry.requestHeaders)
        QVERIFY(!header.second.contains(raw));
    QCOMPARE(session.tokens().tokensRequested(), 0);
}

QTEST_GUILESS_MAIN(TestAuthorizedPartiesClient)
#include "TestAuthorizedPartiesClient.moc"
