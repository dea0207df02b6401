#include "JsonTestHelpers.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::AccessPackageRef;
using Altinn::ChangeRequest;
using Altinn::ChangeRequestResponse;
using Altinn::RequestStatus;
using Altinn::Right;

// The test class comes before the JSON literals: moc 6.4 misreads multi-line raw strings holding "//".
class TestChangeRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void body_parses();
    void body_roundTrips();
    void absentLists_defaultToEmpty_data();
    void absentLists_defaultToEmpty();
    void isEmpty_data();
    void isEmpty();
    void response_roundTrips();
    void response_noChangeNeeded();
    void response_unknownStatusKept();
};

namespace {

// ChangeRequestSystemUser (docs/altinn-behaviour.md#change-requests).
constexpr char BodyJson[] = R"json({
  "requiredRights":        [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
  "unwantedRights":        [ { "resource": [ { "id": "urn:altinn:resource", "value": "gammel-ressurs" } ] } ],
  "requiredAccessPackages":[ { "urn": "urn:altinn:accesspackage:jordbruk" } ],
  "unwantedAccessPackages":[ { "urn": "urn:altinn:accesspackage:skogbruk" } ],
  "redirectUrl": "https://smartregnskap.example/altinn/callback"
})json";

// ChangeRequestResponse (docs/altinn-behaviour.md#change-requests), with the elided lists filled in from the
// body above.
constexpr char ResponseJson[] = R"json({
  "id": "107319e1-8e4c-47f4-85be-6bdbd8b97b7f",
  "externalRef": "kunde-4711",
  "systemId": "991825827_smartregnskap",
  "systemUserId": "505f8488-3d48-4c15-8e21-35cb9432f815",
  "partyOrgNo": "310904473",
  "requiredRights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
  "unwantedRights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "gammel-ressurs" } ] } ],
  "requiredAccessPackages": [ { "urn": "urn:altinn:accesspackage:jordbruk" } ],
  "unwantedAccessPackages": [ { "urn": "urn:altinn:accesspackage:skogbruk" } ],
  "status": "New",
  "redirectUrl": "https://smartregnskap.example/altinn/callback",
  "confirmUrl": "https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/changerequest?id=107319e1-8e4c-47f4-85be-6bdbd8b97b7f&DONTCHOOSEREPORTEE=true",
  "created": "2026-03-05T10:00:00.000000Z",
  "timedOut": false
})json";

// The 200 answer when all four lists are empty: nothing stored, confirmUrl "".
constexpr char NoChangeNeededJson[] = R"json({
  "id": "107319e1-8e4c-47f4-85be-6bdbd8b97b7f",
  "externalRef": "kunde-4711",
  "systemId": "991825827_smartregnskap",
  "systemUserId": "505f8488-3d48-4c15-8e21-35cb9432f815",
  "partyOrgNo": "310904473",
  "requiredRights": [],
  "unwantedRights": [],
  "requiredAccessPackages": [],
  "unwantedAccessPackages": [],
  "status": "NoChangeNeeded",
  "confirmUrl": "",
  "timedOut": false
})json";

} // namespace

void TestChangeRequest::body_parses()
{
    const ChangeRequest request = ChangeRequest::fromJson(TestJson::parseObject(BodyJson));
    QCOMPARE(request.requiredRights, QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)});
    QCOMPARE(request.unwantedRights, QList<Right>{Right::forResource(u"gammel-ressurs"_s)});
    QCOMPARE(
        request.requiredAccessPackages, QList<AccessPackageRef>{{u"urn:altinn:accesspackage:jordbruk"_s}});
    QCOMPARE(
        request.unwantedAccessPackages, QList<AccessPackageRef>{{u"urn:altinn:accesspackage:skogbruk"_s}});
    QCOMPARE(request.redirectUrl, std::optional<QString>(u"https://smartregnskap.example/altinn/callback"_s));
    QVERIFY(!request.isEmpty());
}

void TestChangeRequest::body_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(BodyJson);
    const ChangeRequest request = ChangeRequest::fromJson(json);
    QCOMPARE(request.toJson(), json);
    QCOMPARE(ChangeRequest::fromJson(request.toJson()), request);
}

