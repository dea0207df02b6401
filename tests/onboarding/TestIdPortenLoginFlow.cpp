#include "../support/ScriptedIdPortenBrowser.h"
#include "../ui/SandboxVendorSession.h"
#include "onboarding/IdPortenClientSetup.h"
#include "onboarding/IdPortenLoginFlow.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Onboarding::IdPortenLoginFlow;
using Outcome = Onboarding::IdPortenLoginFlow::Outcome;
using Step = Onboarding::IdPortenLoginFlow::Step;

namespace {

const QString Kari = u"24908099411"_s; // general manager of 310904473

/// How many calls the activity log holds of @p method to a path ending in @p path.
qsizetype calls(const Altinn::ActivityLog &log, const QByteArray &method, const QString &path)
{
    const QList<Altinn::ActivityEntry> entries = log.entries();
    return std::count_if(entries.cbegin(), entries.cend(), [&](const Altinn::ActivityEntry &entry) {
        return entry.method == method && entry.url.path().endsWith(path);
    });
}

} // namespace

/// A person's login from a native app (RFC 8252) against the sandbox's ID-porten, the browser scripted.
class TestIdPortenLoginFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logsKariIn();
    void answerWithAnotherStateIsNotUsed();
    void refusedConsentIsDenied();
    void nobodyLoggingInTimesOut();
    void cancelWhileWaiting();
    void secondLoginReusesTheClient();
    void outdatedClientIsBroughtUpToDate();
    void tt02WithoutClientExplainsTheNextStep();

private:
    static std::optional<Outcome> run(IdPortenLoginFlow &flow, int timeoutMs = 15000);
};

void TestIdPortenLoginFlow::initTestCase()
{
    qRegisterMetaType<Outcome>();
    qRegisterMetaType<Step>();
}

std::optional<Outcome> TestIdPortenLoginFlow::run(IdPortenLoginFlow &flow, int timeoutMs)
{
    QSignalSpy finished(&flow, &IdPortenLoginFlow::finished);
    flow.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    QTest::qWait(20); // a second `finished` would show here
    if (finished.size() != 1)
        return std::nullopt;
    return finished.at(0).at(0).value<Outcome>();
}

