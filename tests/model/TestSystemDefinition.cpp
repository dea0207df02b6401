#include "JsonTestHelpers.h"
#include "model/ChangeLogEntry.h"
#include "model/SystemDefinition.h"
#include "model/SystemListItem.h"
#include "model/UpdateResult.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::AccessPackageRef;
using Altinn::ChangeLogEntry;
using Altinn::LocalizedText;
using Altinn::Right;
using Altinn::SystemDefinition;
using Altinn::SystemListItem;
using Altinn::UpdateResult;

// The test class comes before the JSON literals: moc 6.4 misreads multi-line raw strings holding "//".
class TestSystemDefinition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseExample_parses();
    void responseExample_roundTrips();
    void requestExample_roundTrips();
    void requestJson_hasNoIsDeleted();
    void responseJson_writesIsDeletedFalseWhenUnset();
    void oddCasing_binds();
    void unknownMembers_areIgnored();
    void nullMembers_areLeftOut();
    void rightsNullVersusEmpty_data();
    void rightsNullVersusEmpty();
    void defaultSystem_writesEmptyLists();
    void vendorKey_isUpperCaseId();
    void vendorOrgNumber_data();
    void vendorOrgNumber();
    void setVendorOrgNumber_prefixes0192();
    void redirectUrls_keptAsGiven();
    void wrongTypes_doNotCrash();

    void listItem_example_roundTrips();
    void listItem_fromDefinition_matchesService();
    void listItem_nullRights_leftOut();

    void changeLogEntry_parsesAndWrites();
    void changeLogEntry_nullChangedData_leftOut();

    void updateResult_data();
    void updateResult();
};

namespace {

// RegisteredSystemResponse, as GET systemregister/vendor/{id} returns it
// (docs/altinn-behaviour.md#system-model).
constexpr char RegisteredSystemResponseJson[] = R"json({
  "id": "991825827_smartregnskap",
  "vendor": { "ID": "0192:991825827" },
  "name": { "nb": "SmartRegnskap", "nn": "SmartRekneskap", "en": "SmartAccounting" },
  "description": { "nb": "…", "nn": "…", "en": "…" },
  "rights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
  "accessPackages": [ { "urn": "urn:altinn:accesspackage:skattnaering" } ],
  "isDeleted": false,
  "clientId": [ "3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c" ],
  "isVisible": true,
  "allowedRedirectUrls": [ "https://smartregnskap.example/", "https://smartregnskap.example/altinn/callback" ]
})json";

// A RegisterSystemRequest body (POST/PUT), with `authority` inside vendor as vendors often send it.
constexpr char RegisterSystemRequestJson[] = R"json({
  "id": "991825827_smartregnskap_klient",
  "vendor": { "authority": "iso6523-actorid-upis", "ID": "0192:991825827" },
  "name": { "nb": "SmartRegnskap klient", "nn": "SmartRekneskap klient", "en": "SmartAccounting client" },
  "description": { "nb": "Regnskap for byrå", "nn": "Rekneskap for byrå", "en": "Accounting for firms" },
  "rights": [],
  "accessPackages": [ { "urn": "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet" } ],
  "clientId": [ "3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c", "a1b2c3d4-0000-4000-8000-000000000001" ],
  "isVisible": false,
  "allowedRedirectUrls": [ "https://smartregnskap.example/altinn/callback" ]
})json";

// RegisteredSystemDTO, one item of GET systemregister/vendor (docs/altinn-behaviour.md#system-model).
constexpr char ListItemJson[] = R"json({
  "systemId": "991825827_smartregnskap",
  "systemVendorOrgNumber": "991825827",
  "systemVendorOrgName": "",
  "name": { "nb": "SmartRegnskap", "nn": "SmartRekneskap", "en": "SmartAccounting" },
  "description": { "nb": "…", "nn": "…", "en": "…" },
  "rights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
  "accessPackages": [ { "urn": "urn:altinn:accesspackage:skattnaering" } ],
  "isVisible": true
})json";

QJsonObject withoutMember(QJsonObject object, const QString &name)
{
    object.remove(name);
    return object;
}

} // namespace

