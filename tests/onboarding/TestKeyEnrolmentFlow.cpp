#include "SandboxHarness.h"
#include "altinn/AltinnScopes.h"
#include "altinn/Environment.h"
#include "auth/KeyImporter.h"
#include "auth/RsaKey.h"
#include "onboarding/KeyEnrolmentFlow.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"
#include "workspace/ProfileStore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Onboarding::KeyEnrolmentFlow;
using Failure = KeyEnrolmentFlow::Failure;
using Step = KeyEnrolmentFlow::Step;

namespace {

/// A flow into two memory stores (the "keychain" and "this run only") and a profile file of its own.
struct Fixture
{
    QTemporaryDir directory;
    ProfileStore profiles{directory.filePath(u"profiles.json"_s)};
    MemorySecretStore keychain;
    MemorySecretStore runOnly;
    std::function<bool(const Profile &, QString *)> save = KeyEnrolmentFlow::savingTo(&profiles);
    KeyEnrolmentFlow flow{
        [this](bool persistent) -> SecretStore * { return persistent ? &keychain : &runOnly; },
        [this](const Profile &profile, QString *error) {
            return save(profile, error);
        }};
    std::optional<KeyEnrolmentFlow::Outcome> outcome;
    QList<Step> steps;
    int outcomes = 0;

    Fixture()
    {
        QObject::connect(
            &flow, &KeyEnrolmentFlow::finished, &flow, [this](const KeyEnrolmentFlow::Outcome &finished) {
                outcome = finished;
                ++outcomes;
            });
        QObject::connect(
            &flow, &KeyEnrolmentFlow::progress, &flow, [this](Step step) { steps.append(step); });
    }

    /// A saved sandbox profile of the test vendor, without a key.
    Profile profile()
    {
        Profile profile;
        profile.id = u"digdir-sandbox"_s;
        profile.name = u"Digdir (Sandbox)"_s;
        profile.environment = u"sandbox"_s;
        profile.vendorOrgNumber = SandboxHarness::VendorOrg;
        if (!profiles.find(profile.id))
            profiles.save(profile);
        return *profiles.find(profile.id);
    }

    /// The saved profile with @p key installed under @p kid (in the keychain, the normal way).
    Profile profileWithKey(const RsaKey &key, const QString &kid)
    {
        flow.install(profile(), KeyEnrolmentFlow::NewKey{key, kid, {}}, true);
        if (!waitForOutcome() || !outcome->ok())
            return {};
        outcome.reset();
        outcomes = 0;
        steps.clear();
        return *profiles.find(u"digdir-sandbox"_s);
    }

    bool waitForOutcome(int timeoutMs = 30000)
    {
        return QTest::qWaitFor([this] { return outcome.has_value(); }, timeoutMs);
    }

    /// What @p store holds under @p entry (nullopt: nothing).
    static std::optional<QByteArray> secret(SecretStore &store, const QString &entry)
    {
        std::optional<SecretStore::Result> read;
        store.read(entry, [&read](const SecretStore::Result &result) { read = result; });
        if (!QTest::qWaitFor([&read] { return read.has_value(); }, 5000) || !read->ok())
            return std::nullopt;
        return read->value;
    }
};

} // namespace

/// Key enrolment — generate or import, keychain, profile, old entry dropped — without widgets.
class TestKeyEnrolmentFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedKeyIsStoredAndRecordedInTheProfile();
    void importedKeyKeepsItsKidUnlessOneIsGiven();
    void replacedKeyDropsTheOldEntry();
    void secondKeyOnTheSameDayGetsItsOwnKid();
    void renamedKidMovesTheKey();
    void keyForThisRunOnlyGoesToMemory();
    void keychainFailureIsTyped_data();
    void keychainFailureIsTyped();
    void missingStoreIsUnavailable();
    void failedProfileSaveKeepsThePreviousKey();
    void invalidKidIsRefusedBeforeAnythingIsStored();
    void cancelledStoreLeavesNoEntryAndNoOutcome();
    void cancelledGenerationIsNotUsed();
    void cancelDuringTheCleanUpStillSucceeds();
    void failedGenerationIsReported();
    void enrolledKeySignsForTheSandbox();

private:
    RsaKey m_key; ///< one key made once: generating is slow
    RsaKey m_otherKey;
};

