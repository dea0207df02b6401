#include "cli/CliApplication.h"
#include "secrets/KeychainSecretStore.h"
#include "workspace/ProfileStore.h"

#include <QBuffer>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

/**
 * The keychain's failures named with their own remedy, each in the environment that causes it: a locked
 * keyring, a session bus without a Secret Service, no session bus at all. Every test runs this program
 * again, for itself alone, inside a throw-away environment (its own dbus-run-session, gnome-keyring-daemon
 * and HOME), so the keyring of the surrounding test run is never locked. Checks the store's status and
 * what systemuser-cli prints and exits with.
 */
class TestKeychainFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockedKeyringSaysLockedNotMissing();
    void busWithoutSecretServiceSaysHowToGetOne();
    void noSessionBusSaysSo();

private:
    enum class Environment { LockedKeyring, BusWithoutSecretService, NoSessionBus };
    /// Outside: runs the current test function again inside @p environment and reports its result.
    void runInside(Environment environment);
    static bool isInside() { return qEnvironmentVariableIsSet("KEYCHAIN_FAULTS_INSIDE"); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// systemuser-cli in this process, on m_store and a profile file of this test.
    Run cli(const QStringList &arguments);
    /// A profile "Acme" (TT02, with a client id) that is the current one.
    void createProfile();
    /// The current profile names a key, as if one had been generated (its entry need not exist).
    void pretendTheProfileHasAKey();
    std::optional<Profile> currentProfile() const;

    QTemporaryDir m_directory;
    std::unique_ptr<KeychainSecretStore> m_store;
};

namespace {

const auto Service = u"systemuser-wizard-tests"_s;
const auto ClientId = u"1b2c3d4e-0000-4a5b-8c9d-0123456789ab"_s;

template <typename Start> SecretStore::Result await(Start start)
{
    std::optional<SecretStore::Result> result;
    start([&result](const SecretStore::Result &answer) { result = answer; });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
    return result.value_or(SecretStore::Result{SecretStore::Status::Failed, {}, u"no answer"_s});
}

/// Locks the collection qtkeychain writes to, as a screen lock or "lock keyring" does. Returns false
/// when the Secret Service refused (Lock never needs a prompt with gnome-keyring).
bool lockDefaultCollection()
{
    const auto secrets = u"org.freedesktop.secrets"_s;
    const auto root = u"/org/freedesktop/secrets"_s;
    const auto service = u"org.freedesktop.Secret.Service"_s;
    QDBusMessage alias = QDBusMessage::createMethodCall(secrets, root, service, u"ReadAlias"_s);
    alias << u"default"_s;
    const QDBusMessage found = QDBusConnection::sessionBus().call(alias);
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().isEmpty())
        return false;
    const QDBusObjectPath collection = qdbus_cast<QDBusObjectPath>(found.arguments().constFirst());
    QDBusMessage lock = QDBusMessage::createMethodCall(secrets, root, service, u"Lock"_s);
    lock << QVariant::fromValue(QList<QDBusObjectPath>{collection});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock);
    return locked.type() == QDBusMessage::ReplyMessage && !locked.arguments().isEmpty()
        && qdbus_cast<QList<QDBusObjectPath>>(locked.arguments().constFirst()).contains(collection);
}

/// A session bus that starts no services: no Secret Service will ever answer on it.
const auto BusWithoutServices =
    R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

} // namespace

void TestKeychainFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    if (isInside())
        m_store = std::make_unique<KeychainSecretStore>(Service);
}

