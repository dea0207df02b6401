#include "SandboxHarness.h"
#include "model/Right.h"
#include "sandbox/AppApi.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

/// The simulated Altinn app (docs/sandbox.md#the-simulated-altinn-app): instantiation and read-back with a
/// system user token, checked like an app's authorisation, over HTTP.
class TestSandboxAltinnApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAnInstanceForTheSystemUsersOwner();
    void readsTheInstanceBack();
    void missingRightIsAForbiddenThatNamesIt();
    void actionOfTheRightCounts();
    void olderOrgAppPairGrantsToo();
    void withoutValidTokenIsUnauthorized();
    void exchangedTokenIsAccepted();
    void vendorTokenIsRefused();
    void deletedSystemUserIsRefused();
    void otherOwnerIsRefused();
    void unknownAppIsNotFound_data();
    void unknownAppIsNotFound();
    void bodyIsBoundLikeTheApp_data();
    void bodyIsBoundLikeTheApp();
    void ownerByPartyId();
    void partyIdsAreStable();
    void instancesAreSavedWithTheState();
    void otherRoutesAreNotShadowed();
};

namespace {

const QString Customer = u"310904473"_s;
const QString OtherCustomer = u"313725138"_s;
const QString SystemId = u"991825827_smartregnskap"_s;
const QString App = u"app_brg_aarsregnskap"_s;
const QString CreatePath = u"brg/aarsregnskap/instances/create"_s;
const QString UserId = u"0a6c5b1e-8c61-4d4c-9d8e-3c3f4a0b2d11"_s;

/// A system user straight into the state, as an approval makes one.
SandboxSystemUserRecord &addSystemUser(
    SandboxContext &context, const QString &id, const QString &owner, const QList<Altinn::Right> &rights)
{
    SandboxSystemUserRecord user;
    user.id = id;
    user.systemId = SystemId;
    user.partyOrgNo = owner;
    user.externalRef = owner;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.rights = rights;
    user.created = context.clock.now();
    user.sequence = context.state.nextSystemUserSequence++;
    context.state.addSystemUser(user);
    return context.state.systemUsers[id];
}

/// What the sandbox Maskinporten issues for a system user grant (docs/sandbox.md: the token endpoint).
QByteArray systemUserToken(SandboxContext &context, const QString &userId, const QString &owner)
{
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    const QJsonObject claims{{u"client_id"_s, u"6f0c5d3e-0000-4000-8000-000000000001"_s},
        {u"client_amr"_s, u"private_key_jwt"_s},
        {u"consumer"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s},
                {u"ID"_s, QString(u"0192:"_s + SandboxHarness::VendorOrg)}}},
        {u"scope"_s, u"altinn:authentication/systemuser.request.read"_s}, {u"token_type"_s, u"Bearer"_s},
        {u"iat"_s, now}, {u"exp"_s, now + 120},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"authorization_details"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s},
                {u"systemuser_org"_s,
                    QJsonObject{
                        {u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, QString(u"0192:"_s + owner)}}},
                {u"systemuser_id"_s, QJsonArray{userId}}, {u"system_id"_s, SystemId}}}}};
    return context.tokens.sign(claims);
}

QJsonObject ownerBody(const QString &orgNo)
{
    return {{u"instanceOwner"_s, QJsonObject{{u"organisationNumber"_s, orgNo}}}};
}

/// A sandbox with the system and a system user of Customer that holds app_brg_aarsregnskap.
struct AppFixture
{
    SandboxHarness sandbox;
    QByteArray token;

    AppFixture()
    {
        SandboxHarness::seedSystem(
            sandbox.context(), SystemId, SandboxHarness::VendorOrg, QList{Altinn::Right::forResource(App)});
        addSystemUser(sandbox.context(), UserId, Customer, {Altinn::Right::forResource(App)});
        token = systemUserToken(sandbox.context(), UserId, Customer);
    }
};

} // namespace

