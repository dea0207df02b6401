#include "JsonTestHelpers.h"
#include "model/SystemUserRequestResponse.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestKind;
using Altinn::RequestStatus;
using Altinn::Right;
using Altinn::SystemUserRequestResponse;

// The test class comes before the JSON literals: moc 6.4 misreads multi-line raw strings holding "//".
class TestSystemUserRequestResponse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardExample_parses();
    void standardExample_roundTrips();
    void agentResponse_hasNoRights();
    void agent_fromJsonIgnoresRights();
    void standard_alwaysWritesRightsAndPackages();
    void redirectUrl_leftOutWhenUnset();
    void status_data();
    void status();
    void timedOutAndEscalated_areRead();
    void missingMembers_useDefaults();
};

namespace {

// RequestSystemResponse (docs/altinn-behaviour.md#request-responses).
constexpr char StandardResponseJson[] = R"json({
  "id": "505f8488-3d48-4c15-8e21-35cb9432f815",
  "integrationTitle": "SmartRegnskap – avdeling Bergen",
  "externalRef": "kunde-4711",
  "systemId": "991825827_smartregnskap",
  "partyOrgNo": "310904473",
  "rights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
  "accessPackages": [],
  "status": "New",
  "redirectUrl": "https://smartregnskap.example/altinn/callback?state=abc",
  "confirmUrl": "https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id=505f8488-3d48-4c15-8e21-35cb9432f815&DONTCHOOSEREPORTEE=true",
  "escalated": false,
  "created": "2026-03-02T09:14:03.512345Z",
  "timedOut": false
})json";

// AgentRequestSystemResponse (docs/altinn-behaviour.md#request-responses): the same members minus `rights`;
// no redirectUrl was given.
constexpr char AgentResponseJson[] = R"json({
  "id": "0c1d6a4e-7f7a-4d2c-9a51-3b8e2f1d0a99",
  "integrationTitle": "SmartRegnskap klient",
  "externalRef": "byra-77",
  "systemId": "991825827_smartregnskap_klient",
  "partyOrgNo": "314250052",
  "accessPackages": [ { "urn": "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet" } ],
  "status": "Accepted",
  "confirmUrl": "https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/agentrequest?id=0c1d6a4e-7f7a-4d2c-9a51-3b8e2f1d0a99&DONTCHOOSEREPORTEE=true",
  "escalated": false,
  "created": "2026-03-02T09:14:03Z",
  "timedOut": false
})json";

} // namespace

void TestSystemUserRequestResponse::standardExample_parses()
{
    const SystemUserRequestResponse response = SystemUserRequestResponse::fromJson(
        TestJson::parseObject(StandardResponseJson), RequestKind::Standard);
    QCOMPARE(response.kind, RequestKind::Standard);
    QCOMPARE(response.id, u"505f8488-3d48-4c15-8e21-35cb9432f815"_s);
    QCOMPARE(response.integrationTitle, u"SmartRegnskap – avdeling Bergen"_s);
    QCOMPARE(response.externalRef, u"kunde-4711"_s);
    QCOMPARE(response.systemId, u"991825827_smartregnskap"_s);
    QCOMPARE(response.partyOrgNo, u"310904473"_s);
    QCOMPARE(response.rights, QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)});
    QVERIFY(response.accessPackages.isEmpty());
    QCOMPARE(response.status, RequestStatus::New);
    QCOMPARE(response.statusText, u"New"_s);
    QCOMPARE(response.redirectUrl,
        std::optional<QString>(u"https://smartregnskap.example/altinn/callback?state=abc"_s));
    QVERIFY(response.confirmUrl.endsWith(
        u"/systemuser/request?id=505f8488-3d48-4c15-8e21-35cb9432f815&DONTCHOOSEREPORTEE=true"));
    QCOMPARE(response.escalated, false);
    QCOMPARE(response.created, QDateTime(QDate(2026, 3, 2), QTime(9, 14, 3, 512), Qt::UTC));
    QCOMPARE(response.created.timeSpec(), Qt::UTC);
    QCOMPARE(response.timedOut, false);
}

void TestSystemUserRequestResponse::standardExample_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(StandardResponseJson);
    const SystemUserRequestResponse response =
        SystemUserRequestResponse::fromJson(json, RequestKind::Standard);
    QJsonObject expected = json;
    expected.insert(u"created"_s, u"2026-03-02T09:14:03.512Z"_s); // kept to millisecond precision
    QCOMPARE(response.toJson(), expected);
    QCOMPARE(SystemUserRequestResponse::fromJson(response.toJson(), RequestKind::Standard), response);
}

void TestSystemUserRequestResponse::agentResponse_hasNoRights()
{
    const QJsonObject json = TestJson::parseObject(AgentResponseJson);
    const SystemUserRequestResponse response = SystemUserRequestResponse::fromJson(json, RequestKind::Agent);
    QCOMPARE(response.kind, RequestKind::Agent);
    QCOMPARE(response.status, RequestStatus::Accepted);
    QCOMPARE(response.redirectUrl, std::nullopt);
    QCOMPARE(response.accessPackages.size(), 1);

    QJsonObject expected = json;
    expected.insert(u"created"_s, u"2026-03-02T09:14:03.000Z"_s);
    const QJsonObject written = response.toJson();
    QCOMPARE(written, expected);
    QVERIFY(!written.contains(u"rights"_s));
    QVERIFY(!written.contains(u"redirectUrl"_s));
}

