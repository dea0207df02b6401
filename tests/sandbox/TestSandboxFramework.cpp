#include "SandboxHarness.h"
#include "sandbox/Router.h"

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
    request.path = u"/nowhere"_s;
    QCOMPARE(router.dispatch(request).status, 404);
    QCOMPARE(sandbox.get(u"no/such/path"_s).status, 404);
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

QTEST_GUILESS_MAIN(TestSandboxFramework)
#include "TestSandboxFramework.moc"