void TestSandboxAltinnApp::createsAnInstanceForTheSystemUsersOwner()
{
    AppFixture app;
    QVERIFY(app.sandbox.isListening());
    const auto reply = app.sandbox.post(CreatePath, ownerBody(Customer), app.token);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject instance = reply.object();
    const QString partyId = u"1310904473"_s;
    const QString id = instance.value(u"id"_s).toString();
    QVERIFY2(id.startsWith(partyId + u'/'), qPrintable(id));
    const QString guid = id.mid(partyId.size() + 1);
    QVERIFY(!QUuid::fromString(guid).isNull());
    const QJsonObject owner = instance.value(u"instanceOwner"_s).toObject();
    QCOMPARE(owner.value(u"partyId"_s).toString(), partyId);
    QCOMPARE(owner.value(u"organizationNumber"_s).toString(), Customer);
    QCOMPARE(owner.value(u"party"_s).toObject().value(u"partyId"_s).toInteger(), qint64(1310904473));
    QVERIFY(!owner.value(u"party"_s).toObject().value(u"name"_s).toString().isEmpty());
    QCOMPARE(instance.value(u"appId"_s).toString(), u"brg/aarsregnskap"_s);
    QCOMPARE(instance.value(u"org"_s).toString(), u"brg"_s);
    QCOMPARE(instance.value(u"createdBy"_s).toString(), UserId);
    QCOMPARE(instance.value(u"process"_s)
                 .toObject()
                 .value(u"currentTask"_s)
                 .toObject()
                 .value(u"elementId"_s)
                 .toString(),
        u"Task_1"_s);
    QCOMPARE(instance.value(u"data"_s).toArray().size(), 0);
    const QString self = instance.value(u"selfLinks"_s).toObject().value(u"apps"_s).toString();
    QCOMPARE(self, app.sandbox.baseUrl().toString() + u"brg/aarsregnskap/instances/"_s + id);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), self);

    // Kept in the state, and visible in GET /sandbox/state.
    QCOMPARE(app.sandbox.context().state.appInstances.size(), 1);
    const SandboxAppInstance stored = app.sandbox.context().state.appInstances.value(guid);
    QCOMPARE(stored.ownerOrgNo, Customer);
    QCOMPARE(stored.createdBy, UserId);
    const QJsonArray saved = app.sandbox.get(u"sandbox/state"_s)
                                 .object()
                                 .value(u"state"_s)
                                 .toObject()
                                 .value(u"appInstances"_s)
                                 .toArray();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().toObject().value(u"id"_s).toString(), guid);
}

void TestSandboxAltinnApp::readsTheInstanceBack()
{
    AppFixture app;
    const QString id =
        app.sandbox.post(CreatePath, ownerBody(Customer), app.token).object().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const auto read = app.sandbox.get(u"brg/aarsregnskap/instances/"_s + id, app.token);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(u"id"_s).toString(), id);
    QCOMPARE(read.object().value(u"createdBy"_s).toString(), UserId);
    // Upper case in the path names the same app.
    QCOMPARE(app.sandbox.get(u"BRG/Aarsregnskap/instances/"_s + id, app.token).status, 200);

    // Another app, another owner's party, an unknown GUID: not found (after the right was checked).
    const QString guid = id.section(u'/', 1);
    SandboxHarness::seedSystem(app.sandbox.context(), SystemId, SandboxHarness::VendorOrg,
        QList{Altinn::Right::forResource(App), Altinn::Right::forResource(u"app_ttd_endring-av-navn-v2"_s)});
    app.sandbox.context().state.systemUsers[UserId].rights.append(
        Altinn::Right::forResource(u"app_ttd_endring-av-navn-v2"_s));
    QCOMPARE(app.sandbox.get(u"ttd/endring-av-navn-v2/instances/"_s + id, app.token).status, 404);
    QCOMPARE(app.sandbox
                 .get(u"brg/aarsregnskap/instances/1310904473/"_s
                         + QUuid::createUuid().toString(QUuid::WithoutBraces),
                     app.token)
                 .status,
        404);
    // Route constraints: not a number, not a GUID → a bare 404.
    const auto notNumber = app.sandbox.get(u"brg/aarsregnskap/instances/abc/"_s + guid, app.token);
    QCOMPARE(notNumber.status, 404);
    QVERIFY(notNumber.body.isEmpty());
    QCOMPARE(app.sandbox.get(u"brg/aarsregnskap/instances/1310904473/not-a-guid"_s, app.token).status, 404);
    // Without a token: 401.
    QCOMPARE(app.sandbox.get(u"brg/aarsregnskap/instances/"_s + id).status, 401);
}

