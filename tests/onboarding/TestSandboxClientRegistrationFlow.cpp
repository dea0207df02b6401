#include "AltinnTestSession.h"
#include "altinn/AltinnScopes.h"
#include "auth/RsaKey.h"
#include "onboarding/SandboxClientRegistrationFlow.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"
#include "workspace/ProfileStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxClientRegistrationFlow;
using Failure = SandboxClientRegistrationFlow::Failure;
using Step = SandboxClientRegistrationFlow::Step;

namespace {

/// The flow against the in-process sandbox, keys in a MemorySecretStore, profiles in a file of its own.
struct Fixture
{
    AltinnTestSession altinn;
    QTemporaryDir directory;
    ProfileStore profiles{directory.filePath(u"profiles.json"_s)};
    MemorySecretStore keychain;
    std::function<bool(const Profile &, QString *)> save = SandboxClientRegistrationFlow::savingTo(&profiles);
    SandboxClientRegistrationFlow flow{[this](const Profile &profile, QString *error) {
        return save(profile, error);
    }};
    std::unique_ptr<VendorSession> session;
    std::optional<SandboxClientRegistrationFlow::Outcome> outcome;
    QList<Step> steps;

    Fixture()
    {
        QObject::connect(&flow, &SandboxClientRegistrationFlow::finished, &flow,
            [this](const SandboxClientRegistrationFlow::Outcome &finished) { outcome = finished; });
        QObject::connect(&flow, &SandboxClientRegistrationFlow::progress, &flow,
            [this](Step step) { steps.append(step); });
    }

    /// A saved sandbox profile of the test vendor with @p key in the keychain under "vendor-key".
    Profile profileWithKey(const RsaKey &key, const QString &clientId = {})
    {
        Profile profile;
        profile.id = u"digdir-sandbox"_s;
        profile.name = u"Digdir (Sandbox)"_s;
        profile.environment = u"sandbox"_s;
        profile.vendorOrgNumber = SandboxHarness::VendorOrg;
        profile.clientId = clientId;
        profile.scopes = {u"skatteetaten:demo"_s};
        profile.kid = u"vendor-key"_s;
        profile.keyBits = key.bits();
        profile.keyThumbprint = key.thumbprint();
        bool written = false;
        keychain.write(profile.keychainKey(), key.privatePkcs8Pem(),
            [&written](const SecretStore::Result &) { written = true; });
        if (!QTest::qWaitFor([&written] { return written; }))
            qWarning("the key was not written");
        profiles.save(profile);
        return *profiles.find(profile.id);
    }

    /// Runs the flow once for @p profile (a new session, as the wizard and the CLI make one per profile).
    bool run(const Profile &profile)
    {
        outcome.reset();
        steps.clear();
        session = std::make_unique<VendorSession>(profile, altinn.environment(), &keychain);
        flow.start(session.get());
        return QTest::qWaitFor([this] { return outcome.has_value(); }, 20000);
    }

    Profile saved() const { return *profiles.find(u"digdir-sandbox"_s); }
    const QMap<QString, SandboxMaskinportenClient> &clients()
    {
        return altinn.sandbox().context().state.maskinportenClients;
    }
};

} // namespace

/// Registering the vendor's Maskinporten client in the sandbox, for the wizard and the CLI alike.
class TestSandboxClientRegistrationFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRegistrationLetsTheSandboxMakeTheClient();
    void secondRegistrationReusesTheClient();
    void replacedKeyIsRegisteredOnTheSameClient();
    void clientIdTheSandboxDoesNotKnowIsKept();
    void failedSaveIsReportedAndTheRetryReusesTheClient();
    void profileWithoutKeyIsRefused();
    void keychainThatRefusesTheKeyIsReported();
    void sandboxRefusalIsExplained();
    void environmentWithoutSandboxIsRefused();
    void missingSessionIsReported();
    void cancelStopsTheRun();
    void replacedSessionCancelsTheRun();

private:
    RsaKey m_key;
    RsaKey m_otherKey;
};

void TestSandboxClientRegistrationFlow::initTestCase()
{
    m_key = RsaKey::generate(2048);
    m_otherKey = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull() && !m_otherKey.isNull());
}

