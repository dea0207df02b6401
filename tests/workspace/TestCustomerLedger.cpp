#include "workspace/CustomerLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestCustomerLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingFileIsAnEmptyLedger();
    void upsertSavesAndSurvivesANewLedger();
    void destructionSavesWhatWasNotSavedYet();
    void flushSavesNowAndOnlyWhenNeeded();
    void saveSoonSavesWithoutWaitingAndSaysSo();
    void manyChangesAreWrittenOnce();
    void aStreamOfChangesIsSavedEveryLongestDelay();
    void upsertAllNamesTheChangedKeys();
    void changesDuringSavesAreNeverLost();
    void keyTreatsAnEmptyExternalRefAsTheOrgNumber();
    void stateSinceMovesOnlyWhenTheStateChanges();
    void noteIsKeptWhenAltinnUpdatesTheRecord();
    void unchangedRecordWritesNothingAndSignalsNothing();
    void everyStateHasOneNextActionAndWords();
    void followedAreTheWaitingOnes();
    void ledgersAreKeptApartPerProfileEnvironmentAndSystem();
    void unwritableFolderKeepsTheChangeAndSaysWhy();
    void corruptFileIsReported();
    void waitingIsCountedFromTheRequestElseTheState();
    void waitingLongerThanFindsTheLongWaits();

private:
    QString freshPath() { return m_directory.filePath(u"ledger-%1.json"_s.arg(++m_counter)); }
    static CustomerLedger::Scope scope() { return {u"acme"_s, u"sandbox"_s, u"991825827_smartregnskap"_s}; }
    QTemporaryDir m_directory;
    int m_counter = 0;
};

namespace {

CustomerRecord waiting(const QString &orgNo, const QString &ref = {})
{
    CustomerRecord record;
    record.orgNo = orgNo;
    record.externalRef = ref;
    record.requestId = u"req-"_s + orgNo + ref;
    record.requestStatus = u"New"_s;
    record.state = CustomerState::Waiting;
    return record;
}

} // namespace

void TestCustomerLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
}

void TestCustomerLedger::missingFileIsAnEmptyLedger()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.load());
    QCOMPARE(ledger.size(), 0);
    QVERIFY(!ledger.syncedAt().isValid());
    QVERIFY(!QFile::exists(ledger.filePath()));
}

