#include "SandboxHarness.h"
#include "auth/AltinnTokenExchange.h"
#include "auth/Base64Url.h"
#include "auth/Jws.h"
#include "auth/MaskinportenTokenClient.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * From a fresh profile to a working system user token, all over HTTP against the sandbox:
 * generate a key → register the client → vendor token → register the system → ask the customer →
 * the customer approves → system user token. Then check that no private key material was written.
 */
class TestSandboxEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vendorOnboardsACustomerAndGetsASystemUserToken();

private:
    QTemporaryDir m_stateDirectory;
};

void TestSandboxEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxEndToEnd::vendorOnboardsACustomerAndGetsASystemUserToken()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isListening());
    const QString statePath = m_stateDirectory.filePath(u"sandbox-state.json"_s);
    QVERIFY(sandbox.server().setStateFile(statePath));
    const QString base = sandbox.baseUrl().toString();

    // 1. Generate a key; the private part goes to the (in-memory) secret store only.
    const RsaKey key = RsaKey::generate(2048);
    MemorySecretStore secrets;
    bool stored = false;
    secrets.write(u"profile/demo/sandbox/key/demo-key"_s, key.privatePkcs8Pem(),
        [&stored](const SecretStore::Result &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);

    // 2. Register the client with its public JWK, as the wizard's one-click sandbox registration does.
    const auto registered = sandbox.post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg},
            {u"scopes"_s,
                QJsonArray::fromStringList(
                    SandboxHarness::allVendorScopes() + QStringList{u"skatteetaten:demo"_s})},
            {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{key.publicJwk(u"demo-key"_s)}}}}});
    QCOMPARE(registered.status, 201);
    const QString clientId = registered.object().value(u"clientId"_s).toString();

    // 3. Vendor token with the three system register / request scopes.
    QNetworkAccessManager network;
    MaskinportenTokenClient tokens(&network, QUrl(base + u"token"_s));
    const SigningIdentity identity{key, u"demo-key"_s, {}, RsaKey::Algorithm::RS256};
    GrantRequest vendorRequest{base, clientId, SandboxHarness::allVendorScopes(), {}, {}, {}, 120};
    std::optional<MaskinportenTokenClient::Result> vendor;
    tokens.requestToken(vendorRequest, identity, [&vendor](const auto &result) { vendor = result; });
    QTRY_VERIFY_WITH_TIMEOUT(vendor.has_value(), 10000);
    QVERIFY2(vendor->ok(),
        vendor->error ? qPrintable(vendor->error->description) : qPrintable(vendor->networkError));
    const QByteArray vendorToken = vendor->token->accessToken;

    // 4. Register the system, listing the client id.
    const QJsonObject system{{u"id"_s, u"991825827_demo"_s},
        {u"vendor"_s, QJsonObject{{u"ID"_s, u"0192:991825827"_s}}},
        {u"name"_s, QJsonObject{{u"nb"_s, u"Demo"_s}, {u"nn"_s, u"Demo"_s}, {u"en"_s, u"Demo"_s}}},
        {u"description"_s, QJsonObject{{u"nb"_s, u"Demo"_s}, {u"nn"_s, u"Demo"_s}, {u"en"_s, u"Demo"_s}}},
        {u"rights"_s,
            QJsonArray{QJsonObject{{u"resource"_s,
                QJsonArray{QJsonObject{
                    {u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, u"ske-krav-og-betalinger"_s}}}}}}},
        {u"clientId"_s, QJsonArray{clientId}}, {u"isVisible"_s, true},
        {u"allowedRedirectUrls"_s, QJsonArray{u"https://demo.example/callback"_s}}};
    const auto created = sandbox.post(u"authentication/api/v1/systemregister/vendor"_s, system, vendorToken);
    QVERIFY2(created.status == 200, created.body.constData());

    // 5. Ask the customer for a system user.
    const QJsonObject requestBody{{u"systemId"_s, u"991825827_demo"_s}, {u"partyOrgNo"_s, u"310904473"_s},
        {u"rights"_s, system.value(u"rights"_s)},
        {u"redirectUrl"_s, u"https://demo.example/callback?state=1"_s}};
    const auto request =
        sandbox.post(u"authentication/api/v1/systemuser/request/vendor"_s, requestBody, vendorToken);
    QVERIFY2(request.status == 201, request.body.constData());
    const QString requestId = request.object().value(u"id"_s).toString();
    QVERIFY(request.object()
                .value(u"confirmUrl"_s)
                .toString()
                .startsWith(base + u"accessmanagement/ui/systemuser/request?id="_s));

    // 6. The customer approves on the approval page (control API does the same).
    QCOMPARE(sandbox.post(u"sandbox/requests/%1/approve"_s.arg(requestId), QJsonObject{}).status, 200);
    const auto status =
        sandbox.get(u"authentication/api/v1/systemuser/request/vendor/"_s + requestId, vendorToken);
    QCOMPARE(status.object().value(u"status"_s).toString(), u"Accepted"_s);

    // 7. System user token for the customer.
    GrantRequest systemUserRequest{base, clientId, {u"skatteetaten:demo"_s}, u"310904473"_s, {}, {}, 120};
    std::optional<MaskinportenTokenClient::Result> systemUser;
    tokens.requestToken(
        systemUserRequest, identity, [&systemUser](const auto &result) { systemUser = result; });
    QTRY_VERIFY_WITH_TIMEOUT(systemUser.has_value(), 10000);
    QVERIFY2(systemUser->ok(),
        systemUser->error ? qPrintable(systemUser->error->description)
                          : qPrintable(systemUser->networkError));
    const auto claims = Jws::decode(systemUser->token->accessToken);
    QVERIFY(claims);
    const QJsonObject details =
        claims->payload.value(u"authorization_details"_s).toArray().first().toObject();
    QCOMPARE(details.value(u"systemuser_id"_s).toArray().first().toString(),
        requestId); // system user id = request id
    QCOMPARE(details.value(u"system_id"_s).toString(), u"991825827_demo"_s);

    // 8. Some Altinn APIs want an Altinn token: exchange the Maskinporten token (plain-text JWT answer).
    AltinnTokenExchange exchange(&network, sandbox.baseUrl());
    std::optional<AltinnTokenExchange::Result> exchanged;
    exchange.exchange(
        systemUser->token->accessToken, [&exchanged](const auto &result) { exchanged = result; });
    QTRY_VERIFY_WITH_TIMEOUT(exchanged.has_value(), 10000);
    QVERIFY2(exchanged->ok(), qPrintable(exchanged->error));
    const auto altinnClaims = Jws::decode(exchanged->altinnToken);
    QVERIFY(altinnClaims);
    QVERIFY(altinnClaims->payload.contains(u"authorization_details"_s)); // every claim is copied
    std::optional<AltinnTokenExchange::Result> refused;
    exchange.exchange("not-a-token", [&refused](const auto &result) { refused = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
    QCOMPARE(refused->httpStatus, 401);
    QVERIFY(!refused->error.isEmpty());

    // 9. No private key material in any file: the sandbox state file and the app's own locations.
    const QByteArray privatePem = key.privatePkcs8Pem();
    const QByteArray pemBody = privatePem.split('\n').value(5); // a line from inside the key
    QVERIFY(sandbox.server().flushState()); // the state file as of now (saves run off the request path)
    QStringList files{statePath};
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation}) {
        QDirIterator it(
            QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        QVERIFY2(!contents.contains("PRIVATE KEY"), qPrintable(path));
        QVERIFY2(pemBody.isEmpty() || !contents.contains(pemBody), qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestSandboxEndToEnd)
#include "TestSandboxEndToEnd.moc"