void TestSandboxClientRegistrationFlow::firstRegistrationLetsTheSandboxMakeTheClient()
{
    Fixture fixture;
    QVERIFY(fixture.altinn.isListening());
    QVERIFY(fixture.run(fixture.profileWithKey(m_key)));
    const SandboxClientRegistrationFlow::Outcome &outcome = *fixture.outcome;
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.createdClient);
    QVERIFY(!QUuid::fromString(outcome.clientId).isNull());
    QCOMPARE(fixture.steps, (QList<Step>{Step::ReadingKey, Step::Registering, Step::SavingProfile}));
    QCOMPARE(fixture.saved().clientId, outcome.clientId);
    QCOMPARE(outcome.profile.clientId, outcome.clientId);
    QCOMPARE(outcome.orgNo, SandboxHarness::VendorOrg);
    QCOMPARE(outcome.kid, u"vendor-key"_s);
    QCOMPARE(outcome.sandboxUrl, fixture.altinn.environment().platformBaseUrl());

    // The sandbox holds one client: the vendor's, with this key and the Altinn scopes plus the profile's.
    QCOMPARE(fixture.clients().size(), 1);
    const SandboxMaskinportenClient client = fixture.clients().first();
    QCOMPARE(client.clientId, outcome.clientId);
    QCOMPARE(client.orgNo, SandboxHarness::VendorOrg);
    QStringList expected = Altinn::AltinnScopes::all();
    expected.append(u"skatteetaten:demo"_s);
    QCOMPARE(client.scopes, expected);
    QCOMPARE(outcome.scopes, expected);
    QCOMPARE(client.keys.size(), 1);
    QCOMPARE(client.keys.first().toObject().value(u"kid"_s).toString(), u"vendor-key"_s);
    QCOMPARE(client.keys.first().toObject().value(u"n"_s), m_key.publicJwk().value(u"n"_s));
}

void TestSandboxClientRegistrationFlow::secondRegistrationReusesTheClient()
{
    Fixture fixture;
    QVERIFY(fixture.run(fixture.profileWithKey(m_key)));
    QVERIFY(fixture.outcome->ok());
    const QString clientId = fixture.outcome->clientId;
    const QDateTime updatedAt = fixture.saved().updatedAt;

    QVERIFY(fixture.run(fixture.saved()));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(!fixture.outcome->createdClient);
    QCOMPARE(fixture.outcome->clientId, clientId);
    QCOMPARE(fixture.clients().size(), 1); // no second client
    QCOMPARE(fixture.saved().updatedAt, updatedAt); // nothing to save
}

void TestSandboxClientRegistrationFlow::replacedKeyIsRegisteredOnTheSameClient()
{
    Fixture fixture;
    QVERIFY(fixture.run(fixture.profileWithKey(m_key)));
    const QString clientId = fixture.outcome->clientId;

    // A new key for the profile (its client id stays), registered again.
    QVERIFY(fixture.run(fixture.profileWithKey(m_otherKey, clientId)));
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->clientId, clientId);
    QCOMPARE(fixture.clients().size(), 1);
    const QJsonArray keys = fixture.clients().first().keys;
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(u"n"_s), m_otherKey.publicJwk().value(u"n"_s));
}

void TestSandboxClientRegistrationFlow::clientIdTheSandboxDoesNotKnowIsKept()
{
    Fixture fixture;
    const QString typed = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(fixture.run(fixture.profileWithKey(m_key, typed)));
    QVERIFY(fixture.outcome->ok());
    QVERIFY(fixture.outcome->createdClient);
    QCOMPARE(fixture.outcome->clientId, typed);
    QCOMPARE(fixture.saved().clientId, typed);
    QVERIFY(fixture.clients().contains(typed.toLower()));
    QCOMPARE(fixture.clients().size(), 1);
}

void TestSandboxClientRegistrationFlow::failedSaveIsReportedAndTheRetryReusesTheClient()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.save = [](const Profile &, QString *error) {
        *error = u"disk full"_s;
        return false;
    };
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::ProfileSaveFailed);
    QVERIFY(fixture.outcome->message.contains(u"disk full"_s));
    QVERIFY(fixture.outcome->message.contains(fixture.outcome->clientId));
    const QString registered = fixture.outcome->clientId;
    QVERIFY(fixture.saved().clientId.isEmpty());

    // Try again: the client made the first time is the one saved, not a second one.
    fixture.save = SandboxClientRegistrationFlow::savingTo(&fixture.profiles);
    QVERIFY(fixture.run(fixture.saved()));
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->clientId, registered);
    QVERIFY(!fixture.outcome->createdClient);
    QCOMPARE(fixture.saved().clientId, registered);
    QCOMPARE(fixture.clients().size(), 1);
}

