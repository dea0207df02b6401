#include "SandboxHarness.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxHost.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The pieces every endpoint relies on: routing, bearer-token checks, settings, state file.
class TestSandboxFramework final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackOnly();
    void routerPrefersLiteralSegmentsAndDecodesParameters();
    void routerAnswers404And405();
    void tokenAuthorityAcceptsOnlyItsOwnFreshTokens();
    void authorizeChecksTokenThenScope();
    void settingsRejectUnknownOrBadValues();
    void stateFileIsWrittenAndReloaded();
    void stateFileOfTheWrongShapeIsRefusedAndKept_data();
    void stateFileOfTheWrongShapeIsRefusedAndKept();
    void stateAsTheControlApiShowsItLoads();
    void hostExplainsAStateFileItCannotUse();
    void requestLogShowsThePathAsSent();
    void requestBodiesNeedTheirResourceLists();
};

void TestSandboxFramework::listensOnLoopbackOnly()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isListening());
    QCOMPARE(sandbox.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(sandbox.baseUrl().port() > 0);
    QVERIFY(sandbox.baseUrl().toString().endsWith(u'/'));
    QCOMPARE(sandbox.context().tokens.issuer(), sandbox.baseUrl().toString());
}

void TestSandboxFramework::routerPrefersLiteralSegmentsAndDecodesParameters()
{
    Router router;
    router.add("GET", u"/a/vendor/{id}"_s, [](const SandboxRequest &request) {
        return SandboxResponse::text(200, u"param:"_s + request.parameter(u"id"_s));
    });
    router.add("GET", u"/a/vendor/agent"_s,
        [](const SandboxRequest &) { return SandboxResponse::text(200, u"literal"_s); });

    SandboxRequest request;
    request.method = "GET";
    request.path = u"/a/VENDOR/agent"_s;
    QCOMPARE(router.dispatch(request).body, QByteArray("literal"));
    request.path = u"/a/vendor/x%2Fy%20z"_s;
    QCOMPARE(router.dispatch(request).body, QByteArray("param:x/y z"));
}

void TestSandboxFramework::routerAnswers404And405()
{
    SandboxHarness sandbox;
    Router router;
    router.add("GET", u"/only/get"_s, [](const SandboxRequest &) { return SandboxResponse::empty(200); });
    SandboxRequest request;
    request.method = "POST";
    request.path = u"/only/get"_s;
    QCOMPARE(router.dispatch(request).status, 405);
    QCOMPARE(router.dispatch(request).header("Allow"), QByteArray("GET"));
    request.path = u"/nowhere"_s;
    QCOMPARE(router.dispatch(request).status, 404);
    QVERIFY(router.dispatch(request).header("Allow").isEmpty());
    QCOMPARE(sandbox.get(u"no/such/path"_s).status, 404);

    // Like ASP.NET: every method of the routes that match the path (parameter routes too), sorted, once.
    router.add("PUT", u"/items/{id}"_s, [](const SandboxRequest &) { return SandboxResponse::empty(200); });
    router.add(
        "DELETE", u"/items/{id}"_s, [](const SandboxRequest &) { return SandboxResponse::empty(202); });
    router.add("GET", u"/items/{id}"_s, [](const SandboxRequest &) { return SandboxResponse::empty(200); });
    router.add(
        "POST", u"/items/special"_s, [](const SandboxRequest &) { return SandboxResponse::empty(201); });
    router.add(
        "GET", u"/items/special"_s, [](const SandboxRequest &) { return SandboxResponse::empty(200); });
    request.method = "PATCH";
    request.path = u"/items/special"_s;
    QCOMPARE(router.dispatch(request).status, 405);
    QCOMPARE(router.dispatch(request).header("Allow"), QByteArray("DELETE, GET, POST, PUT"));
    request.method = "PUT";
    QCOMPARE(router.dispatch(request).status, 200);

    // Over HTTP, on a real route: the system register's one system has GET, PUT and DELETE.
    const auto reply = sandbox.send("PATCH", u"authentication/api/v1/systemregister/vendor/991825827_x"_s);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), QByteArray("DELETE, GET, PUT"));
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(sandbox.post(u"sandbox/health"_s, QJsonObject()).header("Allow"), QByteArray("GET"));
}