void TestKeyEnrolmentFlow::initTestCase()
{
    m_key = RsaKey::generate(2048);
    m_otherKey = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull() && !m_otherKey.isNull());
}

void TestKeyEnrolmentFlow::generatedKeyIsStoredAndRecordedInTheProfile()
{
    Fixture fixture;
    const Profile before = fixture.profile();
    fixture.flow.generate(before, 2048);
    QVERIFY(fixture.flow.isRunning());
    QVERIFY(fixture.waitForOutcome());
    const KeyEnrolmentFlow::Outcome &outcome = *fixture.outcome;
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.message.isEmpty());
    QVERIFY(!fixture.flow.isRunning());
    QCOMPARE(fixture.steps, (QList<Step>{Step::Generating, Step::Storing, Step::SavingProfile}));

    const QString kid = RsaKey::suggestKid(SandboxHarness::VendorOrg, u"sandbox"_s, QDate::currentDate());
    QCOMPARE(outcome.newKey.kid, kid);
    const Profile saved = *fixture.profiles.find(before.id);
    QCOMPARE(saved.kid, kid);
    QCOMPARE(saved.keyBits, 2048);
    QCOMPARE(saved.keyAlgorithm, u"RS256"_s);
    QVERIFY(saved.keyPersistent);
    QCOMPARE(saved.keyThumbprint, outcome.newKey.key.thumbprint());
    QCOMPARE(outcome.profile.kid, saved.kid);
    QCOMPARE(outcome.keychainEntry, saved.keychainKey());

    // The private part is in the keychain, and only there; the outcome offers the public JWK.
    const auto stored = Fixture::secret(fixture.keychain, saved.keychainKey());
    QVERIFY(stored.has_value());
    QCOMPARE(RsaKey::fromPem(*stored).thumbprint(), saved.keyThumbprint);
    QVERIFY(!Fixture::secret(fixture.runOnly, saved.keychainKey()));
    QCOMPARE(outcome.publicJwk().value(u"kid"_s).toString(), kid);
    QVERIFY(!outcome.publicJwk().contains(u"d"_s));
    QCOMPARE(fixture.outcomes, 1);
}

void TestKeyEnrolmentFlow::importedKeyKeepsItsKidUnlessOneIsGiven()
{
    Fixture fixture;
    const KeyImporter::Result pem = KeyImporter::fromPem(m_key.privatePkcs8Pem());
    QVERIFY(pem.ok());
    KeyImporter::Result withKid = pem;
    withKid.suggestedKid = u"from-the-jwk"_s;

    fixture.flow.install(fixture.profile(), withKid);
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->profile.kid, u"from-the-jwk"_s);
    QCOMPARE(fixture.steps, (QList<Step>{Step::Storing, Step::SavingProfile})); // nothing to drop

    // A kid given by the caller wins over the file's.
    fixture.outcome.reset();
    fixture.flow.install(*fixture.profiles.find(u"digdir-sandbox"_s), withKid, u"chosen"_s);
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.profiles.find(u"digdir-sandbox"_s)->kid, u"chosen"_s);

    // A file kid no portal takes gives way to the suggested one.
    fixture.outcome.reset();
    KeyImporter::Result oddKid = pem;
    oddKid.suggestedKid = u"has spaces / slashes"_s;
    fixture.flow.install(*fixture.profiles.find(u"digdir-sandbox"_s), oddKid);
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    QVERIFY(fixture.outcome->profile.kid.startsWith(SandboxHarness::VendorOrg + u"-sandbox-"_s));
}

void TestKeyEnrolmentFlow::replacedKeyDropsTheOldEntry()
{
    Fixture fixture;
    const Profile first = fixture.profileWithKey(m_key, u"first"_s);
    QVERIFY(first.hasKey());
    QVERIFY(Fixture::secret(fixture.keychain, first.keychainKey()));

    fixture.flow.install(first, KeyEnrolmentFlow::NewKey{m_otherKey, u"second"_s, {}}, true);
    QVERIFY(fixture.waitForOutcome());
    const KeyEnrolmentFlow::Outcome &outcome = *fixture.outcome;
    QVERIFY(outcome.ok());
    QCOMPARE(fixture.steps.last(), Step::RemovingPreviousKey);
    QCOMPARE(outcome.previousEntry, first.keychainKey());
    QVERIFY(outcome.previousEntryRemoved);
    QVERIFY(!Fixture::secret(fixture.keychain, first.keychainKey()));
    const Profile second = *fixture.profiles.find(first.id);
    QCOMPARE(second.kid, u"second"_s);
    QCOMPARE(RsaKey::fromPem(*Fixture::secret(fixture.keychain, second.keychainKey())).thumbprint(),
        m_otherKey.thumbprint());
}

