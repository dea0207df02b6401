#include "JsonTestHelpers.h"
#include "model/SystemUser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemUser;

// The test class comes before the JSON literals: moc 6.4 misreads multi-line raw strings holding "//".
class TestSystemUser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void example_parses();
    void example_roundTrips();
    void agentUser_oddCasing();
    void missingMembers_useDefaults();
};

namespace {

// SystemUserExternalDTO (docs/altinn-behaviour.md#system-user-lookups).
constexpr char SystemUserJson[] = R"json({
  "id": "505f8488-3d48-4c15-8e21-35cb9432f815",
  "integrationTitle": "SmartRegnskap – avdeling Bergen",
  "systemId": "991825827_smartregnskap",
  "productName": "",
  "reporteeOrgNo": "310904473",
  "created": "2026-03-02T09:20:11.004Z",
  "isDeleted": false,
  "supplierName": "",
  "supplierOrgno": "991825827",
  "externalRef": "kunde-4711",
  "userType": "standard"
})json";

} // namespace

void TestSystemUser::example_parses()
{
    const SystemUser user = SystemUser::fromJson(TestJson::parseObject(SystemUserJson));
    QCOMPARE(user.id, u"505f8488-3d48-4c15-8e21-35cb9432f815"_s);
    QCOMPARE(user.integrationTitle, u"SmartRegnskap – avdeling Bergen"_s);
    QCOMPARE(user.systemId, u"991825827_smartregnskap"_s);
    QVERIFY(user.productName.isEmpty());
    QCOMPARE(user.reporteeOrgNo, u"310904473"_s);
    QCOMPARE(user.created, QDateTime(QDate(2026, 3, 2), QTime(9, 20, 11, 4), Qt::UTC));
    QCOMPARE(user.isDeleted, false);
    QVERIFY(user.supplierName.isEmpty());
    QCOMPARE(user.supplierOrgno, u"991825827"_s);
    QCOMPARE(user.externalRef, u"kunde-4711"_s);
    QCOMPARE(user.userType, u"standard"_s);
}

void TestSystemUser::example_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(SystemUserJson);
    const SystemUser user = SystemUser::fromJson(json);
    QCOMPARE(user.toJson(), json);
    QCOMPARE(SystemUser::fromJson(user.toJson()), user);
}

void TestSystemUser::agentUser_oddCasing()
{
    const SystemUser user = SystemUser::fromJson(TestJson::parseObject(
        R"json({"ID": "u1", "UserType": "agent", "ISDELETED": true, "supplierorgno": "991825827",
                "Created": "2026-03-02T10:20:11.0041234+01:00", "systemInternalId": "ignored"})json"));
    QCOMPARE(user.id, u"u1"_s);
    QCOMPARE(user.userType, u"agent"_s);
    QCOMPARE(user.isDeleted, true);
    QCOMPARE(user.supplierOrgno, u"991825827"_s);
    QCOMPARE(user.created, QDateTime(QDate(2026, 3, 2), QTime(9, 20, 11, 4), Qt::UTC));
    const QJsonObject written = user.toJson();
    QCOMPARE(written.value(u"created"_s), QJsonValue(u"2026-03-02T09:20:11.004Z"_s));
    QCOMPARE(written.value(u"isDeleted"_s), QJsonValue(true));
    QVERIFY(!written.contains(u"systemInternalId"_s));
}

void TestSystemUser::missingMembers_useDefaults()
{
    const SystemUser user = SystemUser::fromJson(QJsonObject());
    QVERIFY(user.id.isEmpty());
    QCOMPARE(user.isDeleted, false);
    QVERIFY(!user.created.isValid());
    const QJsonObject written = user.toJson();
    QVERIFY(!written.contains(u"created"_s));
    QCOMPARE(written.value(u"isDeleted"_s), QJsonValue(false));
    QCOMPARE(written.value(u"externalRef"_s), QJsonValue(u""_s));
}

QTEST_GUILESS_MAIN(TestSystemUser)
#include "TestSystemUser.moc"