void TestSandboxFramework::tokenAuthorityAcceptsOnlyItsOwnFreshTokens()
{
    SandboxHarness sandbox;
    const TokenAuthority &tokens = sandbox.context().tokens;
    const QDateTime now = sandbox.context().clock.now();
    const QByteArray token = tokens.mintVendorToken(SandboxHarness::VendorOrg, {u"a"_s}, now);
    const auto claims = tokens.verify(token, now);
    QVERIFY(claims);
    QCOMPARE(claims->value(u"consumer"_s).toObject().value(u"ID"_s).toString(), u"0192:991825827"_s);

    QVERIFY(!tokens.verify(token, now.addSecs(120 + 11))); // expired beyond the 10 s skew
    QVERIFY(tokens.verify(token, now.addSecs(120 + 9))); // within the skew

    TokenAuthority stranger(tokens.issuer());
    QVERIFY(!tokens.verify(stranger.mintVendorToken(SandboxHarness::VendorOrg, {u"a"_s}, now), now));

    QByteArray tampered = token;
    tampered[tampered.indexOf('.') + 5] = tampered.at(tampered.indexOf('.') + 5) == 'A' ? 'B' : 'A';
    QVERIFY(!tokens.verify(tampered, now));
    QVERIFY(!tokens.verify("not.a.jwt", now));
}

void TestSandboxFramework::authorizeChecksTokenThenScope()
{
    SandboxHarness sandbox;
    SandboxRequest request;
    const QStringList needed{SandboxScopes::RequestRead};

    auto result = SandboxAuth::authorize(request, sandbox.context(), needed);
    QCOMPARE(std::get<SandboxResponse>(result).status, 401);
    QVERIFY(std::get<SandboxResponse>(result).body.isEmpty());

    request.headers.insert(
        "authorization", "Bearer " + sandbox.vendorToken(SandboxHarness::VendorOrg, {u"other"_s}));
    result = SandboxAuth::authorize(request, sandbox.context(), needed);
    QCOMPARE(std::get<SandboxResponse>(result).status, 403);
    QVERIFY(std::get<SandboxResponse>(result).body.isEmpty());

    request.headers.insert("authorization", "Bearer " + sandbox.vendorToken());
    result = SandboxAuth::authorize(request, sandbox.context(), needed);
    QVERIFY(std::holds_alternative<SandboxCaller>(result));
    QCOMPARE(std::get<SandboxCaller>(result).orgNo, SandboxHarness::VendorOrg);
}

void TestSandboxFramework::settingsRejectUnknownOrBadValues()
{
    SandboxSettings settings;
    QString error;
    QVERIFY(settings.apply(
        {{u"problemShape"_s, u"v4"_s}, {u"requestListSkipsItemAtPageBoundary"_s, true}}, &error));
    QCOMPARE(settings.problemShape, Altinn::ProblemDetails::Shape::V4);
    QVERIFY(settings.requestListSkipsItemAtPageBoundary);
    QVERIFY(!settings.apply({{u"noSuchQuirk"_s, true}}, &error));
    QVERIFY(error.contains(u"noSuchQuirk"_s));
    QVERIFY(!settings.apply({{u"problemShape"_s, u"v6"_s}}, &error));
    QCOMPARE(settings.problemShape, Altinn::ProblemDetails::Shape::V4); // unchanged after a rejected update
    QCOMPARE(settings.toJson().value(u"problemShape"_s).toString(), u"v4"_s);
    for (const QString &name : SandboxSettings::quirkNames())
        QVERIFY2(settings.toJson().contains(name), qPrintable(name));
}

void TestSandboxFramework::stateFileIsWrittenAndReloaded()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    {
        SandboxServer server;
        QVERIFY(server.setStateFile(path));
        SandboxRequestRecord request;
        request.id = SandboxContext::newGuid();
        request.systemId = u"991825827_demo"_s;
        request.partyOrgNo = u"310904473"_s;
        request.externalRef = u"kunde-1"_s;
        request.created = server.context().clock.now();
        server.context().state.requests.insert(request.id, request);
        server.context().clock.advanceDays(3);
        server.context().stateChanged();
    }
    SandboxServer reloaded;
    QVERIFY(reloaded.setStateFile(path));
    QCOMPARE(reloaded.context().state.requests.size(), 1);
    QCOMPARE(reloaded.context().state.requests.first().externalRef, u"kunde-1"_s);
    QCOMPARE(reloaded.context().clock.offsetSeconds(), qint64(3) * 24 * 3600);
}

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A state file holding @p state (members of the state object) and @p top (top-level members).
QByteArray stateFile(const QJsonObject &state, const QJsonObject &top = {})
{
    QJsonObject stateObject{{u"format"_s, 1}};
    for (auto it = state.constBegin(); it != state.constEnd(); ++it)
        stateObject.insert(it.key(), it.value());
    QJsonObject file = top;
    file.insert(u"state"_s, stateObject);
    return QJsonDocument(file).toJson();
}

const QString RequestId = u"505f8488-3d48-4c15-8e21-35cb9432f815"_s;

