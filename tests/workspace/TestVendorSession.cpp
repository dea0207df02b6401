#include "SandboxHarness.h"
#include "altinn/AltinnScopes.h"
#include "altinn/SystemRegisterClient.h"
#include "auth/Jws.h"
#include "net/ActivityLog.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * VendorSession against the in-process sandbox: the key comes from the secret store once, grants go to
 * the environment's issuer with the profile's client id, and every way of not getting a token ends as
 * an ApiFailure the user can act on.
 */
class TestVendorSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void vendorTokenIsForTheProfilesClient();
    void clientsGetTheirTokenFromTheSession();
    void keyIsReadOnceForConcurrentCalls();
    void keychainFailureIsExplained();
    void profileWithoutKeyOrClientIsRefused();
    void maskinportenRefusalKeepsItsError();
    void systemUserTokenForAnUnknownCustomerIsMp303();
    void languageIsSentToAltinn();

private:
    /// Secret store that counts reads, to show the key is read once.
    class CountingSecretStore final : public MemorySecretStore
    {
    public:
        using MemorySecretStore::MemorySecretStore;
        void read(const QString &key, Callback done) override
        {
            ++reads;
            MemorySecretStore::read(key, std::move(done));
        }
        int reads = 0;
    };

    std::unique_ptr<VendorSession> newSession(const Profile &profile);
    Altinn::ApiResult<MaskinportenToken> vendorToken(VendorSession &session, const QStringList &scopes);

    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<CountingSecretStore> m_secrets;
    RsaKey m_key;
    Profile m_profile;
};

void TestVendorSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_key = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull());
}