void TestSystemDefinition::responseExample_parses()
{
    const SystemDefinition system =
        SystemDefinition::fromJson(TestJson::parseObject(RegisteredSystemResponseJson));
    QCOMPARE(system.id, u"991825827_smartregnskap"_s);
    QCOMPARE(system.vendorId, u"0192:991825827"_s);
    QCOMPARE(system.vendorOrgNumber(), u"991825827"_s);
    QCOMPARE(system.name,
        (LocalizedText{
            {u"nb"_s, u"SmartRegnskap"_s}, {u"nn"_s, u"SmartRekneskap"_s}, {u"en"_s, u"SmartAccounting"_s}}));
    QCOMPARE(system.description.value(u"en"_s), u"…"_s);
    QCOMPARE(system.rights,
        std::optional<QList<Right>>(QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)}));
    QCOMPARE(system.accessPackages,
        std::optional<QList<AccessPackageRef>>(
            {AccessPackageRef{u"urn:altinn:accesspackage:skattnaering"_s}}));
    QCOMPARE(system.isDeleted, std::optional<bool>(false));
    QCOMPARE(system.clientIds, QStringList{u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s});
    QCOMPARE(system.isVisible, true);
    QCOMPARE(system.allowedRedirectUrls,
        (QStringList{
            u"https://smartregnskap.example/"_s, u"https://smartregnskap.example/altinn/callback"_s}));
}

void TestSystemDefinition::responseExample_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(RegisteredSystemResponseJson);
    const SystemDefinition system = SystemDefinition::fromJson(json);
    QCOMPARE(system.toResponseJson(), json);
    QCOMPARE(SystemDefinition::fromJson(system.toResponseJson()), system);
}

void TestSystemDefinition::requestExample_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(RegisterSystemRequestJson);
    const SystemDefinition system = SystemDefinition::fromJson(json);
    QCOMPARE(system.vendorId, u"0192:991825827"_s);
    QCOMPARE(system.rights, std::optional<QList<Right>>(QList<Right>{}));
    QCOMPARE(system.isVisible, false);
    QCOMPARE(system.isDeleted, std::nullopt);

    // `authority` is not part of the model: it is ignored on input and never written.
    QJsonObject expected = json;
    expected.insert(u"vendor"_s, QJsonObject{{u"ID"_s, u"0192:991825827"_s}});
    QCOMPARE(system.toRequestJson(), expected);
    QCOMPARE(SystemDefinition::fromJson(system.toRequestJson()), system);
}

void TestSystemDefinition::requestJson_hasNoIsDeleted()
{
    SystemDefinition system = SystemDefinition::fromJson(TestJson::parseObject(RegisteredSystemResponseJson));
    system.isDeleted = true;
    QVERIFY(!system.toRequestJson().contains(u"isDeleted"_s));
    QCOMPARE(system.toResponseJson().value(u"isDeleted"_s), QJsonValue(true));
    QCOMPARE(withoutMember(system.toResponseJson(), u"isDeleted"_s), system.toRequestJson());
}

void TestSystemDefinition::responseJson_writesIsDeletedFalseWhenUnset()
{
    const SystemDefinition system =
        SystemDefinition::fromJson(TestJson::parseObject(RegisterSystemRequestJson));
    QCOMPARE(system.isDeleted, std::nullopt);
    QCOMPARE(system.toResponseJson().value(u"isDeleted"_s), QJsonValue(false));
}

void TestSystemDefinition::oddCasing_binds()
{
    const QJsonObject input = TestJson::parseObject(R"json({
      "ID": "991825827_smartregnskap",
      "Vendor": { "id": "0192:991825827" },
      "NAME": { "NB": "SmartRegnskap", "Nn": "SmartRekneskap", "en": "SmartAccounting" },
      "Description": { "nb": "a", "nn": "b", "EN": "c" },
      "Rights": [ { "ACTION": "read", "Resource": [ { "Id": "urn:altinn:resource", "VALUE": "ske-krav" } ] } ],
      "accesspackages": [ { "URN": "urn:altinn:accesspackage:skattnaering" } ],
      "CLIENTID": [ "c1" ],
      "isvisible": false,
      "allowedredirecturls": [ "https://a.example/cb" ],
      "IsDeleted": true
    })json");
    const QJsonObject expected = TestJson::parseObject(R"json({
      "id": "991825827_smartregnskap",
      "vendor": { "ID": "0192:991825827" },
      "name": { "nb": "SmartRegnskap", "nn": "SmartRekneskap", "en": "SmartAccounting" },
      "description": { "nb": "a", "nn": "b", "en": "c" },
      "rights": [ { "action": "read", "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav" } ] } ],
      "accessPackages": [ { "urn": "urn:altinn:accesspackage:skattnaering" } ],
      "clientId": [ "c1" ],
      "isVisible": false,
      "allowedRedirectUrls": [ "https://a.example/cb" ],
      "isDeleted": true
    })json");
    const SystemDefinition system = SystemDefinition::fromJson(input);
    QCOMPARE(system.toResponseJson(), expected);
    QCOMPARE(system, SystemDefinition::fromJson(expected));
}