void TestSandboxAltinnApp::missingRightIsAForbiddenThatNamesIt()
{
    AppFixture app;
    app.sandbox.context().state.systemUsers[UserId].rights = {
        Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)};
    const auto reply = app.sandbox.post(CreatePath, ownerBody(Customer), app.token);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"status"_s).toInt(), 403);
    QCOMPARE(problem.value(u"title"_s).toString(), u"Forbidden"_s);
    QCOMPARE(problem.value(u"reason"_s).toString(), u"missingRight"_s);
    QCOMPARE(problem.value(u"missingRight"_s).toString(), App);
    QCOMPARE(problem.value(u"action"_s).toString(), u"instantiate"_s);
    QCOMPARE(problem.value(u"systemUserId"_s).toString(), UserId);
    QCOMPARE(problem.value(u"systemUserOwner"_s).toString(), Customer);
    QCOMPARE(problem.value(u"instanceOwner"_s).toString(), Customer);
    const QString detail = problem.value(u"detail"_s).toString();
    QVERIFY2(detail.contains(App) && detail.contains(UserId) && detail.contains(Customer)
            && detail.contains(u"change request"_s),
        qPrintable(detail));
    QVERIFY(app.sandbox.context().state.appInstances.isEmpty());
}

void TestSandboxAltinnApp::actionOfTheRightCounts()
{
    AppFixture app;
    Altinn::Right readOnly = Altinn::Right::forResource(App);
    readOnly.action = u"read"_s;
    app.sandbox.context().state.systemUsers[UserId].rights = {readOnly};
    const auto refused = app.sandbox.post(CreatePath, ownerBody(Customer), app.token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.object().value(u"missingRight"_s).toString(), App);

    Altinn::Right instantiateOnly = Altinn::Right::forResource(App);
    instantiateOnly.action = u"Instantiate"_s;
    app.sandbox.context().state.systemUsers[UserId].rights = {instantiateOnly};
    const QString id =
        app.sandbox.post(CreatePath, ownerBody(Customer), app.token).object().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const auto read = app.sandbox.get(u"brg/aarsregnskap/instances/"_s + id, app.token);
    QCOMPARE(read.status, 403);
    QCOMPARE(read.object().value(u"action"_s).toString(), u"read"_s);
}

void TestSandboxAltinnApp::olderOrgAppPairGrantsToo()
{
    AppFixture app;
    Altinn::Right pairs;
    pairs.resource = {{u"urn:altinn:org"_s, u"brg"_s}, {u"urn:altinn:app"_s, u"aarsregnskap"_s}};
    app.sandbox.context().state.systemUsers[UserId].rights = {pairs};
    QCOMPARE(app.sandbox.post(CreatePath, ownerBody(Customer), app.token).status, 201);
}

void TestSandboxAltinnApp::withoutValidTokenIsUnauthorized()
{
    AppFixture app;
    const auto none = app.sandbox.post(CreatePath, ownerBody(Customer));
    QCOMPARE(none.status, 401);
    QVERIFY(none.body.isEmpty());
    QCOMPARE(app.sandbox.post(CreatePath, ownerBody(Customer), "not.a.token").status, 401);
    // Signed by another key: not the sandbox's issuer.
    TokenAuthority stranger(app.sandbox.baseUrl().toString());
    const qint64 now = app.sandbox.context().clock.now().toSecsSinceEpoch();
    const QByteArray forged = stranger.sign(QJsonObject{{u"iat"_s, now}, {u"exp"_s, now + 60}});
    QCOMPARE(app.sandbox.post(CreatePath, ownerBody(Customer), forged).status, 401);
    // Expired: 120 s plus the skew later.
    app.sandbox.context().clock.setOffsetSeconds(200);
    QCOMPARE(app.sandbox.post(CreatePath, ownerBody(Customer), app.token).status, 401);
    QVERIFY(app.sandbox.context().state.appInstances.isEmpty());
}

