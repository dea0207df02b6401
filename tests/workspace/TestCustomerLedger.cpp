#include "workspace/CustomerLedger.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingFileIsAnEmptyLedger();
    void upsertSavesAndSurvivesANewLedger();
    void keyTreatsAnEmptyExternalRefAsTheOrgNumber();
    void stateSinceMovesOnlyWhenTheStateChanges();
    void noteIsKeptWhenAltinnUpdatesTheRecord();
    void unchangedRecordWritesNothingAndSignalsNothing();
    void everyStateHasOneNextActionAndWords();
    void followedAreTheWaitingOnes();
    void ledgersAreKeptApartPerProfileEnvironmentAndSystem();
    void unwritableFolderKeepsTheChangeAndSaysWhy();
    void corruptFileIsReported();

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

    CustomerLedger reread(scope(), path);
    QVERIFY(reread.load());
    QCOMPARE(reread.customers(), ledger.customers());
    QCOMPARE(reread.syncedAt(), ledger.syncedAt());
    const CustomerRecord stored = *reread.find(u"310904473"_s, u"kunde-1"_s);
    QCOMPARE(stored.name, record.name);
    QVERIFY(stored.updatedAt.isValid());
    QVERIFY((QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
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
    const QDateTime written = QFileInfo(ledger.filePath()).lastModified();
    QSignalSpy changed(&ledger, &CustomerLedger::changed);
    QTest::qWait(20);
    QVERIFY(ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(ledger.upsertAll({waiting(u"310904473"_s)}));
    QCOMPARE(changed.size(), 0);
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
    CustomerLedger ledger(scope(), blocker.fileName() + u"/ledger.json"_s);
    QVERIFY(!ledger.upsert(waiting(u"310904473"_s)));
    QVERIFY(!ledger.saveError().isEmpty());
    QCOMPARE(ledger.size(), 1);
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

QTEST_GUILESS_MAIN(TestCustomerLedger)
#include "TestCustomerLedger.moc"
