#include "SandboxHarness.h"
#include "sandbox/AppApi.h"
#include "sandbox/AuthorizedPartiesApi.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// accessmanagement/api/v1/enduser/authorizedparties over HTTP: the checks in Altinn's order and what a
/// system user holds (docs/sandbox.md#authorized-parties).
class TestSandboxAuthorizedParties final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesMissingAndUnexchangedTokens();
    void refusesATokenWithoutTheScope();
    void refusesAVendorTokenAsUnknownUserType();
    void listsTheOwnerWithTheSystemUsersRightsAndPackages();
    void includesListsOnlyWhenAsked();
    void acceptsThePortalScope();
    void refusesQueryValuesThatDoNotBind();
    void appliesPartyAndResourceFilters();
    void deletedAndAgentSystemUsersHoldNothing();

private:
    /// A live standard system user of a vendor system for @p customer, with rights and packages.
    SandboxSystemUserRecord seedSystemUser(const QString &customer);
    /// The stored record (looked up each time: the state's maps are implicitly shared).
    SandboxSystemUserRecord &stored(const QString &id) { return m_sandbox->context().state.systemUsers[id]; }
    /// A Maskinporten system user token for @p user with @p scopes, exchanged over HTTP.
    QByteArray exchangedSystemUserToken(const SandboxSystemUserRecord &user, const QStringList &scopes);
    QByteArray exchange(const QByteArray &maskinportenToken);

    std::unique_ptr<SandboxHarness> m_sandbox;
};

namespace {
const QString Path = u"accessmanagement/api/v1/enduser/authorizedparties"_s;
const QString Scope = u"altinn:accessmanagement/authorizedparties"_s;
const QString Customer = u"212209562"_s; // ALLSIDIG SIGEN TIGER AS in the seed register
const QString SystemId = u"991825827_holdings"_s;
} // namespace

void TestSandboxAuthorizedParties::init()
{
    m_sandbox = std::make_unique<SandboxHarness>();
    QVERIFY(m_sandbox->isListening());
}

void TestSandboxAuthorizedParties::cleanup()
{
    m_sandbox.reset();
}

SandboxSystemUserRecord TestSandboxAuthorizedParties::seedSystemUser(const QString &customer)
{
    SandboxContext &context = m_sandbox->context();
    const QList<Altinn::Right> rights{Altinn::Right::forResource(u"ske-krav-og-betalinger"_s),
        Altinn::Right::forResource(u"ske-innrapportering-amelding"_s)};
    const QList<Altinn::AccessPackageRef> packages{{u"urn:altinn:accesspackage:skatt-naering"_s}};
    SandboxHarness::seedSystem(context, SystemId, SandboxHarness::VendorOrg, rights, packages);
    SandboxSystemUserRecord user;
    user.id = SandboxContext::newGuid();
    user.systemId = SystemId;
    user.partyOrgNo = customer;
    user.externalRef = customer;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.rights = rights;
    user.accessPackages = packages;
    user.created = context.clock.now();
    context.state.addSystemUser(user);
    return user;
}

QByteArray TestSandboxAuthorizedParties::exchange(const QByteArray &maskinportenToken)
{
    const auto reply = m_sandbox->get(u"authentication/api/v1/exchange/maskinporten"_s, maskinportenToken);
    if (reply.status != 200)
        qWarning() << "exchange:" << reply.status << reply.body;
    return reply.status == 200 ? reply.body : QByteArray();
}

QByteArray TestSandboxAuthorizedParties::exchangedSystemUserToken(
    const SandboxSystemUserRecord &user, const QStringList &scopes)
{
    SandboxContext &context = m_sandbox->context();
    // The claims the sandbox Maskinporten issues for a system user (MaskinportenApi).
    auto claims =
        context.tokens.verify(m_sandbox->vendorToken(SandboxHarness::VendorOrg, scopes), context.clock.now());
    if (!claims)
        return {};
    claims->insert(u"authorization_details"_s,
        QJsonArray{QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s},
            {u"systemuser_org"_s,
                QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s},
                    {u"ID"_s, QString(u"0192:"_s + user.partyOrgNo)}}},
            {u"systemuser_id"_s, QJsonArray{user.id}}, {u"system_id"_s, user.systemId}}});
    return exchange(context.tokens.sign(*claims));
}

