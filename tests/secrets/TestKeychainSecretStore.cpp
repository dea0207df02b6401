#include "auth/RsaKey.h"
#include "secrets/KeychainSecretStore.h"

#include <QScopeGuard>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto Service = u"systemuser-wizard-tests"_s;

template <typename Start> SecretStore::Result await(Start start)
{
    std::optional<SecretStore::Result> result;
    start([&result](const SecretStore::Result &answer) { result = answer; });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result.value_or(SecretStore::Result{SecretStore::Status::Failed, {}, u"no answer"_s});
}

/// Runs a raw qtkeychain job (bypassing the store) to its end; its error.
QKeychain::Error runRaw(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &job, [&done] { done = true; });
    job.start();
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&done] { return done; }, 10000);
    return job.error();
}

/// Reads one raw keychain entry, bypassing the store, to see what is really stored.
QKeychain::Error rawReadError(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setAutoDelete(false);
    job.setKey(key);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, [&done] { done = true; });
    job.start();
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&done] { return done; }, 10000);
    return job.error();
}
} // namespace

/// A real private key through the real Secret Service (gnome-keyring in a throw-away D-Bus session).
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripsA4096BitKeyInChunks();
    void overwriteWithAShorterValueReadsTheNewValue();
    void readingAMissingKeySaysNotFound();
    void answersTimedOutWhenTheKeychainIsSlow();
    void missingLaterChunkIsDamagedNotMissing();
    void entryNotInThisAppsFormatIsDamaged_data();
    void entryNotInThisAppsFormatIsDamaged();
    void anotherServiceKeepsItsKeysApart();

private:
    static QString freshKey() { return u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests (make test).");
}

void TestKeychainSecretStore::roundTripsA4096BitKeyInChunks()
{
    KeychainSecretStore store(Service);
    const QByteArray pem = RsaKey::generate(4096).privatePkcs8Pem();
    QVERIFY(pem.size() > KeychainSecretStore::ChunkSize); // really needs more than one chunk
    const QString key = freshKey();

    const auto written = await([&](auto done) { store.write(key, pem, done); });
    QVERIFY2(written.ok(), qPrintable(written.detail));
    QCOMPARE(rawReadError(KeychainSecretStore::chunkKey(key, 1)), QKeychain::NoError);

    const auto read = await([&](auto done) { store.read(key, done); });
    QVERIFY2(read.ok(), qPrintable(read.detail));
    QCOMPARE(read.value, pem);
    QVERIFY(RsaKey::fromPem(read.value).hasPrivateKey());

    QVERIFY(await([&](auto done) { store.remove(key, done); }).ok());
    QCOMPARE(rawReadError(key), QKeychain::EntryNotFound);
    QCOMPARE(rawReadError(KeychainSecretStore::chunkKey(key, 1)), QKeychain::EntryNotFound);
}

