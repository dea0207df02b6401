#include "SandboxHarness.h"
#include "sandbox/AppApi.h"
#include "sandbox/IdPortenPersons.h"
#include "sandbox/TokenExchangeApi.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

/// A person's path through the sandbox (docs/sandbox.md#the-simulated-altinn-app): an ID-porten token is
/// exchanged for an Altinn token, and with it the simulated Altinn app lets the person act for an
/// organisation where they hold a suitable role. Over HTTP, in-process.
class TestSandboxPersonApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exchangeGivesAltinnClaimsForThePerson();
    void authenticationMethodAndLevel_data();
    void authenticationMethodAndLevel();
    void exchangeRefusesForeignTokens_data();
    void exchangeRefusesForeignTokens();
    void maskinportenExchangeRefusesPersonTokens();
    void userAndPartyIdsAreStableAndApart();
    void personWithRoleCreatesAndReads();
    void personWithoutRoleIsRefused();
    void missingScopeIsRefused();
    void unknownPersonIsRefused();
    void rawIdPortenTokenIsUnauthorized();
    void generalManagerEverywhereActsForAnyRegisteredOrganisation();
    void organisationOutsideTheRegisterIsRefused();

private:
    std::unique_ptr<SandboxHarness> m_sandbox;
};

namespace {

const QString Kari = u"24908099411"_s; // DAGL of 310904473
const QString Sigrid = u"13907598765"_s; // DAGL everywhere in the register
const QString Per = u"07819497634"_s; // no role anywhere
const QString Customer = u"310904473"_s;
const QString OtherRegistered = u"212209562"_s; // in the seed register, no role for Kari
const QString NotRegistered = u"999999999"_s;
const QString AllScopes = u"openid altinn:instances.read altinn:instances.write"_s;
const QString CreatePath = u"brg/aarsregnskap/instances/create"_s;
const QString ExchangePath = u"authentication/api/v1/exchange/id-porten"_s;

QJsonObject ownerBody(const QString &orgNo)
{
    return {{u"instanceOwner"_s, QJsonObject{{u"organisationNumber"_s, orgNo}}}};
}

/// The claims of an ID-porten access token as the sandbox ID-porten issues them (no iss: sign() adds it).
QJsonObject idportenClaims(
    const SandboxContext &context, const QString &pid, const QString &scope = AllScopes)
{
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    return {{u"client_id"_s, u"b3d5c1a0-0000-4000-8000-000000000042"_s}, {u"client_amr"_s, u"none"_s},
        {u"token_type"_s, u"Bearer"_s}, {u"scope"_s, scope}, {u"pid"_s, pid},
        {u"acr"_s, u"idporten-loa-substantial"_s}, {u"amr"_s, QJsonArray{u"TestID"_s}},
        {u"consumer"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s},
                {u"ID"_s, QString(u"0192:"_s + SandboxHarness::VendorOrg)}}},
        {u"iat"_s, now}, {u"exp"_s, now + 600},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
}

} // namespace

void TestSandboxPersonApp::initTestCase()
{
    m_sandbox = std::make_unique<SandboxHarness>();
    QVERIFY(m_sandbox->isListening());
}

namespace {

/// An ID-porten token of @p pid, exchanged for an Altinn token at the sandbox; empty when refused.
QByteArray altinnToken(SandboxHarness &sandbox, const QString &pid, const QString &scope = AllScopes)
{
    const QByteArray idporten =
        sandbox.context().idportenTokens().sign(idportenClaims(sandbox.context(), pid, scope));
    const auto reply = sandbox.get(ExchangePath, idporten);
    return reply.status == 200 ? reply.body : QByteArray();
}

QString instancePath(const QJsonObject &instance)
{
    return u"brg/aarsregnskap/instances/"_s + instance.value(u"id"_s).toString();
}

} // namespace