void TestCustomerLedger::upsertSavesAndSurvivesANewLedger()
{
    const QString path = freshPath();
    CustomerLedger ledger(scope(), path);
    QSignalSpy changed(&ledger, &CustomerLedger::customerChanged);
    CustomerRecord record = waiting(u"310904473"_s, u"kunde-1"_s);
    record.name = u"Tilfeldig Subtil Ape"_s;
    record.confirmUrl = u"http://127.0.0.1/approve?id=1"_s;
    QVERIFY(ledger.upsert(record));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), u"310904473/kunde-1"_s);
    ledger.setSyncedAt(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));

    // Saved after the quiet period, by itself: both changes in one write.
    QVERIFY(ledger.hasUnsavedChanges());
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY_WITH_TIMEOUT(!ledger.hasUnsavedChanges(), 5000);
    QCOMPARE(ledger.saveCount(), 1);
    QVERIFY(ledger.saveError().isEmpty());
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.customers(), ledger.customers());
    QCOMPARE(reread.syncedAt(), ledger.syncedAt());
    const CustomerRecord stored = *reread.find(u"310904473"_s, u"kunde-1"_s);
    QCOMPARE(stored.name, record.name);
    QVERIFY(stored.updatedAt.isValid());
    QVERIFY((QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

void TestCustomerLedger::destructionSavesWhatWasNotSavedYet()
{
    const QString path = freshPath();
    {
        CustomerLedger ledger(scope(), path);
        // Nothing would be saved for an hour: only the destructor writes (as at the CLI's exit).
        ledger.setSaveDelays(1h, 1h);
        QVERIFY(
            ledger.upsertAll({waiting(u"310904473"_s), waiting(u"310945552"_s), waiting(u"310959502"_s)}));
        QVERIFY(ledger.setNote(CustomerRecord::keyOf(u"310904473"_s, {}), u"ring Kari"_s));
        QVERIFY(ledger.remove(CustomerRecord::keyOf(u"310945552"_s, {})));
        ledger.setSyncedAt(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
        QTest::qWait(50);
        QVERIFY(!QFile::exists(path));
    }
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 2);
    QCOMPARE(reread.find(u"310904473"_s, {})->note, u"ring Kari"_s);
    QVERIFY(!reread.find(u"310945552"_s, {}));
    QVERIFY(reread.find(u"310959502"_s, {}));
    QCOMPARE(reread.syncedAt(), QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
}

void TestCustomerLedger::flushSavesNowAndOnlyWhenNeeded()
{
    const QString path = freshPath();
    CustomerLedger ledger(scope(), path);
    ledger.setSaveDelays(1h, 1h);
    QVERIFY(ledger.flush()); // nothing to save: no file either
    QCOMPARE(ledger.saveCount(), 0);
    QVERIFY(!QFile::exists(path));

    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(ledger.flush());
    QCOMPARE(ledger.saveCount(), 1);
    QVERIFY(!ledger.hasUnsavedChanges());
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.customers(), ledger.customers());
    QVERIFY(ledger.flush());
    QCOMPARE(ledger.saveCount(), 1);
}

void TestCustomerLedger::saveSoonSavesWithoutWaitingAndSaysSo()
{
    const QString path = freshPath();
    CustomerLedger ledger(scope(), path);
    ledger.setSaveDelays(1h, 1h);
    QSignalSpy saved(&ledger, &CustomerLedger::saved);
    ledger.saveSoon(); // nothing to save: nothing happens
    QTest::qWait(20);
    QVERIFY(saved.isEmpty());

    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    ledger.saveSoon();
    // A change while the first save is under way gets a save of its own, still without a timer.
    QVERIFY(ledger.upsert(waiting(u"310945552"_s)));
    ledger.saveSoon();
    QVERIFY(saved.wait(5000));
    QTRY_VERIFY(!ledger.hasUnsavedChanges());
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 2);
}

void TestCustomerLedger::manyChangesAreWrittenOnce()
{
    const QString path = freshPath();
    CustomerLedger ledger(scope(), path);
    QSignalSpy changed(&ledger, &CustomerLedger::changed);
    for (int i = 0; i < 500; ++i)
        QVERIFY(ledger.upsert(waiting(QString::number(310000000 + i))));
    for (int i = 0; i < 100; ++i)
        QVERIFY(
            ledger.setNote(CustomerRecord::keyOf(QString::number(310000000 + i), {}), u"note %1"_s.arg(i)));
    QCOMPARE(changed.size(), 600);
    QCOMPARE(ledger.saveCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!ledger.hasUnsavedChanges(), 5000);
    QCOMPARE(ledger.saveCount(), 1);
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 500);
    QCOMPARE(reread.find(u"310000099"_s, {})->note, u"note 99"_s);
}

void TestCustomerLedger::aStreamOfChangesIsSavedEveryLongestDelay()
{
    CustomerLedger ledger(scope(), freshPath());
    ledger.setSaveDelays(200ms, 300ms);
    // A change every 10 ms for well over a second: never quiet for 200 ms, yet saved every 300 ms.
    QElapsedTimer stream;
    stream.start();
    int changes = 0;
    while (stream.elapsed() < 1300) {
        QVERIFY(ledger.upsert(waiting(QString::number(310000000 + changes++))));
        QTest::qWait(10);
    }
    const int savesDuringTheStream = ledger.saveCount();
    QVERIFY2(savesDuringTheStream >= 2, qPrintable(QString::number(savesDuringTheStream)));
    QVERIFY2(savesDuringTheStream <= changes / 4, qPrintable(QString::number(savesDuringTheStream)));
    QTRY_VERIFY_WITH_TIMEOUT(!ledger.hasUnsavedChanges(), 5000);
    CustomerLedger reread(scope(), ledger.filePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), changes);
}

