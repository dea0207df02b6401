#include "SandboxHarness.h"
#include "model/JsonObjectReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The control API (/sandbox/…): health, state, reset, decisions, time travel, settings, organisations.
class TestSandboxControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthNeedsNoToken();
    void stateDumpShowsEverything();
    void resetForgetsStateAndClockButKeepsSettings();
    void approveStandardRequest();
    void rejectAgentRequest();
    void approveChangeRequest();
    void unknownRequestIs404();
    void clockAdvanceRejectsBadDays_data();
    void clockAdvanceRejectsBadDays();
    void clockAdvanceTimesRequestsOut();
    void settingsRoundTrip();
    void settingsRejectBadInput_data();
    void settingsRejectBadInput();
    void problemShapeV4AppliesToAnswers();
    void changesAreSavedToTheStateFile();
    void organisationsListTheRegister();
};

namespace {

const QString SystemId = u"991825827_crm"_s;
const QString Customer = u"310904473"_s;
const QString Resource = u"ske-krav-og-betalinger"_s;
const QString Package = u"urn:altinn:accesspackage:skatt-naering"_s;
const QString ClientPackage = u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;

void addSystem(SandboxContext &context)
{
    SandboxHarness::seedSystem(context, SystemId, SandboxHarness::VendorOrg,
        QList<Altinn::Right>{Altinn::Right::forResource(Resource)},
        QList<Altinn::AccessPackageRef>{{Package}, {ClientPackage}});
}

SandboxRequestRecord addRequest(
    SandboxContext &context, Altinn::RequestKind kind = Altinn::RequestKind::Standard)
{
    addSystem(context);
    SandboxRequestRecord request;
    request.id = SandboxContext::newGuid();
    request.kind = kind;
    request.systemId = SystemId;
    request.partyOrgNo = kind == Altinn::RequestKind::Agent ? u"314250052"_s : Customer;
    request.externalRef = request.partyOrgNo;
    request.integrationTitle = u"Kunderegister"_s;
    if (kind == Altinn::RequestKind::Standard)
        request.rights = {Altinn::Right::forResource(Resource)};
    request.accessPackages = {{kind == Altinn::RequestKind::Agent ? ClientPackage : Package}};
    request.created = context.clock.now();
    context.state.requests.insert(request.id, request);
    return request;
}

SandboxChangeRequestRecord addChangeRequest(SandboxContext &context)
{
    addSystem(context);
    SandboxSystemUserRecord user;
    user.id = SandboxContext::newGuid();
    user.systemId = SystemId;
    user.partyOrgNo = Customer;
    user.externalRef = Customer;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.created = context.clock.now();
    context.state.systemUsers.insert(user.id, user);

    SandboxChangeRequestRecord change;
    change.id = SandboxContext::newGuid();
    change.systemUserId = user.id;
    change.systemId = SystemId;
    change.partyOrgNo = Customer;
    change.externalRef = Customer;
    change.change.requiredRights = {Altinn::Right::forResource(Resource)};
    change.created = context.clock.now();
    context.state.changeRequests.insert(change.id, change);
    return change;
}

void verifyJson(const SandboxHarness::Reply &reply)
{
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
}

} // namespace

void TestSandboxControl::healthNeedsNoToken()
{
    SandboxHarness sandbox;
    const auto reply = sandbox.get(u"sandbox/health"_s);
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"ok"_s);
    QVERIFY(reply.object().value(u"version"_s).isString());
    QVERIFY(!reply.object().value(u"version"_s).toString().isEmpty());
    QCOMPARE(reply.object().value(u"baseUrl"_s).toString(), sandbox.baseUrl().toString());
    QCOMPARE(sandbox.post(u"sandbox/health"_s, QJsonObject()).status, 405);
}

