#include "SandboxHarness.h"
#include "model/JsonObjectReader.h"
#include "model/Right.h"
#include "sandbox/SandboxDecisions.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// System user requests over real HTTP (docs/altinn-behaviour.md#system-user-requests), plus the decisions
/// shared with the approval pages and the control API.
class TestSandboxRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAnswers201WithLocationAndBody();
    void createTrimsTopLevelStringsOnly();
    void createCheckOrder_data();
    void createCheckOrder();
    void bindingFailuresAre400ModelState_data();
    void bindingFailuresAre400ModelState();
    void bindingComesBeforeConsumerCheck();
    void repeatedTripleReturnsExisting_data();
    void repeatedTripleReturnsExisting();
    void repeatedTripleWithoutStep4_data();
    void repeatedTripleWithoutStep4();
    void liveSystemUserBlocksNewRequest();
    void deleteThenRequestAgainCreatesNew();
    void rejectedMakesWayWithTheSetting_data();
    void rejectedMakesWayWithTheSetting();
    void overlongColumnsAre500_data();
    void overlongColumnsAre500();
    void foreignVendorMeetsPendingBeforeOwnership();
    void emptyExternalRefCreatesDuplicates();
    void agentCreate_data();
    void agentCreate();
    void agentAndStandardAreSeparateNamespaces();
    void getById();
    void getByIdErrors_data();
    void getByIdErrors();
    void timedOutAfter180Days();
    void byExternalRef();
    void listPagination_data();
    void listPagination();
    void listContentsAndErrors();
    void deleteRequest();
    void deleteOwnershipCheckSwitch();
    void decisionsApproveAndReject();
    void decisionsOnChangeRequests();
    void decisionsRefuseSecondSystemUserForTriple();
};

namespace {

const QString RequestPath = u"authentication/api/v1/systemuser/request/"_s;
const QString SmartRegnskap = u"991825827_smartregnskap"_s; // rights, packages, redirect URLs
const QString NoRedirects = u"991825827_utenredirect"_s; // one right, one package, no redirect URLs
const QString Klient = u"991825827_klient"_s; // for agent requests
const QString Bare = u"991825827_uten-rettigheter"_s; // rights and packages null
const QString Foreign = u"310547891_fremmed"_s; // owned by the other vendor
const QString Missing = u"991825827_finnesikke"_s;
const QString Customer = u"310904473"_s;
const QString Facilitator = u"314250052"_s;
const QString UnknownOrg = u"123456785"_s;
const QString Krav = u"ske-krav-og-betalinger"_s;
const QString App = u"app_ttd_endring-av-navn-v2"_s;
const QString Callback = u"https://smartregnskap.example/altinn/callback"_s;

QString packageUrn(const QString &code)
{
    return u"urn:altinn:accesspackage:"_s + code;
}

QJsonObject right(const QString &resource)
{
    return Altinn::Right::forResource(resource).toJson();
}

QJsonObject package(const QString &code)
{
    return {{u"urn"_s, packageUrn(code)}};
}

QList<Altinn::AccessPackageRef> packageRefs(const QStringList &codes)
{
    QList<Altinn::AccessPackageRef> refs;
    for (const QString &code : codes)
        refs.append({packageUrn(code)});
    return refs;
}

void addSystem(SandboxContext &context, const QString &id, const QString &vendor,
    std::optional<QList<Altinn::Right>> rights, std::optional<QList<Altinn::AccessPackageRef>> packages,
    const QStringList &redirectUrls)
{
    SandboxSystem &system =
        SandboxHarness::seedSystem(context, id, vendor, std::move(rights), std::move(packages),
            {{u"nb"_s, QString(u"Navn på "_s + id)}, {u"nn"_s, QString(u"Namn på "_s + id)},
                {u"en"_s, QString(u"Name of "_s + id)}});
    system.definition.allowedRedirectUrls = redirectUrls;
    system.definition.isVisible = false;
}

/// The systems every test uses, put straight into the state (the system register has its own tests).
void seedSystems(SandboxContext &context)
{
    const QString vendor = SandboxHarness::VendorOrg;
    addSystem(context, SmartRegnskap, vendor,
        QList{Altinn::Right::forResource(Krav), Altinn::Right::forResource(App)},
        packageRefs({u"skatt-naering"_s, u"jordbruk"_s, u"hovedadministrator"_s,
            u"regnskapsforer-med-signeringsrettighet"_s, u"eksplisitt"_s, u"kravogutlegg"_s}),
        {Callback, u"https://vg.no/"_s});
    addSystem(context, NoRedirects, vendor, QList{Altinn::Right::forResource(Krav)},
        packageRefs({u"skatt-naering"_s}), {});
    addSystem(context, Klient, vendor, QList<Altinn::Right>(),
        packageRefs({u"regnskapsforer-med-signeringsrettighet"_s, u"skatt-naering"_s, u"hovedadministrator"_s,
            u"eksplisitt"_s}),
        {Callback});
    addSystem(context, Bare, vendor, std::nullopt, std::nullopt, {});
    addSystem(context, Foreign, SandboxHarness::OtherVendorOrg, QList{Altinn::Right::forResource(Krav)},
        packageRefs({u"skatt-naering"_s}), {Callback});
}

/// A member value in `changes` meaning "leave this member out" (an Undefined value cannot be stored).
const QJsonValue Remove = u"\u0001remove"_s;

QJsonObject withMembers(QJsonObject body, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value() == Remove)
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    return body;
}

QJsonObject standardBody(const QJsonObject &changes = {})
{
    return withMembers(
        {{u"systemId"_s, SmartRegnskap}, {u"partyOrgNo"_s, Customer}, {u"rights"_s, QJsonArray{right(Krav)}}},
        changes);
}

QJsonObject agentBody(const QJsonObject &changes = {})
{
    return withMembers(
        {{u"systemId"_s, Klient}, {u"partyOrgNo"_s, Facilitator},
            {u"accessPackages"_s, QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s)}}},
        changes);
}

/// Who calls: the test vendor, the other vendor, nobody, a token without `consumer`, or read scope only.
enum class Caller { Vendor, OtherVendor, NoToken, NoConsumer, ReadOnly };

QByteArray tokenFor(SandboxHarness &sandbox, Caller caller)
{
    switch (caller) {
    case Caller::Vendor:
        return sandbox.vendorToken();
    case Caller::OtherVendor:
        return sandbox.vendorToken(SandboxHarness::OtherVendorOrg);
    case Caller::NoToken:
        return {};
    case Caller::NoConsumer: {
        const qint64 now = sandbox.context().clock.now().toSecsSinceEpoch();
        return sandbox.context().tokens.sign({{u"scope"_s, SandboxHarness::allVendorScopes().join(u' ')},
            {u"client_id"_s, u"no-consumer"_s}, {u"iat"_s, now}, {u"nbf"_s, now}, {u"exp"_s, now + 120}});
    }
    case Caller::ReadOnly:
        return sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead});
    }
    return {};
}

SandboxHarness::Reply postStandard(SandboxHarness &sandbox, const QJsonObject &body, const QByteArray &token)
{
    return sandbox.post(RequestPath + u"vendor"_s, body, token);
}

SandboxHarness::Reply postAgent(SandboxHarness &sandbox, const QJsonObject &body, const QByteArray &token)
{
    return sandbox.post(RequestPath + u"vendor/agent"_s, body, token);
}

/// Creates a request and returns its id (fails the test through an empty id).
QString createStandard(SandboxHarness &sandbox, const QJsonObject &changes = {})
{
    const auto reply = postStandard(sandbox, standardBody(changes), sandbox.vendorToken());
    return reply.status == 201 ? reply.object().value(u"id"_s).toString() : QString();
}

QString createAgent(SandboxHarness &sandbox, const QJsonObject &changes = {})
{
    const auto reply = postAgent(sandbox, agentBody(changes), sandbox.vendorToken());
    return reply.status == 201 ? reply.object().value(u"id"_s).toString() : QString();
}

bool isLowercaseGuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return pattern.match(text).hasMatch();
}

QString decodeToken(const QString &token)
{
    return QString::fromUtf8(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding));
}

/// The path and query of an absolute link on the sandbox's host, for SandboxHarness::get.
QString relative(SandboxHarness &sandbox, const QString &link)
{
    return link.startsWith(sandbox.baseUrl().toString()) ? link.mid(sandbox.baseUrl().toString().size())
                                                         : QString();
}

} // namespace