void TestSandboxAuthorizedParties::refusesMissingAndUnexchangedTokens()
{
    auto reply = m_sandbox->get(Path);
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.body.isEmpty());

    reply = m_sandbox->get(Path, "not-a-token");
    QCOMPARE(reply.status, 401);

    // A Maskinporten token straight from Maskinporten: Altinn trusts only its own tokens here.
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    auto claims = m_sandbox->context().tokens.verify(
        m_sandbox->vendorToken(SandboxHarness::VendorOrg, {Scope}), m_sandbox->context().clock.now());
    QVERIFY(claims);
    claims->insert(u"authorization_details"_s,
        QJsonArray{
            QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_id"_s, QJsonArray{user.id}}}});
    reply = m_sandbox->get(Path, m_sandbox->context().tokens.sign(*claims));
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.body.isEmpty());
}

void TestSandboxAuthorizedParties::refusesATokenWithoutTheScope()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    const QByteArray token = exchangedSystemUserToken(user, {u"skatteetaten:demo"_s});
    QVERIFY(!token.isEmpty());
    const auto reply = m_sandbox->get(Path, token);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.isEmpty());
}

void TestSandboxAuthorizedParties::refusesAVendorTokenAsUnknownUserType()
{
    const QByteArray token = exchange(m_sandbox->vendorToken(SandboxHarness::VendorOrg, {Scope}));
    QVERIFY(!token.isEmpty());
    const auto reply = m_sandbox->get(Path + u"?includeResources=true"_s, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, QByteArray("\"Unknown user type\""));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestSandboxAuthorizedParties::listsTheOwnerWithTheSystemUsersRightsAndPackages()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    const QByteArray token = exchangedSystemUserToken(user, {Scope});
    QVERIFY(!token.isEmpty());
    const auto reply = m_sandbox->get(Path + u"?includeAccessPackages=true&includeResources=true"_s, token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));

    const QJsonObject body = reply.object();
    QVERIFY(body.value(u"links"_s).toObject().contains(u"next"_s));
    QVERIFY(body.value(u"links"_s).toObject().value(u"next"_s).isNull());
    const QJsonArray data = body.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject party = data.first().toObject();
    QCOMPARE(party.value(u"organizationNumber"_s).toString(), Customer);
    QCOMPARE(party.value(u"name"_s).toString(), u"ALLSIDIG SIGEN TIGER AS"_s);
    QCOMPARE(party.value(u"unitType"_s).toString(), u"AS"_s);
    QCOMPARE(party.value(u"type"_s).toString(), u"Organization"_s);
    QCOMPARE(party.value(u"partyId"_s).toInteger(), *AppApi::partyIdOf(Customer));
    QCOMPARE(party.value(u"partyUuid"_s).toString(), AuthorizedPartiesApi::partyUuidOf(Customer));
    QVERIFY(!QUuid(party.value(u"partyUuid"_s).toString()).isNull());
    QCOMPARE(party.value(u"isDeleted"_s), QJsonValue(false));
    QCOMPARE(party.value(u"onlyHierarchyElementWithNoAccess"_s), QJsonValue(false));
    for (const auto member : {u"parentId", u"personId", u"dateOfBirth", u"emailId"}) {
        QVERIFY2(party.contains(QStringView(member)), qPrintable(QStringView(member).toString()));
        QVERIFY(party.value(QStringView(member)).isNull());
    }
    // Resource ids sorted; packages by code, as Altinn writes them.
    QCOMPARE(party.value(u"authorizedResources"_s).toArray(),
        (QJsonArray{u"ske-innrapportering-amelding"_s, u"ske-krav-og-betalinger"_s}));
    QCOMPARE(party.value(u"authorizedAccessPackages"_s).toArray(), QJsonArray{u"skatt-naering"_s});
    QCOMPARE(party.value(u"authorizedRoles"_s).toArray(), QJsonArray());
    QCOMPARE(party.value(u"authorizedInstances"_s).toArray(), QJsonArray());
    QCOMPARE(party.value(u"subunits"_s).toArray(), QJsonArray());
}