void TestKeyEnrolmentFlow::secondKeyOnTheSameDayGetsItsOwnKid()
{
    Fixture fixture;
    const QString today = RsaKey::suggestKid(SandboxHarness::VendorOrg, u"sandbox"_s, QDate::currentDate());
    const Profile first = fixture.profileWithKey(m_key, today);
    QCOMPARE(KeyEnrolmentFlow::suggestedKid(first), today + u"-2"_s);

    fixture.flow.install(first, KeyImporter::fromPem(m_otherKey.privatePkcs8Pem()));
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->profile.kid, today + u"-2"_s);
    // Both keys never share one entry: the first is dropped, not overwritten.
    QVERIFY(!Fixture::secret(fixture.keychain, first.keychainKey()));
    QVERIFY(Fixture::secret(fixture.keychain, fixture.outcome->profile.keychainKey()));
}

void TestKeyEnrolmentFlow::renamedKidMovesTheKey()
{
    Fixture fixture;
    const Profile before = fixture.profileWithKey(m_key, u"old-name"_s);
    fixture.flow.install(before, KeyEnrolmentFlow::NewKey{m_key, u" new-name "_s, {}}, before.keyPersistent);
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    const Profile after = *fixture.profiles.find(before.id);
    QCOMPARE(after.kid, u"new-name"_s);
    QCOMPARE(after.keyThumbprint, before.keyThumbprint);
    QVERIFY(!Fixture::secret(fixture.keychain, before.keychainKey()));
    QCOMPARE(RsaKey::fromPem(*Fixture::secret(fixture.keychain, after.keychainKey())).thumbprint(),
        m_key.thumbprint());
}

void TestKeyEnrolmentFlow::keyForThisRunOnlyGoesToMemory()
{
    Fixture fixture;
    const Profile inKeychain = fixture.profileWithKey(m_key, u"kept"_s);
    fixture.flow.install(inKeychain, KeyEnrolmentFlow::NewKey{m_otherKey, u"kept"_s, {}}, false);
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    QVERIFY(!fixture.outcome->persistent);
    const Profile saved = *fixture.profiles.find(inKeychain.id);
    QVERIFY(!saved.keyPersistent);
    QVERIFY(Fixture::secret(fixture.runOnly, saved.keychainKey()));
    // Same entry name, other store: the keychain's copy belongs to no profile any more.
    QVERIFY(!Fixture::secret(fixture.keychain, inKeychain.keychainKey()));
    QVERIFY(fixture.outcome->previousEntryRemoved);
}

void TestKeyEnrolmentFlow::keychainFailureIsTyped_data()
{
    QTest::addColumn<SecretStore::Status>("status");
    QTest::addColumn<Failure>("failure");
    QTest::newRow("unavailable") << SecretStore::Status::Unavailable << Failure::KeychainUnavailable;
    QTest::newRow("no session bus") << SecretStore::Status::NoSession << Failure::KeychainUnavailable;
    QTest::newRow("locked") << SecretStore::Status::Locked << Failure::KeychainLocked;
    QTest::newRow("denied") << SecretStore::Status::Denied << Failure::KeychainDenied;
    QTest::newRow("timed out") << SecretStore::Status::TimedOut << Failure::KeychainTimedOut;
    QTest::newRow("failed") << SecretStore::Status::Failed << Failure::KeychainFailed;
}