void TestSandboxRequests::createAnswers201WithLocationAndBody()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QDateTime before = sandbox.context().clock.now();
    const auto reply = postStandard(sandbox,
        standardBody({{u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s)}},
            {u"redirectUrl"_s, QString(Callback + u"?state=abc"_s)}}),
        sandbox.vendorToken());
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = reply.object();
    const QString id = body.value(u"id"_s).toString();
    QVERIFY2(isLowercaseGuid(id), qPrintable(id));
    const QString base = sandbox.baseUrl().toString();
    QCOMPARE(QString::fromUtf8(reply.header("Location")),
        base + u"authentication/api/v1/systemuser/request/"_s + id);
    QCOMPARE(body.value(u"confirmUrl"_s).toString(),
        base + u"accessmanagement/ui/systemuser/request?id="_s + id + u"&DONTCHOOSEREPORTEE=true"_s);
    QCOMPARE(body.value(u"systemId"_s).toString(), SmartRegnskap);
    QCOMPARE(body.value(u"partyOrgNo"_s).toString(), Customer);
    QCOMPARE(body.value(u"externalRef"_s).toString(), Customer); // defaulted to the org number
    QCOMPARE(
        body.value(u"integrationTitle"_s).toString(), u"Navn på "_s + SmartRegnskap); // the system's nb name
    QCOMPARE(body.value(u"rights"_s).toArray(), QJsonArray{right(Krav)});
    QCOMPARE(body.value(u"accessPackages"_s).toArray(), QJsonArray{package(u"skatt-naering"_s)});
    QCOMPARE(body.value(u"status"_s).toString(), u"New"_s);
    QCOMPARE(body.value(u"redirectUrl"_s).toString(), Callback + u"?state=abc"_s);
    QCOMPARE(body.value(u"escalated"_s), QJsonValue(false));
    QCOMPARE(body.value(u"timedOut"_s), QJsonValue(false));
    const QDateTime created = Altinn::parseDateTime(body.value(u"created"_s).toString());
    QVERIFY(created.isValid());
    QVERIFY(created >= before.addSecs(-1) && created <= sandbox.context().clock.now().addSecs(1));

    // Stored as answered; without a redirectUrl the member is left out and rights/packages stay [].
    QCOMPARE(sandbox.context().state.requests.value(id).status, Altinn::RequestStatus::New);
    const auto second = postStandard(sandbox,
        standardBody({{u"partyOrgNo"_s, u"313725138"_s}, {u"rights"_s, Remove},
            {u"accessPackages"_s, QJsonArray{package(u"jordbruk"_s)}}}),
        sandbox.vendorToken());
    QCOMPARE(second.status, 201);
    QVERIFY(!second.object().contains(u"redirectUrl"_s));
    QCOMPARE(second.object().value(u"rights"_s).toArray(), QJsonArray());
}

void TestSandboxRequests::createTrimsTopLevelStringsOnly()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const auto reply = postStandard(sandbox,
        QJsonObject{{u"systemId"_s, QString(u"  "_s + SmartRegnskap + u" "_s)},
            {u"partyOrgNo"_s, QString(u" "_s + Customer + u"\t"_s)}, {u"externalRef"_s, u" kunde-4711 "_s},
            {u"integrationTitle"_s, u"  Bergen  "_s}, {u"rights"_s, QJsonArray{right(Krav)}}},
        sandbox.vendorToken());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(u"systemId"_s).toString(), SmartRegnskap);
    QCOMPARE(reply.object().value(u"partyOrgNo"_s).toString(), Customer);
    QCOMPARE(reply.object().value(u"externalRef"_s).toString(), u"kunde-4711"_s);
    QCOMPARE(reply.object().value(u"integrationTitle"_s).toString(), u"Bergen"_s);

    // Strings inside lists are not trimmed: the padded resource id matches no right of the system.
    const auto padded = postStandard(sandbox,
        standardBody({{u"externalRef"_s, u"annen"_s}, {u"rights"_s, QJsonArray{right(u" "_s + Krav)}}}),
        sandbox.vendorToken());
    QCOMPARE(padded.status, 400);
    QCOMPARE(padded.code(), u"AUTH-00001"_s);
}

void TestSandboxRequests::createCheckOrder_data()
{
    QTest::addColumn<bool>("systemUserWithoutSystem");
    QTest::addColumn<int>("caller");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("extensionKey");
    QTest::addColumn<QString>("extensionValue");

    const auto row = [](const char *name, Caller caller, const QJsonObject &body, int status,
                         const QString &code, const QString &key = {}, const QString &value = {},
                         bool systemUserWithoutSystem = false) {
        QTest::newRow(name) << systemUserWithoutSystem << int(caller) << body << status << code << key
                            << value;
    };
    const QJsonObject missingSystem = standardBody({{u"systemId"_s, Missing}});

    // Authentication, scope and the consumer claim come first.
    row("no token", Caller::NoToken, missingSystem, 401, {});
    row("read scope only", Caller::ReadOnly, missingSystem, 403, {});
    row("no consumer claim before everything else", Caller::NoConsumer, missingSystem, 401, u"AUTH-00023"_s);
    // Step 3 looks only at system users, before the system itself is looked up.
    row("system user of the triple before system lookup", Caller::Vendor, missingSystem, 400, u"AUTH-00004"_s,
        {}, {}, true);
    // Step 5 in order.
    row("system not found", Caller::Vendor, missingSystem, 404, u"AUTH-00011"_s);
    row("system of another vendor", Caller::Vendor, standardBody({{u"systemId"_s, Foreign}}), 404,
        u"AUTH-00011"_s);
    row("ownership before customer org", Caller::Vendor,
        standardBody({{u"systemId"_s, Foreign}, {u"partyOrgNo"_s, UnknownOrg}}), 404, u"AUTH-00011"_s);
    row("customer org unknown", Caller::Vendor, standardBody({{u"partyOrgNo"_s, UnknownOrg}}), 400,
        u"AUTH-00000"_s);
    row("customer org before redirect", Caller::Vendor,
        standardBody({{u"partyOrgNo"_s, UnknownOrg}, {u"redirectUrl"_s, u"https://evil.example/"_s}}), 400,
        u"AUTH-00000"_s);
    row("redirect but system has no allowed URLs", Caller::Vendor,
        standardBody({{u"systemId"_s, NoRedirects}, {u"redirectUrl"_s, Callback}, {u"rights"_s, Remove}}),
        400, u"AUTH-00026"_s);
    row("redirect on another path", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, u"https://smartregnskap.example/altinn/other"_s}}), 400,
        u"AUTH-00021"_s);
    row("redirect path with trailing slash", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, QString(Callback + u"/"_s)}}), 400, u"AUTH-00021"_s);
    row("redirect with http scheme", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, u"http://smartregnskap.example/altinn/callback"_s}}), 400,
        u"AUTH-00021"_s);
    row("redirect on another port", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, u"https://smartregnskap.example:8443/altinn/callback"_s}}), 400,
        u"AUTH-00021"_s);
    row("redirect that is no URL", Caller::Vendor, standardBody({{u"redirectUrl"_s, u"not a url"_s}}), 400,
        u"AUTH-00021"_s);
    row("redirect before missing rights", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, u"https://evil.example/"_s}, {u"rights"_s, Remove}}), 400,
        u"AUTH-00021"_s);
    row("rights and packages both null", Caller::Vendor, standardBody({{u"rights"_s, Remove}}), 400,
        u"AUTH-00001"_s);
    row("rights and packages both empty", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray()}, {u"accessPackages"_s, QJsonArray()}}), 400,
        u"AUTH-00059"_s);
    row("rights empty, packages null", Caller::Vendor, standardBody({{u"rights"_s, QJsonArray()}}), 400,
        u"AUTH-00059"_s);
    row("rights null, packages empty", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonValue(QJsonValue::Null)}, {u"accessPackages"_s, QJsonArray()}}), 400,
        u"AUTH-00059"_s);
    row("right not in the system", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray{right(u"korrespondanse-fra-sivilforsvaret"_s)}}}), 400,
        u"AUTH-00001"_s);
    QJsonObject twoPairs = right(Krav);
    twoPairs.insert(u"resource"_s,
        QJsonArray{twoPairs.value(u"resource"_s).toArray().first(),
            QJsonObject{{u"id"_s, u"urn:altinn:org"_s}, {u"value"_s, u"skd"_s}}});
    row("right with an extra attribute pair", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray{twoPairs}}}), 400, u"AUTH-00001"_s);
    row("right with another attribute id", Caller::Vendor,
        standardBody({{u"rights"_s,
            QJsonArray{QJsonObject{{u"resource"_s,
                QJsonArray{QJsonObject{{u"id"_s, u"urn:altinn:app"_s}, {u"value"_s, Krav}}}}}}}}),
        400, u"AUTH-00001"_s);
    row("right without attribute pairs", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray{QJsonObject{{u"resource"_s, QJsonArray()}}}}}), 400,
        u"AUTH-00001"_s);
    row("more rights than the system has", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray{right(Krav), right(App), right(Krav)}}}), 400,
        u"AUTH-00001"_s);
    row("rights on a system without rights", Caller::Vendor, standardBody({{u"systemId"_s, Bare}}), 400,
        u"AUTH-00001"_s);
    row("rights before packages", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray{right(u"korrespondanse-fra-sivilforsvaret"_s)}},
            {u"accessPackages"_s, QJsonArray{package(u"ukjent"_s)}}}),
        400, u"AUTH-00001"_s);
    row("package not in the system", Caller::Vendor,
        standardBody({{u"accessPackages"_s,
            QJsonArray{package(u"skatt-naering"_s), package(u"ukjent"_s), package(u"annen"_s)}}}),
        400, u"AUTH-00063"_s, u"NotFoundPackages"_s,
        packageUrn(u"ukjent"_s) + u", "_s + packageUrn(u"annen"_s));
    row("more packages than the system has", Caller::Vendor,
        standardBody({{u"systemId"_s, NoRedirects}, {u"rights"_s, Remove},
            {u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s), package(u"skatt-naering"_s)}}}),
        400, u"AUTH-00063"_s, u"NotFoundPackages"_s, QString());
    row("packages on a system without packages", Caller::Vendor,
        standardBody({{u"systemId"_s, Bare}, {u"rights"_s, Remove},
            {u"accessPackages"_s, QJsonArray{package(u"jordbruk"_s)}}}),
        400, u"AUTH-00063"_s);
    row("not found before not assignable", Caller::Vendor,
        standardBody({{u"accessPackages"_s,
            QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s), package(u"ukjent"_s)}}}),
        400, u"AUTH-00063"_s, u"NotFoundPackages"_s, packageUrn(u"ukjent"_s));
    row("client packages are not assignable", Caller::Vendor,
        standardBody({{u"accessPackages"_s,
            QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s), package(u"jordbruk"_s),
                package(u"eksplisitt"_s)}}}),
        400, u"AUTH-00064"_s, u"NotDelegablePackages"_s,
        packageUrn(u"regnskapsforer-med-signeringsrettighet"_s) + u", "_s + packageUrn(u"eksplisitt"_s));
    row("package unknown to access management", Caller::Vendor,
        standardBody({{u"accessPackages"_s, QJsonArray{package(u"kravogutlegg"_s)}}}), 400, u"AUTH-00064"_s,
        u"NotDelegablePackages"_s, packageUrn(u"kravogutlegg"_s));
    // Accepted.
    row("rights only", Caller::Vendor, standardBody(), 201, {});
    row("assignable packages only", Caller::Vendor,
        standardBody(
            {{u"rights"_s, Remove}, {u"accessPackages"_s, QJsonArray{package(u"hovedadministrator"_s)}}}),
        201, {});
    QJsonObject withAction = right(App);
    withAction.insert(u"action"_s, u"read"_s);
    row("the action of a right is not compared", Caller::Vendor,
        standardBody({{u"rights"_s, QJsonArray{withAction}}}), 201, {});
    row("redirect query and fragment are ignored", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, QString(Callback + u"?state=1#top"_s)}}), 201, {});
    row("host-only redirect matches the stored slash", Caller::Vendor,
        standardBody({{u"redirectUrl"_s, u"https://vg.no"_s}}), 201, {});
    row("empty redirect is not checked", Caller::Vendor,
        standardBody({{u"systemId"_s, NoRedirects}, {u"redirectUrl"_s, QString()}}), 201, {});
    row("member names bind in any casing", Caller::Vendor,
        QJsonObject{{u"SYSTEMID"_s, SmartRegnskap}, {u"PartyOrgNo"_s, Customer},
            {u"Rights"_s, QJsonArray{right(Krav)}}},
        201, {});
}

