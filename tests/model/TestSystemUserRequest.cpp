#include "JsonTestHelpers.h"
#include "model/SystemUserRequest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::AccessPackageRef;
using Altinn::RequestKind;
using Altinn::Right;
using Altinn::SystemUserRequest;

// The test class comes before the JSON literals: moc 6.4 misreads multi-line raw strings holding "//".
class TestSystemUserRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardBody_parses();
    void standardBody_roundTrips();
    void agentBody_roundTrips();
    void agent_neverWritesRights();
    void agent_fromJsonIgnoresRights();
    void unsetMembers_areLeftOut();
    void externalRef_emptyStringIsKept();
    void nullMembers_areUnset();
    void rights_emptyListIsWritten();
    void oddCasing_binds();
};

namespace {

// CreateRequestSystemUser (docs/altinn-behaviour.md#request-bodies).
constexpr char StandardBodyJson[] = R"json({
  "systemId": "991825827_smartregnskap",
  "partyOrgNo": "310904473",
  "externalRef": "kunde-4711",
  "integrationTitle": "SmartRegnskap – avdeling Bergen",
  "rights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
  "accessPackages": [ { "urn": "urn:altinn:accesspackage:skattnaering" } ],
  "redirectUrl": "https://smartregnskap.example/altinn/callback?state=abc"
})json";

// CreateAgentRequestSystemUser (docs/altinn-behaviour.md#request-bodies).
constexpr char AgentBodyJson[] = R"json({
  "systemId": "991825827_smartregnskap_klient",
  "partyOrgNo": "314250052",
  "externalRef": "byra-77",
  "accessPackages": [ { "urn": "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet" } ],
  "redirectUrl": "https://smartregnskap.example/altinn/callback"
})json";

} // namespace

void TestSystemUserRequest::standardBody_parses()
{
    const SystemUserRequest request =
        SystemUserRequest::fromJson(TestJson::parseObject(StandardBodyJson), RequestKind::Standard);
    QCOMPARE(request.kind, RequestKind::Standard);
    QCOMPARE(request.systemId, u"991825827_smartregnskap"_s);
    QCOMPARE(request.partyOrgNo, u"310904473"_s);
    QCOMPARE(request.externalRef, std::optional<QString>(u"kunde-4711"_s));
    QCOMPARE(request.integrationTitle, std::optional<QString>(u"SmartRegnskap – avdeling Bergen"_s));
    QCOMPARE(request.rights,
        std::optional<QList<Right>>(QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)}));
    QCOMPARE(request.accessPackages,
        std::optional<QList<AccessPackageRef>>(
            {AccessPackageRef{u"urn:altinn:accesspackage:skattnaering"_s}}));
    QCOMPARE(request.redirectUrl,
        std::optional<QString>(u"https://smartregnskap.example/altinn/callback?state=abc"_s));
}

void TestSystemUserRequest::standardBody_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(StandardBodyJson);
    const SystemUserRequest request = SystemUserRequest::fromJson(json, RequestKind::Standard);
    QCOMPARE(request.toJson(), json);
    QCOMPARE(SystemUserRequest::fromJson(request.toJson(), RequestKind::Standard), request);
}

void TestSystemUserRequest::agentBody_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(AgentBodyJson);
    const SystemUserRequest request = SystemUserRequest::fromJson(json, RequestKind::Agent);
    QCOMPARE(request.kind, RequestKind::Agent);
    QCOMPARE(request.integrationTitle, std::nullopt);
    QCOMPARE(request.rights, std::nullopt);
    QCOMPARE(request.accessPackages->size(), 1);
    QCOMPARE(request.toJson(), json);
    QCOMPARE(SystemUserRequest::fromJson(request.toJson(), RequestKind::Agent), request);
}

void TestSystemUserRequest::agent_neverWritesRights()
{
    SystemUserRequest request;
    request.kind = RequestKind::Agent;
    request.systemId = u"991825827_smartregnskap_klient"_s;
    request.partyOrgNo = u"314250052"_s;
    request.rights = QList<Right>{Right::forResource(u"ske-krav-og-betalinger"_s)};
    request.accessPackages = QList<AccessPackageRef>{{u"urn:altinn:accesspackage:ansvarlig-revisor"_s}};
    const QJsonObject json = request.toJson();
    QVERIFY(!json.contains(u"rights"_s));
    QVERIFY(json.contains(u"accessPackages"_s));

    request.kind = RequestKind::Standard;
    QVERIFY(request.toJson().contains(u"rights"_s));
}