QJsonObject request(const QJsonObject &changes = {})
{
    QJsonObject record{{u"id"_s, RequestId}, {u"kind"_s, u"standard"_s}, {u"systemId"_s, u"991825827_demo"_s},
        {u"partyOrgNo"_s, u"310904473"_s}, {u"externalRef"_s, u"kunde-1"_s}, {u"status"_s, u"New"_s},
        {u"created"_s, u"2026-11-23T07:40:12.345Z"_s}, {u"rights"_s, QJsonArray()}};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

} // namespace

void TestSandboxFramework::stateFileOfTheWrongShapeIsRefusedAndKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart"); ///< which member, and what was expected there

    const auto withRequest = [](const QJsonObject &changes) {
        return stateFile({{u"requests"_s, QJsonArray{request(changes)}}});
    };
    QTest::newRow("an array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("broken JSON") << QByteArray("{\"state\": {") << u"JSON"_s;
    QTest::newRow("state a number") << QByteArray(R"({"state": 5})") << u"state: expected an object"_s;
    QTest::newRow("no state") << QByteArray(R"({"settings": {}})") << u"state: expected an object"_s;
    QTest::newRow("format 2") << stateFile({{u"format"_s, 2}}) << u"state.format"_s;
    QTest::newRow("requests a number")
        << stateFile({{u"requests"_s, 5}}) << u"state.requests: expected an array"_s;
    QTest::newRow("request a string")
        << stateFile({{u"requests"_s, QJsonArray{u"x"_s}}}) << u"state.requests[0]: expected an object"_s;
    QTest::newRow("request id a number") << withRequest({{u"id"_s, 5}}) << u"state.requests[0].id"_s;
    QTest::newRow("request id missing")
        << stateFile({{u"requests"_s, QJsonArray{QJsonObject()}}}) << u"state.requests[0].id"_s;
    QTest::newRow("unknown status") << withRequest({{u"status"_s, u"Maybe"_s}})
                                    << u"state.requests[0].status"_s;
    QTest::newRow("unknown kind") << withRequest({{u"kind"_s, u"robot"_s}}) << u"state.requests[0].kind"_s;
    QTest::newRow("created not a time")
        << withRequest({{u"created"_s, u"yesterday"_s}}) << u"state.requests[0].created"_s;
    QTest::newRow("rights an object")
        << withRequest({{u"rights"_s, QJsonObject()}}) << u"state.requests[0].rights"_s;
    QTest::newRow("attribute value a number") << withRequest({{u"rights"_s,
        QJsonArray{QJsonObject{{u"resource"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, 5}}}}}}}})
                                              << u"state.requests[0].rights[0].resource[0].value"_s;
    QTest::newRow("escalated a string")
        << withRequest({{u"escalated"_s, u"yes"_s}}) << u"state.requests[0].escalated"_s;
    QTest::newRow("system definition with rights a number") << stateFile({{u"systems"_s,
        QJsonArray{QJsonObject{{u"internalId"_s, RequestId},
            {u"definition"_s,
                QJsonObject{{u"id"_s, u"991825827_demo"_s},
                    {u"vendor"_s, QJsonObject{{u"ID"_s, u"0192:991825827"_s}}}, {u"name"_s, QJsonObject()},
                    {u"description"_s, QJsonObject()}, {u"rights"_s, 5}}}}}}})
                                                            << u"state.systems[0].definition"_s;
    QTest::newRow("change request lists of the wrong type")
        << stateFile({{u"changeRequests"_s,
               QJsonArray{
                   QJsonObject{{u"id"_s, RequestId}, {u"change"_s, QJsonObject{{u"requiredRights"_s, 5}}}}}}})
        << u"state.changeRequests[0].change.requiredRights"_s;
    QTest::newRow("system user sequence a string") << stateFile(
        {{u"systemUsers"_s, QJsonArray{QJsonObject{{u"id"_s, RequestId}, {u"sequence"_s, u"1"_s}}}}})
                                                   << u"state.systemUsers[0].sequence"_s;
    QTest::newRow("next sequence 1e308")
        << stateFile({{u"nextSystemUserSequence"_s, 1e308}}) << u"state.nextSystemUserSequence"_s;
    QTest::newRow("client scopes numbers") << stateFile({{u"maskinportenClients"_s,
        QJsonArray{QJsonObject{
            {u"clientId"_s, u"c1"_s}, {u"orgNo"_s, u"991825827"_s}, {u"scopes"_s, QJsonArray{1}}}}}})
                                           << u"state.maskinportenClients[0].scopes[0]"_s;
    QTest::newRow("client key without exp") << stateFile({{u"maskinportenClients"_s,
        QJsonArray{QJsonObject{{u"clientId"_s, u"c1"_s}, {u"orgNo"_s, u"991825827"_s},
            {u"keys"_s, QJsonArray{QJsonObject{{u"kty"_s, u"RSA"_s}, {u"kid"_s, u"k1"_s}}}}}}}})
                                            << u"state.maskinportenClients[0].keys[0].exp"_s;
    QTest::newRow("clock offset 1e308")
        << stateFile({}, {{u"clockOffsetSeconds"_s, 1e308}}) << u"clockOffsetSeconds"_s;
    QTest::newRow("clock offset a string")
        << stateFile({}, {{u"clockOffsetSeconds"_s, u"60"_s}}) << u"clockOffsetSeconds"_s;
    QTest::newRow("settings a number")
        << stateFile({}, {{u"settings"_s, 5}}) << u"settings: expected an object"_s;
    QTest::newRow("a bad setting") << stateFile({}, {{u"settings"_s, QJsonObject{{u"pageSize"_s, 0}}}})
                                   << u"settings: pageSize"_s;
}

