#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto Service = u"systemuser-wizard-tests"_s;
} // namespace

/**
 * Proves the test harness gives the keychain tests a working, unlocked Secret Service: a value is
 * written, read back and removed through qtkeychain. Skips (not fails) outside `make test`.
 */
class TestKeychainEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripsAValue();
};

void TestKeychainEnvironment::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests (make test).");
}

void TestKeychainEnvironment::roundTripsAValue()
{
    const QString key = u"harness-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = u"not a secret "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QKeychain::WritePasswordJob write(Service);
    write.setAutoDelete(false);
    write.setKey(key);
    write.setTextData(value);
    QSignalSpy written(&write, &QKeychain::Job::finished);
    write.start();
    QVERIFY(written.wait(10000));
    QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

    QKeychain::ReadPasswordJob read(Service);
    read.setAutoDelete(false);
    read.setKey(key);
    QSignalSpy readDone(&read, &QKeychain::Job::finished);
    read.start();
    QVERIFY(readDone.wait(10000));
    QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
    QCOMPARE(read.textData(), value);

    QKeychain::DeletePasswordJob remove(Service);
    remove.setAutoDelete(false);
    remove.setKey(key);
    QSignalSpy removed(&remove, &QKeychain::Job::finished);
    remove.start();
    QVERIFY(removed.wait(10000));
    QVERIFY2(remove.error() == QKeychain::NoError, qPrintable(remove.errorString()));

    QKeychain::ReadPasswordJob readAgain(Service);
    readAgain.setAutoDelete(false);
    readAgain.setKey(key);
    QSignalSpy readAgainDone(&readAgain, &QKeychain::Job::finished);
    readAgain.start();
    QVERIFY(readAgainDone.wait(10000));
    QCOMPARE(readAgain.error(), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychainEnvironment)
#include "TestKeychainEnvironment.moc"