void TestKeyEnrolmentFlow::keychainFailureIsTyped()
{
    QFETCH(SecretStore::Status, status);
    QFETCH(Failure, failure);
    Fixture fixture;
    const Profile before = fixture.profile();
    fixture.keychain.setForcedStatus(status);
    fixture.flow.generate(before, 2048, u"wanted"_s);
    QVERIFY(fixture.waitForOutcome());
    const KeyEnrolmentFlow::Outcome outcome = *fixture.outcome;
    QCOMPARE(outcome.failure, failure);
    QVERIFY(outcome.isKeychainFailure());
    QCOMPARE(outcome.storeStatus, status);
    QCOMPARE(outcome.message, SecretStore::explain(status));
    QVERIFY(!outcome.message.isEmpty());
    // The generated key comes back, so "try again" or "this run only" need not generate another.
    QVERIFY(!outcome.newKey.key.isNull());
    QCOMPARE(outcome.newKey.kid, u"wanted"_s);
    QVERIFY(outcome.persistent);
    QCOMPARE(*fixture.profiles.find(before.id), before);
    QCOMPARE(outcome.profile, before);

    // "Keep it for this run only" with the same key.
    fixture.outcome.reset();
    fixture.flow.install(before, outcome.newKey, false);
    QVERIFY(fixture.waitForOutcome());
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->profile.keyThumbprint, fixture.outcome->newKey.key.thumbprint());
    QVERIFY(!fixture.profiles.find(before.id)->keyPersistent);
}

void TestKeyEnrolmentFlow::missingStoreIsUnavailable()
{
    QTemporaryDir directory;
    ProfileStore profiles(directory.filePath(u"profiles.json"_s));
    KeyEnrolmentFlow flow(
        [](bool) -> SecretStore * { return nullptr; }, KeyEnrolmentFlow::savingTo(&profiles));
    std::optional<KeyEnrolmentFlow::Outcome> outcome;
    connect(&flow, &KeyEnrolmentFlow::finished, this,
        [&outcome](const KeyEnrolmentFlow::Outcome &finished) { outcome = finished; });
    Profile profile;
    profile.id = u"p"_s;
    profile.vendorOrgNumber = SandboxHarness::VendorOrg;
    flow.install(profile, KeyEnrolmentFlow::NewKey{m_key, u"k"_s, {}}, true);
    QVERIFY(!outcome); // never from inside the call
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->failure, Failure::KeychainUnavailable);
    QCOMPARE(outcome->message, SecretStore::explain(SecretStore::Status::Unavailable));
    QVERIFY(!profiles.find(u"p"_s));
}

void TestKeyEnrolmentFlow::failedProfileSaveKeepsThePreviousKey()
{
    Fixture fixture;
    const Profile before = fixture.profileWithKey(m_key, u"before"_s);
    fixture.save = [](const Profile &, QString *error) {
        *error = u"disk full"_s;
        return false;
    };
    fixture.flow.install(before, KeyEnrolmentFlow::NewKey{m_otherKey, u"after"_s, {}}, true);
    QVERIFY(fixture.waitForOutcome());
    const KeyEnrolmentFlow::Outcome &outcome = *fixture.outcome;
    QCOMPARE(outcome.failure, Failure::ProfileSaveFailed);
    QVERIFY(outcome.message.contains(u"disk full"_s));
    QCOMPARE(outcome.detail, u"disk full"_s);
    QCOMPARE(outcome.profile, before);
    // No stray private key under the new name; the profile's own key untouched.
    QVERIFY(!Fixture::secret(fixture.keychain, outcome.keychainEntry));
    QCOMPARE(RsaKey::fromPem(*Fixture::secret(fixture.keychain, before.keychainKey())).thumbprint(),
        m_key.thumbprint());
}

void TestKeyEnrolmentFlow::invalidKidIsRefusedBeforeAnythingIsStored()
{
    Fixture fixture;
    const Profile before = fixture.profile();
    QVERIFY(!KeyEnrolmentFlow::kidProblem(u"bad kid!"_s).isEmpty());
    QVERIFY(KeyEnrolmentFlow::kidProblem(u"991825827-tt02-2026-01-05"_s).isEmpty());
    fixture.flow.generate(before, 2048, u"bad kid!"_s);
    QVERIFY(!fixture.outcome);
    QVERIFY(fixture.waitForOutcome());
    QCOMPARE(fixture.outcome->failure, Failure::InvalidKid);
    QCOMPARE(fixture.outcome->message, KeyEnrolmentFlow::kidProblem(u"bad kid!"_s));
    QVERIFY(fixture.steps.isEmpty()); // not even generated
    QCOMPARE(*fixture.profiles.find(before.id), before);
}