void TestSandboxRequests::createCheckOrder()
{
    QFETCH(bool, systemUserWithoutSystem);
    QFETCH(int, caller);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, extensionKey);
    QFETCH(QString, extensionValue);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    if (systemUserWithoutSystem) {
        SandboxSystemUserRecord user;
        user.id = SandboxContext::newGuid();
        user.systemId = body.value(u"systemId"_s).toString();
        user.partyOrgNo = Customer;
        user.externalRef = Customer;
        user.supplierOrgNo = SandboxHarness::VendorOrg;
        sandbox.context().state.systemUsers.insert(user.id, user);
    }

    const auto reply = postStandard(sandbox, body, tokenFor(sandbox, Caller(caller)));
    QCOMPARE(reply.status, status);
    if ((status == 401 && code.isEmpty()) || status == 403) {
        QVERIFY(reply.body.isEmpty()); // the authentication handler's challenge/forbid
        return;
    }
    if (status == 201) {
        QCOMPARE(reply.object().value(u"status"_s).toString(), u"New"_s);
        return;
    }
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"code"_s).toString(), code);
    QCOMPARE(problem.value(u"status"_s).toInt(), status);
    QCOMPARE(problem.value(u"type"_s).toString(), u"urn:altinn:error:"_s + code);
    QVERIFY(!problem.value(u"title"_s).toString().isEmpty());
    if (!extensionKey.isEmpty()) {
        if (extensionValue.isEmpty())
            QVERIFY2(!problem.contains(extensionKey), "the count check answers without the extension");
        else
            QCOMPARE(problem.value(extensionKey).toString(), extensionValue);
    }
    QVERIFY(sandbox.context().state.requests.isEmpty());
}

void TestSandboxRequests::bindingFailuresAre400ModelState_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorKey");
    QTest::addColumn<QString>("messagePart");

    const auto json = [](const QJsonObject &object) {
        return SandboxHarness::toBytes(object);
    };
    QTest::newRow("malformed JSON") << QByteArray("{\"systemId\": ") << u"$"_s << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"$"_s << QString();
    QTest::newRow("empty body") << QByteArray(" ") << QString() << u"non-empty request body"_s;
    QTest::newRow("systemId left out")
        << json(standardBody({{u"systemId"_s, Remove}})) << u"$"_s << u"'systemId'"_s;
    QTest::newRow("systemId null") << json(standardBody({{u"systemId"_s, QJsonValue(QJsonValue::Null)}}))
                                   << u"SystemId"_s << u"The SystemId field is required."_s;
    QTest::newRow("systemId empty") << json(standardBody({{u"systemId"_s, QString()}})) << u"SystemId"_s
                                    << u"The SystemId field is required."_s;
    QTest::newRow("partyOrgNo blank") << json(standardBody({{u"partyOrgNo"_s, u"   "_s}})) << u"PartyOrgNo"_s
                                      << u"The PartyOrgNo field is required."_s;
    QTest::newRow("systemId a number")
        << json(standardBody({{u"systemId"_s, 5}})) << u"$.systemId"_s << u"System.String"_s;
    QTest::newRow("rights not a list")
        << json(standardBody({{u"rights"_s, u"x"_s}})) << u"$.rights"_s << QString();
    QTest::newRow("package not an object")
        << json(standardBody({{u"accessPackages"_s, QJsonArray{u"skatt-naering"_s}}}))
        << u"$.accessPackages[0]"_s << QString();
    QTest::newRow("attribute pair without value") << json(standardBody({{u"rights"_s,
        QJsonArray{
            QJsonObject{{u"resource"_s, QJsonArray{QJsonObject{{u"id"_s, u"urn:altinn:resource"_s}}}}}}}}))
                                                  << u"Rights[0].Resource[0].Value"_s
                                                  << u"The Value field is required."_s;
}

void TestSandboxRequests::bindingFailuresAre400ModelState()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorKey);
    QFETCH(QString, messagePart);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const auto reply = sandbox.send("POST", RequestPath + u"vendor"_s, body, sandbox.vendorToken(),
        {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"type"_s).toString(), u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s);
    QCOMPARE(problem.value(u"title"_s).toString(), u"One or more validation errors occurred."_s);
    QVERIFY(!problem.contains(u"code"_s));
    const QJsonObject errors = problem.value(u"errors"_s).toObject();
    QVERIFY2(errors.contains(errorKey), QJsonDocument(errors).toJson().constData());
    if (!messagePart.isEmpty())
        QVERIFY(errors.value(errorKey).toArray().first().toString().contains(messagePart));
    QVERIFY(sandbox.context().state.requests.isEmpty());
}

void TestSandboxRequests::bindingComesBeforeConsumerCheck()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const auto reply = postStandard(
        sandbox, standardBody({{u"systemId"_s, QString()}}), tokenFor(sandbox, Caller::NoConsumer));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().value(u"errors"_s).toObject().contains(u"SystemId"_s));
}

void TestSandboxRequests::repeatedTripleReturnsExisting_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("New") << u"New"_s;
    QTest::newRow("Rejected") << u"Rejected"_s;
    QTest::newRow("Accepted, system user since deleted") << u"Accepted"_s;
}