void TestSystemDefinition::unknownMembers_areIgnored()
{
    QJsonObject input = TestJson::parseObject(RegisteredSystemResponseJson);
    input.insert(u"systemVendorOrgNumber"_s, u"991825827"_s);
    input.insert(u"softDeleted"_s, true);
    input.insert(u"internalId"_s, QJsonObject{{u"x"_s, 1}});
    QJsonObject vendor = input.value(u"vendor"_s).toObject();
    vendor.insert(u"authority"_s, u"iso6523-actorid-upis"_s);
    input.insert(u"vendor"_s, vendor);

    const SystemDefinition system = SystemDefinition::fromJson(input);
    QCOMPARE(system, SystemDefinition::fromJson(TestJson::parseObject(RegisteredSystemResponseJson)));
    QCOMPARE(system.toResponseJson(), TestJson::parseObject(RegisteredSystemResponseJson));
}

void TestSystemDefinition::nullMembers_areLeftOut()
{
    const QJsonObject input = TestJson::parseObject(R"json({
      "id": "991825827_x",
      "vendor": { "ID": "0192:991825827" },
      "name": { "nb": "X", "nn": "X", "en": "X" },
      "description": { "nb": "X", "nn": "X", "en": "X" },
      "rights": null,
      "accessPackages": null,
      "clientId": null,
      "isVisible": null,
      "allowedRedirectUrls": null,
      "isDeleted": null
    })json");
    const SystemDefinition system = SystemDefinition::fromJson(input);
    QCOMPARE(system.rights, std::nullopt);
    QCOMPARE(system.accessPackages, std::nullopt);
    QVERIFY(system.clientIds.isEmpty());
    QCOMPARE(system.isVisible, true);
    QVERIFY(system.allowedRedirectUrls.isEmpty());
    QCOMPARE(system.isDeleted, std::nullopt);

    const QJsonObject expected = TestJson::parseObject(R"json({
      "id": "991825827_x",
      "vendor": { "ID": "0192:991825827" },
      "name": { "nb": "X", "nn": "X", "en": "X" },
      "description": { "nb": "X", "nn": "X", "en": "X" },
      "clientId": [],
      "isVisible": true,
      "allowedRedirectUrls": []
    })json");
    QCOMPARE(system.toRequestJson(), expected);
}

void TestSystemDefinition::rightsNullVersusEmpty_data()
{
    QTest::addColumn<QJsonValue>("rights"); // Undefined: member left out of the input
    QTest::addColumn<bool>("expectList");
    QTest::addColumn<qsizetype>("expectedCount");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false << qsizetype(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qsizetype(0);
    QTest::newRow("wrong type") << QJsonValue(u"ske-krav"_s) << false << qsizetype(0);
    QTest::newRow("empty") << QJsonValue(QJsonArray()) << true << qsizetype(0);
    QTest::newRow("one") << QJsonValue(QJsonArray{Right::forResource(u"a"_s).toJson()}) << true
                         << qsizetype(1);
}

void TestSystemDefinition::rightsNullVersusEmpty()
{
    QFETCH(QJsonValue, rights);
    QFETCH(bool, expectList);
    QFETCH(qsizetype, expectedCount);

    QJsonObject input = TestJson::parseObject(RegisterSystemRequestJson);
    input.remove(u"rights"_s);
    input.remove(u"accessPackages"_s);
    if (!rights.isUndefined()) {
        input.insert(u"rights"_s, rights);
        input.insert(u"accessPackages"_s, rights.isArray() ? QJsonValue(QJsonArray()) : rights);
    }
    const SystemDefinition system = SystemDefinition::fromJson(input);
    QCOMPARE(system.rights.has_value(), expectList);
    QCOMPARE(system.accessPackages.has_value(), expectList);
    const QJsonObject written = system.toRequestJson();
    QCOMPARE(written.contains(u"rights"_s), expectList);
    QCOMPARE(written.contains(u"accessPackages"_s), expectList);
    if (expectList) {
        QCOMPARE(system.rights->size(), expectedCount);
        QCOMPARE(written.value(u"rights"_s).toArray().size(), expectedCount);
        QCOMPARE(written.value(u"accessPackages"_s), QJsonValue(QJsonArray()));
    }
}

void TestSystemDefinition::defaultSystem_writesEmptyLists()
{
    const QJsonObject expected = TestJson::parseObject(R"json({
      "id": "",
      "vendor": { "ID": "" },
      "name": {},
      "description": {},
      "rights": [],
      "accessPackages": [],
      "clientId": [],
      "isVisible": true,
      "allowedRedirectUrls": []
    })json");
    QCOMPARE(SystemDefinition().toRequestJson(), expected);
}