void TestSandboxAltinnApp::exchangedTokenIsAccepted()
{
    AppFixture app;
    const auto exchanged = app.sandbox.get(u"authentication/api/v1/exchange/maskinporten"_s, app.token);
    QCOMPARE(exchanged.status, 200);
    const QByteArray altinnToken = exchanged.body.trimmed();
    QVERIFY(altinnToken != app.token);
    const auto created = app.sandbox.post(CreatePath, ownerBody(Customer), altinnToken);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"createdBy"_s).toString(), UserId);
    QCOMPARE(
        app.sandbox
            .get(u"brg/aarsregnskap/instances/"_s + created.object().value(u"id"_s).toString(), altinnToken)
            .status,
        200);
}

void TestSandboxAltinnApp::vendorTokenIsRefused()
{
    AppFixture app;
    // The vendor's own token (and its exchanged form) names no system user.
    const QByteArray vendor = app.sandbox.vendorToken();
    const auto reply = app.sandbox.post(CreatePath, ownerBody(Customer), vendor);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object().value(u"reason"_s).toString(), u"notSystemUser"_s);
    QVERIFY(reply.object().value(u"detail"_s).toString().contains(u"not a system user token"_s));
    const QByteArray exchanged =
        app.sandbox.get(u"authentication/api/v1/exchange/maskinporten"_s, vendor).body;
    QCOMPARE(app.sandbox.post(CreatePath, ownerBody(Customer), exchanged).status, 403);
    QVERIFY(app.sandbox.context().state.appInstances.isEmpty());
}

void TestSandboxAltinnApp::deletedSystemUserIsRefused()
{
    AppFixture app;
    app.sandbox.context().state.systemUsers[UserId].isDeleted = true;
    const auto reply = app.sandbox.post(CreatePath, ownerBody(Customer), app.token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object().value(u"reason"_s).toString(), u"systemUserNotFound"_s);
    QCOMPARE(reply.object().value(u"systemUserId"_s).toString(), UserId);
    QVERIFY(reply.object().value(u"detail"_s).toString().contains(u"deleted"_s));
    // A token for a system user the sandbox never had is refused the same way.
    const QByteArray unknown =
        systemUserToken(app.sandbox.context(), QUuid::createUuid().toString(QUuid::WithoutBraces), Customer);
    QCOMPARE(
        app.sandbox.post(CreatePath, ownerBody(Customer), unknown).object().value(u"reason"_s).toString(),
        u"systemUserNotFound"_s);
}

void TestSandboxAltinnApp::otherOwnerIsRefused()
{
    AppFixture app;
    const auto reply = app.sandbox.post(CreatePath, ownerBody(OtherCustomer), app.token);
    QCOMPARE(reply.status, 403);
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"reason"_s).toString(), u"otherOwner"_s);
    QCOMPARE(problem.value(u"systemUserOwner"_s).toString(), Customer);
    QCOMPARE(problem.value(u"instanceOwner"_s).toString(), OtherCustomer);

    // Reading an instance of another owner is refused before the instance is looked for.
    const QString id =
        app.sandbox.post(CreatePath, ownerBody(Customer), app.token).object().value(u"id"_s).toString();
    const QString otherUser = u"5b1c0f4e-2a3d-4c7b-8e9f-1a2b3c4d5e6f"_s;
    addSystemUser(app.sandbox.context(), otherUser, OtherCustomer, {Altinn::Right::forResource(App)});
    const QByteArray otherToken = systemUserToken(app.sandbox.context(), otherUser, OtherCustomer);
    const auto read = app.sandbox.get(u"brg/aarsregnskap/instances/"_s + id, otherToken);
    QCOMPARE(read.status, 403);
    QCOMPARE(read.object().value(u"reason"_s).toString(), u"otherOwner"_s);
}

void TestSandboxAltinnApp::unknownAppIsNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("resource");
    QTest::newRow("no such resource") << u"brg/finnesikke/instances/create"_s << u"app_brg_finnesikke"_s;
    QTest::newRow("a migrated Altinn 2 service")
        << u"skd/a2-3906-141205/instances/create"_s << u"app_skd_a2-3906-141205"_s;
}