void TestSandboxPersonApp::exchangeGivesAltinnClaimsForThePerson()
{
    SandboxContext &context = m_sandbox->context();
    const QJsonObject original = idportenClaims(context, Kari);
    const auto reply = m_sandbox->get(ExchangePath, context.idportenTokens().sign(original));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    // Signed by Altinn (the sandbox's own key and issuer), not by ID-porten.
    const auto claims = context.tokens.verify(reply.body, context.clock.now());
    QVERIFY(claims);
    QCOMPARE(claims->value(u"iss"_s).toString(), context.tokens.issuer());
    QVERIFY(claims->value(u"iss"_s).toString() != context.idportenIssuer());
    QCOMPARE(claims->value(u"urn:altinn:userid"_s).toString(), u"249080994"_s);
    QCOMPARE(claims->value(u"urn:altinn:partyid"_s).toInteger(), qint64(50000000 + 249080994));
    QCOMPARE(claims->value(u"urn:altinn:authenticatemethod"_s).toString(), u"IdportenTestId"_s);
    QCOMPARE(claims->value(u"urn:altinn:authlevel"_s).toInt(), 3);
    for (const auto name : {u"pid", u"scope", u"client_id", u"acr", u"amr", u"consumer"})
        QCOMPARE(claims->value(QStringView(name)), original.value(QStringView(name)));
    QVERIFY(!claims->value(u"sid"_s).toString().isEmpty());
    const QString jti = claims->value(u"jti"_s).toString();
    QVERIFY(!jti.isEmpty() && jti != original.value(u"jti"_s).toString());
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    QVERIFY(qAbs(claims->value(u"iat"_s).toInteger() - now) <= 2);
    QCOMPARE(claims->value(u"nbf"_s).toInteger(), claims->value(u"iat"_s).toInteger());
    // As Altinn does: the Altinn token ends when the ID-porten token does.
    QCOMPARE(claims->value(u"exp"_s).toInteger(), original.value(u"exp"_s).toInteger());
    QVERIFY(!claims->contains(u"authorization_details"_s));
}

void TestSandboxPersonApp::authenticationMethodAndLevel_data()
{
    QTest::addColumn<QString>("acr");
    QTest::addColumn<QJsonValue>("amr");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("level");
    QTest::newRow("TestID, substantial")
        << u"idporten-loa-substantial"_s << QJsonValue(QJsonArray{u"TestID"_s}) << u"IdportenTestId"_s << 3;
    QTest::newRow("BankID, high") << u"idporten-loa-high"_s << QJsonValue(QJsonArray{u"BankID"_s})
                                  << u"NotDefined"_s << 4;
    QTest::newRow("no amr, low") << u"idporten-loa-low"_s << QJsonValue() << u"NotDefined"_s << 0;
}

void TestSandboxPersonApp::authenticationMethodAndLevel()
{
    QFETCH(QString, acr);
    QFETCH(QJsonValue, amr);
    SandboxContext &context = m_sandbox->context();
    QJsonObject claims = idportenClaims(context, Kari);
    claims.insert(u"acr"_s, acr);
    if (amr.isUndefined() || amr.isNull())
        claims.remove(u"amr"_s);
    else
        claims.insert(u"amr"_s, amr);
    const auto reply = m_sandbox->get(ExchangePath, context.idportenTokens().sign(claims));
    QCOMPARE(reply.status, 200);
    const auto altinn = context.tokens.verify(reply.body, context.clock.now());
    QVERIFY(altinn);
    QTEST(altinn->value(u"urn:altinn:authenticatemethod"_s).toString(), "method");
    QTEST(altinn->value(u"urn:altinn:authlevel"_s).toInt(), "level");
}

void TestSandboxPersonApp::exchangeRefusesForeignTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("expired") << u"expired"_s;
    QTest::newRow("other issuer") << u"otherIssuer"_s;
    QTest::newRow("signed with the Maskinporten key") << u"maskinportenKey"_s;
    QTest::newRow("Maskinporten token") << u"maskinporten"_s;
    QTest::newRow("exchanged Altinn token") << u"altinn"_s;
    QTest::newRow("revoked (its code was used twice)") << u"revoked"_s;
    QTest::newRow("no pid") << u"noPid"_s;
    QTest::newRow("not a JWT") << u"garbage"_s;
}

void TestSandboxPersonApp::exchangeRefusesForeignTokens()
{
    QFETCH(QString, kind);
    SandboxContext &context = m_sandbox->context();
    QJsonObject claims = idportenClaims(context, Kari);
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    QByteArray token;
    if (kind == u"expired") {
        claims.insert(u"iat"_s, now - 900);
        claims.insert(u"exp"_s, now - 300);
        token = context.idportenTokens().sign(claims);
    } else if (kind == u"otherIssuer") {
        claims.insert(u"iss"_s, u"https://test.idporten.no"_s);
        token = context.idportenTokens().sign(claims);
    } else if (kind == u"maskinportenKey") {
        claims.insert(u"iss"_s, context.idportenIssuer());
        token = context.tokens.sign(claims);
    } else if (kind == u"maskinporten") {
        token = m_sandbox->vendorToken();
    } else if (kind == u"altinn") {
        token = altinnToken(*m_sandbox, Kari);
        QVERIFY(!token.isEmpty());
    } else if (kind == u"revoked") {
        context.state.idportenRevokedTokenIds.insert(
            claims.value(u"jti"_s).toString(), claims.value(u"exp"_s).toInteger());
        token = context.idportenTokens().sign(claims);
    } else if (kind == u"noPid") {
        claims.remove(u"pid"_s);
        token = context.idportenTokens().sign(claims);
    } else {
        token = "not.a.jwt";
    }
    const auto reply = m_sandbox->get(ExchangePath, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(u"status"_s).toInt(), 401);
    QCOMPARE(m_sandbox->get(ExchangePath).status, 401); // no token at all
}