void TestSandboxRequests::repeatedTripleReturnsExisting()
{
    QFETCH(QString, status);
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = createStandard(sandbox, {{u"externalRef"_s, u"kunde-1"_s}});
    QVERIFY(!id.isEmpty());
    if (status == u"Rejected") {
        QCOMPARE(SandboxDecisions::reject(sandbox.context(), id), SandboxDecisions::Outcome::Done);
    } else if (status == u"Accepted") {
        QCOMPARE(SandboxDecisions::approve(sandbox.context(), id), SandboxDecisions::Outcome::Done);
        sandbox.context().state.systemUsers[id].isDeleted = true; // e.g. removed while the request stays
    }

    // Different rights and title: the new body is ignored.
    const auto again = postStandard(sandbox,
        standardBody({{u"externalRef"_s, u"kunde-1"_s}, {u"integrationTitle"_s, u"Ny"_s},
            {u"rights"_s, QJsonArray{right(App)}}}),
        sandbox.vendorToken());
    QCOMPARE(again.status, 200);
    QVERIFY(again.header("Location").isEmpty());
    const QJsonObject body = again.object();
    QCOMPARE(body.value(u"id"_s).toString(), id);
    QCOMPARE(body.value(u"status"_s).toString(), status);
    QCOMPARE(body.value(u"rights"_s).toArray(), QJsonArray{right(Krav)});
    QCOMPARE(body.value(u"integrationTitle"_s).toString(), u"Navn på "_s + SmartRegnskap);
    QCOMPARE(body.value(u"confirmUrl"_s).toString(),
        sandbox.context().requestConfirmUrl(Altinn::RequestKind::Standard, id));
    QCOMPARE(sandbox.context().state.requests.size(), 1);
}

void TestSandboxRequests::repeatedTripleWithoutStep4_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("Accepted") << u"Accepted"_s << u"AUTH-00006"_s;
    QTest::newRow("New") << u"New"_s << u"AUTH-00007"_s;
    QTest::newRow("Denied") << u"Denied"_s << u"AUTH-00008"_s;
    QTest::newRow("Rejected") << u"Rejected"_s << u"AUTH-00009"_s;
}

void TestSandboxRequests::repeatedTripleWithoutStep4()
{
    // With repeatedRequestReturnsExisting off, step 4 is skipped and step 5 names the old request's status.
    QFETCH(QString, status);
    QFETCH(QString, code);
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    sandbox.context().settings.repeatedRequestReturnsExisting = false;
    const QString id = createStandard(sandbox);
    QVERIFY(!id.isEmpty());
    sandbox.context().state.requests[id].status = Altinn::RequestStatuses::fromString(status);

    const auto again = postStandard(sandbox, standardBody(), sandbox.vendorToken());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), code);
    // The system lookup still comes first.
    const auto missing =
        postStandard(sandbox, standardBody({{u"systemId"_s, Missing}}), sandbox.vendorToken());
    QCOMPARE(missing.code(), u"AUTH-00011"_s);
}

void TestSandboxRequests::liveSystemUserBlocksNewRequest()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = createStandard(sandbox);
    QCOMPARE(SandboxDecisions::approve(sandbox.context(), id), SandboxDecisions::Outcome::Done);

    const auto again = postStandard(sandbox, standardBody(), sandbox.vendorToken());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.code(), u"AUTH-00004"_s);
    // Either kind counts: an agent request for the same triple is refused too.
    const auto agent = postAgent(sandbox,
        agentBody({{u"systemId"_s, SmartRegnskap}, {u"partyOrgNo"_s, Customer},
            {u"accessPackages"_s, QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s)}}}),
        sandbox.vendorToken());
    QCOMPARE(agent.code(), u"AUTH-00004"_s);
    // Another externalRef is another triple.
    QCOMPARE(postStandard(sandbox, standardBody({{u"externalRef"_s, u"avdeling-2"_s}}), sandbox.vendorToken())
                 .status,
        201);
}

void TestSandboxRequests::deleteThenRequestAgainCreatesNew()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString first = createStandard(sandbox);
    QCOMPARE(SandboxDecisions::reject(sandbox.context(), first), SandboxDecisions::Outcome::Done);
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + first, sandbox.vendorToken()).status, 202);

    const auto again =
        postStandard(sandbox, standardBody({{u"rights"_s, QJsonArray{right(App)}}}), sandbox.vendorToken());
    QCOMPARE(again.status, 201);
    QVERIFY(again.object().value(u"id"_s).toString() != first);
    QCOMPARE(again.object().value(u"rights"_s).toArray(), QJsonArray{right(App)});
}

void TestSandboxRequests::rejectedMakesWayWithTheSetting_data()
{
    QTest::addColumn<bool>("agent");
    QTest::addColumn<bool>("step4"); ///< repeatedRequestReturnsExisting
    QTest::newRow("standard") << false << true;
    QTest::newRow("agent") << true << true;
    QTest::newRow("standard, step 4 off (no AUTH-00009)") << false << false;
}

void TestSandboxRequests::rejectedMakesWayWithTheSetting()
{
    // requestAfterRejectionCreatesNew: the announced change — a rejected request no longer answers a POST.
    QFETCH(bool, agent);
    QFETCH(bool, step4);
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    SandboxContext &context = sandbox.context();
    context.settings.repeatedRequestReturnsExisting = step4;
    const QJsonObject ref{{u"externalRef"_s, u"kunde-1"_s}};
    const QString rejected = agent ? createAgent(sandbox, ref) : createStandard(sandbox, ref);
    QVERIFY(!rejected.isEmpty());
    QCOMPARE(SandboxDecisions::reject(context, rejected), SandboxDecisions::Outcome::Done);
    const auto post = [&](const QJsonObject &changes) {
        return agent ? postAgent(sandbox, agentBody(changes), sandbox.vendorToken())
                     : postStandard(sandbox, standardBody(changes), sandbox.vendorToken());
    };

    // Off (today's service): the rejected request comes back (or AUTH-00009 without step 4).
    QVERIFY(!context.settings.requestAfterRejectionCreatesNew);
    const auto before = post(ref);
    QCOMPARE(before.status, step4 ? 200 : 400);
    if (step4)
        QCOMPARE(before.object().value(u"id"_s).toString(), rejected);
    else
        QCOMPARE(before.code(), u"AUTH-00009"_s);

    QCOMPARE(
        sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"requestAfterRejectionCreatesNew"_s, true}}).status,
        200);
    const auto created = post(withMembers(ref, {{u"integrationTitle"_s, u"Andre forsøk"_s}}));
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY(id != rejected);
    QCOMPARE(created.object().value(u"status"_s).toString(), u"New"_s);
    QCOMPARE(created.object().value(u"integrationTitle"_s).toString(), u"Andre forsøk"_s); // the new body
    // The rejected one is soft-deleted, as if the vendor had deleted it first: the triple has one request.
    const QString kindPath = agent ? u"vendor/agent/"_s : u"vendor/"_s;
    QCOMPARE(sandbox.get(RequestPath + kindPath + rejected, sandbox.vendorToken()).code(), u"AUTH-00010"_s);
    const auto found = sandbox.get(RequestPath + kindPath + u"byexternalref/"_s
            + (agent ? Klient + u'/' + Facilitator : SmartRegnskap + u'/' + Customer) + u"/kunde-1"_s,
        sandbox.vendorToken());
    QCOMPARE(found.object().value(u"id"_s).toString(), id);
    // A New or Accepted request still answers the POST as before.
    const auto repeated = post(ref);
    QCOMPARE(repeated.status, step4 ? 200 : 400);
    if (step4)
        QCOMPARE(repeated.object().value(u"id"_s).toString(), id);
    else
        QCOMPARE(repeated.code(), u"AUTH-00007"_s);
    QCOMPARE(context.state.requests.size(), 2);
}

void TestSandboxRequests::overlongColumnsAre500_data()
{
    QTest::addColumn<bool>("agent");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    const QString max = QString(255, u'k');
    // 255 characters, each a surrogate pair in UTF-16: the column counts characters, not UTF-16 units.
    QString emoji;
    for (int i = 0; i < 255; ++i)
        emoji += u"\U0001F600"_s;
    QTest::newRow("title 255") << false << u"integrationTitle"_s << max << 201;
    QTest::newRow("title 256") << false << u"integrationTitle"_s << QString(max + u'k') << 500;
    QTest::newRow("title 255 emoji") << false << u"integrationTitle"_s << emoji << 201;
    QTest::newRow("title 256 emoji") << false << u"integrationTitle"_s << QString(emoji + u"\U0001F600"_s)
                                     << 500;
    QTest::newRow("title trimmed to 255")
        << false << u"integrationTitle"_s << QString(u"  "_s + max + u" "_s) << 201;
    QTest::newRow("externalRef 255") << false << u"externalRef"_s << max << 201;
    QTest::newRow("externalRef 256") << false << u"externalRef"_s << QString(max + u'k') << 500;
    QTest::newRow("agent title 256") << true << u"integrationTitle"_s << QString(max + u'k') << 500;
    QTest::newRow("agent externalRef 256") << true << u"externalRef"_s << QString(max + u'k') << 500;
}