void TestVendorSession::init()
{
    m_sandbox = std::make_unique<SandboxHarness>();
    QVERIFY(m_sandbox->isListening());
    m_secrets = std::make_unique<CountingSecretStore>();

    m_profile = Profile();
    m_profile.id = u"acme"_s;
    m_profile.name = u"Acme"_s;
    m_profile.vendorOrgNumber = SandboxHarness::VendorOrg;
    m_profile.kid = u"acme-key"_s;
    m_profile.keyBits = 2048;
    m_profile.scopes = {u"skatteetaten:demo"_s};
    const auto registered = m_sandbox->post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg},
            {u"scopes"_s, QJsonArray::fromStringList(SandboxHarness::allVendorScopes() + m_profile.scopes)},
            {u"jwks"_s, m_key.publicJwks(m_profile.kid)}});
    QCOMPARE(registered.status, 201);
    m_profile.clientId = registered.object().value(u"clientId"_s).toString();

    bool stored = false;
    m_secrets->write(m_profile.keychainKey(), m_key.privatePkcs8Pem(),
        [&stored](const SecretStore::Result &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
    m_secrets->reads = 0;
}

std::unique_ptr<VendorSession> TestVendorSession::newSession(const Profile &profile)
{
    return std::make_unique<VendorSession>(
        profile, Altinn::Environment::sandbox(m_sandbox->baseUrl()), m_secrets.get());
}

Altinn::ApiResult<MaskinportenToken> TestVendorSession::vendorToken(
    VendorSession &session, const QStringList &scopes)
{
    std::optional<Altinn::ApiResult<MaskinportenToken>> result;
    session.vendorToken(
        scopes, [&result](const Altinn::ApiResult<MaskinportenToken> &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return Altinn::ApiResult<MaskinportenToken>::failed(
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::TimedOut));
    return *result;
}

void TestVendorSession::vendorTokenIsForTheProfilesClient()
{
    auto session = newSession(m_profile);
    const auto result = vendorToken(*session, Altinn::AltinnScopes::all());
    QVERIFY2(result.ok(), qPrintable(result.failure.detail));
    // The sandbox checks `aud` against its issuer exactly: getting a token at all proves the audience.
    const auto claims = Jws::decode(result.value->accessToken);
    QVERIFY(claims);
    QCOMPARE(claims->payload.value(u"client_id"_s).toString(), m_profile.clientId);
    QCOMPARE(claims->payload.value(u"consumer"_s).toObject().value(u"ID"_s).toString(),
        u"0192:"_s + SandboxHarness::VendorOrg);
    QCOMPARE(result.value->tokenType, u"Bearer"_s);
    QVERIFY(result.value->expiresIn > 0);
}

void TestVendorSession::clientsGetTheirTokenFromTheSession()
{
    auto session = newSession(m_profile);
    std::optional<Altinn::ApiResult<QList<Altinn::SystemListItem>>> listed;
    session->systemRegister()->list([&listed](const auto &result) { listed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
    QVERIFY2(listed->ok(), qPrintable(listed->failure.detail));
    QCOMPARE(listed->httpStatus, 200);

    // Every exchange is in the activity log, the token request too, and nothing secret is.
    const auto entries = session->activityLog()->entries();
    QVERIFY(entries.size() >= 2);
    for (const Altinn::ActivityEntry &entry : entries) {
        QVERIFY(!Altinn::Redaction::containsSecret(entry.requestBody));
        QVERIFY(!Altinn::Redaction::containsSecret(entry.responseBody));
    }
}

void TestVendorSession::keyIsReadOnceForConcurrentCalls()
{
    auto session = newSession(m_profile);
    int answered = 0;
    for (const QString &scope : Altinn::AltinnScopes::all()) {
        session->accessToken({scope}, [&answered](const Altinn::AccessTokenSource::Outcome &outcome) {
            QVERIFY(!outcome.token.isEmpty());
            ++answered;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 10000);
    QCOMPARE(m_secrets->reads, 1); // a keychain that asks to be unlocked asks once
    QVERIFY(vendorToken(*session, {Altinn::AltinnScopes::RequestRead}).ok());
    QCOMPARE(m_secrets->reads, 1); // and then the key stays in memory
}

void TestVendorSession::keychainFailureIsExplained()
{
    m_secrets->setForcedStatus(SecretStore::Status::Denied);
    auto session = newSession(m_profile);
    const auto result = vendorToken(*session, Altinn::AltinnScopes::all());
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.kind, Altinn::ApiFailure::Kind::Token);
    QVERIFY(!result.failure.tokenError);
    QCOMPARE(result.failure.detail, SecretStore::explain(SecretStore::Status::Denied));
}

void TestVendorSession::profileWithoutKeyOrClientIsRefused()
{
    Profile noKey = m_profile;
    noKey.keyBits = 0;
    auto keyless = newSession(noKey);
    const auto withoutKey = vendorToken(*keyless, Altinn::AltinnScopes::all());
    QCOMPARE(withoutKey.failure.kind, Altinn::ApiFailure::Kind::Token);
    QVERIFY(withoutKey.failure.detail.contains(u"Acme"_s));

    Profile noClient = m_profile;
    noClient.clientId.clear();
    auto clientless = newSession(noClient);
    const auto withoutClient = vendorToken(*clientless, Altinn::AltinnScopes::all());
    QCOMPARE(withoutClient.failure.kind, Altinn::ApiFailure::Kind::Token);
    QCOMPARE(m_secrets->reads, 0); // nothing is read for a grant that cannot be made
}

void TestVendorSession::maskinportenRefusalKeepsItsError()
{
    Profile other = m_profile;
    other.clientId = u"00000000-0000-4000-8000-000000000000"_s;
    auto session = newSession(other);
    const auto result = vendorToken(*session, Altinn::AltinnScopes::all());
    QCOMPARE(result.failure.kind, Altinn::ApiFailure::Kind::Token);
    QVERIFY(result.failure.tokenError);
    QCOMPARE(result.failure.tokenError->cause, MaskinportenError::Cause::ClientNotFound);

    // An in-memory key (just generated or imported) is used without the secret store.
    m_secrets->reads = 0;
    RsaKey stranger = RsaKey::generate(2048);
    auto wrongKey = newSession(m_profile);
    wrongKey->setSigningKey(stranger);
    const auto signedWrong = vendorToken(*wrongKey, Altinn::AltinnScopes::all());
    QVERIFY(signedWrong.failure.tokenError);
    QCOMPARE(signedWrong.failure.tokenError->cause, MaskinportenError::Cause::InvalidSignature);
    QCOMPARE(m_secrets->reads, 0);
}

void TestVendorSession::systemUserTokenForAnUnknownCustomerIsMp303()
{
    auto session = newSession(m_profile);
    std::optional<Altinn::ApiResult<VendorSession::SystemUserToken>> result;
    session->systemUserToken(
        u"310904473"_s, {}, m_profile.scopes, [&result](const auto &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok());
    QVERIFY(result->failure.tokenError);
    QCOMPARE(result->failure.tokenError->cause, MaskinportenError::Cause::SystemUserNotFound);
}

void TestVendorSession::languageIsSentToAltinn()
{
    auto session = newSession(m_profile);
    session->setLanguage(u"nn"_s);
    QCOMPARE(session->language(), u"nn"_s);
    std::optional<Altinn::ApiResult<QList<Altinn::SystemListItem>>> listed;
    session->systemRegister()->list([&listed](const auto &result) { listed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
    const auto entries = session->activityLog()->entries();
    const auto call = std::find_if(entries.cbegin(), entries.cend(),
        [](const Altinn::ActivityEntry &entry) { return entry.url.path().contains(u"systemregister"_s); });
    QVERIFY(call != entries.cend());
    QVERIFY(std::any_of(call->requestHeaders.cbegin(), call->requestHeaders.cend(), [](const auto &header) {
        return header.first.compare("Accept-Language", Qt::CaseInsensitive) == 0 && header.second == "nn";
    }));
}

QTEST_GUILESS_MAIN(TestVendorSession)
#include "TestVendorSession.moc"