void TestSandboxControl::stateDumpShowsEverything()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const SandboxChangeRequestRecord change = addChangeRequest(sandbox.context());
    sandbox.context().clock.advanceDays(3);

    const auto reply = sandbox.get(u"sandbox/state"_s);
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    const QJsonObject object = reply.object();
    const QJsonObject state = object.value(u"state"_s).toObject();
    QCOMPARE(state, sandbox.context().state.toJson());
    QCOMPARE(state.value(u"requests"_s).toArray().first().toObject().value(u"id"_s).toString(), request.id);
    QCOMPARE(
        state.value(u"changeRequests"_s).toArray().first().toObject().value(u"id"_s).toString(), change.id);
    QCOMPARE(state.value(u"systems"_s).toArray().size(), 1);
    QCOMPARE(object.value(u"clockOffsetSeconds"_s).toInteger(), qint64(3) * 24 * 3600);
    QCOMPARE(object.value(u"settings"_s).toObject(), sandbox.context().settings.toJson());
    const QDateTime now = Altinn::parseDateTime(object.value(u"now"_s).toString());
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc().addDays(3))) < 60);
}

void TestSandboxControl::resetForgetsStateAndClockButKeepsSettings()
{
    SandboxHarness sandbox;
    addRequest(sandbox.context());
    addChangeRequest(sandbox.context());
    sandbox.context().clock.advanceDays(10);
    QVERIFY(sandbox.context().settings.apply({{u"problemShape"_s, u"v4"_s}}));

    const auto reply = sandbox.post(u"sandbox/reset"_s, QJsonObject());
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"ok"_s);
    const SandboxState &state = sandbox.context().state;
    QVERIFY(state.systems.isEmpty());
    QVERIFY(state.requests.isEmpty());
    QVERIFY(state.changeRequests.isEmpty());
    QVERIFY(state.systemUsers.isEmpty());
    QCOMPARE(sandbox.context().clock.offsetSeconds(), 0);
    QCOMPARE(
        sandbox.get(u"sandbox/state"_s).object().value(u"state"_s).toObject().value(u"requests"_s).toArray(),
        QJsonArray());
    QCOMPARE(sandbox.get(u"sandbox/settings"_s).object().value(u"problemShape"_s).toString(), u"v4"_s);
}

void TestSandboxControl::approveStandardRequest()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    // Any GUID spelling finds the request.
    const auto reply =
        sandbox.post(u"sandbox/requests/"_s + request.id.toUpper() + u"/approve"_s, QJsonObject());
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    const QJsonObject object = reply.object();
    QCOMPARE(object.value(u"id"_s).toString(), request.id);
    QCOMPARE(object.value(u"status"_s).toString(), u"Accepted"_s);
    QCOMPARE(object.value(u"systemId"_s).toString(), SystemId);
    QVERIFY(object.contains(u"rights"_s));
    QCOMPARE(object.value(u"confirmUrl"_s).toString(),
        sandbox.context().requestConfirmUrl(Altinn::RequestKind::Standard, request.id));
    QCOMPARE(object.value(u"timedOut"_s).toBool(true), false);
    QVERIFY(sandbox.context().state.systemUsers.contains(request.id));

    for (const QString &decision : {u"approve"_s, u"reject"_s}) {
        const auto again = sandbox.post(u"sandbox/requests/"_s + request.id + u'/' + decision, QJsonObject());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"AUTH-00013"_s);
    }
    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::Accepted);
}

void TestSandboxControl::rejectAgentRequest()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context(), Altinn::RequestKind::Agent);
    const auto reply = sandbox.post(u"sandbox/requests/"_s + request.id + u"/reject"_s, QJsonObject());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"Rejected"_s);
    QVERIFY(!reply.object().contains(u"rights"_s)); // the agent response has no rights member
    QVERIFY(reply.object().value(u"confirmUrl"_s).toString().contains(u"/systemuser/agentrequest?id="_s));
    QVERIFY(sandbox.context().state.systemUsers.isEmpty());
    QCOMPARE(sandbox.post(u"sandbox/requests/"_s + request.id + u"/approve"_s, QJsonObject()).status, 409);
}