void TestCustomerLedger::upsertAllNamesTheChangedKeys()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QSignalSpy many(&ledger, &CustomerLedger::customersChanged);
    QSignalSpy one(&ledger, &CustomerLedger::customerChanged);
    QSignalSpy changed(&ledger, &CustomerLedger::changed);
    CustomerRecord approved = waiting(u"310959502"_s);
    approved.state = CustomerState::Approved;
    // The first is unchanged, the other two are new; the keys come in the ledger's order.
    QVERIFY(ledger.upsertAll({waiting(u"310904473"_s), approved, waiting(u"310945552"_s, u"b"_s)}));
    QCOMPARE(many.size(), 1);
    QCOMPARE(many.first().first().toStringList(), (QStringList{u"310945552/b"_s, u"310959502/310959502"_s}));
    QCOMPARE(one.size(), 0);
    QCOMPARE(changed.size(), 1);
}

void TestCustomerLedger::changesDuringSavesAreNeverLost()
{
    // Saves start as soon as possible and run on the writer while the ledger keeps changing; a
    // record's JSON is reused only while the record is unchanged.
    const QString path = freshPath();
    CustomerLedger ledger(scope(), path);
    ledger.setSaveDelays(0ms, 0ms);
    QList<CustomerRecord> many;
    for (int i = 0; i < 2000; ++i)
        many.append(waiting(QString::number(310000000 + i)));
    QVERIFY(ledger.upsertAll(many));
    for (int round = 0; round < 300; ++round) {
        const QString orgNo = QString::number(310000000 + (round * 7919) % 2000);
        const QString key = CustomerRecord::keyOf(orgNo, {});
        switch (round % 4) {
        case 0:
            QVERIFY(ledger.setNote(key, u"note %1"_s.arg(round)));
            break;
        case 1: {
            CustomerRecord approved = waiting(orgNo);
            approved.state = CustomerState::Approved;
            approved.systemUserId = u"su-%1"_s.arg(round);
            QVERIFY(ledger.upsert(approved));
            break;
        }
        case 2:
            ledger.remove(key);
            break;
        case 3:
            QVERIFY(ledger.upsertAll({waiting(orgNo), waiting(orgNo, u"ref-%1"_s.arg(round))}));
            break;
        }
        // Now and then the event loop runs: a save starts, or one that ended is taken in.
        if (round % 5 == 0)
            QTest::qWait(1);
        if (round % 50 == 0) {
            QVERIFY(ledger.flush());
            CustomerLedger reread(scope(), path);
            QVERIFY(reread.load());
            QCOMPARE(reread.customers(), ledger.customers());
        }
    }
    QVERIFY(ledger.saveCount() > 6);
    QVERIFY(ledger.flush());
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), ledger.size());
    QCOMPARE(reread.customers(), ledger.customers());
}

void TestCustomerLedger::keyTreatsAnEmptyExternalRefAsTheOrgNumber()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(ledger.find(u"310904473"_s, u"310904473"_s));
    QVERIFY(ledger.find(u"310904473"_s, {}));
    QVERIFY(ledger.upsert(waiting(u"310904473"_s, u"avdeling-2"_s)));
    QCOMPARE(ledger.forOrganisation(u"310904473"_s).size(), 2);
    QCOMPARE(ledger.findByRequestId(u"REQ-310904473AVDELING-2"_s)->externalRef, u"avdeling-2"_s);
}

void TestCustomerLedger::stateSinceMovesOnlyWhenTheStateChanges()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    const QDateTime since = ledger.find(u"310904473"_s, {})->stateSince;
    QVERIFY(since.isValid());
    QTest::qWait(5);
    CustomerRecord same = waiting(u"310904473"_s);
    same.confirmUrl = u"http://x/1"_s;
    QVERIFY(ledger.upsert(same));
    QCOMPARE(ledger.find(u"310904473"_s, {})->stateSince, since);
    CustomerRecord approved = same;
    approved.state = CustomerState::Approved;
    QVERIFY(ledger.upsert(approved));
    QVERIFY(ledger.find(u"310904473"_s, {})->stateSince > since);
}

void TestCustomerLedger::noteIsKeptWhenAltinnUpdatesTheRecord()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(ledger.setNote(CustomerRecord::keyOf(u"310904473"_s, {}), u"ring Kari"_s));
    CustomerRecord fromAltinn = waiting(u"310904473"_s);
    fromAltinn.state = CustomerState::Rejected;
    QVERIFY(ledger.upsert(fromAltinn));
    QCOMPARE(ledger.find(u"310904473"_s, {})->note, u"ring Kari"_s);
}