void TestSandboxRequests::overlongColumnsAre500()
{
    // The request table's varchar(255) columns: the INSERT fails, the controller does not catch it, and
    // ASP.NET answers 500 (docs/altinn-behaviour.md#creating-a-request). Nothing is stored.
    QFETCH(bool, agent);
    QFETCH(QString, member);
    QFETCH(QString, value);
    QFETCH(int, status);
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QJsonObject changes{{member, value}};
    const auto reply = agent ? postAgent(sandbox, agentBody(changes), sandbox.vendorToken())
                             : postStandard(sandbox, standardBody(changes), sandbox.vendorToken());
    QCOMPARE(reply.status, status);
    if (status == 500) {
        QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(reply.object().value(u"status"_s).toInt(), 500);
        QVERIFY(sandbox.context().state.requests.isEmpty());
        // Every check before the INSERT still comes first.
        const auto missing = agent
            ? postAgent(
                sandbox, agentBody({{member, value}, {u"systemId"_s, Missing}}), sandbox.vendorToken())
            : postStandard(
                sandbox, standardBody({{member, value}, {u"systemId"_s, Missing}}), sandbox.vendorToken());
        QCOMPARE(missing.code(), u"AUTH-00011"_s);
    } else {
        QCOMPARE(reply.object().value(member).toString(), value.trimmed());
    }
}

void TestSandboxRequests::foreignVendorMeetsPendingBeforeOwnership()
{
    // Step 4 needs ownership, so another vendor falls through to step 5, where the pending request of
    // the triple is reported before the ownership check.
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    QVERIFY(!createStandard(sandbox).isEmpty());
    const auto foreign = postStandard(sandbox, standardBody(), tokenFor(sandbox, Caller::OtherVendor));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.code(), u"AUTH-00007"_s);
    const auto otherTriple = postStandard(
        sandbox, standardBody({{u"externalRef"_s, u"x"_s}}), tokenFor(sandbox, Caller::OtherVendor));
    QCOMPARE(otherTriple.status, 404);
    QCOMPARE(otherTriple.code(), u"AUTH-00011"_s);
}

void TestSandboxRequests::emptyExternalRefCreatesDuplicates()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const auto first =
        postStandard(sandbox, standardBody({{u"externalRef"_s, QString()}}), sandbox.vendorToken());
    const auto second =
        postStandard(sandbox, standardBody({{u"externalRef"_s, u"  "_s}}), sandbox.vendorToken());
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201); // "" is looked up as "", so the stored request is not found
    const QString firstId = first.object().value(u"id"_s).toString();
    const QString secondId = second.object().value(u"id"_s).toString();
    QVERIFY(firstId != secondId);
    QCOMPARE(first.object().value(u"externalRef"_s).toString(), Customer); // but stored as the org number
    QCOMPARE(second.object().value(u"externalRef"_s).toString(), Customer);

    // Without externalRef the triple is (system, org, org): one of the duplicates comes back.
    const auto withoutRef = postStandard(sandbox, standardBody(), sandbox.vendorToken());
    QCOMPARE(withoutRef.status, 200);
    QCOMPARE(withoutRef.object().value(u"id"_s).toString(), std::min(firstId, secondId));
    QCOMPARE(sandbox.context().state.requests.size(), 2);
}

void TestSandboxRequests::agentCreate_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("notDelegable");

    QTest::newRow("client package") << agentBody() << 201 << QString() << QString();
    QTest::newRow("package both delegable and assignable")
        << agentBody({{u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s)}}}) << 201 << QString()
        << QString();
    QTest::newRow("rights member is ignored")
        << agentBody({{u"rights"_s, u"not even a list"_s}}) << 201 << QString() << QString();
    QTest::newRow("no packages") << agentBody({{u"accessPackages"_s, QJsonArray()}}) << 400 << u"AUTH-00058"_s
                                 << QString();
    QTest::newRow("packages left out")
        << agentBody({{u"accessPackages"_s, Remove}}) << 400 << QString() << QString();
    QTest::newRow("package not in the system")
        << agentBody({{u"accessPackages"_s, QJsonArray{package(u"jordbruk"_s)}}}) << 400 << u"AUTH-00063"_s
        << QString();
    QTest::newRow("package not delegable")
        << agentBody({{u"accessPackages"_s,
               QJsonArray{package(u"hovedadministrator"_s), package(u"eksplisitt"_s)}}})
        << 400 << u"AUTH-00065"_s
        << QString(packageUrn(u"hovedadministrator"_s) + u", "_s + packageUrn(u"eksplisitt"_s));
    QTest::newRow("redirect checked")
        << agentBody({{u"redirectUrl"_s, u"https://evil.example/"_s}}) << 400 << u"AUTH-00021"_s << QString();
    QTest::newRow("org checked") << agentBody({{u"partyOrgNo"_s, UnknownOrg}}) << 400 << u"AUTH-00000"_s
                                 << QString();
    QTest::newRow("ownership checked")
        << agentBody({{u"systemId"_s, Foreign}}) << 404 << u"AUTH-00011"_s << QString();
}

void TestSandboxRequests::agentCreate()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, notDelegable);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const auto reply = postAgent(sandbox, body, sandbox.vendorToken());
    QCOMPARE(reply.status, status);
    if (status == 201) {
        const QJsonObject created = reply.object();
        const QString id = created.value(u"id"_s).toString();
        // Same Location path as standard requests; the agentrequest approval page; no `rights` member.
        QCOMPARE(QString::fromUtf8(reply.header("Location")),
            sandbox.context().platformUrl(u"systemuser/request/"_s + id));
        QCOMPARE(created.value(u"confirmUrl"_s).toString(),
            sandbox.baseUrl().toString() + u"accessmanagement/ui/systemuser/agentrequest?id="_s + id
                + u"&DONTCHOOSEREPORTEE=true"_s);
        QVERIFY(!created.contains(u"rights"_s));
        QCOMPARE(created.value(u"externalRef"_s).toString(), Facilitator);
        QCOMPARE(sandbox.context().state.requests.value(id).kind, Altinn::RequestKind::Agent);
        return;
    }
    if (code.isEmpty()) { // binding: accessPackages is [Required] on the agent model
        QVERIFY(reply.object().value(u"errors"_s).toObject().contains(u"AccessPackages"_s));
        return;
    }
    QCOMPARE(reply.code(), code);
    if (!notDelegable.isEmpty())
        QCOMPARE(reply.object().value(u"NotDelegablePackages"_s).toString(), notDelegable);
}

void TestSandboxRequests::agentAndStandardAreSeparateNamespaces()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QJsonObject triple{
        {u"systemId"_s, SmartRegnskap}, {u"partyOrgNo"_s, Customer}, {u"externalRef"_s, u"t"_s}};
    const QString agentId = createAgent(sandbox,
        withMembers(triple,
            {{u"accessPackages"_s, QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s)}}}));
    QVERIFY(!agentId.isEmpty());

    // A standard request for the same triple is a new request: step 4 and step 5 look at standard ones.
    const auto standard = postStandard(sandbox, standardBody(triple), sandbox.vendorToken());
    QCOMPARE(standard.status, 201);
    const QString standardId = standard.object().value(u"id"_s).toString();
    // The agent path returns its own existing request…
    const auto agentAgain = postAgent(sandbox, agentBody(triple), sandbox.vendorToken());
    QCOMPARE(agentAgain.status, 200);
    QCOMPARE(agentAgain.object().value(u"id"_s).toString(), agentId);

    // …and looks up the *standard* request in step 5 (RequestRepository.GetRequestByExternalReferences).
    const QJsonObject second{
        {u"systemId"_s, SmartRegnskap}, {u"partyOrgNo"_s, Customer}, {u"externalRef"_s, u"s"_s}};
    QVERIFY(!createStandard(sandbox, second).isEmpty());
    const auto agentBlocked = postAgent(sandbox, agentBody(second), sandbox.vendorToken());
    QCOMPARE(agentBlocked.status, 400);
    QCOMPARE(agentBlocked.code(), u"AUTH-00007"_s);

    // Lookups are per kind.
    const QByteArray token = sandbox.vendorToken();
    QCOMPARE(sandbox.get(RequestPath + u"vendor/"_s + agentId, token).code(), u"AUTH-00010"_s);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/agent/"_s + standardId, token).code(), u"AUTH-00010"_s);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/agent/"_s + agentId, token).status, 200);
    QCOMPARE(
        sandbox
            .get(RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u"/t"_s, token)
            .object()
            .value(u"id"_s)
            .toString(),
        standardId);
    QCOMPARE(
        sandbox
            .get(RequestPath + u"vendor/agent/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u"/t"_s,
                token)
            .object()
            .value(u"id"_s)
            .toString(),
        agentId);
    QCOMPARE(
        sandbox
            .get(RequestPath + u"vendor/agent/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u"/s"_s,
                token)
            .code(),
        u"AUTH-00010"_s);
}