void TestSandboxAltinnApp::unknownAppIsNotFound()
{
    QFETCH(QString, path);
    QFETCH(QString, resource);
    AppFixture app;
    // Even without a token: there is no app to ask.
    for (const QByteArray &token : {app.token, QByteArray()}) {
        const auto reply = app.sandbox.post(path, ownerBody(Customer), token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(u"resource"_s).toString(), resource);
        const QString detail = reply.object().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(resource) && detail.contains(App), qPrintable(detail));
    }
}

void TestSandboxAltinnApp::bodyIsBoundLikeTheApp_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contains");
    QTest::newRow("no JSON content type")
        << QByteArray(R"({"instanceOwner":{"organisationNumber":"310904473"}})") << QByteArray("text/plain")
        << 415 << QString();
    QTest::newRow("empty body") << QByteArray() << QByteArray("application/json") << 400 << u"non-empty"_s;
    QTest::newRow("not JSON") << QByteArray("{\"instanceOwner\":") << QByteArray("application/json") << 400
                              << u"not valid JSON"_s;
    QTest::newRow("owner of the wrong type") << QByteArray(R"({"instanceOwner":"310904473"})")
                                             << QByteArray("application/json") << 400 << u"$.instanceOwner"_s;
    QTest::newRow("number where a string belongs")
        << QByteArray(R"({"instanceOwner":{"organisationNumber":310904473}})")
        << QByteArray("application/json") << 400 << u"$.instanceOwner.organisationNumber"_s;
    QTest::newRow("bad dueBefore") << QByteArray(
        R"({"instanceOwner":{"organisationNumber":"310904473"},"dueBefore":"tomorrow"})")
                                   << QByteArray("application/json") << 400 << u"$.dueBefore"_s;
    QTest::newRow("no owner") << QByteArray(R"({"prefill":{"a":"b"}})") << QByteArray("application/json")
                              << 400 << u"InstanceOwner is missing"_s;
    QTest::newRow("copy of an archived instance")
        << QByteArray(R"({"instanceOwner":{"organisationNumber":"310904473"},"sourceInstanceId":"1/2"})")
        << QByteArray("application/json") << 400 << u"copy"_s;
    QTest::newRow("organisation not in the register")
        << QByteArray(R"({"instanceOwner":{"organisationNumber":"123456785"}})")
        << QByteArray("application/json") << 404 << u"Cannot lookup party"_s;
    QTest::newRow("a person") << QByteArray(R"({"instanceOwner":{"personNumber":"01017012345"}})")
                              << QByteArray("application/json") << 404 << u"personNumber"_s;
    QTest::newRow("prefill and dates are accepted")
        << QByteArray(R"({"InstanceOwner":{"OrganisationNumber":"310904473"},"prefill":{"navn":"x"},)"
                      R"("dueBefore":"2030-01-01T00:00:00Z","visibleAfter":null})")
        << QByteArray("application/json; charset=utf-8") << 201 << u"2030-01-01T00:00:00.000Z"_s;
}

void TestSandboxAltinnApp::bodyIsBoundLikeTheApp()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, contains);
    AppFixture app;
    const auto reply = app.sandbox.send("POST", CreatePath, body, app.token, {{"Content-Type", contentType}});
    QCOMPARE(reply.status, status);
    QVERIFY2(QString::fromUtf8(reply.body).contains(contains), reply.body.constData());
    QCOMPARE(app.sandbox.context().state.appInstances.size(), status == 201 ? 1 : 0);
}

void TestSandboxAltinnApp::ownerByPartyId()
{
    AppFixture app;
    for (const QJsonValue &partyId : {QJsonValue(u"1310904473"_s), QJsonValue(1310904473)}) {
        const auto reply = app.sandbox.post(
            CreatePath, QJsonObject{{u"instanceOwner"_s, QJsonObject{{u"partyId"_s, partyId}}}}, app.token);
        QCOMPARE(reply.status, 201);
        QCOMPARE(
            reply.object().value(u"instanceOwner"_s).toObject().value(u"organizationNumber"_s).toString(),
            Customer);
    }
    const auto unknown = app.sandbox.post(
        CreatePath, QJsonObject{{u"instanceOwner"_s, QJsonObject{{u"partyId"_s, u"50001234"_s}}}}, app.token);
    QCOMPARE(unknown.status, 404);
}