void TestCustomerLedger::unchangedRecordWritesNothingAndSignalsNothing()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(ledger.flush());
    const QDateTime written = QFileInfo(ledger.filePath()).lastModified();
    QSignalSpy changed(&ledger, &CustomerLedger::changed);
    QTest::qWait(20);
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(ledger.upsertAll({waiting(u"310904473"_s)}));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!ledger.hasUnsavedChanges());
    QTest::qWait(int(CustomerLedger::SaveQuietPeriod.count()) + 100);
    QCOMPARE(ledger.saveCount(), 1);
    QCOMPARE(QFileInfo(ledger.filePath()).lastModified(), written);
}

void TestCustomerLedger::everyStateHasOneNextActionAndWords()
{
    QCOMPARE(CustomerStates::all().size(), 8);
    QSet<QString> ids;
    for (const CustomerState state : CustomerStates::all()) {
        ids.insert(CustomerStates::id(state));
        QCOMPARE(CustomerStates::fromId(CustomerStates::id(state)), state);
        QVERIFY(!CustomerStates::text(state).isEmpty());
        QVERIFY(!CustomerStates::actionText(CustomerStates::nextAction(state)).isEmpty());
    }
    QCOMPARE(ids.size(), 8);
    QCOMPARE(CustomerStates::nextAction(CustomerState::Approved), CustomerAction::TestToken);
    QCOMPARE(CustomerStates::nextAction(CustomerState::Rejected), CustomerAction::AskAgain);
    QCOMPARE(CustomerStates::nextAction(CustomerState::Waiting), CustomerAction::HandOverLink);
    QVERIFY(!CustomerStates::fromId(u"approved-ish"_s));
}

void TestCustomerLedger::followedAreTheWaitingOnes()
{
    CustomerLedger ledger(scope(), freshPath());
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    CustomerRecord approved = waiting(u"310945552"_s);
    approved.state = CustomerState::Approved;
    CustomerRecord change = waiting(u"310959502"_s);
    change.state = CustomerState::ChangePending;
    change.changeRequestId = u"c1"_s;
    CustomerRecord notAsked;
    notAsked.orgNo = u"310977756"_s;
    QVERIFY(ledger.upsertAll({approved, change, notAsked}));
    QStringList followed;
    for (const CustomerRecord &record : ledger.followed())
        followed.append(record.orgNo);
    QCOMPARE(followed, (QStringList{u"310904473"_s, u"310959502"_s}));
    QCOMPARE(ledger.counts().value(CustomerState::Approved), 1);
}

void TestCustomerLedger::ledgersAreKeptApartPerProfileEnvironmentAndSystem()
{
    const QString a = CustomerLedger::defaultFilePath({u"acme"_s, u"sandbox"_s, u"991825827_a"_s});
    const QString b = CustomerLedger::defaultFilePath({u"acme"_s, u"tt02"_s, u"991825827_a"_s});
    const QString c = CustomerLedger::defaultFilePath({u"other"_s, u"sandbox"_s, u"991825827_a"_s});
    const QString evil = CustomerLedger::defaultFilePath({u".."_s, u".."_s, u"a/../../b"_s});
    QVERIFY(a != b && a != c && b != c);
    QVERIFY(a.startsWith(CustomerLedger::defaultDirectory()));
    QVERIFY(!QDir::cleanPath(evil).contains(u"/../"_s));
    QVERIFY(QDir::cleanPath(evil).startsWith(CustomerLedger::defaultDirectory()));
}

void TestCustomerLedger::unwritableFolderKeepsTheChangeAndSaysWhy()
{
    QFile blocker(m_directory.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = blocker.fileName() + u"/ledger.json"_s;
    CustomerLedger ledger(scope(), path);
    QSignalSpy failed(&ledger, &CustomerLedger::saveFailed);
    // Accepted at once; the save that follows fails and says so.
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), ledger.saveError());
    QVERIFY2(ledger.saveError().contains(QDir::toNativeSeparators(path)), qPrintable(ledger.saveError()));
    QCOMPARE(ledger.size(), 1);
    QVERIFY(ledger.hasUnsavedChanges());
    // No retry by itself: nothing more until a change or flush().
    QTest::qWait(int(CustomerLedger::SaveLongestDelay.count()) + 200);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!ledger.flush());
    QCOMPARE(failed.size(), 2);
    QCOMPARE(ledger.saveCount(), 0);

    // Once the folder can be made, flush() writes what was kept.
    QVERIFY(QFile::remove(blocker.fileName()));
    QVERIFY(ledger.flush());
    QVERIFY(ledger.saveError().isEmpty());
    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 1);
}

