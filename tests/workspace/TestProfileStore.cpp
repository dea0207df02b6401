#include "auth/RsaKey.h"
#include "workspace/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingFileIsAnEmptyStore();
    void savedProfilesSurviveANewStore();
    void saveReplacesByIdAndKeepsCreatedAt();
    void emptyIdIsMadeFromTheName();
    void currentProfileIsRememberedAndClearedOnRemove();
    void unknownCurrentIsRefused();
    void corruptFileIsReportedAndNotOverwritten();
    void failedWriteChangesNothing();
    void writesAtomicallyWithoutLeftovers();
    void fileHoldsNoSecrets();
    void defaultFileIsSharedBetweenPrograms();

private:
    QString freshPath();
    QTemporaryDir m_directory;
    int m_counter = 0;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
}

QString TestProfileStore::freshPath()
{
    return m_directory.filePath(u"case%1/profiles.json"_s.arg(++m_counter));
}

namespace {
Profile named(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.vendorOrgNumber = u"991825827"_s;
    return profile;
}
} // namespace

void TestProfileStore::missingFileIsAnEmptyStore()
{
    ProfileStore store(freshPath());
    QString error;
    QVERIFY(store.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.currentId().isEmpty());
}

void TestProfileStore::savedProfilesSurviveANewStore()
{
    const QString path = freshPath();
    ProfileStore store(path);
    Profile acme = named(u"Acme"_s);
    acme.id = u"acme"_s;
    acme.clientId = u"client-1"_s;
    acme.scopes = {u"skatteetaten:demo"_s};
    QVERIFY(store.save(acme));
    QVERIFY(store.save(named(u"Other"_s)));

    ProfileStore again(path);
    QVERIFY(again.load());
    QCOMPARE(again.profiles().size(), 2);
    const auto read = again.find(u"acme"_s);
    QVERIFY(read);
    QCOMPARE(read->clientId, u"client-1"_s);
    QCOMPARE(read->scopes, QStringList{u"skatteetaten:demo"_s});
    QVERIFY(read->createdAt.isValid());
    QCOMPARE(*read, *store.find(u"acme"_s));
    QVERIFY(again.findByName(u"other"_s)); // names are matched ignoring case
}

void TestProfileStore::saveReplacesByIdAndKeepsCreatedAt()
{
    ProfileStore store(freshPath());
    Profile profile = named(u"Acme"_s);
    profile.id = u"acme"_s;
    QVERIFY(store.save(profile));
    const QDateTime created = store.find(u"acme"_s)->createdAt;
    QTest::qWait(5);

    profile.clientId = u"changed"_s;
    QVERIFY(store.save(profile)); // createdAt not given: kept from the stored one
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.find(u"acme"_s)->clientId, u"changed"_s);
    QCOMPARE(store.find(u"acme"_s)->createdAt, created);
    QVERIFY(store.find(u"acme"_s)->updatedAt > created);
}

void TestProfileStore::emptyIdIsMadeFromTheName()
{
    ProfileStore store(freshPath());
    QVERIFY(store.save(named(u"Acme AS"_s)));
    QVERIFY(store.save(named(u"Acme AS"_s)));
    QCOMPARE(store.ids(), (QStringList{u"acme-as"_s, u"acme-as-2"_s}));
}

void TestProfileStore::currentProfileIsRememberedAndClearedOnRemove()
{
    const QString path = freshPath();
    ProfileStore store(path);
    QVERIFY(store.save(named(u"One"_s)));
    QVERIFY(store.save(named(u"Two"_s)));
    QVERIFY(store.setCurrentId(u"two"_s));

    ProfileStore again(path);
    QVERIFY(again.load());
    QCOMPARE(again.currentId(), u"two"_s);
    QVERIFY(again.remove(u"two"_s));
    QVERIFY(again.currentId().isEmpty());
    QVERIFY(!again.find(u"two"_s));

    ProfileStore third(path);
    QVERIFY(third.load());
    QCOMPARE(third.ids(), QStringList{u"one"_s});
    QVERIFY(third.currentId().isEmpty());
}

void TestProfileStore::unknownCurrentIsRefused()
{
    ProfileStore store(freshPath());
    QString error;
    QVERIFY(!store.setCurrentId(u"nobody"_s, &error));
    QVERIFY(error.contains(u"nobody"_s));
    QVERIFY(!store.remove(u"nobody"_s));
}

void TestProfileStore::corruptFileIsReportedAndNotOverwritten()
{
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"profiles\": [");
    file.close();

    ProfileStore store(path);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // says which file
}

void TestProfileStore::failedWriteChangesNothing()
{
    // A regular file where the folder should be: the profile cannot be written.
    const QString blocker = m_directory.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ProfileStore store(blocker + u"/profiles.json"_s);
    QString error;
    QVERIFY(!store.save(named(u"Acme"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::writesAtomicallyWithoutLeftovers()
{
    const QString path = freshPath();
    ProfileStore store(path);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.save(named(u"P%1"_s.arg(i))));
    // QSaveFile renamed its temporary file into place each time: one file, complete, private.
    const QStringList files = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{u"profiles.json"_s});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"profiles"_s).toArray().size(), 5);
    QCOMPARE(
        file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestProfileStore::fileHoldsNoSecrets()
{
    const QString path = freshPath();
    const RsaKey key = RsaKey::generate(2048);
    Profile profile = named(u"Keyed"_s);
    profile.kid = u"kid-1"_s;
    profile.keyBits = key.bits();
    profile.keyThumbprint = key.thumbprint();
    ProfileStore store(path);
    QVERIFY(store.save(profile));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains(key.thumbprint().toLatin1())); // public facts are there …
    QVERIFY(!contents.contains("PRIVATE KEY")); // … nothing that could be key material
    const QJsonObject saved =
        QJsonDocument::fromJson(contents).object().value(u"profiles"_s).toArray().first().toObject();
    const QStringList allowed{u"id"_s, u"name"_s, u"environment"_s, u"customBaseUrl"_s, u"vendorOrgNumber"_s,
        u"vendorName"_s, u"clientId"_s, u"scopes"_s, u"kid"_s, u"keyAlgorithm"_s, u"keyBits"_s,
        u"keyThumbprint"_s, u"keyPersistent"_s, u"certificateChain"_s, u"createdAt"_s, u"updatedAt"_s};
    for (const QString &member : saved.keys())
        QVERIFY2(allowed.contains(member), qPrintable(member));
}

void TestProfileStore::defaultFileIsSharedBetweenPrograms()
{
    const QString before = ProfileStore::defaultFilePath();
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(u"systemuser-cli"_s);
    QCOMPARE(ProfileStore::defaultFilePath(), before);
    QCoreApplication::setApplicationName(name);
    QVERIFY(before.endsWith(u"/profiles.json"_s));
    QCOMPARE(ProfileStore().filePath(), before);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