void TestSandboxPersonApp::maskinportenExchangeRefusesPersonTokens()
{
    SandboxContext &context = m_sandbox->context();
    const QString path = u"authentication/api/v1/exchange/maskinporten"_s;
    // An ID-porten token, and a person's Altinn token (which carries the client's consumer claim).
    QCOMPARE(m_sandbox->get(path, context.idportenTokens().sign(idportenClaims(context, Kari))).status, 401);
    QCOMPARE(m_sandbox->get(path, altinnToken(*m_sandbox, Kari)).status, 401);
    // A Maskinporten token still is exchanged there.
    QCOMPARE(m_sandbox->get(path, m_sandbox->vendorToken()).status, 200);
}

void TestSandboxPersonApp::userAndPartyIdsAreStableAndApart()
{
    QSet<qint64> userIds;
    QSet<qint64> partyIds;
    for (const IdPortenPersons::Person &person : IdPortenPersons::all()) {
        const auto userId = TokenExchangeApi::personUserId(person.pid);
        const auto partyId = TokenExchangeApi::personPartyId(person.pid);
        QVERIFY(userId && partyId);
        QCOMPARE(TokenExchangeApi::personUserId(person.pid), userId);
        userIds.insert(*userId);
        partyIds.insert(*partyId);
        // Never an organisation's party id, which the app reads back as an organisation number.
        QVERIFY(!AppApi::orgNoOfPartyId(*partyId));
        QVERIFY(*partyId < std::numeric_limits<qint32>::max()); // Integer32 in Altinn's tokens
    }
    QCOMPARE(userIds.size(), IdPortenPersons::all().size());
    QCOMPARE(partyIds.size(), IdPortenPersons::all().size());
    // The largest possible one stays below the smallest organisation party id.
    QVERIFY(*TokenExchangeApi::personPartyId(u"99999999999"_s) < *AppApi::partyIdOf(u"100000000"_s));
    QVERIFY(!TokenExchangeApi::personUserId(u"1234"_s));
    QVERIFY(!TokenExchangeApi::personUserId(u"2490809941x"_s));
}

void TestSandboxPersonApp::personWithRoleCreatesAndReads()
{
    const QByteArray token = altinnToken(*m_sandbox, Kari);
    QVERIFY(!token.isEmpty());
    const auto created = m_sandbox->post(CreatePath, ownerBody(Customer), token);
    QCOMPARE(created.status, 201);
    const QJsonObject instance = created.object();
    QCOMPARE(
        instance.value(u"instanceOwner"_s).toObject().value(u"organizationNumber"_s).toString(), Customer);
    // Altinn answers a person's user id as the creator; the state says it was a person.
    QCOMPARE(instance.value(u"createdBy"_s).toString(), u"249080994"_s);
    QCOMPARE(instance.value(u"lastChangedBy"_s).toString(), u"249080994"_s);
    const QString guid = instance.value(u"id"_s).toString().section(u'/', 1);
    QCOMPARE(m_sandbox->context().state.appInstances.value(guid).createdBy, u"person:249080994"_s);

    const auto read = m_sandbox->get(instancePath(instance), token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(u"id"_s), instance.value(u"id"_s));
    // Reading takes altinn:instances.read (or write) only.
    const auto readOnly = m_sandbox->get(
        instancePath(instance), altinnToken(*m_sandbox, Kari, u"openid altinn:instances.read"_s));
    QCOMPARE(readOnly.status, 200);
}

void TestSandboxPersonApp::personWithoutRoleIsRefused()
{
    const auto reply = m_sandbox->post(CreatePath, ownerBody(Customer), altinnToken(*m_sandbox, Per));
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"title"_s).toString(), u"Forbidden"_s);
    QCOMPARE(problem.value(u"reason"_s).toString(), u"noRole"_s);
    QCOMPARE(problem.value(u"person"_s).toString(), u"Per Utenrolle"_s);
    QCOMPARE(problem.value(u"userId"_s).toString(), u"78194976"_s);
    QCOMPARE(problem.value(u"requiredRoles"_s).toString(), u"DAGL, LEDE, REGN"_s);
    QVERIFY(!problem.contains(u"personRoles"_s)); // none
    QCOMPARE(problem.value(u"instanceOwner"_s).toString(), Customer);
    QCOMPARE(problem.value(u"action"_s).toString(), u"instantiate"_s);
    QCOMPARE(problem.value(u"resource"_s).toString(), u"app_brg_aarsregnskap"_s);
    const QString detail = problem.value(u"detail"_s).toString();
    QVERIFY2(detail.contains(u"Per Utenrolle holds no role at organisation 310904473"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"DAGL, LEDE, REGN"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"brg/aarsregnskap"_s), qPrintable(detail));

    // Kari is general manager of Customer only: elsewhere her role does not count.
    const auto elsewhere =
        m_sandbox->post(CreatePath, ownerBody(OtherRegistered), altinnToken(*m_sandbox, Kari));
    QCOMPARE(elsewhere.status, 403);
    QCOMPARE(elsewhere.object().value(u"reason"_s).toString(), u"noRole"_s);
    // Reading another owner's instance is refused the same way, before the instance is looked for.
    const auto read = m_sandbox->get(
        u"brg/aarsregnskap/instances/1310904473/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
        altinnToken(*m_sandbox, Per));
    QCOMPARE(read.status, 403);
    QCOMPARE(read.object().value(u"action"_s).toString(), u"read"_s);
}