void TestSystemDefinition::vendorKey_isUpperCaseId()
{
    const SystemDefinition system = SystemDefinition::fromJson(
        TestJson::parseObject(R"json({"id": "991825827_x", "vendor": {"id": "0192:991825827"}})json"));
    QCOMPARE(system.vendorId, u"0192:991825827"_s);
    for (const QJsonObject &written : {system.toRequestJson(), system.toResponseJson()}) {
        const QJsonObject vendor = written.value(u"vendor"_s).toObject();
        QCOMPARE(vendor.keys(), QStringList{u"ID"_s});
        QCOMPARE(vendor.value(u"ID"_s), QJsonValue(u"0192:991825827"_s));
    }
}

void TestSystemDefinition::vendorOrgNumber_data()
{
    QTest::addColumn<QString>("vendorId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iso6523") << u"0192:991825827"_s << u"991825827"_s;
    QTest::newRow("prefix only") << u"0192:"_s << QString();
    QTest::newRow("other scheme") << u"9908:991825827"_s << QString();
    QTest::newRow("bare org number") << u"991825827"_s << QString();
    QTest::newRow("no colon") << u"0192991825827"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("second colon kept") << u"0192:99:1"_s << u"99:1"_s;
}

void TestSystemDefinition::vendorOrgNumber()
{
    QFETCH(QString, vendorId);
    QFETCH(QString, expected);
    SystemDefinition system;
    system.vendorId = vendorId;
    QCOMPARE(system.vendorOrgNumber(), expected);
}

void TestSystemDefinition::setVendorOrgNumber_prefixes0192()
{
    SystemDefinition system;
    system.setVendorOrgNumber(u"310904473"_s);
    QCOMPARE(system.vendorId, u"0192:310904473"_s);
    QCOMPARE(system.vendorOrgNumber(), u"310904473"_s);
}

void TestSystemDefinition::redirectUrls_keptAsGiven()
{
    // The server turns "https://vg.no" into "https://vg.no/"; the model itself must not normalise anything.
    const QStringList urls{
        u"https://vg.no"_s, u"https://vg.no/"_s, u"HTTPS://Example.COM:443/a b?x=1#f"_s, u"not a url"_s};
    SystemDefinition system;
    system.allowedRedirectUrls = urls;
    const QJsonObject written = system.toRequestJson();
    QCOMPARE(written.value(u"allowedRedirectUrls"_s), QJsonValue(QJsonArray::fromStringList(urls)));
    QCOMPARE(SystemDefinition::fromJson(written).allowedRedirectUrls, urls);
}

void TestSystemDefinition::wrongTypes_doNotCrash()
{
    const QJsonObject input = TestJson::parseObject(R"json({
      "id": 5, "vendor": "0192:991825827", "name": ["nb"], "description": "text",
      "rights": {"resource": []}, "accessPackages": "urn:altinn:accesspackage:x",
      "clientId": "c1", "isVisible": "false", "allowedRedirectUrls": {"a": "b"}, "isDeleted": 1
    })json");
    const SystemDefinition system = SystemDefinition::fromJson(input);
    QVERIFY(system.id.isEmpty());
    QVERIFY(system.vendorId.isEmpty());
    QVERIFY(system.name.isEmpty());
    QVERIFY(system.description.isEmpty());
    QCOMPARE(system.rights, std::nullopt);
    QCOMPARE(system.accessPackages, std::nullopt);
    QVERIFY(system.clientIds.isEmpty());
    QCOMPARE(system.isVisible, true);
    QVERIFY(system.allowedRedirectUrls.isEmpty());
    QCOMPARE(system.isDeleted, std::nullopt);
}

