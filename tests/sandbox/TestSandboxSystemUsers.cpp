#include "SandboxHarness.h"
#include "auth/Jws.h"
#include "model/JsonObjectReader.h"
#include "model/Right.h"
#include "sandbox/SandboxDecisions.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The vendor's lookups of system users (docs/altinn-behaviour.md#system-user-lookups) and the token exchange
/// (#token-exchange).
class TestSandboxSystemUsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byQueryFindsApprovedSystemUser();
    void byQueryExternalRefDefaultsToOrgNo_data();
    void byQueryExternalRefDefaultsToOrgNo();
    void byQueryErrors_data();
    void byQueryErrors();
    void bySystemPagesBySequenceWithoutSkipping();
    void bySystemContentsAndErrors();
    void exchangeReissuesTokenWithSameClaims();
    void exchangedTokenWorksAgainstVendorApis();
    void exchangeErrors_data();
    void exchangeErrors();
    void exchangeServiceOwnerOrg();
};

namespace {

const QString RequestPath = u"authentication/api/v1/systemuser/request/"_s;
const QString UserPath = u"authentication/api/v1/systemuser/vendor/"_s;
const QString ExchangePath = u"authentication/api/v1/exchange/"_s;
const QString SmartRegnskap = u"991825827_smartregnskap"_s;
const QString Klient = u"991825827_klient"_s;
const QString Foreign = u"310547891_fremmed"_s;
const QString Customer = u"310904473"_s;
const QString Customer2 = u"313725138"_s;
const QString Facilitator = u"314250052"_s;
const QString Krav = u"ske-krav-og-betalinger"_s;

void addSystem(SandboxContext &context, const QString &id, const QString &vendor,
    const QList<Altinn::Right> &rights, const QStringList &packageCodes)
{
    QList<Altinn::AccessPackageRef> packages;
    for (const QString &code : packageCodes)
        packages.append({u"urn:altinn:accesspackage:"_s + code});
    SandboxHarness::seedSystem(context, id, vendor, rights, packages,
        {{u"nb"_s, u"SmartRegnskap"_s}, {u"nn"_s, u"SmartRekneskap"_s}, {u"en"_s, u"SmartAccounting"_s}})
        .definition.isVisible = false;
}

void seedSystems(SandboxContext &context)
{
    addSystem(context, SmartRegnskap, SandboxHarness::VendorOrg, {Altinn::Right::forResource(Krav)},
        {u"skatt-naering"_s});
    addSystem(context, Klient, SandboxHarness::VendorOrg, {}, {u"regnskapsforer-med-signeringsrettighet"_s});
    addSystem(context, Foreign, SandboxHarness::OtherVendorOrg, {Altinn::Right::forResource(Krav)}, {});
}

/// Creates a standard request over HTTP and approves it; returns the system user id ("" on failure).
QString approvedStandard(SandboxHarness &sandbox, const QString &orgNo,
    const std::optional<QString> &externalRef = {}, const QString &systemId = SmartRegnskap)
{
    QJsonObject body{{u"systemId"_s, systemId}, {u"partyOrgNo"_s, orgNo},
        {u"rights"_s, QJsonArray{Altinn::Right::forResource(Krav).toJson()}}};
    if (externalRef)
        body.insert(u"externalRef"_s, *externalRef);
    const QByteArray token =
        sandbox.vendorToken(systemId == Foreign ? SandboxHarness::OtherVendorOrg : SandboxHarness::VendorOrg);
    const auto reply = sandbox.post(RequestPath + u"vendor"_s, body, token);
    if (reply.status != 201)
        return {};
    const QString id = reply.object().value(u"id"_s).toString();
    return SandboxDecisions::approve(sandbox.context(), id) == SandboxDecisions::Outcome::Done ? id
                                                                                               : QString();
}

QString approvedAgent(SandboxHarness &sandbox, const QString &externalRef)
{
    const QJsonObject body{{u"systemId"_s, Klient}, {u"partyOrgNo"_s, Facilitator},
        {u"externalRef"_s, externalRef},
        {u"accessPackages"_s,
            QJsonArray{QJsonObject{
                {u"urn"_s, u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s}}}}};
    const auto reply = sandbox.post(RequestPath + u"vendor/agent"_s, body, sandbox.vendorToken());
    if (reply.status != 201)
        return {};
    const QString id = reply.object().value(u"id"_s).toString();
    return SandboxDecisions::approve(sandbox.context(), id) == SandboxDecisions::Outcome::Done ? id
                                                                                               : QString();
}

QByteArray writeToken(SandboxHarness &sandbox, const QString &orgNo = SandboxHarness::VendorOrg)
{
    return sandbox.vendorToken(orgNo, {SandboxScopes::RequestWrite});
}

QByteArray registerToken(SandboxHarness &sandbox, const QString &orgNo = SandboxHarness::VendorOrg)
{
    return sandbox.vendorToken(orgNo, {SandboxScopes::SystemRegisterWrite});
}

QByteArray tokenWithoutConsumer(SandboxHarness &sandbox, const QStringList &scopes)
{
    const qint64 now = sandbox.context().clock.now().toSecsSinceEpoch();
    return sandbox.context().tokens.sign({{u"scope"_s, scopes.join(u' ')}, {u"client_id"_s, u"c"_s},
        {u"iat"_s, now}, {u"nbf"_s, now}, {u"exp"_s, now + 120}});
}

QString byQuery(const QString &systemId, const QString &orgNo, const std::optional<QString> &externalRef = {})
{
    QString path = UserPath + u"byquery?system-id="_s + QString::fromLatin1(QUrl::toPercentEncoding(systemId))
        + u"&orgno="_s + orgNo;
    if (externalRef)
        path += u"&external-ref="_s + QString::fromLatin1(QUrl::toPercentEncoding(*externalRef));
    return path;
}

/// Asserts ASP.NET's default problem for a bare NotFound().
bool isDefaultNotFound(const SandboxHarness::Reply &reply)
{
    const QJsonObject body = reply.object();
    return reply.status == 404 && reply.header("Content-Type").startsWith("application/problem+json")
        && body.value(u"type"_s).toString() == u"https://tools.ietf.org/html/rfc9110#section-15.5.5"
        && body.value(u"title"_s).toString() == u"Not Found" && !body.contains(u"code"_s);
}

} // namespace