void TestSandboxClientRegistrationFlow::profileWithoutKeyIsRefused()
{
    Fixture fixture;
    Profile profile = fixture.profileWithKey(m_key);
    profile.kid.clear();
    profile.keyBits = 0;
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::NoKey);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QCOMPARE(fixture.outcome->apiFailure.kind, Altinn::ApiFailure::Kind::Token);
    QCOMPARE(fixture.steps, QList<Step>{Step::ReadingKey});
    QVERIFY(fixture.clients().isEmpty());
}

void TestSandboxClientRegistrationFlow::keychainThatRefusesTheKeyIsReported()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.keychain.setForcedStatus(SecretStore::Status::Denied);
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::NoKey);
    QCOMPARE(fixture.outcome->message, SecretStore::explain(SecretStore::Status::Denied));
    QVERIFY(fixture.clients().isEmpty());
    QVERIFY(fixture.saved().clientId.isEmpty());
}

void TestSandboxClientRegistrationFlow::sandboxRefusalIsExplained()
{
    Fixture fixture;
    Profile profile = fixture.profileWithKey(m_key);
    profile.vendorOrgNumber = u"123456789"_s; // fails MOD11: the sandbox answers 400
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::RegistrationFailed);
    QCOMPARE(fixture.outcome->apiFailure.kind, Altinn::ApiFailure::Kind::Http);
    QCOMPARE(fixture.outcome->apiFailure.httpStatus(), 400);
    QVERIFY(!fixture.outcome->message.trimmed().isEmpty());
    QVERIFY(fixture.outcome->clientId.isEmpty());
    QVERIFY(fixture.clients().isEmpty());
}

void TestSandboxClientRegistrationFlow::environmentWithoutSandboxIsRefused()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    VendorSession tt02(profile, Altinn::Environment::fromId(u"tt02"_s), &fixture.keychain);
    fixture.flow.start(&tt02);
    QVERIFY(!fixture.outcome); // never from inside start()
    QTRY_VERIFY(fixture.outcome.has_value());
    QCOMPARE(fixture.outcome->failure, Failure::NotSandbox);
    QVERIFY(fixture.outcome->message.contains(u"self-service portal"_s));
    QVERIFY(fixture.steps.isEmpty());
}

void TestSandboxClientRegistrationFlow::missingSessionIsReported()
{
    Fixture fixture;
    fixture.flow.start(nullptr);
    QVERIFY(fixture.flow.isRunning());
    QTRY_VERIFY(fixture.outcome.has_value());
    QCOMPARE(fixture.outcome->failure, Failure::NotSandbox);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QVERIFY(!fixture.flow.isRunning());
}

void TestSandboxClientRegistrationFlow::cancelStopsTheRun()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.session =
        std::make_unique<VendorSession>(profile, fixture.altinn.environment(), &fixture.keychain);
    QObject::connect(
        &fixture.flow, &SandboxClientRegistrationFlow::progress, &fixture.flow, [&fixture](Step step) {
            if (step == Step::Registering)
                fixture.flow.cancel();
        });
    fixture.flow.start(fixture.session.get());
    QTRY_VERIFY(fixture.steps.contains(Step::Registering));
    QVERIFY(!fixture.flow.isRunning());
    QTest::qWait(300);
    QVERIFY(!fixture.outcome);
    QVERIFY(fixture.saved().clientId.isEmpty());
}

void TestSandboxClientRegistrationFlow::replacedSessionCancelsTheRun()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.session =
        std::make_unique<VendorSession>(profile, fixture.altinn.environment(), &fixture.keychain);
    fixture.flow.start(fixture.session.get());
    fixture.session.reset(); // the wizard replaces the session when the profile changes
    QTRY_VERIFY(fixture.outcome.has_value());
    QCOMPARE(fixture.outcome->failure, Failure::Cancelled);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QVERIFY(fixture.clients().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxClientRegistrationFlow)
#include "TestSandboxClientRegistrationFlow.moc"