void TestSandboxRequests::getById()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = createStandard(sandbox, {{u"redirectUrl"_s, Callback}});
    sandbox.context().state.requests[id].escalated = true; // escalated in the portal

    const auto reply = sandbox.get(RequestPath + u"vendor/"_s + id,
        sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(u"id"_s).toString(), id);
    QCOMPARE(body.value(u"status"_s).toString(), u"New"_s);
    QCOMPARE(body.value(u"redirectUrl"_s).toString(), Callback);
    QCOMPARE(body.value(u"confirmUrl"_s).toString(),
        sandbox.context().requestConfirmUrl(Altinn::RequestKind::Standard, id));
    QCOMPARE(body.value(u"escalated"_s), QJsonValue(false)); // this path does not copy the stored flag
    QCOMPARE(body.value(u"timedOut"_s), QJsonValue(false));

    // The GUID binds in other spellings too.
    QCOMPARE(sandbox.get(RequestPath + u"vendor/"_s + id.toUpper(), sandbox.vendorToken()).status, 200);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/"_s + QString(id).remove(u'-'), sandbox.vendorToken()).status,
        200);
    // Status changes show.
    QCOMPARE(SandboxDecisions::approve(sandbox.context(), id), SandboxDecisions::Outcome::Done);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/"_s + id, sandbox.vendorToken())
                 .object()
                 .value(u"status"_s)
                 .toString(),
        u"Accepted"_s);
    const QString agentId = createAgent(sandbox);
    sandbox.context().state.requests[agentId].escalated = true;
    const auto agent = sandbox.get(RequestPath + u"vendor/agent/"_s + agentId, sandbox.vendorToken());
    QCOMPARE(agent.status, 200);
    QCOMPARE(agent.object().value(u"escalated"_s), QJsonValue(false));
    QVERIFY(!agent.object().contains(u"rights"_s));
}

void TestSandboxRequests::getByIdErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("caller");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("not a GUID") << u"vendor/not-a-guid"_s << int(Caller::Vendor) << 400 << QString();
    QTest::newRow("unknown id") << u"vendor/{unknown}"_s << int(Caller::Vendor) << 404 << u"AUTH-00010"_s;
    QTest::newRow("deleted") << u"vendor/{deleted}"_s << int(Caller::Vendor) << 404 << u"AUTH-00010"_s;
    QTest::newRow("agent id on the standard path")
        << u"vendor/{agent}"_s << int(Caller::Vendor) << 404 << u"AUTH-00010"_s;
    QTest::newRow("other vendor") << u"vendor/{id}"_s << int(Caller::OtherVendor) << 404 << u"AUTH-00011"_s;
    QTest::newRow("no consumer") << u"vendor/{id}"_s << int(Caller::NoConsumer) << 401 << QString();
    QTest::newRow("no token") << u"vendor/{id}"_s << int(Caller::NoToken) << 401 << QString();
    QTest::newRow("write scope only") << u"vendor/{id}"_s << -1 << 403 << QString();
    QTest::newRow("agent: other vendor")
        << u"vendor/agent/{agent}"_s << int(Caller::OtherVendor) << 404 << u"AUTH-00011"_s;
    QTest::newRow("agent: not a GUID") << u"vendor/agent/x"_s << int(Caller::Vendor) << 400 << QString();
}

void TestSandboxRequests::getByIdErrors()
{
    QFETCH(QString, path);
    QFETCH(int, caller);
    QFETCH(int, status);
    QFETCH(QString, code);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = createStandard(sandbox);
    const QString deleted = createStandard(sandbox, {{u"externalRef"_s, u"slettet"_s}});
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + deleted, sandbox.vendorToken()).status, 202);
    const QString agent = createAgent(sandbox);
    path.replace(u"{id}"_s, id).replace(u"{deleted}"_s, deleted).replace(u"{agent}"_s, agent);
    path.replace(u"{unknown}"_s, SandboxContext::newGuid());

    const QByteArray token = caller < 0
        ? sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestWrite})
        : tokenFor(sandbox, Caller(caller));
    const auto reply = sandbox.get(RequestPath + path, token);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(reply.code(), code);
    } else if (status == 400) {
        const QString raw = path.section(u'/', -1);
        QCOMPARE(reply.object().value(u"errors"_s).toObject().value(u"requestId"_s).toArray(),
            QJsonArray{u"The value '%1' is not valid."_s.arg(raw)});
    } else if (caller == int(Caller::NoConsumer)) {
        QCOMPARE(reply.object().value(u"title"_s).toString(), u"Unauthorized"_s); // ASP.NET's Unauthorized()
    } else {
        QVERIFY(reply.body.isEmpty());
    }
}

void TestSandboxRequests::timedOutAfter180Days()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = createStandard(sandbox);
    const QString agentId = createAgent(sandbox);
    sandbox.context().clock.advanceDays(179);
    QCOMPARE(
        sandbox.get(RequestPath + u"vendor/"_s + id, sandbox.vendorToken()).object().value(u"timedOut"_s),
        QJsonValue(false));
    sandbox.context().clock.advanceDays(2); // 181 days in all
    const auto reply = sandbox.get(RequestPath + u"vendor/"_s + id, sandbox.vendorToken());
    QCOMPARE(reply.object().value(u"timedOut"_s), QJsonValue(true));
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"New"_s); // the status itself is not changed
    QCOMPARE(sandbox.get(RequestPath + u"vendor/agent/"_s + agentId, sandbox.vendorToken())
                 .object()
                 .value(u"timedOut"_s),
        QJsonValue(true));
    const auto list = sandbox.get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap, sandbox.vendorToken());
    QCOMPARE(
        list.object().value(u"data"_s).toArray().first().toObject().value(u"timedOut"_s), QJsonValue(true));
    // A timed-out request is still returned for its triple (step 4 only skips the legacy "Timedout" status).
    const auto again = postStandard(sandbox, standardBody(), sandbox.vendorToken());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(u"timedOut"_s), QJsonValue(true));
}

void TestSandboxRequests::byExternalRef()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString ref = u"kunde/4711 a"_s; // segments must be URL-encoded
    const QString id = createStandard(sandbox, {{u"externalRef"_s, ref}});
    const QString defaulted = createStandard(sandbox, {{u"partyOrgNo"_s, u"313725138"_s}});
    sandbox.context().state.requests[id].escalated = true;
    const QString agentId = createAgent(sandbox, {{u"externalRef"_s, u"byra-77"_s}});
    sandbox.context().state.requests[agentId].escalated = true;
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    const QByteArray token = sandbox.vendorToken();

    const auto found = sandbox.get(
        RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u'/' + encoded(ref),
        token);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.object().value(u"id"_s).toString(), id);
    QCOMPARE(found.object().value(u"externalRef"_s).toString(), ref);
    QCOMPARE(found.object().value(u"escalated"_s), QJsonValue(false)); // the standard path copies no flag
    QCOMPARE(found.object().value(u"confirmUrl"_s).toString(),
        sandbox.context().requestConfirmUrl(Altinn::RequestKind::Standard, id));
    // A defaulted externalRef is the org number.
    QCOMPARE(
        sandbox
            .get(RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u"/313725138/313725138"_s, token)
            .object()
            .value(u"id"_s)
            .toString(),
        defaulted);
    const auto agent = sandbox.get(
        RequestPath + u"vendor/agent/byexternalref/"_s + Klient + u'/' + Facilitator + u"/byra-77"_s, token);
    QCOMPARE(agent.status, 200);
    QCOMPARE(agent.object().value(u"id"_s).toString(), agentId);
    QCOMPARE(
        agent.object().value(u"escalated"_s), QJsonValue(true)); // the agent path returns the row as stored
    QCOMPARE(agent.object().value(u"confirmUrl"_s).toString(),
        sandbox.context().requestConfirmUrl(Altinn::RequestKind::Agent, agentId));

    // Matched literally: another case is another reference.
    QCOMPARE(sandbox
                 .get(RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer
                         + u"/KUNDE%2F4711%20A"_s,
                     token)
                 .code(),
        u"AUTH-00010"_s);
    // Not found before ownership; ownership for a found one.
    const QByteArray other = sandbox.vendorToken(SandboxHarness::OtherVendorOrg);
    QCOMPARE(sandbox
                 .get(RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u"/nope"_s,
                     other)
                 .code(),
        u"AUTH-00010"_s);
    const auto foreign = sandbox.get(
        RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u'/' + encoded(ref),
        other);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.code(), u"AUTH-00011"_s);
    QCOMPARE(sandbox
                 .get(RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u'/'
                         + encoded(ref),
                     tokenFor(sandbox, Caller::NoConsumer))
                 .status,
        401);
}