void TestKeychainSecretStore::overwriteWithAShorterValueReadsTheNewValue()
{
    KeychainSecretStore store(Service);
    const QString key = freshKey();
    QVERIFY(await([&](auto done) { store.write(key, QByteArray(5000, 'x'), done); }).ok());
    QVERIFY(await([&](auto done) { store.write(key, "short", done); }).ok());
    // No piece of the old, longer value may stay behind in the keychain.
    QCOMPARE(rawReadError(KeychainSecretStore::chunkKey(key, 1)), QKeychain::EntryNotFound);
    const auto read = await([&](auto done) { store.read(key, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value, QByteArray("short"));
    QVERIFY(await([&](auto done) { store.remove(key, done); }).ok());
}

void TestKeychainSecretStore::readingAMissingKeySaysNotFound()
{
    KeychainSecretStore store(Service);
    QCOMPARE(await([&](auto done) { store.read(freshKey(), done); }).status, SecretStore::Status::NotFound);
    QVERIFY(await([&](auto done) { store.remove(freshKey(), done); }).ok());
}

void TestKeychainSecretStore::answersTimedOutWhenTheKeychainIsSlow()
{
    KeychainSecretStore store(Service);
    store.setTimeout(0); // expires before any D-Bus round trip can answer
    int answers = 0;
    SecretStore::Status status = SecretStore::Status::Ok;
    store.read(freshKey(), [&](const SecretStore::Result &result) {
        ++answers;
        status = result.status;
    });
    QTRY_COMPARE(answers, 1);
    QCOMPARE(status, SecretStore::Status::TimedOut);
    QTest::qWait(300); // the keychain's late answer must be dropped, not delivered a second time
    QCOMPARE(answers, 1);
}

void TestKeychainSecretStore::missingLaterChunkIsDamagedNotMissing()
{
    KeychainSecretStore store(Service);
    const QString key = freshKey();
    QVERIFY(await([&](auto done) { store.write(key, QByteArray(5000, 'x'), done); }).ok());
    QKeychain::DeletePasswordJob removeSecondChunk(Service);
    removeSecondChunk.setKey(KeychainSecretStore::chunkKey(key, 1));
    QCOMPARE(runRaw(removeSecondChunk), QKeychain::NoError);

    // The first chunk is there, so the key was stored: "generate a new one" would be the wrong advice.
    const auto read = await([&](auto done) { store.read(key, done); });
    QCOMPARE(read.status, SecretStore::Status::Damaged);
    QVERIFY(!read.detail.isEmpty());
    QVERIFY(await([&](auto done) { store.remove(key, done); }).ok());
    QCOMPARE(rawReadError(key), QKeychain::EntryNotFound);
}

void TestKeychainSecretStore::entryNotInThisAppsFormatIsDamaged_data()
{
    QTest::addColumn<QString>("firstChunk");
    QTest::newRow("no header") << u"c2VjcmV0"_s;
    QTest::newRow("chunk count not a number") << u"v1:x:c2VjcmV0"_s;
    QTest::newRow("not base64") << u"v1:1:%%%%"_s;
}

void TestKeychainSecretStore::entryNotInThisAppsFormatIsDamaged()
{
    QFETCH(QString, firstChunk);
    KeychainSecretStore store(Service);
    const QString key = freshKey();
    QKeychain::WritePasswordJob write(Service);
    write.setKey(key);
    write.setTextData(firstChunk);
    QCOMPARE(runRaw(write), QKeychain::NoError);

    QCOMPARE(await([&](auto done) { store.read(key, done); }).status, SecretStore::Status::Damaged);
    QVERIFY(await([&](auto done) { store.remove(key, done); }).ok());
}

/// SYSTEMUSER_KEYCHAIN_SERVICE names the service the wizard and the CLI keep keys under: a key saved under
/// one is not found under the other (this is what lets tests run side by side, one service each).
void TestKeychainSecretStore::anotherServiceKeepsItsKeysApart()
{
    const QByteArray saved = qgetenv(KeychainSecretStore::ServiceVariable);
    const auto restore = qScopeGuard([&saved] { qputenv(KeychainSecretStore::ServiceVariable, saved); });
    qunsetenv(KeychainSecretStore::ServiceVariable);
    QCOMPARE(KeychainSecretStore::configuredService(), KeychainSecretStore::DefaultService);
    qputenv(KeychainSecretStore::ServiceVariable, "  ");
    QCOMPARE(KeychainSecretStore::configuredService(), KeychainSecretStore::DefaultService);

    qputenv(KeychainSecretStore::ServiceVariable, Service.toUtf8() + "-apart");
    QCOMPARE(KeychainSecretStore::configuredService(), Service + u"-apart"_s);
    KeychainSecretStore apart(KeychainSecretStore::configuredService());
    KeychainSecretStore usual(Service);
    const QString key = freshKey();
    QCOMPARE(await([&](auto done) { apart.write(key, "apart", std::move(done)); }).status,
        SecretStore::Status::Ok);
    QCOMPARE(
        await([&](auto done) { usual.read(key, std::move(done)); }).status, SecretStore::Status::NotFound);
    const SecretStore::Result read = await([&](auto done) { apart.read(key, std::move(done)); });
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.value, QByteArray("apart"));
    QCOMPARE(await([&](auto done) { apart.remove(key, std::move(done)); }).status, SecretStore::Status::Ok);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