void TestSandboxAuthorizedParties::includesListsOnlyWhenAsked()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    const QByteArray token = exchangedSystemUserToken(user, {Scope});
    // Every include flag defaults to false: the party, without what it holds.
    auto reply = m_sandbox->get(Path, token);
    QCOMPARE(reply.status, 200);
    QJsonObject party = reply.object().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(party.value(u"organizationNumber"_s).toString(), Customer);
    QCOMPARE(party.value(u"authorizedResources"_s).toArray(), QJsonArray());
    QCOMPARE(party.value(u"authorizedAccessPackages"_s).toArray(), QJsonArray());

    reply = m_sandbox->get(Path + u"?INCLUDEACCESSPACKAGES=True&includeResources=false"_s, token);
    QCOMPARE(reply.status, 200);
    party = reply.object().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(party.value(u"authorizedResources"_s).toArray(), QJsonArray());
    QCOMPARE(party.value(u"authorizedAccessPackages"_s).toArray(), QJsonArray{u"skatt-naering"_s});
}

void TestSandboxAuthorizedParties::acceptsThePortalScope()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    const auto reply = m_sandbox->get(Path, exchangedSystemUserToken(user, {u"altinn:portal/enduser"_s}));
    QCOMPARE(reply.status, 200);
}

void TestSandboxAuthorizedParties::refusesQueryValuesThatDoNotBind()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    const QByteArray token = exchangedSystemUserToken(user, {Scope});
    const auto reply = m_sandbox->get(Path
            + u"?includeResources=yes&includeSubParties=sometimes&partyFilter=nope&includeInactiveParties=AUTO"_s,
        token);
    QCOMPARE(reply.status, 400);
    const QJsonObject errors = reply.object().value(u"errors"_s).toObject();
    QCOMPARE(errors.keys(), (QStringList{u"includeResources"_s, u"includeSubParties"_s, u"partyFilter"_s}));
    QCOMPARE(
        errors.value(u"includeResources"_s).toArray().first().toString(), u"The value 'yes' is not valid."_s);

    // Without the scope the policy answers first: 403, not 400.
    const auto forbidden = m_sandbox->get(
        Path + u"?includeResources=yes"_s, exchangedSystemUserToken(user, {u"skatteetaten:demo"_s}));
    QCOMPARE(forbidden.status, 403);
}

void TestSandboxAuthorizedParties::appliesPartyAndResourceFilters()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    const QByteArray token = exchangedSystemUserToken(user, {Scope});
    const QString own = AuthorizedPartiesApi::partyUuidOf(Customer);
    const QString other = AuthorizedPartiesApi::partyUuidOf(u"310904473"_s);

    auto count = [this, &token](const QString &query) {
        const auto reply = m_sandbox->get(Path + query, token);
        return reply.status == 200 ? int(reply.object().value(u"data"_s).toArray().size()) : -reply.status;
    };
    QCOMPARE(count(u"?partyFilter="_s + own.toUpper()), 1);
    QCOMPARE(count(u"?partyFilter="_s + other), 0);
    QCOMPARE(count(u"?partyFilter="_s + other + u"&partyFilter="_s + own), 1);
    QCOMPARE(count(u"?anyOfResourceIds=ske-krav-og-betalinger"_s), 1);
    QCOMPARE(count(u"?anyOfResourceIds=app_ttd_unknown&anyOfResourceIds=SKE-INNRAPPORTERING-AMELDING"_s), 1);
    QCOMPARE(count(u"?anyOfResourceIds=app_ttd_unknown"_s), 0);
}

void TestSandboxAuthorizedParties::deletedAndAgentSystemUsersHoldNothing()
{
    const SandboxSystemUserRecord user = seedSystemUser(Customer);
    // The token was issued while the system user lived; the customer deletes it afterwards.
    const QByteArray token = exchangedSystemUserToken(user, {Scope});
    QCOMPARE(m_sandbox->get(Path, token).object().value(u"data"_s).toArray().size(), 1);
    stored(user.id).isDeleted = true;
    auto reply = m_sandbox->get(Path + u"?includeResources=true"_s, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"data"_s).toArray(), QJsonArray());

    // An agent system user acts for clients through client delegations, which the sandbox has not.
    stored(user.id).isDeleted = false;
    stored(user.id).kind = Altinn::RequestKind::Agent;
    reply = m_sandbox->get(Path + u"?includeResources=true"_s, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"data"_s).toArray(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestSandboxAuthorizedParties)
#include "TestSandboxAuthorizedParties.moc"