void TestIdPortenLoginFlow::logsKariIn()
{
    SandboxVendorSession vendor;
    QVERIFY(vendor.isReady());
    QNetworkAccessManager browserNetwork;
    IdPortenLoginFlow flow(vendor.session());
    QString browserError;
    // Straight from the opener, as the wizard's QDesktopServices would: the redirect comes in meanwhile.
    flow.setBrowserOpener([&](const QUrl &url) {
        browserError = ScriptedIdPortenBrowser::run(browserNetwork, url, Kari, true, true).error;
        return true;
    });
    QSignalSpy steps(&flow, &IdPortenLoginFlow::stepChanged);
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QVERIFY2(outcome->isLoggedIn(), qPrintable(outcome->explanation.fullText() + browserError));
    QVERIFY(!flow.isBusy());
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).at(0).value<Step>(), Step::PreparingClient);
    QCOMPARE(steps.at(1).at(0).value<Step>(), Step::WaitingForBrowser);
    QCOMPARE(steps.at(2).at(0).value<Step>(), Step::FetchingTokens);

    // The authorization request: PKCE S256, state, nonce, the loopback redirect with a port of its own.
    const QUrlQuery sent(flow.authorizationUrl());
    QCOMPARE(sent.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(sent.queryItemValue(u"code_challenge"_s).size(), 43);
    QCOMPARE(sent.queryItemValue(u"response_type"_s), u"code"_s);
    QVERIFY(!sent.queryItemValue(u"state"_s).isEmpty());
    const QUrl redirect(sent.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QVERIFY(redirect.port() > 0);
    QCOMPARE(sent.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
        u"openid altinn:instances.read altinn:instances.write"_s);

    // The ID token was checked: it is Kari's, for this login (nonce), issued to this client.
    QCOMPARE(outcome->idTokenClaims.value(u"pid"_s).toString(), Kari);
    QCOMPARE(outcome->idTokenClaims.value(u"nonce"_s).toString(), sent.queryItemValue(u"nonce"_s));
    const QString clientId = sent.queryItemValue(u"client_id"_s);
    QCOMPARE(outcome->idTokenClaims.value(u"aud"_s).toString(), clientId);
    QCOMPARE(outcome->accessTokenClaims.value(u"client_id"_s).toString(), clientId);
    QCOMPARE(outcome->accessTokenClaims.value(u"pid"_s).toString(), Kari);
    QVERIFY(outcome->grantedScopes.contains(u"altinn:instances.write"_s));
    QVERIFY(!outcome->accessToken.isEmpty());

    // Client assertion, code, verifier and tokens never reach the activity log.
    Altinn::ActivityLog &log = vendor.activityLog();
    QCOMPARE(calls(log, "POST", u"/idporten/token"_s), 1);
    for (const Altinn::ActivityEntry &entry : log.entries()) {
        const QByteArray all = entry.url.toEncoded() + entry.requestBody + entry.responseBody;
        QVERIFY2(!all.contains(outcome->accessToken), entry.url.toEncoded().constData());
        QVERIFY(!Altinn::Redaction::containsSecret(all));
        QVERIFY(!entry.requestBody.contains("code_verifier=")
            || entry.requestBody.contains("code_verifier=[redacted]"));
    }
}

void TestIdPortenLoginFlow::answerWithAnotherStateIsNotUsed()
{
    SandboxVendorSession vendor;
    QNetworkAccessManager browserNetwork;
    IdPortenLoginFlow flow(vendor.session());
    QString browserError;
    flow.setBrowserOpener([&](const QUrl &url) {
        QTimer::singleShot(0, &flow, [&, url] {
            const auto result = ScriptedIdPortenBrowser::run(browserNetwork, url, Kari, true, false);
            browserError = result.error;
            // Another state than the one sent, with a good code: as if a page slipped in a login of its own.
            QUrl forged = result.redirect;
            QUrlQuery query(forged);
            query.removeAllQueryItems(u"state"_s);
            query.addQueryItem(u"state"_s, u"not-the-state"_s);
            forged.setQuery(query);
            QNetworkReply *reply = browserNetwork.get(QNetworkRequest(forged));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        return true;
    });
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QVERIFY2(browserError.isEmpty(), qPrintable(browserError));
    QCOMPARE(outcome->explanation.code, u"state"_s);
    QVERIFY2(outcome->explanation.summary.contains(u"state"_s), qPrintable(outcome->explanation.summary));
    QVERIFY(outcome->accessToken.isEmpty());
    // The code was not used: no token request went out.
    QCOMPARE(calls(vendor.activityLog(), "POST", u"/idporten/token"_s), 0);
}

void TestIdPortenLoginFlow::refusedConsentIsDenied()
{
    SandboxVendorSession vendor;
    QNetworkAccessManager browserNetwork;
    IdPortenLoginFlow flow(vendor.session());
    flow.setBrowserOpener([&](const QUrl &url) {
        QTimer::singleShot(
            0, &flow, [&, url] { ScriptedIdPortenBrowser::run(browserNetwork, url, Kari, false, true); });
        return true;
    });
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Denied);
    QCOMPARE(outcome->explanation.code, u"access_denied"_s);
    QVERIFY(!outcome->explanation.remedy.isEmpty());
    QCOMPARE(calls(vendor.activityLog(), "POST", u"/idporten/token"_s), 0);
}

void TestIdPortenLoginFlow::nobodyLoggingInTimesOut()
{
    SandboxVendorSession vendor;
    IdPortenLoginFlow flow(vendor.session());
    IdPortenLoginFlow::Request request;
    request.timeout = std::chrono::milliseconds(300);
    flow.setRequest(request);
    bool opened = false;
    flow.setBrowserOpener([&](const QUrl &) { return opened = true; });
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QVERIFY(opened);
    QCOMPARE(outcome->result, Outcome::Result::TimedOut);
    QVERIFY(!outcome->explanation.summary.isEmpty());
    // The listener is gone with the login.
    const QUrl redirect(
        QUrlQuery(flow.authorizationUrl()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!socket.waitForConnected(1000));
}

void TestIdPortenLoginFlow::cancelWhileWaiting()
{
    SandboxVendorSession vendor;
    IdPortenLoginFlow flow(vendor.session());
    flow.setBrowserOpener([](const QUrl &) { return false; }); // no browser: the link is there to copy
    connect(&flow, &IdPortenLoginFlow::stepChanged, &flow, [&flow](Step step) {
        if (step == Step::WaitingForBrowser) {
            QVERIFY(flow.authorizationUrl().isValid());
            QTimer::singleShot(10, &flow, &IdPortenLoginFlow::cancel);
        }
    });
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Cancelled);
    QVERIFY(!flow.isBusy());
    flow.cancel(); // nothing more to cancel: no second `finished`
}

void TestIdPortenLoginFlow::secondLoginReusesTheClient()
{
    SandboxVendorSession vendor;
    QNetworkAccessManager browserNetwork;
    QStringList clientIds;
    QList<qsizetype> callsPerLogin;
    for (int i = 0; i < 2; ++i) {
        const qsizetype before = vendor.activityLog().entries().size();
        // A new flow each time, as the wizard and the CLI make one per login.
        IdPortenLoginFlow flow(vendor.session());
        flow.setBrowserOpener([&](const QUrl &url) {
            QTimer::singleShot(
                0, &flow, [&, url] { ScriptedIdPortenBrowser::run(browserNetwork, url, Kari, true, true); });
            return true;
        });
        const auto outcome = run(flow);
        QVERIFY(outcome);
        QVERIFY2(outcome->isLoggedIn(), qPrintable(outcome->explanation.fullText()));
        clientIds.append(outcome->accessTokenClaims.value(u"client_id"_s).toString());
        callsPerLogin.append(vendor.activityLog().entries().size() - before);
    }
    QCOMPARE(clientIds.at(0), clientIds.at(1));
    // What one login costs (docs/id-porten.md): read the client (absent), register it, discovery, JWKS,
    // token = 5 the first time; the second reads the client and finds it as it should be = 4. The browser's
    // own requests are not the app's calls.
    QCOMPARE(callsPerLogin, (QList<qsizetype>{5, 4}));
    QCOMPARE(calls(vendor.activityLog(), "POST", u"/sandbox/idporten/clients"_s), 1);
    // The client's key is kept where the profile keeps keys: for this run-only profile, in memory.
    QVERIFY(vendor.sandbox().context().state.idportenClients.contains(clientIds.at(0).toLower()));
}

void TestIdPortenLoginFlow::outdatedClientIsBroughtUpToDate()
{
    SandboxVendorSession vendor;
    // The profile's ID-porten key is there already; the sandbox has its client with another key and
    // fewer scopes (a reset key, an older version of the tool).
    const Profile &profile = vendor.session()->profile();
    const RsaKey key = RsaKey::generate(2048);
    bool stored = false;
    vendor.session()->secrets()->write(Onboarding::IdPortenClientSetup::keychainKeyFor(profile),
        key.privatePkcs8Pem(), [&stored](const SecretStore::Result &result) { stored = result.ok(); });
    QVERIFY(QTest::qWaitFor([&stored] { return stored; }, 2000));
    const QString clientId =
        Onboarding::IdPortenClientSetup::clientIdFor(profile.vendorOrgNumber, key.thumbprint());
    const auto registered = vendor.sandbox().post(u"sandbox/idporten/clients"_s,
        QJsonObject{{u"clientId"_s, clientId}, {u"orgNo"_s, profile.vendorOrgNumber},
            {u"redirectUris"_s, QJsonArray{Onboarding::IdPortenClientSetup::loopbackRedirectUri()}},
            {u"scopes"_s, QJsonArray{u"openid"_s}},
            {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{RsaKey::generate(2048).publicJwk(u"old"_s)}}}}});
    QCOMPARE(registered.status, 201);

    QNetworkAccessManager browserNetwork;
    IdPortenLoginFlow flow(vendor.session());
    IdPortenLoginFlow::Request request;
    request.scopes << u"profile"_s;
    flow.setRequest(request);
    flow.setBrowserOpener([&](const QUrl &url) {
        QTimer::singleShot(
            0, &flow, [&, url] { ScriptedIdPortenBrowser::run(browserNetwork, url, Kari, true, true); });
        return true;
    });
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QVERIFY2(outcome->isLoggedIn(), qPrintable(outcome->explanation.fullText()));
    QCOMPARE(outcome->accessTokenClaims.value(u"client_id"_s).toString(), clientId);
    QVERIFY(outcome->grantedScopes.contains(u"profile"_s));
    Altinn::ActivityLog &log = vendor.activityLog();
    QCOMPARE(calls(log, "POST", u"/sandbox/idporten/clients"_s), 0);
    QCOMPARE(calls(log, "PUT", u"/jwks"_s), 1);
    QCOMPARE(calls(log, "PUT", u"/scopes"_s), 1);
    const QStringList scopes =
        vendor.sandbox().context().state.idportenClients.value(clientId.toLower()).scopes;
    for (const QString &scope : {u"openid"_s, u"altinn:instances.write"_s, u"profile"_s})
        QVERIFY2(scopes.contains(scope), qPrintable(scope));
}