void TestSystemUserRequestResponse::agent_fromJsonIgnoresRights()
{
    QJsonObject json = TestJson::parseObject(AgentResponseJson);
    json.insert(u"rights"_s, QJsonArray{Right::forResource(u"x"_s).toJson()});
    SystemUserRequestResponse response = SystemUserRequestResponse::fromJson(json, RequestKind::Agent);
    QVERIFY(response.rights.isEmpty());
    response.rights = {Right::forResource(u"x"_s)}; // even when set by hand, agent never writes it
    QVERIFY(!response.toJson().contains(u"rights"_s));
}

void TestSystemUserRequestResponse::standard_alwaysWritesRightsAndPackages()
{
    SystemUserRequestResponse response;
    const QJsonObject json = response.toJson();
    QCOMPARE(json.value(u"rights"_s), QJsonValue(QJsonArray()));
    QCOMPARE(json.value(u"accessPackages"_s), QJsonValue(QJsonArray()));
    QCOMPARE(json.value(u"escalated"_s), QJsonValue(false));
    QCOMPARE(json.value(u"timedOut"_s), QJsonValue(false));
    QCOMPARE(json.value(u"status"_s), QJsonValue(u"New"_s));
    QVERIFY(!json.contains(u"created"_s)); // unset date: no member rather than an invalid string

    response.kind = RequestKind::Agent;
    QCOMPARE(response.toJson().value(u"accessPackages"_s), QJsonValue(QJsonArray()));
}

void TestSystemUserRequestResponse::redirectUrl_leftOutWhenUnset()
{
    QJsonObject json = TestJson::parseObject(StandardResponseJson);
    json.remove(u"redirectUrl"_s);
    const SystemUserRequestResponse response =
        SystemUserRequestResponse::fromJson(json, RequestKind::Standard);
    QCOMPARE(response.redirectUrl, std::nullopt);
    QVERIFY(!response.toJson().contains(u"redirectUrl"_s));

    json.insert(u"redirectUrl"_s, QJsonValue::Null);
    QVERIFY(!SystemUserRequestResponse::fromJson(json, RequestKind::Standard)
                 .toJson()
                 .contains(u"redirectUrl"_s));
}

void TestSystemUserRequestResponse::status_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<QString>("written");
    QTest::newRow("New") << u"New"_s << RequestStatus::New << u"New"_s;
    QTest::newRow("Accepted") << u"Accepted"_s << RequestStatus::Accepted << u"Accepted"_s;
    QTest::newRow("Rejected") << u"Rejected"_s << RequestStatus::Rejected << u"Rejected"_s;
    QTest::newRow("Denied") << u"Denied"_s << RequestStatus::Denied << u"Denied"_s;
    QTest::newRow("Timedout") << u"Timedout"_s << RequestStatus::Timedout << u"Timedout"_s;
    QTest::newRow("lower case") << u"accepted"_s << RequestStatus::Accepted << u"Accepted"_s;
    QTest::newRow("unknown kept") << u"Pending"_s << RequestStatus::Unknown << u"Pending"_s;
}

void TestSystemUserRequestResponse::status()
{
    QFETCH(QString, wire);
    QFETCH(RequestStatus, status);
    QFETCH(QString, written);
    QJsonObject json = TestJson::parseObject(StandardResponseJson);
    json.insert(u"Status"_s, wire); // odd casing too: "status" is replaced by the case-insensitive twin
    json.remove(u"status"_s);
    const SystemUserRequestResponse response =
        SystemUserRequestResponse::fromJson(json, RequestKind::Standard);
    QCOMPARE(response.status, status);
    QCOMPARE(response.statusText, wire);
    QCOMPARE(response.toJson().value(u"status"_s), QJsonValue(written));
}

void TestSystemUserRequestResponse::timedOutAndEscalated_areRead()
{
    QJsonObject json = TestJson::parseObject(StandardResponseJson);
    json.insert(u"timedOut"_s, true);
    json.insert(u"escalated"_s, true);
    const SystemUserRequestResponse response =
        SystemUserRequestResponse::fromJson(json, RequestKind::Standard);
    QCOMPARE(response.timedOut, true);
    QCOMPARE(response.escalated, true);
    QCOMPARE(response.status, RequestStatus::New); // since Nov 2025 a timeout no longer changes the status
    const QJsonObject written = response.toJson();
    QCOMPARE(written.value(u"timedOut"_s), QJsonValue(true));
    QCOMPARE(written.value(u"escalated"_s), QJsonValue(true));
}

void TestSystemUserRequestResponse::missingMembers_useDefaults()
{
    const SystemUserRequestResponse response = SystemUserRequestResponse::fromJson(
        TestJson::parseObject(R"json({"id": "x", "created": "garbage"})json"), RequestKind::Standard);
    QCOMPARE(response.id, u"x"_s);
    QVERIFY(response.rights.isEmpty());
    QCOMPARE(response.status, RequestStatus::Unknown);
    QVERIFY(response.statusText.isEmpty());
    QCOMPARE(response.escalated, false);
    QCOMPARE(response.timedOut, false);
    QVERIFY(!response.created.isValid());
    QCOMPARE(response.toJson().value(u"status"_s), QJsonValue(u"Unknown"_s));
}

QTEST_GUILESS_MAIN(TestSystemUserRequestResponse)
#include "TestSystemUserRequestResponse.moc"