void TestSandboxSystemUsers::byQueryFindsApprovedSystemUser()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = approvedStandard(sandbox, Customer, u"kunde-4711"_s);
    QVERIFY(!id.isEmpty());

    const auto reply = sandbox.get(byQuery(SmartRegnskap, Customer, u"kunde-4711"_s), writeToken(sandbox));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject user = reply.object();
    QCOMPARE(user.value(u"id"_s).toString(), id); // the request id
    QCOMPARE(user.value(u"integrationTitle"_s).toString(), u"SmartRegnskap"_s);
    QCOMPARE(user.value(u"systemId"_s).toString(), SmartRegnskap);
    QCOMPARE(user.value(u"productName"_s).toString(), QString());
    QCOMPARE(user.value(u"reporteeOrgNo"_s).toString(), Customer);
    QVERIFY(Altinn::parseDateTime(user.value(u"created"_s).toString()).isValid());
    QCOMPARE(user.value(u"isDeleted"_s), QJsonValue(false));
    QCOMPARE(user.value(u"supplierName"_s).toString(), QString());
    QCOMPARE(user.value(u"supplierOrgno"_s).toString(), SandboxHarness::VendorOrg);
    QCOMPARE(user.value(u"externalRef"_s).toString(), u"kunde-4711"_s);
    QCOMPARE(user.value(u"userType"_s).toString(), u"standard"_s);

    const QString agentId = approvedAgent(sandbox, u"byra-77"_s);
    const auto agent = sandbox.get(byQuery(Klient, Facilitator, u"byra-77"_s), writeToken(sandbox));
    QCOMPARE(agent.status, 200);
    QCOMPARE(agent.object().value(u"id"_s).toString(), agentId);
    QCOMPARE(agent.object().value(u"userType"_s).toString(), u"agent"_s);
}

void TestSandboxSystemUsers::byQueryExternalRefDefaultsToOrgNo_data()
{
    QTest::addColumn<bool>("requestWithRef");
    QTest::addColumn<QString>("query"); // "absent", "empty", or the value
    QTest::addColumn<bool>("found");

    QTest::newRow("no ref on either side") << false << u"absent"_s << true;
    QTest::newRow("empty query value is null") << false << u"empty"_s << true;
    QTest::newRow("org number as ref") << false << Customer << true;
    QTest::newRow("another ref") << false << u"x"_s << false;
    QTest::newRow("custom ref, none asked") << true << u"absent"_s << false;
    QTest::newRow("custom ref asked") << true << u"avd-1"_s << true;
}