void TestSandboxPersonApp::missingScopeIsRefused()
{
    const QByteArray readOnly = altinnToken(*m_sandbox, Kari, u"openid altinn:instances.read"_s);
    const auto reply = m_sandbox->post(CreatePath, ownerBody(Customer), readOnly);
    QCOMPARE(reply.status, 403);
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"reason"_s).toString(), u"missingScope"_s);
    QCOMPARE(problem.value(u"missingScope"_s).toString(), u"altinn:instances.write"_s);
    QCOMPARE(problem.value(u"scope"_s).toString(), u"openid altinn:instances.read"_s);
    QVERIFY2(problem.value(u"detail"_s).toString().contains(u"altinn:instances.write"_s),
        qPrintable(problem.value(u"detail"_s).toString()));

    // Reading with neither scope.
    const auto read = m_sandbox->get(
        u"brg/aarsregnskap/instances/1310904473/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
        altinnToken(*m_sandbox, Kari, u"openid"_s));
    QCOMPARE(read.status, 403);
    QCOMPARE(read.object().value(u"missingScope"_s).toString(), u"altinn:instances.read"_s);
}

void TestSandboxPersonApp::unknownPersonIsRefused()
{
    const auto reply =
        m_sandbox->post(CreatePath, ownerBody(Customer), altinnToken(*m_sandbox, u"01010112345"_s));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object().value(u"reason"_s).toString(), u"unknownPerson"_s);
    const QString detail = reply.object().value(u"detail"_s).toString();
    QVERIFY2(detail.contains(u"Sigrid Sandkassen"_s), qPrintable(detail)); // who there is to log in as
}

void TestSandboxPersonApp::rawIdPortenTokenIsUnauthorized()
{
    SandboxContext &context = m_sandbox->context();
    const QByteArray raw = context.idportenTokens().sign(idportenClaims(context, Kari));
    const auto created = m_sandbox->post(CreatePath, ownerBody(Customer), raw);
    QCOMPARE(created.status, 401);
    QVERIFY(created.body.isEmpty());
    const auto instance =
        m_sandbox->post(CreatePath, ownerBody(Customer), altinnToken(*m_sandbox, Kari)).object();
    QCOMPARE(m_sandbox->get(instancePath(instance), raw).status, 401);
}

void TestSandboxPersonApp::generalManagerEverywhereActsForAnyRegisteredOrganisation()
{
    QVERIFY(m_sandbox->context().organisationName(OtherRegistered));
    const auto reply =
        m_sandbox->post(CreatePath, ownerBody(OtherRegistered), altinnToken(*m_sandbox, Sigrid));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(u"instanceOwner"_s).toObject().value(u"organizationNumber"_s).toString(),
        OtherRegistered);
}

void TestSandboxPersonApp::organisationOutsideTheRegisterIsRefused()
{
    QVERIFY(!m_sandbox->context().organisationName(NotRegistered));
    const QByteArray token = altinnToken(*m_sandbox, Sigrid);
    // The app cannot look the party up: refused before any role is asked for.
    const auto created = m_sandbox->post(CreatePath, ownerBody(NotRegistered), token);
    QCOMPARE(created.status, 404);
    QVERIFY(created.body.startsWith("Cannot lookup party"));
    // By party id: Sigrid's roles "at every organisation" count only for organisations of the register.
    const auto read =
        m_sandbox->get(u"brg/aarsregnskap/instances/"_s + QString::number(*AppApi::partyIdOf(NotRegistered))
                + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces),
            token);
    QCOMPARE(read.status, 403);
    QCOMPARE(read.object().value(u"reason"_s).toString(), u"noRole"_s);
    QVERIFY2(read.object().value(u"detail"_s).toString().contains(u"Sigrid Sandkassen holds no role"_s),
        qPrintable(read.object().value(u"detail"_s).toString()));
}

QTEST_GUILESS_MAIN(TestSandboxPersonApp)
#include "TestSandboxPersonApp.moc"
