#include "auth/RsaKey.h"
#include "secrets/SecretStore.h"
#include "workspace/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughJson();
    void readsOlderFilesWithMissingMembers();
    void keychainKeyNamesProfileEnvironmentAndKid();
    void makeIdGivesReadableSlugs_data();
    void makeIdGivesReadableSlugs();
    void makeIdIsUniqueAmongTaken();
    void hasKeyNeedsBitsAndKid();
};

namespace {
Profile sampleProfile()
{
    Profile profile;
    profile.id = u"acme-tt02"_s;
    profile.name = u"Acme AS (TT02)"_s;
    profile.environment = u"custom"_s;
    profile.customBaseUrl = QUrl(u"http://127.0.0.1:5210/"_s);
    profile.vendorOrgNumber = u"991825827"_s;
    profile.vendorName = u"ACME AS"_s;
    profile.clientId = u"6f0c5d3e-1111-4222-8333-944445555666"_s;
    profile.scopes = {u"skatteetaten:demo"_s, u"nav:demo"_s};
    profile.kid = u"991825827-custom-2026-01-02"_s;
    profile.keyAlgorithm = u"RS384"_s;
    profile.keyBits = 3072;
    profile.keyThumbprint = u"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"_s;
    profile.keyPersistent = false;
    profile.certificateChain = {QByteArray("leaf-der\x00\x01", 10), QByteArray("ca-der")};
    profile.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    profile.updatedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    return profile;
}
} // namespace

void TestProfile::roundTripsThroughJson()
{
    const Profile profile = sampleProfile();
    const QByteArray bytes = QJsonDocument(profile.toJson()).toJson();
    const Profile read = Profile::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(read, profile);
    QCOMPARE(read.certificateChain.first().size(), 10); // binary DER survives (base64)
}

void TestProfile::readsOlderFilesWithMissingMembers()
{
    const Profile read = Profile::fromJson(QJsonObject{{u"id"_s, u"x"_s}, {u"name"_s, u"X"_s}});
    QCOMPARE(read.environment, u"sandbox"_s);
    QCOMPARE(read.keyAlgorithm, u"RS256"_s);
    QVERIFY(read.keyPersistent);
    QVERIFY(!read.hasKey());
    QVERIFY(read.scopes.isEmpty());
}

void TestProfile::keychainKeyNamesProfileEnvironmentAndKid()
{
    const Profile profile = sampleProfile();
    QCOMPARE(profile.keychainKey(), SecretStore::keyFor(profile.id, u"custom"_s, profile.kid));
    QCOMPARE(profile.keychainKey(), u"profile/acme-tt02/custom/key/991825827-custom-2026-01-02"_s);
}

void TestProfile::makeIdGivesReadableSlugs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("words and brackets") << u"Acme AS (TT02)"_s << u"acme-as-tt02"_s;
    QTest::newRow("Norwegian letters") << u"Blåbær Økonomi"_s << u"blabaer-okonomi"_s;
    QTest::newRow("surrounding punctuation") << u"  --Demo!!  "_s << u"demo"_s;
    QTest::newRow("nothing usable") << u"!!!"_s << u"profile"_s;
    QTest::newRow("slashes cannot reach keychain names") << u"a/b\\c"_s << u"a-b-c"_s;
}

void TestProfile::makeIdGivesReadableSlugs()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(Profile::makeId(name, {}), id);
}

void TestProfile::makeIdIsUniqueAmongTaken()
{
    QStringList taken;
    for (int i = 0; i < 4; ++i)
        taken.append(Profile::makeId(u"Demo"_s, taken));
    QCOMPARE(taken, (QStringList{u"demo"_s, u"demo-2"_s, u"demo-3"_s, u"demo-4"_s}));
}

void TestProfile::hasKeyNeedsBitsAndKid()
{
    Profile profile;
    QVERIFY(!profile.hasKey());
    profile.kid = u"k"_s;
    QVERIFY(!profile.hasKey());
    profile.keyBits = 2048;
    QVERIFY(profile.hasKey());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
