#include "secrets/MemorySecretStore.h"

#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
/// Runs one store operation and waits for its answer.
template <typename Start> SecretStore::Result await(Start start)
{
    std::optional<SecretStore::Result> result;
    start([&result](const SecretStore::Result &answer) { result = answer; });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
    return result.value_or(SecretStore::Result{SecretStore::Status::TimedOut, {}, {}});
}
} // namespace

class TestMemorySecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsynchronously();
    void roundTripsAndRemoves();
    void forcedStatusRehearsesFailures();
    void keysAreStablePerProfileEnvironmentAndKid();
    void everyFailureHasItsOwnRemedy();
};

void TestMemorySecretStore::answersAsynchronously()
{
    MemorySecretStore store;
    bool answered = false;
    store.write(u"k"_s, "v", [&answered](const SecretStore::Result &) { answered = true; });
    QVERIFY(!answered); // never inside the call: callers must not rely on re-entrancy
    QTRY_VERIFY(answered);
}

void TestMemorySecretStore::roundTripsAndRemoves()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(await([&](auto done) { store.write(u"k"_s, "secret bytes", done); }).ok());
    const auto read = await([&](auto done) { store.read(u"k"_s, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value, QByteArray("secret bytes"));
    QVERIFY(await([&](auto done) { store.remove(u"k"_s, done); }).ok());
    QCOMPARE(await([&](auto done) { store.read(u"k"_s, done); }).status, SecretStore::Status::NotFound);
}

void TestMemorySecretStore::forcedStatusRehearsesFailures()
{
    MemorySecretStore store;
    store.setForcedStatus(SecretStore::Status::Denied);
    QCOMPARE(await([&](auto done) { store.write(u"k"_s, "v", done); }).status, SecretStore::Status::Denied);
    store.setForcedStatus(SecretStore::Status::Ok);
    QCOMPARE(await([&](auto done) { store.read(u"k"_s, done); }).status, SecretStore::Status::NotFound);
}

void TestMemorySecretStore::keysAreStablePerProfileEnvironmentAndKid()
{
    QCOMPARE(
        SecretStore::keyFor(u"p1"_s, u"tt02"_s, u"acme-2026-01"_s), u"profile/p1/tt02/key/acme-2026-01"_s);
    QVERIFY(
        SecretStore::keyFor(u"p1"_s, u"tt02"_s, u"k"_s) != SecretStore::keyFor(u"p1"_s, u"prod"_s, u"k"_s));
}

void TestMemorySecretStore::everyFailureHasItsOwnRemedy()
{
    // Each cause its own remedy: no two statuses share a message, whatever statuses are added later.
    const QMetaEnum statuses = QMetaEnum::fromType<SecretStore::Status>();
    QSet<QString> seen;
    for (int i = 0; i < statuses.keyCount(); ++i) {
        const auto status = static_cast<SecretStore::Status>(statuses.value(i));
        if (status == SecretStore::Status::Ok)
            continue;
        const QString message = SecretStore::explain(status);
        QVERIFY2(!message.isEmpty(), statuses.key(i));
        QVERIFY2(!seen.contains(message), statuses.key(i));
        seen.insert(message);
    }
    QVERIFY(SecretStore::explain(SecretStore::Status::Ok).isEmpty());
    // Only a key that is gone or broken calls for a new one: a new key replaces the registered one.
    for (const auto status :
        {SecretStore::Status::Unavailable, SecretStore::Status::NoSession, SecretStore::Status::Locked,
            SecretStore::Status::Denied, SecretStore::Status::TimedOut, SecretStore::Status::Failed}) {
        const QString message = SecretStore::explain(status);
        QVERIFY2(!message.contains(u"not in the keychain"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"generate a new key"_s), qPrintable(message));
    }
    QVERIFY(SecretStore::explain(SecretStore::Status::Locked).contains(u"locked"_s));
    QVERIFY(SecretStore::explain(SecretStore::Status::Unavailable).contains(u"GNOME Keyring"_s));
    QVERIFY(SecretStore::explain(SecretStore::Status::Unavailable).contains(u"KeePassXC"_s));
    QVERIFY(SecretStore::explain(SecretStore::Status::NoSession).contains(u"dbus-run-session"_s));
    QVERIFY(SecretStore::explain(SecretStore::Status::Damaged).contains(u"backup"_s));
    QVERIFY(SecretStore::explain(SecretStore::Status::Denied).contains(u"Allow"_s));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