void TestSystemDefinition::listItem_example_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(ListItemJson);
    const SystemListItem item = SystemListItem::fromJson(json);
    QCOMPARE(item.systemId, u"991825827_smartregnskap"_s);
    QCOMPARE(item.systemVendorOrgNumber, u"991825827"_s);
    QCOMPARE(item.systemVendorOrgName, QString());
    QCOMPARE(item.name.value(u"nn"_s), u"SmartRekneskap"_s);
    QCOMPARE(item.rights,
        std::optional<QList<Right>>(QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)}));
    QCOMPARE(item.isVisible, true);

    const QJsonObject written = item.toJson();
    QCOMPARE(written, json);
    QVERIFY(!written.contains(u"id"_s));
    QVERIFY(!written.contains(u"clientId"_s));
    QVERIFY(!written.contains(u"isDeleted"_s));
    QCOMPARE(SystemListItem::fromJson(written), item);
}

void TestSystemDefinition::listItem_fromDefinition_matchesService()
{
    const SystemDefinition system =
        SystemDefinition::fromJson(TestJson::parseObject(RegisteredSystemResponseJson));
    QCOMPARE(SystemListItem::fromDefinition(system),
        SystemListItem::fromJson(TestJson::parseObject(ListItemJson)));
}

void TestSystemDefinition::listItem_nullRights_leftOut()
{
    QJsonObject json = TestJson::parseObject(ListItemJson);
    json.insert(u"rights"_s, QJsonValue::Null);
    json.remove(u"accessPackages"_s);
    json.insert(u"SYSTEMID"_s, json.take(u"systemId"_s));
    const SystemListItem item = SystemListItem::fromJson(json);
    QCOMPARE(item.systemId, u"991825827_smartregnskap"_s);
    QCOMPARE(item.rights, std::nullopt);
    QCOMPARE(item.accessPackages, std::nullopt);
    const QJsonObject written = item.toJson();
    QVERIFY(!written.contains(u"rights"_s));
    QVERIFY(!written.contains(u"accessPackages"_s));
    QCOMPARE(written.value(u"systemId"_s), QJsonValue(u"991825827_smartregnskap"_s));
}

void TestSystemDefinition::changeLogEntry_parsesAndWrites()
{
    const QJsonObject json = TestJson::parseObject(R"json({
      "systemInternalId": "6eeac941-8685-49ad-a195-e60542e72d45",
      "changedByOrgNumber": "991825827",
      "changeType": "rightsupdate",
      "changedData": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
      "clientId": "3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c",
      "created": "2026-03-02T09:14:03.512345Z"
    })json");
    const ChangeLogEntry entry = ChangeLogEntry::fromJson(json);
    QCOMPARE(entry.systemInternalId, u"6eeac941-8685-49ad-a195-e60542e72d45"_s);
    QCOMPARE(entry.changedByOrgNumber, u"991825827"_s);
    QCOMPARE(entry.changeType, u"rightsupdate"_s);
    QCOMPARE(entry.changedData, json.value(u"changedData"_s));
    QCOMPARE(entry.clientId, u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s);
    QCOMPARE(entry.created, QDateTime(QDate(2026, 3, 2), QTime(9, 14, 3, 512), Qt::UTC));

    QJsonObject expected = json;
    expected.insert(u"created"_s, u"2026-03-02T09:14:03.512Z"_s); // kept to millisecond precision
    QCOMPARE(entry.toJson(), expected);
}

void TestSystemDefinition::changeLogEntry_nullChangedData_leftOut()
{
    const ChangeLogEntry entry = ChangeLogEntry::fromJson(
        TestJson::parseObject(R"json({"changeType": "delete", "changedData": null, "created": null})json"));
    QCOMPARE(entry.changeType, u"delete"_s);
    const QJsonObject written = entry.toJson();
    QVERIFY(!written.contains(u"changedData"_s));
    QVERIFY(!written.contains(u"created"_s));
    QCOMPARE(written.value(u"changeType"_s), QJsonValue(u"delete"_s));
}

void TestSystemDefinition::updateResult_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("expected");
    QTest::newRow("true") << uR"({"succeeded": true})"_s << true;
    QTest::newRow("false") << uR"({"succeeded": false})"_s << false;
    QTest::newRow("casing") << uR"({"Succeeded": true})"_s << true;
    QTest::newRow("missing") << uR"({})"_s << false;
    QTest::newRow("wrong type") << uR"({"succeeded": "true"})"_s << false;
}

void TestSystemDefinition::updateResult()
{
    QFETCH(QString, json);
    QFETCH(bool, expected);
    const UpdateResult result = UpdateResult::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QCOMPARE(result.succeeded, expected);
    QCOMPARE(result.toJson(), (QJsonObject{{u"succeeded"_s, expected}}));
}

QTEST_GUILESS_MAIN(TestSystemDefinition)
#include "TestSystemDefinition.moc"