void TestSandboxSystemUsers::byQueryExternalRefDefaultsToOrgNo()
{
    QFETCH(bool, requestWithRef);
    QFETCH(QString, query);
    QFETCH(bool, found);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id =
        approvedStandard(sandbox, Customer, requestWithRef ? std::optional(u"avd-1"_s) : std::nullopt);
    QVERIFY(!id.isEmpty());
    std::optional<QString> externalRef;
    if (query == u"empty")
        externalRef = QString();
    else if (query != u"absent")
        externalRef = query;

    const auto reply = sandbox.get(byQuery(SmartRegnskap, Customer, externalRef), writeToken(sandbox));
    if (found) {
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"id"_s).toString(), id);
    } else {
        QVERIFY2(isDefaultNotFound(reply), reply.body.constData());
    }
}

void TestSandboxSystemUsers::byQueryErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token"); // vendor-write, other-write, read, register, none, no-consumer
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorKey");

    const QString good = byQuery(SmartRegnskap, Customer);
    QTest::newRow("other vendor") << good << u"other-write"_s << 404 << QString();
    QTest::newRow("read scope is not enough") << good << u"read"_s << 403 << QString();
    QTest::newRow("register scope is not enough") << good << u"register"_s << 403 << QString();
    QTest::newRow("no token") << good << u"none"_s << 401 << QString();
    QTest::newRow("no consumer") << good << u"no-consumer"_s << 401 << QString();
    QTest::newRow("system-id missing")
        << QString(UserPath + u"byquery?orgno="_s + Customer) << u"vendor-write"_s << 400 << u"system-id"_s;
    QTest::newRow("orgno empty") << QString(UserPath + u"byquery?system-id="_s + SmartRegnskap + u"&orgno="_s)
                                 << u"vendor-write"_s << 400 << u"orgno"_s;
    QTest::newRow("unknown system") << byQuery(u"991825827_ukjent"_s, Customer) << u"vendor-write"_s << 404
                                    << QString();
    QTest::newRow("deleted system user")
        << byQuery(SmartRegnskap, Customer2) << u"vendor-write"_s << 404 << QString();
}

void TestSandboxSystemUsers::byQueryErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, errorKey);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    QVERIFY(!approvedStandard(sandbox, Customer).isEmpty());
    const QString deleted = approvedStandard(sandbox, Customer2);
    QVERIFY(!deleted.isEmpty());
    sandbox.context().state.systemUsers[deleted].isDeleted = true;

    QByteArray bearer;
    if (token == u"vendor-write")
        bearer = writeToken(sandbox);
    else if (token == u"other-write")
        bearer = writeToken(sandbox, SandboxHarness::OtherVendorOrg);
    else if (token == u"read")
        bearer = sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead});
    else if (token == u"register")
        bearer = registerToken(sandbox);
    else if (token == u"no-consumer")
        bearer = tokenWithoutConsumer(sandbox, {SandboxScopes::RequestWrite});

    const auto reply = sandbox.get(path, bearer);
    QCOMPARE(reply.status, status);
    if (status == 404) {
        QVERIFY2(isDefaultNotFound(reply), reply.body.constData());
    } else if (status == 400) {
        QVERIFY(reply.object().value(u"errors"_s).toObject().contains(errorKey));
    } else if (token == u"no-consumer") {
        QCOMPARE(reply.object().value(u"status"_s).toInt(), 401); // ASP.NET's Unauthorized()
    } else {
        QVERIFY(reply.body.isEmpty());
    }
}