void TestKeyEnrolmentFlow::cancelledStoreLeavesNoEntryAndNoOutcome()
{
    Fixture fixture;
    const Profile before = fixture.profileWithKey(m_key, u"current"_s);
    fixture.flow.install(before, KeyEnrolmentFlow::NewKey{m_otherKey, u"abandoned"_s, {}}, true);
    QCOMPARE(fixture.steps, QList<Step>{Step::Storing});
    fixture.flow.cancel();
    QVERIFY(!fixture.flow.isRunning());
    QTest::qWait(50);
    QVERIFY(!fixture.outcome);
    QCOMPARE(*fixture.profiles.find(before.id), before);
    Profile abandoned = before;
    abandoned.kid = u"abandoned"_s;
    // The keychain wrote it before it answered: the flow takes it out again.
    QTRY_VERIFY(!Fixture::secret(fixture.keychain, abandoned.keychainKey()));
    QVERIFY(Fixture::secret(fixture.keychain, before.keychainKey()));
}

void TestKeyEnrolmentFlow::cancelledGenerationIsNotUsed()
{
    Fixture fixture;
    const Profile before = fixture.profile();
    fixture.flow.generate(before, 2048, u"never"_s);
    fixture.flow.cancel();
    QTest::qWait(3000); // long enough for the generation to end
    QVERIFY(!fixture.outcome);
    QCOMPARE(fixture.steps, QList<Step>{Step::Generating});
    QCOMPARE(*fixture.profiles.find(before.id), before);
    Profile never = before;
    never.kid = u"never"_s;
    QVERIFY(!Fixture::secret(fixture.keychain, never.keychainKey()));
}

void TestKeyEnrolmentFlow::cancelDuringTheCleanUpStillSucceeds()
{
    Fixture fixture;
    const Profile before = fixture.profileWithKey(m_key, u"old"_s);
    QObject::connect(&fixture.flow, &KeyEnrolmentFlow::progress, &fixture.flow, [&fixture](Step step) {
        if (step == Step::RemovingPreviousKey)
            fixture.flow.cancel();
    });
    fixture.flow.install(before, KeyEnrolmentFlow::NewKey{m_otherKey, u"new"_s, {}}, true);
    QVERIFY(fixture.waitForOutcome());
    // The profile names the new key already: cancelling only stops waiting for the old entry's removal.
    QVERIFY(fixture.outcome->ok());
    QVERIFY(!fixture.outcome->previousEntryRemoved);
    QCOMPARE(fixture.profiles.find(before.id)->kid, u"new"_s);
    QTest::qWait(20);
    QCOMPARE(fixture.outcomes, 1);
}

void TestKeyEnrolmentFlow::failedGenerationIsReported()
{
    Fixture fixture;
    const Profile before = fixture.profile();
    fixture.flow.generate(before, 1024); // OpenSSL is not asked for keys under 2048 bits
    QVERIFY(fixture.waitForOutcome());
    QCOMPARE(fixture.outcome->failure, Failure::GenerationFailed);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QCOMPARE(*fixture.profiles.find(before.id), before);
}

void TestKeyEnrolmentFlow::enrolledKeySignsForTheSandbox()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isListening());
    Fixture fixture;
    const Profile enrolled = fixture.profileWithKey(m_key, u"signing"_s);
    // The client, as the self-service portal would hold it, with the public key the flow hands out.
    const auto reply = sandbox.post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg},
            {u"scopes"_s, QJsonArray::fromStringList(Altinn::AltinnScopes::all())},
            {u"jwks"_s, m_key.publicJwks(enrolled.kid)}});
    QCOMPARE(reply.status, 201);
    Profile withClient = enrolled;
    withClient.clientId = reply.object().value(u"clientId"_s).toString();

    // A session reads the key back from the keychain entry the flow wrote, and Maskinporten accepts it.
    VendorSession session(withClient, Altinn::Environment::sandbox(sandbox.baseUrl()), &fixture.keychain);
    std::optional<Altinn::ApiResult<MaskinportenToken>> token;
    session.vendorToken(Altinn::AltinnScopes::all(),
        [&token](const Altinn::ApiResult<MaskinportenToken> &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 15000);
    QVERIFY2(token->ok(), qPrintable(token->failure.detail));
}

QTEST_GUILESS_MAIN(TestKeyEnrolmentFlow)
#include "TestKeyEnrolmentFlow.moc"