void TestSandboxControl::approveChangeRequest()
{
    SandboxHarness sandbox;
    const SandboxChangeRequestRecord change = addChangeRequest(sandbox.context());
    const auto reply = sandbox.post(u"sandbox/requests/"_s + change.id + u"/approve"_s, QJsonObject());
    QCOMPARE(reply.status, 200);
    const QJsonObject object = reply.object();
    QCOMPARE(object.value(u"id"_s).toString(), change.id);
    QCOMPARE(object.value(u"systemUserId"_s).toString(), change.systemUserId);
    QCOMPARE(object.value(u"status"_s).toString(), u"Accepted"_s);
    QVERIFY(object.value(u"confirmUrl"_s).toString().contains(u"/systemuser/changerequest?id="_s));
    QCOMPARE(sandbox.context().state.systemUsers.value(change.systemUserId).rights,
        QList<Altinn::Right>{Altinn::Right::forResource(Resource)});
    QCOMPARE(sandbox.post(u"sandbox/requests/"_s + change.id + u"/reject"_s, QJsonObject()).code(),
        u"AUTH-00013"_s);
}

void TestSandboxControl::unknownRequestIs404()
{
    SandboxHarness sandbox;
    for (const QString &id : {SandboxContext::newGuid(), u"not-a-guid"_s}) {
        const auto reply = sandbox.post(u"sandbox/requests/"_s + id + u"/approve"_s, QJsonObject());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), u"AUTH-00010"_s);
    }
    // A deleted request is gone.
    SandboxRequestRecord request = addRequest(sandbox.context());
    sandbox.context().state.requests[request.id].isDeleted = true;
    QCOMPARE(sandbox.post(u"sandbox/requests/"_s + request.id + u"/reject"_s, QJsonObject()).status, 404);
}

void TestSandboxControl::clockAdvanceRejectsBadDays_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("missing") << QString();
    QTest::newRow("empty") << u"?days="_s;
    QTest::newRow("not a number") << u"?days=abc"_s;
    QTest::newRow("zero") << u"?days=0"_s;
    QTest::newRow("negative") << u"?days=-1"_s;
    QTest::newRow("fraction") << u"?days=1.5"_s;
    QTest::newRow("too many") << u"?days=3651"_s;
    QTest::newRow("huge") << u"?days=99999999999"_s;
}

void TestSandboxControl::clockAdvanceRejectsBadDays()
{
    QFETCH(QString, query);
    SandboxHarness sandbox;
    const auto reply = sandbox.post(u"sandbox/clock/advance"_s + query, QJsonObject());
    QCOMPARE(reply.status, 400);
    verifyJson(reply);
    QVERIFY(reply.object()
                .value(u"error"_s)
                .toString()
                .contains(u"days must be a whole number from 1 to 3650"_s));
    QCOMPARE(sandbox.context().clock.offsetSeconds(), 0);
}

void TestSandboxControl::clockAdvanceTimesRequestsOut()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const QString requestPath = u"authentication/api/v1/systemuser/request/vendor/"_s + request.id;
    QCOMPARE(
        sandbox.get(requestPath, sandbox.vendorToken()).object().value(u"timedOut"_s).toBool(true), false);

    auto reply = sandbox.post(u"sandbox/clock/advance?days=180"_s, QJsonObject());
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    const QDateTime now = Altinn::parseDateTime(reply.object().value(u"now"_s).toString());
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc().addDays(180))) < 60);
    QCOMPARE(reply.object().value(u"clockOffsetSeconds"_s).toInteger(), qint64(180) * 24 * 3600);

    QCOMPARE(sandbox.post(u"sandbox/clock/advance?days=1"_s, QJsonObject()).status, 200);
    // Tokens are checked against the sandbox clock: mint after travelling.
    const auto timedOut = sandbox.get(requestPath, sandbox.vendorToken());
    QCOMPARE(timedOut.status, 200);
    QCOMPARE(timedOut.object().value(u"timedOut"_s).toBool(), true);
    QCOMPARE(timedOut.object().value(u"status"_s).toString(), u"New"_s); // the status itself stays
    QCOMPARE(sandbox.get(u"sandbox/state"_s).object().value(u"clockOffsetSeconds"_s).toInteger(),
        qint64(181) * 24 * 3600);
}