void TestCustomerLedger::corruptFileIsReported()
{
    const QString path = freshPath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    CustomerLedger ledger(scope(), path);
    QString error;
    QVERIFY(!ledger.load(&error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
}

void TestCustomerLedger::waitingIsCountedFromTheRequestElseTheState()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    CustomerRecord asked = waiting(u"310904473"_s);
    asked.requestCreated = now.addDays(-10);
    asked.stateSince = now.addDays(-2); // the request is what the customer has been sitting on
    QCOMPARE(CustomerLedger::waitingSince(asked), now.addDays(-10));
    QCOMPARE(CustomerLedger::waitingDays(asked, now), 10);
    QCOMPARE(CustomerLedger::waitingDays(asked, now.addSecs(-1)), 9);

    CustomerRecord noDate = waiting(u"310945552"_s);
    noDate.stateSince = now.addDays(-3);
    QCOMPARE(CustomerLedger::waitingSince(noDate), now.addDays(-3));
    CustomerRecord timedOut = asked;
    timedOut.state = CustomerState::WaitingTimedOut;
    QCOMPARE(CustomerLedger::waitingDays(timedOut, now), 10);

    // A change request waits since the state changed; the first request is long approved.
    CustomerRecord change = asked;
    change.state = CustomerState::ChangePending;
    change.stateSince = now.addDays(-4);
    QCOMPARE(CustomerLedger::waitingDays(change, now), 4);

    for (const CustomerState state : {CustomerState::NotAsked, CustomerState::Approved,
             CustomerState::Rejected, CustomerState::SystemUserDeleted, CustomerState::Failed}) {
        CustomerRecord notWaiting = asked;
        notWaiting.state = state;
        QVERIFY(!CustomerLedger::waitingSince(notWaiting).isValid());
        QCOMPARE(CustomerLedger::waitingDays(notWaiting, now), -1);
    }
}

void TestCustomerLedger::waitingLongerThanFindsTheLongWaits()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    CustomerLedger ledger(scope(), freshPath());
    const auto make = [&now](
                          const QString &orgNo, CustomerState state, int requestDaysAgo, int stateDaysAgo) {
        CustomerRecord record = waiting(orgNo);
        record.state = state;
        if (requestDaysAgo >= 0)
            record.requestCreated = now.addDays(-requestDaysAgo);
        record.stateSince = now.addDays(-stateDaysAgo);
        return record;
    };
    QVERIFY(ledger.upsertAll({
        make(u"310000001"_s, CustomerState::Waiting, 10, 1),
        make(u"310000002"_s, CustomerState::Waiting, -1, 3),
        make(u"310000003"_s, CustomerState::Waiting, 7, 7), // exactly 7 days: not more than 7
        make(u"310000004"_s, CustomerState::WaitingTimedOut, 200, 20),
        make(u"310000005"_s, CustomerState::ChangePending, 400, 40),
        make(u"310000006"_s, CustomerState::Approved, 100, 100),
        make(u"310000007"_s, CustomerState::Rejected, 50, 50),
    }));
    const auto orgNos = [&](int days) {
        QStringList found;
        for (const CustomerRecord &record : ledger.waitingLongerThan(days, now))
            found.append(record.orgNo);
        return found;
    };
    QCOMPARE(orgNos(7), (QStringList{u"310000001"_s, u"310000004"_s, u"310000005"_s}));
    QCOMPARE(orgNos(6), (QStringList{u"310000001"_s, u"310000003"_s, u"310000004"_s, u"310000005"_s}));
    QCOMPARE(orgNos(30), (QStringList{u"310000004"_s, u"310000005"_s}));
    QCOMPARE(orgNos(0).size(), 5); // everyone waiting at all
    QCOMPARE(orgNos(365), QStringList());
}

QTEST_GUILESS_MAIN(TestCustomerLedger)
#include "TestCustomerLedger.moc"