void TestKeychainFaults::runInside(Environment environment)
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (environment != Environment::NoSessionBus && dbusRunSession.isEmpty())
        QSKIP("dbus-run-session is not installed (package dbus).");
    if (environment == Environment::LockedKeyring && keyringDaemon.isEmpty())
        QSKIP("gnome-keyring-daemon is not installed (package gnome-keyring).");

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = scratch.filePath(QString::fromLatin1(name).toLower());
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        variables.insert(QString::fromLatin1(name), path);
    }
    // No display: an unlock prompt fails at once instead of opening on someone's desktop. No desktop
    // hints: qtkeychain then uses the Secret Service, as on GNOME and most other desktops.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP",
             "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION"})
        variables.remove(QString::fromLatin1(name));
    variables.insert(u"KEYCHAIN_FAULTS_INSIDE"_s, u"1"_s);

    const QString self = QCoreApplication::applicationFilePath();
    const QString function = QString::fromLatin1(QTest::currentTestFunction());
    QString program = self;
    QStringList arguments{function};
    if (environment == Environment::LockedKeyring) {
        program = dbusRunSession;
        arguments = {u"--"_s, u"sh"_s, u"-c"_s,
            u"printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\" \"$1\""_s,
            self, function};
    } else if (environment == Environment::BusWithoutSecretService) {
        QFile config(scratch.filePath(u"session.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(BusWithoutServices);
        config.close();
        program = dbusRunSession;
        arguments = {u"--config-file="_s + config.fileName(), u"--"_s, self, function};
    }

    QProcess process;
    process.setProcessEnvironment(variables);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    QVERIFY2(process.waitForFinished(180000), "the test inside its environment did not finish");
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
}

TestKeychainFaults::Run TestKeychainFaults::cli(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run run;
    {
        CliApplication application(QCoreApplication::instance(),
            {&out, &err, m_store.get(), m_directory.filePath(u"profiles.json"_s)});
        bool finished = false;
        application.run(QStringList{u"--lang"_s, u"en"_s} + arguments, [&](int code) {
            run.exitCode = code;
            finished = true;
        });
        if (!QTest::qWaitFor([&finished] { return finished; }, 60000))
            qWarning("the command did not finish");
    }
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}

void TestKeychainFaults::createProfile()
{
    const Run created = cli({u"profile"_s, u"create"_s, u"Acme"_s, u"--env"_s, u"tt02"_s, u"--org"_s,
        u"991825827"_s, u"--client-id"_s, ClientId});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
}

std::optional<Profile> TestKeychainFaults::currentProfile() const
{
    ProfileStore profiles(m_directory.filePath(u"profiles.json"_s));
    if (!profiles.load())
        return std::nullopt;
    return profiles.find(profiles.currentId());
}

void TestKeychainFaults::pretendTheProfileHasAKey()
{
    std::optional<Profile> profile = currentProfile();
    QVERIFY(profile);
    profile->kid = u"acme-1"_s;
    profile->keyAlgorithm = u"RS256"_s;
    profile->keyBits = 2048;
    profile->keyThumbprint = u"not-a-real-thumbprint"_s;
    profile->keyPersistent = true;
    ProfileStore profiles(m_directory.filePath(u"profiles.json"_s));
    QVERIFY(profiles.load());
    QVERIFY(profiles.save(*profile));
}

void TestKeychainFaults::lockedKeyringSaysLockedNotMissing()
{
    if (!isInside()) {
        runInside(Environment::LockedKeyring);
        return;
    }
    // A key generated while the keyring was open; then the keyring is locked (screen lock, "lock keyring").
    createProfile();
    QCOMPARE(cli({u"key"_s, u"generate"_s}).exitCode, 0);
    const std::optional<Profile> profile = currentProfile();
    QVERIFY(profile && profile->hasKey());
    QVERIFY(lockDefaultCollection());

    // libsecret reads a locked entry as "not found"; the store must not believe it.
    const SecretStore::Result read = await([&](auto done) { m_store->read(profile->keychainKey(), done); });
    QCOMPARE(read.status, SecretStore::Status::Locked);
    const auto written = await([&](auto done) { m_store->write(u"faults/another"_s, "value", done); });
    QCOMPARE(written.status, SecretStore::Status::Locked);
    // Deleting from a locked collection "succeeds" without deleting anything: that is no success.
    const auto removed = await([&](auto done) { m_store->remove(profile->keychainKey(), done); });
    QCOMPARE(removed.status, SecretStore::Status::Locked);

    const QString locked = SecretStore::explain(SecretStore::Status::Locked);
    const QString missing = SecretStore::explain(SecretStore::Status::NotFound);
    for (const QStringList &command : {QStringList{u"key"_s, u"export-public"_s}, QStringList{u"token"_s},
             QStringList{u"key"_s, u"generate"_s, u"--replace"_s}}) {
        const Run run = cli(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(locked), qPrintable(command.join(u' ') + u": "_s + run.err));
        QVERIFY2(!run.err.contains(missing), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(currentProfile()->kid, profile->kid); // nothing replaced the registered key
}

void TestKeychainFaults::busWithoutSecretServiceSaysHowToGetOne()
{
    if (!isInside()) {
        runInside(Environment::BusWithoutSecretService);
        return;
    }
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QCOMPARE(await([&](auto done) { m_store->read(u"faults/any"_s, done); }).status,
        SecretStore::Status::Unavailable);
    QCOMPARE(await([&](auto done) { m_store->write(u"faults/any"_s, "value", done); }).status,
        SecretStore::Status::Unavailable);

    const QString remedy = SecretStore::explain(SecretStore::Status::Unavailable);
    createProfile();
    const Run generated = cli({u"key"_s, u"generate"_s});
    QCOMPARE(generated.exitCode, 1);
    QVERIFY2(generated.err.contains(remedy), qPrintable(generated.err));
    QVERIFY(!currentProfile()->hasKey());

    pretendTheProfileHasAKey();
    const Run exported = cli({u"key"_s, u"export-public"_s});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(remedy), qPrintable(exported.err));
    QVERIFY(exported.out.isEmpty());
}

void TestKeychainFaults::noSessionBusSaysSo()
{
    if (!isInside()) {
        runInside(Environment::NoSessionBus);
        return;
    }
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QCOMPARE(await([&](auto done) { m_store->read(u"faults/any"_s, done); }).status,
        SecretStore::Status::NoSession);

    const QString remedy = SecretStore::explain(SecretStore::Status::NoSession);
    createProfile();
    const Run generated = cli({u"key"_s, u"generate"_s});
    QCOMPARE(generated.exitCode, 1);
    QVERIFY2(generated.err.contains(remedy), qPrintable(generated.err));

    pretendTheProfileHasAKey();
    const Run exported = cli({u"key"_s, u"export-public"_s});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(remedy), qPrintable(exported.err));
}

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "TestKeychainFaults.moc"
