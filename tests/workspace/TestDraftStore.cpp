#include "workspace/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// Drafts: what the user was doing survives closing the app, written atomically and debounced.
class TestDraftStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void systemDefinitionRoundTripsAndSurvivesANewStore();
    void scheduledWritesAreDebouncedButReadableAtOnce();
    void destructorWritesWhatIsScheduled();
    void resumePointIsTheNewestPlace();
    void finishedProfileHasNoResumePoint();
    void newProfileFormIsKeptUntilCleared();
    void unsafeProfileIdsAreRefused();
    void unwritableFolderReportsAFailure();
    void defaultsToTheApplicationDataFolder();

private:
    static QJsonObject definition(const QString &suffix);
};

void TestDraftStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QJsonObject TestDraftStore::definition(const QString &suffix)
{
    return {{u"id"_s, QString(u"991825827_"_s + suffix)},
        {u"vendor"_s, QJsonObject{{u"ID"_s, u"0192:991825827"_s}}},
        {u"name"_s, QJsonObject{{u"nb"_s, u"Regnskap"_s}}}, {u"clientId"_s, QJsonArray{}}};
}

void TestDraftStore::systemDefinitionRoundTripsAndSurvivesANewStore()
{
    QTemporaryDir directory;
    {
        DraftStore drafts(directory.path());
        QVERIFY(!drafts.systemDefinition(u"acme-sandbox"_s));
        QString error;
        QVERIFY2(drafts.saveSystemDefinition(u"acme-sandbox"_s, definition(u"regnskap"_s), &error),
            qPrintable(error));
    }
    DraftStore reopened(directory.path());
    QCOMPARE(reopened.systemDefinition(u"acme-sandbox"_s), definition(u"regnskap"_s));
    QVERIFY(QFile::exists(directory.filePath(u"acme-sandbox/system-definition.json"_s)));
    QVERIFY(!reopened.systemDefinition(u"other"_s));
    QVERIFY(reopened.removeSystemDefinition(u"acme-sandbox"_s));
    QVERIFY(!reopened.systemDefinition(u"acme-sandbox"_s));
}

void TestDraftStore::scheduledWritesAreDebouncedButReadableAtOnce()
{
    QTemporaryDir directory;
    DraftStore drafts(directory.path());
    drafts.setDelay(200);
    const QString file = directory.filePath(u"acme/system-definition.json"_s);
    for (int i = 0; i < 5; ++i)
        drafts.scheduleSystemDefinition(u"acme"_s, definition(QString::number(i)));
    // Nothing on disk yet (typing does not write on every key), but reads see the newest value.
    QVERIFY(!QFile::exists(file));
    QCOMPARE(drafts.systemDefinition(u"acme"_s), definition(u"4"_s));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 3000);
    QCOMPARE(DraftStore(directory.path()).systemDefinition(u"acme"_s), definition(u"4"_s));
}

void TestDraftStore::destructorWritesWhatIsScheduled()
{
    QTemporaryDir directory;
    {
        DraftStore drafts(directory.path());
        drafts.setDelay(60000);
        drafts.scheduleSystemDefinition(u"acme"_s, definition(u"late"_s));
    }
    QCOMPARE(DraftStore(directory.path()).systemDefinition(u"acme"_s), definition(u"late"_s));
}

void TestDraftStore::resumePointIsTheNewestPlace()
{
    QTemporaryDir directory;
    DraftStore drafts(directory.path());
    QVERIFY(!drafts.resumePoint());
    QVERIFY(drafts.saveLastPage(u"first"_s, 1));
    QTest::qWait(5);
    QVERIFY(drafts.saveLastPage(u"second"_s, 2));
    auto point = drafts.resumePoint();
    QVERIFY(point);
    QCOMPARE(point->profileId, u"second"_s);
    QCOMPARE(point->page, 2);
    QCOMPARE(drafts.lastPage(u"first"_s), 1);

    QTest::qWait(5);
    QVERIFY(drafts.saveNewProfileForm(QJsonObject{{u"vendorOrgNumber"_s, u"991825827"_s}}));
    point = DraftStore(directory.path()).resumePoint();
    QVERIFY(point);
    QVERIFY(point->profileId.isEmpty()); // the new-profile form is the newest
    QCOMPARE(point->page, 0);
}

void TestDraftStore::finishedProfileHasNoResumePoint()
{
    QTemporaryDir directory;
    DraftStore drafts(directory.path());
    QVERIFY(drafts.saveLastPage(u"acme"_s, 2));
    QVERIFY(drafts.saveSystemDefinition(u"acme"_s, definition(u"x"_s)));
    QVERIFY(drafts.clearLastPage(u"acme"_s));
    QVERIFY(!drafts.resumePoint());
    // The definition draft stays: finishing the wizard does not throw away what was edited.
    QVERIFY(drafts.systemDefinition(u"acme"_s));
    QVERIFY(drafts.removeProfile(u"acme"_s));
    QVERIFY(!drafts.systemDefinition(u"acme"_s));
    QVERIFY(!QDir(directory.filePath(u"acme"_s)).exists());
}

void TestDraftStore::newProfileFormIsKeptUntilCleared()
{
    QTemporaryDir directory;
    DraftStore drafts(directory.path());
    const QJsonObject form{{u"environment"_s, u"tt02"_s}, {u"vendorOrgNumber"_s, u"991825827"_s}};
    drafts.scheduleNewProfileForm(form);
    drafts.flush();
    QCOMPARE(DraftStore(directory.path()).newProfileForm(), form);
    QVERIFY(drafts.clearNewProfileForm());
    QVERIFY(!DraftStore(directory.path()).newProfileForm());
}

void TestDraftStore::unsafeProfileIdsAreRefused()
{
    QTemporaryDir directory;
    DraftStore drafts(directory.path());
    for (const QString &id : {u"../escape"_s, u""_s, u"a/b"_s, u".hidden"_s}) {
        QVERIFY2(!drafts.saveSystemDefinition(id, definition(u"x"_s)), qPrintable(id));
        QVERIFY2(!drafts.saveLastPage(id, 1), qPrintable(id));
    }
    QVERIFY(QDir(directory.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDraftStore::unwritableFolderReportsAFailure()
{
    QTemporaryDir directory;
    // A file where the drafts folder should be: nothing can be created below it.
    const QString blocked = directory.filePath(u"blocked"_s);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DraftStore drafts(blocked);
    QSignalSpy failures(&drafts, &DraftStore::saveFailed);
    QString error;
    QVERIFY(!drafts.saveSystemDefinition(u"acme"_s, definition(u"x"_s), &error));
    QVERIFY(error.contains(u"draft"_s));
    drafts.scheduleSystemDefinition(u"acme"_s, definition(u"y"_s));
    drafts.flush();
    QCOMPARE(failures.count(), 1);
    QVERIFY(!failures.first().first().toString().isEmpty());
}

void TestDraftStore::defaultsToTheApplicationDataFolder()
{
    DraftStore drafts;
    QCOMPARE(
        drafts.directory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s);
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