void TestSandboxAltinnApp::partyIdsAreStable()
{
    QCOMPARE(AppApi::partyIdOf(Customer), std::optional<qint64>(1310904473));
    QCOMPARE(AppApi::orgNoOfPartyId(1310904473), std::optional<QString>(Customer));
    QCOMPARE(AppApi::partyIdOf(u"350000003"_s), std::optional<qint64>(1350000003));
    QVERIFY(!AppApi::partyIdOf(u"12345"_s));
    QVERIFY(!AppApi::partyIdOf(u"31090447x"_s));
    QVERIFY(!AppApi::partyIdOf(u"010904473"_s));
    QVERIFY(!AppApi::orgNoOfPartyId(50001234));
    QVERIFY(!AppApi::orgNoOfPartyId(2100000000));
}

void TestSandboxAltinnApp::instancesAreSavedWithTheState()
{
    AppFixture app;
    QCOMPARE(app.sandbox
                 .post(CreatePath,
                     QJsonObject{{u"instanceOwner"_s, QJsonObject{{u"organisationNumber"_s, Customer}}},
                         {u"dueBefore"_s, u"2030-06-01T12:00:00Z"_s}},
                     app.token)
                 .status,
        201);
    const SandboxState &state = app.sandbox.context().state;
    QString error;
    const auto loaded = SandboxState::fromJson(state.toJson(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->appInstances.size(), 1);
    const SandboxAppInstance before = state.appInstances.first();
    const SandboxAppInstance after = loaded->appInstances.first();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.org, u"brg"_s);
    QCOMPARE(after.app, u"aarsregnskap"_s);
    QCOMPARE(after.ownerOrgNo, Customer);
    QCOMPARE(after.createdBy, UserId);
    QCOMPARE(after.created, before.created);
    QCOMPARE(after.dueBefore, QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(!after.visibleAfter.isValid());

    // Checked like the rest of a state file: a member of the wrong type names itself.
    QJsonObject json = state.toJson();
    QJsonArray instances = json.value(u"appInstances"_s).toArray();
    QJsonObject first = instances.first().toObject();
    first.insert(u"org"_s, 5);
    instances.replace(0, first);
    json.insert(u"appInstances"_s, instances);
    QVERIFY(!SandboxState::fromJson(json, &error));
    QVERIFY2(error.startsWith(u"appInstances[0].org: expected a non-empty string"_s), qPrintable(error));
    json.insert(u"appInstances"_s, u"none"_s);
    QVERIFY(!SandboxState::fromJson(json, &error));
    QVERIFY2(error.startsWith(u"appInstances: expected an array"_s), qPrintable(error));

    // A reset forgets them.
    QCOMPARE(app.sandbox.post(u"sandbox/reset"_s, QJsonObject{}).status, 200);
    QVERIFY(app.sandbox.context().state.appInstances.isEmpty());
}

void TestSandboxAltinnApp::otherRoutesAreNotShadowed()
{
    AppFixture app;
    // Four segments with more literals win: the control API's approve still answers for itself.
    const auto approve = app.sandbox.post(
        u"sandbox/requests/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/approve"_s,
        QJsonObject{});
    QCOMPARE(approve.status, 404);
    QCOMPARE(approve.code(), u"AUTH-00010"_s);
    QCOMPARE(app.sandbox.get(u"sandbox/health"_s).status, 200);
    QCOMPARE(app.sandbox
                 .get(u"authentication/api/v1/systemregister/vendor/"_s + SystemId, app.sandbox.vendorToken())
                 .status,
        200);
    // The app path with another method: 405, as ASP.NET answers a route without that verb.
    QCOMPARE(app.sandbox.get(CreatePath, app.token).status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxAltinnApp)
#include "TestSandboxAltinnApp.moc"
