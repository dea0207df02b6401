#include "JsonTestHelpers.h"
#include "model/AccessPackageRef.h"
#include "model/Right.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::AccessPackageRef;
using Altinn::AttributePair;
using Altinn::Right;

class TestRight final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forResource_buildsOnePairRight();
    void resourceId_data();
    void resourceId();
    void identityKey_data();
    void identityKey();
    void identityKey_separatesDuplicates();
    void fromJson_anyCasing();
    void toJson_leavesOutUnsetAction();
    void toJson_writesAction();
    void rightsFromJson_skipsNonObjects();
    void optionalLists_keepNullDistinctFromEmpty();
    void accessPackage_roundTrip();
};

void TestRight::forResource_buildsOnePairRight()
{
    const Right right = Right::forResource(u"ske-krav-og-betalinger"_s);
    QCOMPARE(right.action, std::nullopt);
    QCOMPARE(right.resource.size(), 1);
    QCOMPARE(right.resource.first().id, u"urn:altinn:resource"_s);
    QCOMPARE(right.resource.first().value, u"ske-krav-og-betalinger"_s);
    const QJsonObject expected = TestJson::parseObject(
        R"json({"resource": [{"id": "urn:altinn:resource", "value": "ske-krav-og-betalinger"}]})json");
    QCOMPARE(right.toJson(), expected);
}

void TestRight::resourceId_data()
{
    QTest::addColumn<QList<AttributePair>>("pairs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one pair") << QList<AttributePair>{{u"urn:altinn:resource"_s, u"ske-krav"_s}}
                              << u"ske-krav"_s;
    QTest::newRow("second pair") << QList<AttributePair>{{u"urn:altinn:org"_s, u"ttd"_s},
        {u"urn:altinn:resource"_s, u"app_ttd_x"_s}}
                                 << u"app_ttd_x"_s;
    QTest::newRow("other id only") << QList<AttributePair>{{u"urn:altinn:app"_s, u"x"_s}} << QString();
    QTest::newRow("id differs in case")
        << QList<AttributePair>{{u"URN:altinn:resource"_s, u"x"_s}} << QString();
    QTest::newRow("id with suffix") << QList<AttributePair>{{u"urn:altinn:resource:x"_s, u"x"_s}}
                                    << QString();
    QTest::newRow("no pairs") << QList<AttributePair>{} << QString();
}

void TestRight::resourceId()
{
    QFETCH(QList<AttributePair>, pairs);
    QFETCH(QString, expected);
    Right right;
    right.resource = pairs;
    QCOMPARE(right.resourceId(), expected);
}

void TestRight::identityKey_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no action") << uR"({"resource": [{"id": "urn:altinn:resource", "value": "ske-krav"}]})"_s
                               << u"|urn:altinn:resource:ske-krav"_s;
    QTest::newRow("action")
        << uR"({"action": "read", "resource": [{"id": "urn:altinn:resource", "value": "a"}]})"_s
        << u"read|urn:altinn:resource:a"_s;
    QTest::newRow("two pairs, order kept")
        << uR"({"resource": [{"id": "urn:altinn:resource", "value": "b"}, {"id": "urn:altinn:org", "value": "ttd"}]})"_s
        << u"|urn:altinn:resource:b,urn:altinn:org:ttd"_s;
}

void TestRight::identityKey()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const Right right = Right::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QCOMPARE(right.identityKey(), expected);
}

void TestRight::identityKey_separatesDuplicates()
{
    Right read = Right::forResource(u"a"_s);
    read.action = u"read"_s;
    Right emptyAction = Right::forResource(u"a"_s);
    emptyAction.action = QString();
    QCOMPARE(Right::forResource(u"a"_s).identityKey(), Right::forResource(u"a"_s).identityKey());
    QVERIFY(Right::forResource(u"a"_s).identityKey() != Right::forResource(u"b"_s).identityKey());
    QVERIFY(read.identityKey() != Right::forResource(u"a"_s).identityKey());
    // The server formats a null action as "": both land in the same duplicate group.
    QCOMPARE(emptyAction.identityKey(), Right::forResource(u"a"_s).identityKey());
}

void TestRight::fromJson_anyCasing()
{
    const Right right = Right::fromJson(TestJson::parseObject(
        R"json({"Action": "read", "Resource": [{"ID": "urn:altinn:resource", "Value": "x"}], "extra": 1})json"));
    QCOMPARE(right.action, std::optional<QString>(u"read"_s));
    QCOMPARE(right.resource, (QList<AttributePair>{{u"urn:altinn:resource"_s, u"x"_s}}));
}

void TestRight::toJson_leavesOutUnsetAction()
{
    const QJsonObject json = Right::forResource(u"x"_s).toJson();
    QVERIFY(!json.contains(u"action"_s));
    QCOMPARE(json.keys(), QStringList{u"resource"_s});
}

void TestRight::toJson_writesAction()
{
    Right right = Right::forResource(u"x"_s);
    right.action = u"write"_s;
    const QJsonObject expected = TestJson::parseObject(
        R"json({"action": "write", "resource": [{"id": "urn:altinn:resource", "value": "x"}]})json");
    QCOMPARE(right.toJson(), expected);
    QCOMPARE(Right::fromJson(right.toJson()), right);
}

void TestRight::rightsFromJson_skipsNonObjects()
{
    const QJsonArray array = TestJson::parseObject(
        R"json({"rights": [1, "x", null, {"resource": [{"id": "urn:altinn:resource", "value": "a"}, 7]}]})json")
                                 .value(u"rights"_s)
                                 .toArray();
    const QList<Right> rights = Altinn::Rights::fromJson(array);
    QCOMPARE(rights, QList<Right>{Right::forResource(u"a"_s)});
}

void TestRight::optionalLists_keepNullDistinctFromEmpty()
{
    QCOMPARE(Altinn::Rights::fromOptionalJson(std::nullopt), std::nullopt);
    QCOMPARE(Altinn::Rights::fromOptionalJson(QJsonArray()), std::optional<QList<Right>>(QList<Right>{}));
    QCOMPARE(Altinn::AccessPackageRefs::fromOptionalJson(std::nullopt), std::nullopt);
    QCOMPARE(Altinn::AccessPackageRefs::fromOptionalJson(QJsonArray()),
        std::optional<QList<AccessPackageRef>>(QList<AccessPackageRef>{}));
}

void TestRight::accessPackage_roundTrip()
{
    const QJsonObject json = TestJson::parseObject(
        R"json({"packages": [{"urn": "urn:altinn:accesspackage:skattnaering"}, {"URN": "urn:altinn:accesspackage:jordbruk"}, "x"]})json");
    const QList<AccessPackageRef> packages =
        Altinn::AccessPackageRefs::fromJson(json.value(u"packages"_s).toArray());
    QCOMPARE(packages,
        (QList<AccessPackageRef>{
            {u"urn:altinn:accesspackage:skattnaering"_s}, {u"urn:altinn:accesspackage:jordbruk"_s}}));
    const QJsonArray expected = TestJson::parseObject(
        R"json({"packages": [{"urn": "urn:altinn:accesspackage:skattnaering"}, {"urn": "urn:altinn:accesspackage:jordbruk"}]})json")
                                    .value(u"packages"_s)
                                    .toArray();
    QCOMPARE(Altinn::AccessPackageRefs::toJson(packages), expected);
}

QTEST_GUILESS_MAIN(TestRight)
#include "TestRight.moc"