void TestSandboxRequests::listPagination_data()
{
    QTest::addColumn<bool>("skipQuirk");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("expectedIndexes"); // positions in id order, page by page
    QTest::addColumn<int>("pages");

    QTest::newRow("complete across 3 pages") << false << 6 << QList<int>{0, 1, 2, 3, 4, 5} << 3;
    QTest::newRow("off-by-one quirk skips one item per boundary")
        << true << 7 << QList<int>{0, 1, 3, 4, 6} << 3;
}

void TestSandboxRequests::listPagination()
{
    QFETCH(bool, skipQuirk);
    QFETCH(int, count);
    QFETCH(QList<int>, expectedIndexes);
    QFETCH(int, pages);

    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    sandbox.context().settings.pageSize = 2;
    sandbox.context().settings.requestListSkipsItemAtPageBoundary = skipQuirk;
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(createStandard(sandbox, {{u"externalRef"_s, u"ref-%1"_s.arg(i)}}));
    QVERIFY(!ids.contains(QString()));
    createAgent(sandbox); // other kind: never listed here
    std::sort(ids.begin(), ids.end());

    QStringList seen;
    QString next = RequestPath + u"vendor/bysystem/"_s + SmartRegnskap;
    int pageCount = 0;
    while (!next.isEmpty()) {
        QVERIFY(++pageCount <= pages);
        const auto reply =
            sandbox.get(next, sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead}));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QVERIFY(body.value(u"links"_s).isObject());
        const QJsonArray data = body.value(u"data"_s).toArray();
        QVERIFY(data.size() <= 2);
        for (const QJsonValue &item : data)
            seen.append(item.toObject().value(u"id"_s).toString());
        const QJsonObject links = body.value(u"links"_s).toObject();
        if (!links.contains(u"next"_s)) {
            QCOMPARE(links, QJsonObject()); // last page: "links": {}
            break;
        }
        const QString link = links.value(u"next"_s).toString();
        const QString prefix = sandbox.context().platformUrl(
            u"systemuser/request/vendor/bysystem/"_s + SmartRegnskap + u"?token="_s);
        QVERIFY2(link.startsWith(prefix), qPrintable(link));
        const QString token = link.mid(prefix.size());
        QVERIFY(
            !token.contains(u'=') && !token.contains(u'+') && !token.contains(u'/')); // base64url, no padding
        // The token is the JSON string of a GUID, quotes included: the last item shown, or with the
        // quirk the first item not shown.
        const QString lastShown = seen.last();
        const QString expectedId = skipQuirk ? ids.at(ids.indexOf(lastShown) + 1) : lastShown;
        QCOMPARE(decodeToken(token), u"\""_s + expectedId + u"\""_s);
        next = relative(sandbox, link);
        QVERIFY(!next.isEmpty());
    }
    QCOMPARE(pageCount, pages);
    QStringList expected;
    for (const int index : std::as_const(expectedIndexes))
        expected.append(ids.at(index));
    QCOMPARE(seen, expected);
}

void TestSandboxRequests::listContentsAndErrors()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString accepted = createStandard(sandbox, {{u"externalRef"_s, u"a"_s}});
    const QString rejected = createStandard(sandbox, {{u"externalRef"_s, u"r"_s}});
    const QString deleted = createStandard(sandbox, {{u"externalRef"_s, u"d"_s}});
    const QString agentId = createAgent(sandbox);
    QCOMPARE(SandboxDecisions::approve(sandbox.context(), accepted), SandboxDecisions::Outcome::Done);
    QCOMPARE(SandboxDecisions::reject(sandbox.context(), rejected), SandboxDecisions::Outcome::Done);
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + deleted, sandbox.vendorToken()).status, 202);
    sandbox.context().state.requests[rejected].escalated = true;
    const QByteArray token = sandbox.vendorToken();

    // Every status, deleted ones left out, the stored `escalated`, sorted by id.
    const auto list = sandbox.get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap, token);
    QCOMPARE(list.status, 200);
    const QJsonArray data = list.object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(list.object().value(u"links"_s).toObject(), QJsonObject());
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &item : data)
        byId.insert(item.toObject().value(u"id"_s).toString(), item.toObject());
    QCOMPARE(byId.keys(), (QStringList{std::min(accepted, rejected), std::max(accepted, rejected)}));
    QCOMPARE(data.first().toObject().value(u"id"_s).toString(), std::min(accepted, rejected));
    QCOMPARE(byId.value(accepted).value(u"status"_s).toString(), u"Accepted"_s);
    QCOMPARE(byId.value(rejected).value(u"status"_s).toString(), u"Rejected"_s);
    QCOMPARE(byId.value(rejected).value(u"escalated"_s), QJsonValue(true));
    QCOMPARE(byId.value(accepted).value(u"confirmUrl"_s).toString(),
        sandbox.context().requestConfirmUrl(Altinn::RequestKind::Standard, accepted));

    // The agent list has its own namespace and link path.
    const auto agents = sandbox.get(RequestPath + u"vendor/agent/bysystem/"_s + Klient, token);
    QCOMPARE(agents.status, 200);
    QCOMPARE(agents.object().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(
        agents.object().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(), agentId);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/agent/bysystem/"_s + SmartRegnskap, token)
                 .object()
                 .value(u"data"_s)
                 .toArray(),
        QJsonArray());
    sandbox.context().settings.pageSize = 1;
    createAgent(sandbox, {{u"externalRef"_s, u"annen"_s}});
    const QString agentLink = sandbox.get(RequestPath + u"vendor/agent/bysystem/"_s + Klient, token)
                                  .object()
                                  .value(u"links"_s)
                                  .toObject()
                                  .value(u"next"_s)
                                  .toString();
    QVERIFY2(agentLink.startsWith(sandbox.context().platformUrl(
                 u"systemuser/request/vendor/agent/bysystem/"_s + Klient + u"?token="_s)),
        qPrintable(agentLink));

    // Errors.
    const auto unknown = sandbox.get(RequestPath + u"vendor/bysystem/"_s + Missing, token);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), u"AUTH-00011"_s);
    QCOMPARE(sandbox
                 .get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap,
                     sandbox.vendorToken(SandboxHarness::OtherVendorOrg))
                 .code(),
        u"AUTH-00011"_s);
    const auto badToken =
        sandbox.get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap + u"?token=bm90LWEtZ3VpZA"_s, token);
    QCOMPARE(badToken.status, 400);
    QVERIFY(badToken.object().value(u"errors"_s).toObject().contains(u"token"_s));
    QCOMPARE(
        sandbox.get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap + u"?token="_s, token).status, 200);
    QCOMPARE(
        sandbox
            .get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap, tokenFor(sandbox, Caller::NoConsumer))
            .status,
        401);
    QCOMPARE(sandbox
                 .get(RequestPath + u"vendor/bysystem/"_s + SmartRegnskap,
                     sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::SystemRegisterWrite}))
                 .status,
        403);
}

void TestSandboxRequests::deleteRequest()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString id = createStandard(sandbox);
    const QString agentId = createAgent(sandbox);

    QCOMPARE(sandbox
                 .del(RequestPath + u"vendor/"_s + id,
                     sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead}))
                 .status,
        403);
    const auto deleted = sandbox.del(RequestPath + u"vendor/"_s + id, sandbox.vendorToken());
    QCOMPARE(deleted.status, 202);
    QVERIFY(deleted.body.isEmpty());
    QVERIFY(sandbox.context().state.requests.value(id).isDeleted); // soft delete
    const auto again = sandbox.del(RequestPath + u"vendor/"_s + id, sandbox.vendorToken());
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), u"AUTH-00010"_s);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/"_s + id, sandbox.vendorToken()).code(), u"AUTH-00010"_s);
    QCOMPARE(
        sandbox
            .get(RequestPath + u"vendor/byexternalref/"_s + SmartRegnskap + u'/' + Customer + u'/' + Customer,
                sandbox.vendorToken())
            .code(),
        u"AUTH-00010"_s);
    // Either kind, through the one path.
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + agentId, sandbox.vendorToken()).status, 202);
    QCOMPARE(sandbox.get(RequestPath + u"vendor/agent/"_s + agentId, sandbox.vendorToken()).code(),
        u"AUTH-00010"_s);
    const auto notGuid = sandbox.del(RequestPath + u"vendor/abc"_s, sandbox.vendorToken());
    QCOMPARE(notGuid.status, 400);
    QCOMPARE(notGuid.object().value(u"errors"_s).toObject().value(u"requestId"_s).toArray(),
        QJsonArray{u"The value 'abc' is not valid."_s});
    QCOMPARE(
        sandbox.del(RequestPath + u"vendor/"_s + SandboxContext::newGuid(), sandbox.vendorToken()).code(),
        u"AUTH-00010"_s);
}