void TestSandboxSystemUsers::bySystemPagesBySequenceWithoutSkipping()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    sandbox.context().settings.pageSize = 2;
    // Even with the request list's off-by-one quirk on: this list uses `>=` and has no such bug.
    sandbox.context().settings.requestListSkipsItemAtPageBoundary = true;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(approvedStandard(sandbox, Customer, u"ref-%1"_s.arg(i)));
    QVERIFY(!ids.contains(QString()));
    QVERIFY(!approvedStandard(sandbox, Customer, u"fremmed"_s, Foreign).isEmpty()); // another system

    QStringList seen;
    QString next = UserPath + u"bysystem/"_s + SmartRegnskap;
    int pages = 0;
    while (!next.isEmpty() && pages < 5) {
        ++pages;
        const auto reply = sandbox.get(next, registerToken(sandbox));
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.object().value(u"data"_s).toArray();
        QVERIFY(data.size() <= 2);
        for (const QJsonValue &item : data)
            seen.append(item.toObject().value(u"id"_s).toString());
        const QJsonObject links = reply.object().value(u"links"_s).toObject();
        next.clear();
        if (links.isEmpty())
            break;
        const QString link = links.value(u"next"_s).toString();
        const QString prefix =
            sandbox.context().platformUrl(u"systemuser/vendor/bysystem/"_s + SmartRegnskap + u"?token="_s);
        QVERIFY2(link.startsWith(prefix), qPrintable(link));
        const QString token = link.mid(prefix.size());
        QVERIFY(!token.contains(u'='));
        // base64url of a JSON integer: the sequence number of the next page's first item.
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        const qint64 nextSequence = sandbox.context().state.systemUsers.value(ids.at(seen.size())).sequence;
        QCOMPARE(decoded, QByteArray::number(nextSequence));
        next = link.mid(sandbox.baseUrl().toString().size());
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, ids); // approval order = sequence order, nothing skipped
}

void TestSandboxSystemUsers::bySystemContentsAndErrors()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString live = approvedStandard(sandbox, Customer);
    const QString gone = approvedStandard(sandbox, Customer2);
    sandbox.context().state.systemUsers[gone].isDeleted = true;
    // A system user of another vendor's system is never listed; agent users of the system are.
    addSystem(sandbox.context(), u"991825827_begge"_s, SandboxHarness::VendorOrg, {}, {});

    const auto list = sandbox.get(UserPath + u"bysystem/"_s + SmartRegnskap, registerToken(sandbox));
    QCOMPARE(list.status, 200);
    const QJsonArray data = list.object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(u"id"_s).toString(), live);
    QCOMPARE(data.first().toObject().value(u"userType"_s).toString(), u"standard"_s);
    QCOMPARE(list.object().value(u"links"_s).toObject(), QJsonObject());
    const QString agentId = approvedAgent(sandbox, u"byra"_s);
    const auto agents = sandbox.get(UserPath + u"bysystem/"_s + Klient, registerToken(sandbox));
    QCOMPARE(
        agents.object().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(), agentId);
    QCOMPARE(agents.object().value(u"data"_s).toArray().first().toObject().value(u"userType"_s).toString(),
        u"agent"_s);
    QCOMPARE(sandbox.get(UserPath + u"bysystem/991825827_begge"_s, registerToken(sandbox))
                 .object()
                 .value(u"data"_s)
                 .toArray(),
        QJsonArray());

    // A token for a sequence beyond the last item gives an empty last page.
    const QString far = QString::fromLatin1(
        QByteArray("999").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const auto beyond =
        sandbox.get(UserPath + u"bysystem/"_s + SmartRegnskap + u"?token="_s + far, registerToken(sandbox));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.object().value(u"data"_s).toArray(), QJsonArray());

    // Errors: scope systemregister.write only, ownership, token format.
    QCOMPARE(sandbox.get(UserPath + u"bysystem/"_s + SmartRegnskap, writeToken(sandbox)).status, 403);
    QCOMPARE(sandbox
                 .get(UserPath + u"bysystem/"_s + SmartRegnskap,
                     sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead}))
                 .status,
        403);
    // The admin scope passes the policy, but the list is still only for the system's own vendor.
    QCOMPARE(sandbox
                 .get(UserPath + u"bysystem/"_s + SmartRegnskap,
                     sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::SystemRegisterAdmin}))
                 .status,
        200);
    QCOMPARE(
        sandbox
            .get(UserPath + u"bysystem/"_s + SmartRegnskap,
                sandbox.vendorToken(SandboxHarness::OtherVendorOrg, {SandboxScopes::SystemRegisterAdmin}))
            .code(),
        u"AUTH-00011"_s);
    const auto foreign = sandbox.get(
        UserPath + u"bysystem/"_s + SmartRegnskap, registerToken(sandbox, SandboxHarness::OtherVendorOrg));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.code(), u"AUTH-00011"_s);
    QCOMPARE(sandbox.get(UserPath + u"bysystem/991825827_ukjent"_s, registerToken(sandbox)).code(),
        u"AUTH-00011"_s);
    // A GUID token (the request list's kind) is not a JSON integer.
    const QString guidToken =
        QString::fromLatin1(QByteArray("\"" + live.toLatin1() + "\"")
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const auto badToken = sandbox.get(
        UserPath + u"bysystem/"_s + SmartRegnskap + u"?token="_s + guidToken, registerToken(sandbox));
    QCOMPARE(badToken.status, 400);
    QCOMPARE(badToken.object().value(u"errors"_s).toObject().value(u"token"_s).toArray(),
        QJsonArray{u"The value '%1' is not valid."_s.arg(guidToken)});
    QCOMPARE(sandbox
                 .get(UserPath + u"bysystem/"_s + SmartRegnskap,
                     tokenWithoutConsumer(sandbox, {SandboxScopes::SystemRegisterWrite}))
                 .status,
        401);
}