void TestSandboxControl::settingsRoundTrip()
{
    SandboxHarness sandbox;
    auto reply = sandbox.get(u"sandbox/settings"_s);
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    QCOMPARE(reply.object(), SandboxSettings().toJson());
    QCOMPARE(reply.object().value(u"problemShape"_s).toString(), u"v5"_s);
    QCOMPARE(reply.object().value(u"pageSize"_s).toInt(), 50);
    for (const QString &name : SandboxSettings::quirkNames())
        QVERIFY2(reply.object().value(name).isBool(), qPrintable(name));

    const QJsonObject change{{u"problemShape"_s, u"v4"_s}, {u"pageSize"_s, 10},
        {u"changeRequestListIgnoresToken"_s, true}, {u"repeatedRequestReturnsExisting"_s, false}};
    reply = sandbox.put(u"sandbox/settings"_s, change);
    QCOMPARE(reply.status, 200);
    for (auto it = change.constBegin(); it != change.constEnd(); ++it)
        QCOMPARE(reply.object().value(it.key()), it.value());
    QCOMPARE(reply.object().value(u"requestDeleteSkipsOwnershipCheck"_s).toBool(), true); // untouched
    QCOMPARE(sandbox.get(u"sandbox/settings"_s).object(), reply.object());
    QCOMPARE(sandbox.context().settings.pageSize, 10);
    QVERIFY(!sandbox.context().settings.repeatedRequestReturnsExisting);

    // Pages up to 1500; the clock of grants; the announced change after a rejection.
    QCOMPARE(reply.object().value(u"maskinportenClock"_s).toString(), u"real"_s);
    QCOMPARE(reply.object().value(u"requestAfterRejectionCreatesNew"_s), QJsonValue(false));
    reply = sandbox.put(u"sandbox/settings"_s,
        QJsonObject{{u"pageSize"_s, 1500}, {u"maskinportenClock"_s, u"sandbox"_s},
            {u"requestAfterRejectionCreatesNew"_s, true}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"pageSize"_s).toInt(), 1500);
    QCOMPARE(reply.object().value(u"maskinportenClock"_s).toString(), u"sandbox"_s);
    QVERIFY(sandbox.context().settings.requestAfterRejectionCreatesNew);
    QCOMPARE(sandbox.context().settings.maskinportenClock, SandboxSettings::MaskinportenClock::Sandbox);
}

void TestSandboxControl::settingsRejectBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown setting") << QByteArray(R"({"noSuchQuirk": true})") << u"noSuchQuirk"_s;
    QTest::newRow("quirk not a bool") << QByteArray(R"({"changeRequestListIgnoresToken": "yes"})")
                                      << u"changeRequestListIgnoresToken must be true or false"_s;
    QTest::newRow("bad problem shape") << QByteArray(R"({"problemShape": "v6"})") << u"problemShape"_s;
    QTest::newRow("page size 0") << QByteArray(R"({"pageSize": 0})") << u"pageSize"_s;
    QTest::newRow("page size 1501") << QByteArray(R"({"pageSize": 1501})") << u"from 1 to 1500"_s;
    QTest::newRow("bad Maskinporten clock")
        << QByteArray(R"({"maskinportenClock": true})") << u"maskinportenClock"_s;
    QTest::newRow("not JSON") << QByteArray("pageSize=5") << u"JSON object"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    // One bad member rejects the whole update.
    QTest::newRow("partly bad") << QByteArray(R"({"problemShape": "v4", "pageSize": -3})") << u"pageSize"_s;
}

void TestSandboxControl::settingsRejectBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    SandboxHarness sandbox;
    const auto reply =
        sandbox.send("PUT", u"sandbox/settings"_s, body, {}, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    verifyJson(reply);
    const QString error = reply.object().value(u"error"_s).toString();
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(sandbox.get(u"sandbox/settings"_s).object(), SandboxSettings().toJson());
}