void TestIdPortenLoginFlow::tt02WithoutClientExplainsTheNextStep()
{
    Profile profile;
    profile.id = u"tt02-person"_s;
    profile.name = u"TT02 person"_s;
    profile.environment = u"tt02"_s;
    profile.vendorOrgNumber = SandboxHarness::VendorOrg;
    profile.keyPersistent = false;
    MemorySecretStore secrets;
    VendorSession session(profile, Altinn::Environment::tt02(), &secrets);
    IdPortenLoginFlow flow(&session);
    bool opened = false;
    flow.setBrowserOpener([&](const QUrl &) { return opened = true; });
    const auto outcome = run(flow);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Failed);
    QVERIFY(!opened);
    QVERIFY2(outcome->explanation.remedy.contains(u"docs/id-porten.md#tt02"_s),
        qPrintable(outcome->explanation.remedy));
    // The public key to register is in the details; nothing private.
    QVERIFY(outcome->explanation.serverMessage.contains(u"\"kty\""_s));
    QVERIFY(!outcome->explanation.serverMessage.contains(u"\"d\""_s));
    // The key was made and kept (in memory, as the profile keeps its keys) for the next try.
    QVERIFY(QTest::qWaitFor(
        [&] {
            bool found = false;
            secrets.read(Onboarding::IdPortenClientSetup::keychainKeyFor(profile),
                [&found](const SecretStore::Result &result) { found = result.ok(); });
            QTest::qWait(10);
            return found;
        },
        2000));
}

QTEST_GUILESS_MAIN(TestIdPortenLoginFlow)
#include "TestIdPortenLoginFlow.moc"