void TestSandboxSystemUsers::exchangeReissuesTokenWithSameClaims()
{
    SandboxHarness sandbox;
    const QByteArray original =
        sandbox.vendorToken(SandboxHarness::VendorOrg, SandboxHarness::allVendorScopes());
    const auto reply = sandbox.get(ExchangePath + u"maskinporten"_s, original);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    const QByteArray exchanged = reply.body;
    QVERIFY(exchanged != original);
    QCOMPARE(exchanged.count('.'), 2); // a compact JWT, not JSON

    const auto claims = sandbox.context().tokens.verify(exchanged, sandbox.context().clock.now());
    QVERIFY(claims);
    const auto originalClaims = Jws::decode(original)->payload;
    for (const auto name : {u"consumer", u"scope", u"client_id", u"jti", u"token_type"})
        QCOMPARE(claims->value(QStringView(name)), originalClaims.value(QStringView(name)));
    QCOMPARE(claims->value(u"urn:altinn:orgNumber"_s).toString(), SandboxHarness::VendorOrg);
    QCOMPARE(claims->value(u"urn:altinn:authenticatemethod"_s).toString(), u"maskinporten"_s);
    QCOMPARE(claims->value(u"urn:altinn:authlevel"_s).toInt(), 3);
    QCOMPARE(claims->value(u"iss"_s).toString(), sandbox.context().tokens.issuer());
    QVERIFY(!claims->contains(u"client_amr"_s));
    QVERIFY(!claims->contains(u"urn:altinn:org"_s)); // no service-owner scope
    QVERIFY(!claims->value(u"sid"_s).toString().isEmpty());
    QCOMPARE(static_cast<qint64>(claims->value(u"exp"_s).toDouble() - claims->value(u"iat"_s).toDouble()),
        qint64(30 * 60));
}

void TestSandboxSystemUsers::exchangedTokenWorksAgainstVendorApis()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    QVERIFY(!approvedStandard(sandbox, Customer).isEmpty());
    const auto reply = sandbox.get(ExchangePath + u"maskinporten?test=true"_s, sandbox.vendorToken());
    QCOMPARE(reply.status, 200);
    const QByteArray altinnToken = reply.body;
    QCOMPARE(sandbox.get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap, altinnToken).status, 200);
    QCOMPARE(sandbox.get(UserPath + u"bysystem/"_s + SmartRegnskap, altinnToken).status, 200);
    QCOMPARE(sandbox.get(byQuery(SmartRegnskap, Customer), altinnToken).status, 200);
}