void TestChangeRequest::absentLists_defaultToEmpty_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty object") << uR"({})"_s;
    QTest::newRow("nulls") << uR"({"requiredRights": null, "unwantedRights": null,
                                  "requiredAccessPackages": null, "unwantedAccessPackages": null,
                                  "redirectUrl": null})"_s;
    QTest::newRow("wrong types") << uR"({"requiredRights": {}, "unwantedRights": "x",
                                        "requiredAccessPackages": 1, "unwantedAccessPackages": true})"_s;
}

void TestChangeRequest::absentLists_defaultToEmpty()
{
    QFETCH(QString, json);
    const ChangeRequest request = ChangeRequest::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(request.isEmpty());
    QCOMPARE(request.redirectUrl, std::nullopt);
    const QJsonObject expected = TestJson::parseObject(
        R"json({"requiredRights": [], "unwantedRights": [], "requiredAccessPackages": [], "unwantedAccessPackages": []})json");
    QCOMPARE(request.toJson(), expected);
}

void TestChangeRequest::isEmpty_data()
{
    QTest::addColumn<int>("filled"); // which list gets one item; -1 for none
    QTest::addColumn<bool>("expected");
    QTest::newRow("none") << -1 << true;
    QTest::newRow("requiredRights") << 0 << false;
    QTest::newRow("unwantedRights") << 1 << false;
    QTest::newRow("requiredAccessPackages") << 2 << false;
    QTest::newRow("unwantedAccessPackages") << 3 << false;
}

void TestChangeRequest::isEmpty()
{
    QFETCH(int, filled);
    QFETCH(bool, expected);
    ChangeRequest request;
    request.redirectUrl = u"https://a.example/cb"_s; // a redirect alone is no change
    const Right right = Right::forResource(u"x"_s);
    const AccessPackageRef package{u"urn:altinn:accesspackage:jordbruk"_s};
    switch (filled) {
    case 0:
        request.requiredRights.append(right);
        break;
    case 1:
        request.unwantedRights.append(right);
        break;
    case 2:
        request.requiredAccessPackages.append(package);
        break;
    case 3:
        request.unwantedAccessPackages.append(package);
        break;
    default:
        break;
    }
    QCOMPARE(request.isEmpty(), expected);
}

void TestChangeRequest::response_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(ResponseJson);
    const ChangeRequestResponse response = ChangeRequestResponse::fromJson(json);
    QCOMPARE(response.id, u"107319e1-8e4c-47f4-85be-6bdbd8b97b7f"_s);
    QCOMPARE(response.systemUserId, u"505f8488-3d48-4c15-8e21-35cb9432f815"_s);
    QCOMPARE(response.status, RequestStatus::New);
    QCOMPARE(response.requiredRights, QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)});
    QCOMPARE(
        response.unwantedAccessPackages, QList<AccessPackageRef>{{u"urn:altinn:accesspackage:skogbruk"_s}});
    QCOMPARE(response.created, QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC));

    QJsonObject expected = json;
    expected.insert(u"created"_s, u"2026-03-05T10:00:00.000Z"_s);
    QCOMPARE(response.toJson(), expected);
    QCOMPARE(ChangeRequestResponse::fromJson(response.toJson()), response);
}

void TestChangeRequest::response_noChangeNeeded()
{
    const QJsonObject json = TestJson::parseObject(NoChangeNeededJson);
    const ChangeRequestResponse response = ChangeRequestResponse::fromJson(json);
    QCOMPARE(response.status, RequestStatus::NoChangeNeeded);
    QCOMPARE(response.statusText, u"NoChangeNeeded"_s);
    QVERIFY(response.confirmUrl.isEmpty());
    QCOMPARE(response.redirectUrl, std::nullopt);
    QVERIFY(!response.created.isValid());

    const QJsonObject written = response.toJson();
    QCOMPARE(written, json);
    QCOMPARE(written.value(u"confirmUrl"_s), QJsonValue(u""_s)); // written even though empty
    QVERIFY(!written.contains(u"redirectUrl"_s));
    QVERIFY(!written.contains(u"created"_s));
}

void TestChangeRequest::response_unknownStatusKept()
{
    QJsonObject json = TestJson::parseObject(ResponseJson);
    json.insert(u"status"_s, u"Escalated"_s);
    const ChangeRequestResponse response = ChangeRequestResponse::fromJson(json);
    QCOMPARE(response.status, RequestStatus::Unknown);
    QCOMPARE(response.toJson().value(u"status"_s), QJsonValue(u"Escalated"_s));
}

QTEST_GUILESS_MAIN(TestChangeRequest)
#include "TestChangeRequest.moc"