void TestSystemUserRequest::agent_fromJsonIgnoresRights()
{
    QJsonObject json = TestJson::parseObject(AgentBodyJson);
    json.insert(u"rights"_s, QJsonArray{Right::forResource(u"ske-krav-og-betalinger"_s).toJson()});
    const SystemUserRequest request = SystemUserRequest::fromJson(json, RequestKind::Agent);
    QCOMPARE(request.rights, std::nullopt);
    QCOMPARE(request.toJson(), TestJson::parseObject(AgentBodyJson));
}

void TestSystemUserRequest::unsetMembers_areLeftOut()
{
    SystemUserRequest request;
    request.systemId = u"991825827_smartregnskap"_s;
    request.partyOrgNo = u"310904473"_s;
    const QJsonObject expected{
        {u"systemId"_s, u"991825827_smartregnskap"_s}, {u"partyOrgNo"_s, u"310904473"_s}};
    QCOMPARE(request.toJson(), expected);
}

void TestSystemUserRequest::externalRef_emptyStringIsKept()
{
    // "" and a missing member mean different things to the server
    // (docs/altinn-behaviour.md#creating-a-request): "" must reach it as "".
    SystemUserRequest request;
    request.systemId = u"s"_s;
    request.partyOrgNo = u"310904473"_s;
    request.externalRef = QString();
    request.integrationTitle = u""_s;
    const QJsonObject json = request.toJson();
    QVERIFY(json.contains(u"externalRef"_s));
    QCOMPARE(json.value(u"externalRef"_s), QJsonValue(u""_s));
    QCOMPARE(json.value(u"integrationTitle"_s), QJsonValue(u""_s));

    const SystemUserRequest parsed = SystemUserRequest::fromJson(json, RequestKind::Standard);
    QVERIFY(parsed.externalRef.has_value());
    QVERIFY(parsed.externalRef->isEmpty());
}

void TestSystemUserRequest::nullMembers_areUnset()
{
    const SystemUserRequest request = SystemUserRequest::fromJson(
        TestJson::parseObject(R"json({"systemId": "s", "partyOrgNo": "310904473", "externalRef": null,
                                      "integrationTitle": null, "rights": null, "accessPackages": null,
                                      "redirectUrl": null})json"),
        RequestKind::Standard);
    QCOMPARE(request.externalRef, std::nullopt);
    QCOMPARE(request.integrationTitle, std::nullopt);
    QCOMPARE(request.rights, std::nullopt);
    QCOMPARE(request.accessPackages, std::nullopt);
    QCOMPARE(request.redirectUrl, std::nullopt);
    QCOMPARE(request.toJson().keys(), (QStringList{u"partyOrgNo"_s, u"systemId"_s}));
}

void TestSystemUserRequest::rights_emptyListIsWritten()
{
    SystemUserRequest request;
    request.rights = QList<Right>{};
    request.accessPackages = QList<AccessPackageRef>{};
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value(u"rights"_s), QJsonValue(QJsonArray()));
    QCOMPARE(json.value(u"accessPackages"_s), QJsonValue(QJsonArray()));
}

void TestSystemUserRequest::oddCasing_binds()
{
    const SystemUserRequest request = SystemUserRequest::fromJson(
        TestJson::parseObject(R"json({"SystemID": "s", "PARTYORGNO": "310904473", "externalref": "k",
                                      "Rights": [], "redirecturl": "https://a.example/cb", "unknown": 1})json"),
        RequestKind::Standard);
    QCOMPARE(request.systemId, u"s"_s);
    QCOMPARE(request.partyOrgNo, u"310904473"_s);
    QCOMPARE(request.externalRef, std::optional<QString>(u"k"_s));
    QCOMPARE(request.rights, std::optional<QList<Right>>(QList<Right>{}));
    QCOMPARE(request.redirectUrl, std::optional<QString>(u"https://a.example/cb"_s));
    const QJsonObject expected = TestJson::parseObject(
        R"json({"systemId": "s", "partyOrgNo": "310904473", "externalRef": "k", "rights": [],
                "redirectUrl": "https://a.example/cb"})json");
    QCOMPARE(request.toJson(), expected);
}

QTEST_GUILESS_MAIN(TestSystemUserRequest)
#include "TestSystemUserRequest.moc"