void TestSandboxFramework::stateFileOfTheWrongShapeIsRefusedAndKept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    writeFile(path, content);

    SandboxServer server;
    QString error;
    QVERIFY(!server.setStateFile(path, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(!error.contains(u"no error occurred"_s), qPrintable(error));
    // Refused, not adopted: nothing was loaded, and the file is left for the user to repair.
    QVERIFY(server.context().state.requests.isEmpty());
    QCOMPARE(server.context().clock.offsetSeconds(), qint64(0));
    server.context().stateChanged();
    QCOMPARE(readFile(path), content);
}

void TestSandboxFramework::stateAsTheControlApiShowsItLoads()
{
    // docs/sandbox.md: a saved GET /sandbox/state (with its `now`) is a state file.
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    {
        SandboxHarness sandbox;
        writeFile(
            path, stateFile({{u"requests"_s, QJsonArray{request()}}}, {{u"clockOffsetSeconds"_s, 86400}}));
        QVERIFY(sandbox.server().setStateFile(path));
        QCOMPARE(sandbox.context().state.requests.value(RequestId).externalRef, u"kunde-1"_s);
        writeFile(path, sandbox.get(u"sandbox/state"_s).body);
    }
    SandboxServer reloaded;
    QString error;
    QVERIFY2(reloaded.setStateFile(path, &error), qPrintable(error));
    QCOMPARE(reloaded.context().state.requests.size(), 1);
    QCOMPARE(reloaded.context().clock.offsetSeconds(), qint64(86400));
}

void TestSandboxFramework::hostExplainsAStateFileItCannotUse()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    const QByteArray content = stateFile({{u"requests"_s, 5}});
    writeFile(path, content);
    SandboxHost host;
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(0, path);
    QVERIFY(failed.wait(5000));
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(
        reason.contains(path) && reason.contains(u"state.requests: expected an array"_s), qPrintable(reason));
    QVERIFY(!host.isRunning());
    host.stop();
    QCOMPARE(readFile(path), content);
}

void TestSandboxFramework::requestLogShowsThePathAsSent()
{
    SandboxHarness sandbox;
    QSignalSpy logged(&sandbox.server(), &SandboxServer::requestLogged);
    // Decoded, %0D%0A would end the line and start a forged one.
    QCOMPARE(sandbox.get(u"sandbox/health%0D%0AGET%20/sandbox/forged%20-%3E%20200%20(0%20ms)"_s).status, 404);
    QCOMPARE(logged.size(), 1);
    const QString line = logged.at(0).at(0).toString();
    QVERIFY2(line.startsWith(u"GET /sandbox/health%0D%0AGET%20/sandbox/forged"_s), qPrintable(line));
    QVERIFY(line.endsWith(u" ms)"_s));
    for (const QChar c : line)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7F, qPrintable(line));
}

void TestSandboxFramework::requestBodiesNeedTheirResourceLists()
{
    // Right.Resource is a non-nullable list: null fails validation like a missing attribute id
    // (RequestBodyBinder), before the request's own checks.
    SandboxHarness sandbox;
    const auto reply = sandbox.send("POST", u"authentication/api/v1/systemuser/request/vendor"_s,
        R"({"systemId": "991825827_demo", "partyOrgNo": "310904473", "rights": [{"resource": null}]})",
        sandbox.vendorToken());
    QCOMPARE(reply.status, 400);
    const QJsonObject errors = reply.object().value(u"errors"_s).toObject();
    QVERIFY2(errors.contains(u"Rights[0].Resource"_s), QJsonDocument(errors).toJson().constData());
}

QTEST_GUILESS_MAIN(TestSandboxFramework)
#include "TestSandboxFramework.moc"