void TestSandboxRequests::deleteOwnershipCheckSwitch()
{
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString first = createStandard(sandbox);
    const QString second = createStandard(sandbox, {{u"externalRef"_s, u"2"_s}});
    const QByteArray other = sandbox.vendorToken(SandboxHarness::OtherVendorOrg);

    // Default: like the real service, anyone with the scope may delete any request.
    QVERIFY(sandbox.context().settings.requestDeleteSkipsOwnershipCheck);
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + first, other).status, 202);

    sandbox.context().settings.requestDeleteSkipsOwnershipCheck = false;
    const auto refused = sandbox.del(RequestPath + u"vendor/"_s + second, other);
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.code(), u"AUTH-00011"_s);
    QVERIFY(!sandbox.context().state.requests.value(second).isDeleted);
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + second, tokenFor(sandbox, Caller::NoConsumer)).code(),
        u"AUTH-00011"_s);
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + second, sandbox.vendorToken()).status, 202);
}

void TestSandboxRequests::decisionsApproveAndReject()
{
    using namespace SandboxDecisions;
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    SandboxContext &context = sandbox.context();
    const QString id = createStandard(sandbox,
        {{u"externalRef"_s, u"kunde-1"_s}, {u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s)}}});
    const QString titled =
        createStandard(sandbox, {{u"externalRef"_s, u"kunde-2"_s}, {u"integrationTitle"_s, u"Bergen"_s}});
    const QString agentId = createAgent(sandbox);
    const QString rejected = createStandard(sandbox, {{u"externalRef"_s, u"kunde-3"_s}});

    QVERIFY(typeOf(context, id) == RequestType::Standard);
    QVERIFY(typeOf(context, agentId.toUpper()) == RequestType::Agent);
    QVERIFY(typeOf(context, SandboxContext::newGuid()) == std::nullopt);

    QCOMPARE(approve(context, id), Outcome::Done);
    QCOMPARE(context.state.requests.value(id).status, Altinn::RequestStatus::Accepted);
    const SandboxSystemUserRecord user = context.state.systemUsers.value(id); // id = request id
    QCOMPARE(user.id, id);
    QCOMPARE(user.kind, Altinn::RequestKind::Standard);
    QCOMPARE(user.systemId, SmartRegnskap);
    QCOMPARE(user.partyOrgNo, Customer);
    QCOMPARE(user.externalRef, u"kunde-1"_s);
    QCOMPARE(user.integrationTitle, u"Navn på "_s + SmartRegnskap);
    QCOMPARE(user.supplierOrgNo, SandboxHarness::VendorOrg);
    QVERIFY(user.rights == QList{Altinn::Right::forResource(Krav)});
    QVERIFY(user.accessPackages == packageRefs({u"skatt-naering"_s}));
    QVERIFY(!user.isDeleted);
    QCOMPARE(user.sequence, qint64(1));

    QCOMPARE(approve(context, titled), Outcome::Done);
    QCOMPARE(context.state.systemUsers.value(titled).integrationTitle, u"Bergen"_s);
    QCOMPARE(context.state.systemUsers.value(titled).sequence, qint64(2));
    QCOMPARE(approve(context, agentId), Outcome::Done);
    QCOMPARE(context.state.systemUsers.value(agentId).kind, Altinn::RequestKind::Agent);
    QVERIFY(context.state.systemUsers.value(agentId).accessPackages
        == packageRefs({u"regnskapsforer-med-signeringsrettighet"_s}));
    QCOMPARE(context.state.nextSystemUserSequence, qint64(4));
    // An explicit blank title is kept (trimmed to "") on the request; the system user gets the nb name.
    const QString untitled =
        createStandard(sandbox, {{u"externalRef"_s, u"kunde-5"_s}, {u"integrationTitle"_s, u"  "_s}});
    QVERIFY(!untitled.isEmpty());
    QCOMPARE(sandbox.get(RequestPath + u"vendor/"_s + untitled, sandbox.vendorToken())
                 .object()
                 .value(u"integrationTitle"_s)
                 .toString(),
        QString());
    QCOMPARE(approve(context, untitled), Outcome::Done);
    QCOMPARE(context.state.systemUsers.value(untitled).integrationTitle, u"Navn på "_s + SmartRegnskap);

    QCOMPARE(reject(context, rejected), Outcome::Done);
    QCOMPARE(context.state.requests.value(rejected).status, Altinn::RequestStatus::Rejected);
    QVERIFY(!context.state.systemUsers.contains(rejected));

    // Only New can be decided.
    QCOMPARE(approve(context, id), Outcome::AlreadyDecided);
    QCOMPARE(reject(context, id), Outcome::AlreadyDecided);
    QCOMPARE(approve(context, rejected), Outcome::AlreadyDecided);
    QCOMPARE(approve(context, SandboxContext::newGuid()), Outcome::NotFound);
    const QString deleted = createStandard(sandbox, {{u"externalRef"_s, u"kunde-4"_s}});
    QCOMPARE(sandbox.del(RequestPath + u"vendor/"_s + deleted, sandbox.vendorToken()).status, 202);
    QCOMPARE(approve(context, deleted), Outcome::NotFound);
    QVERIFY(typeOf(context, deleted) == std::nullopt);

    // The answers the pages and the control API give for each outcome.
    const auto check = [&context](Outcome outcome, int status, const QString &code) {
        const SandboxResponse response = problemFor(context, outcome);
        QCOMPARE(response.status, status);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"code"_s).toString(), code);
    };
    check(Outcome::NotFound, 404, u"AUTH-00010"_s);
    check(Outcome::AlreadyDecided, 409, u"AUTH-00013"_s);
    check(Outcome::SystemUserExists, 400, u"AUTH-00004"_s);
    check(Outcome::SystemUserNotFound, 404, u"AUTH-00015"_s);
}

void TestSandboxRequests::decisionsOnChangeRequests()
{
    using namespace SandboxDecisions;
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    SandboxContext &context = sandbox.context();
    const QString userId =
        createStandard(sandbox, {{u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s)}}});
    QCOMPARE(approve(context, userId), Outcome::Done);

    const auto addChange = [&context, &userId](const Altinn::ChangeRequest &change) {
        SandboxChangeRequestRecord record;
        record.id = SandboxContext::newGuid();
        record.systemUserId = userId;
        record.systemId = SmartRegnskap;
        record.partyOrgNo = Customer;
        record.externalRef = Customer;
        record.change = change;
        record.created = context.clock.now();
        context.state.changeRequests.insert(record.id, record);
        return record.id;
    };
    Altinn::ChangeRequest change;
    change.requiredRights = {
        Altinn::Right::forResource(App), Altinn::Right::forResource(Krav)}; // Krav already held
    change.unwantedRights = {Altinn::Right::forResource(Krav)};
    change.requiredAccessPackages = packageRefs({u"jordbruk"_s, u"skatt-naering"_s});
    change.unwantedAccessPackages =
        packageRefs({u"skatt-naering"_s, u"hovedadministrator"_s}); // the latter not held
    const QString changeId = addChange(change);
    QVERIFY(typeOf(context, changeId) == RequestType::Change);

    QCOMPARE(approve(context, changeId), Outcome::Done);
    QCOMPARE(context.state.changeRequests.value(changeId).status, Altinn::RequestStatus::Accepted);
    const SandboxSystemUserRecord user = context.state.systemUsers.value(userId);
    QVERIFY(user.rights == QList{Altinn::Right::forResource(App)});
    QVERIFY(user.accessPackages == packageRefs({u"jordbruk"_s}));
    QCOMPARE(approve(context, changeId), Outcome::AlreadyDecided);

    const QString toReject = addChange(change);
    QCOMPARE(reject(context, toReject), Outcome::Done);
    QCOMPARE(context.state.changeRequests.value(toReject).status, Altinn::RequestStatus::Rejected);
    QVERIFY(context.state.systemUsers.value(userId).rights == QList{Altinn::Right::forResource(App)});
    QCOMPARE(reject(context, toReject), Outcome::AlreadyDecided);

    // The system user is gone: the change cannot be applied and stays New.
    const QString orphan = addChange(change);
    context.state.systemUsers[userId].isDeleted = true;
    QCOMPARE(approve(context, orphan), Outcome::SystemUserNotFound);
    QCOMPARE(context.state.changeRequests.value(orphan).status, Altinn::RequestStatus::New);
}

void TestSandboxRequests::decisionsRefuseSecondSystemUserForTriple()
{
    // The "" externalRef quirk stores two pending requests for one triple; only one can become a system user.
    using namespace SandboxDecisions;
    SandboxHarness sandbox;
    seedSystems(sandbox.context());
    const QString first = createStandard(sandbox, {{u"externalRef"_s, QString()}});
    const QString second = createStandard(sandbox, {{u"externalRef"_s, QString()}});
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    QCOMPARE(approve(sandbox.context(), first), Outcome::Done);
    QCOMPARE(approve(sandbox.context(), second), Outcome::SystemUserExists);
    QCOMPARE(sandbox.context().state.requests.value(second).status, Altinn::RequestStatus::New);
    QCOMPARE(sandbox.context().state.systemUsers.size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxRequests)
#include "TestSandboxRequests.moc"