void TestSandboxControl::problemShapeV4AppliesToAnswers()
{
    SandboxHarness sandbox;
    const QString unknown = u"sandbox/requests/"_s + SandboxContext::newGuid() + u"/approve"_s;
    auto reply = sandbox.post(unknown, QJsonObject());
    QCOMPARE(reply.object().value(u"type"_s).toString(), u"urn:altinn:error:AUTH-00010"_s);
    QVERIFY(!reply.object().contains(u"detail"_s));

    QCOMPARE(sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"problemShape"_s, u"v4"_s}}).status, 200);
    reply = sandbox.post(unknown, QJsonObject());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), u"AUTH-00010"_s);
    QCOMPARE(reply.object().value(u"title"_s).toString(), u"Not Found"_s);
    QCOMPARE(
        reply.object().value(u"detail"_s).toString(), u"The Id does not refer to a Request in our system."_s);
    // The vendor API answers in the same shape.
    reply =
        sandbox.get(u"authentication/api/v1/systemuser/changerequest/vendor/"_s + SandboxContext::newGuid(),
            sandbox.vendorToken());
    QCOMPARE(reply.code(), u"AUTH-00010"_s);
    QCOMPARE(
        reply.object().value(u"detail"_s).toString(), u"The Id does not refer to a Request in our system."_s);
}

void TestSandboxControl::changesAreSavedToTheStateFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    SandboxHarness sandbox;
    QVERIFY(sandbox.server().setStateFile(path));
    const SandboxRequestRecord request = addRequest(sandbox.context());
    sandbox.context().stateChanged();

    QCOMPARE(sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"pageSize"_s, 7}}).status, 200);
    QCOMPARE(sandbox.post(u"sandbox/clock/advance?days=5"_s, QJsonObject()).status, 200);
    QCOMPARE(sandbox.post(u"sandbox/requests/"_s + request.id + u"/approve"_s, QJsonObject()).status, 200);

    const auto load = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    };
    // Saves run off the request path (docs/sandbox.md#scale); flushState() is the sync point.
    QVERIFY(sandbox.server().flushState());
    QJsonObject saved = load();
    QCOMPARE(saved.value(u"settings"_s).toObject().value(u"pageSize"_s).toInt(), 7);
    QCOMPARE(saved.value(u"clockOffsetSeconds"_s).toInteger(), qint64(5) * 24 * 3600);
    QCOMPARE(saved.value(u"state"_s).toObject().value(u"systemUsers"_s).toArray().size(), 1);

    QCOMPARE(sandbox.post(u"sandbox/reset"_s, QJsonObject()).status, 200);
    saved = load();
    QCOMPARE(saved.value(u"state"_s).toObject().value(u"requests"_s).toArray().size(), 0);
    QCOMPARE(saved.value(u"clockOffsetSeconds"_s).toInteger(), 0);
}

void TestSandboxControl::organisationsListTheRegister()
{
    SandboxHarness sandbox;
    const auto reply = sandbox.get(u"sandbox/organisations"_s);
    QCOMPARE(reply.status, 200);
    verifyJson(reply);
    const QJsonArray organisations = reply.array();
    QCOMPARE(organisations, sandbox.context().catalogue.organisations());
    QStringList numbers;
    for (const QJsonValue &value : organisations)
        numbers.append(value.toObject().value(u"orgNo"_s).toString());
    QVERIFY(numbers.contains(Customer));
    QVERIFY(numbers.contains(u"314250052"_s));
    QVERIFY(numbers.contains(SandboxHarness::VendorOrg));
    QVERIFY(!numbers.contains(u"123456785"_s));
    const auto customer = std::find_if(organisations.begin(), organisations.end(),
        [](const QJsonValue &value) { return value.toObject().value(u"orgNo"_s).toString() == Customer; });
    QCOMPARE(customer->toObject().value(u"name"_s).toString(), u"TILFELDIG SUBTIL APE"_s);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "TestSandboxControl.moc"