void TestSandboxSystemUsers::exchangeErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>(
        "token"); // valid, none, garbage, foreign-key, expired, no-consumer, other-authority
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");

    const QString maskinporten = ExchangePath + u"maskinporten"_s;
    QTest::newRow("no token") << maskinporten << u"none"_s << 401 << QByteArray("application/problem+json");
    QTest::newRow("not a JWT") << maskinporten << u"garbage"_s << 401
                               << QByteArray("application/problem+json");
    QTest::newRow("signed by another key")
        << maskinporten << u"foreign-key"_s << 401 << QByteArray("application/problem+json");
    QTest::newRow("expired") << maskinporten << u"expired"_s << 401 << QByteArray("application/problem+json");
    QTest::newRow("no consumer claim")
        << maskinporten << u"no-consumer"_s << 401 << QByteArray("application/problem+json");
    QTest::newRow("consumer of another authority")
        << maskinporten << u"other-authority"_s << 401 << QByteArray("application/problem+json");
    QTest::newRow("unknown provider")
        << QString(ExchangePath + u"facebook"_s) << u"valid"_s << 400 << QByteArray("text/plain");
    QTest::newRow("unknown provider needs a token first") << QString(
        ExchangePath + u"facebook"_s) << u"none"_s << 401 << QByteArray("application/problem+json");
    QTest::newRow("id-porten token cannot validate") << QString(ExchangePath + u"id-porten"_s) << u"valid"_s
                                                     << 401 << QByteArray("application/problem+json");
    QTest::newRow("test is not a bool") << QString(maskinporten + u"?test=ja"_s) << u"valid"_s << 400
                                        << QByteArray("application/problem+json");
    QTest::newRow("provider in any casing")
        << QString(ExchangePath + u"MaskinPorten"_s) << u"valid"_s << 200 << QByteArray("text/plain");
}

void TestSandboxSystemUsers::exchangeErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);

    SandboxHarness sandbox;
    const QDateTime now = sandbox.context().clock.now();
    QByteArray bearer;
    if (token == u"valid") {
        bearer = sandbox.vendorToken();
    } else if (token == u"garbage") {
        bearer = "not-a-token";
    } else if (token == u"foreign-key") {
        TokenAuthority stranger(sandbox.context().tokens.issuer());
        bearer = stranger.mintVendorToken(SandboxHarness::VendorOrg, SandboxHarness::allVendorScopes(), now);
    } else if (token == u"expired") {
        bearer = sandbox.context().tokens.mintVendorToken(
            SandboxHarness::VendorOrg, SandboxHarness::allVendorScopes(), now.addSecs(-600));
    } else if (token == u"no-consumer") {
        bearer = tokenWithoutConsumer(sandbox, SandboxHarness::allVendorScopes());
    } else if (token == u"other-authority") {
        const qint64 issuedAt = now.toSecsSinceEpoch();
        bearer = sandbox.context().tokens.sign({{u"scope"_s, u"x"_s},
            {u"consumer"_s,
                QJsonObject{{u"authority"_s, u"something-else"_s}, {u"ID"_s, u"0192:991825827"_s}}},
            {u"iat"_s, issuedAt}, {u"exp"_s, issuedAt + 60}});
    }

    const auto reply = sandbox.get(path, bearer);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("Content-Type").startsWith(contentType), reply.header("Content-Type").constData());
    if (status == 400 && contentType == "text/plain")
        QVERIFY(reply.body.startsWith("Invalid token provider: facebook."));
}

void TestSandboxSystemUsers::exchangeServiceOwnerOrg()
{
    SandboxHarness sandbox;
    const QStringList scopes{u"altinn:serviceowner/instances.read"_s};
    const auto orgClaim = [&sandbox](const QByteArray &token, const QString &query) {
        const auto reply = sandbox.get(ExchangePath + u"maskinporten"_s + query, token);
        const auto claims = reply.status == 200
            ? sandbox.context().tokens.verify(reply.body, sandbox.context().clock.now())
            : std::nullopt;
        return claims ? claims->value(u"urn:altinn:org"_s).toString() : u"<failed>"_s;
    };
    // Digdir (991825827) is the one service owner the sandbox knows; test=true makes it the test org ttd.
    QCOMPARE(orgClaim(sandbox.vendorToken(SandboxHarness::VendorOrg, scopes), QString()), u"digdir"_s);
    QCOMPARE(orgClaim(sandbox.vendorToken(SandboxHarness::VendorOrg, scopes), u"?test=true"_s), u"ttd"_s);
    QCOMPARE(
        orgClaim(sandbox.vendorToken(SandboxHarness::OtherVendorOrg, scopes), u"?test=true"_s), QString());
    QCOMPARE(orgClaim(sandbox.vendorToken(), u"?test=true"_s), QString()); // no service-owner scope
}

QTEST_GUILESS_MAIN(TestSandboxSystemUsers)
#include "TestSandboxSystemUsers.moc"
