#include "JsonTestHelpers.h"
#include "model/PagedList.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::PagedList;
using Altinn::RequestKind;
using Altinn::RequestStatus;
using Altinn::SystemUser;
using Altinn::SystemUserRequestResponse;

// The test class comes before the JSON literals: moc 6.4 misreads multi-line raw strings holding "//".
class TestPagedList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeWithNext_parses();
    void envelopeWithNext_roundTrips();
    void lastPage_data();
    void lastPage();
    void lastPage_writesEmptyLinks();
    void nonObjectItems_areSkipped();
    void oddCasing_binds();
    void systemUserPage_parses();
};

namespace {

constexpr char NextUrl[] =
    "https://platform.tt02.altinn.no/authentication/api/v1/systemuser/request/vendor/bysystem/"
    "991825827_smartregnskap?token=ImU5ZDNhMWI0LTVmOWMtNGUyYS1iMzQ1LTAwMDAwMDAwMDAwMSI";

// Paging envelope (docs/altinn-behaviour.md#pagination) with a next link; the data items are
// RequestSystemResponse objects.
constexpr char PageJson[] = R"json({
  "links": { "next": "https://platform.tt02.altinn.no/authentication/api/v1/systemuser/request/vendor/bysystem/991825827_smartregnskap?token=ImU5ZDNhMWI0LTVmOWMtNGUyYS1iMzQ1LTAwMDAwMDAwMDAwMSI" },
  "data": [
    {
      "id": "0a000000-0000-4000-8000-000000000001",
      "integrationTitle": "SmartRegnskap",
      "externalRef": "310904473",
      "systemId": "991825827_smartregnskap",
      "partyOrgNo": "310904473",
      "rights": [ { "resource": [ { "id": "urn:altinn:resource", "value": "ske-krav-og-betalinger" } ] } ],
      "accessPackages": [],
      "status": "Accepted",
      "confirmUrl": "https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id=0a000000-0000-4000-8000-000000000001&DONTCHOOSEREPORTEE=true",
      "escalated": true,
      "created": "2026-03-01T08:00:00.000Z",
      "timedOut": false
    },
    {
      "id": "0b000000-0000-4000-8000-000000000002",
      "integrationTitle": "",
      "externalRef": "kunde-4711",
      "systemId": "991825827_smartregnskap",
      "partyOrgNo": "310904473",
      "rights": [],
      "accessPackages": [ { "urn": "urn:altinn:accesspackage:skattnaering" } ],
      "status": "Rejected",
      "redirectUrl": "https://smartregnskap.example/altinn/callback",
      "confirmUrl": "https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id=0b000000-0000-4000-8000-000000000002&DONTCHOOSEREPORTEE=true",
      "escalated": false,
      "created": "2026-03-02T09:14:03.512Z",
      "timedOut": true
    }
  ]
})json";

// GET systemuser/vendor/bysystem (docs/altinn-behaviour.md#system-user-lookups): last page, so `links` is {}.
constexpr char SystemUserPageJson[] = R"json({
  "links": {},
  "data": [ {
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
  } ]
})json";

PagedList<SystemUserRequestResponse> parseRequests(const QJsonObject &object)
{
    return PagedList<SystemUserRequestResponse>::fromJson(object, [](const QJsonObject &item) {
        return SystemUserRequestResponse::fromJson(item, RequestKind::Standard);
    });
}

QJsonObject writeRequests(const PagedList<SystemUserRequestResponse> &page)
{
    return page.toJson([](const SystemUserRequestResponse &item) { return item.toJson(); });
}

} // namespace

void TestPagedList::envelopeWithNext_parses()
{
    const auto page = parseRequests(TestJson::parseObject(PageJson));
    QVERIFY(!page.isLastPage());
    QCOMPARE(page.next, std::optional<QUrl>(QUrl(QString::fromLatin1(NextUrl))));
    QCOMPARE(page.next->query(), u"token=ImU5ZDNhMWI0LTVmOWMtNGUyYS1iMzQ1LTAwMDAwMDAwMDAwMSI"_s);
    QCOMPARE(page.data.size(), 2);
    QCOMPARE(page.data.at(0).id, u"0a000000-0000-4000-8000-000000000001"_s);
    QCOMPARE(page.data.at(0).status, RequestStatus::Accepted);
    QCOMPARE(page.data.at(0).escalated, true);
    QCOMPARE(page.data.at(1).status, RequestStatus::Rejected);
    QCOMPARE(page.data.at(1).timedOut, true);
}

void TestPagedList::envelopeWithNext_roundTrips()
{
    const QJsonObject json = TestJson::parseObject(PageJson);
    const auto page = parseRequests(json);
    QCOMPARE(writeRequests(page), json);
}

void TestPagedList::lastPage_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty links") << uR"({"links": {}, "data": [{"id": "a"}]})"_s;
    QTest::newRow("next null") << uR"({"links": {"next": null}, "data": [{"id": "a"}]})"_s;
    QTest::newRow("next empty") << uR"({"links": {"next": ""}, "data": [{"id": "a"}]})"_s;
    QTest::newRow("links null") << uR"({"links": null, "data": [{"id": "a"}]})"_s;
    QTest::newRow("links missing") << uR"({"data": [{"id": "a"}]})"_s;
    QTest::newRow("next not a string") << uR"({"links": {"next": 5}, "data": [{"id": "a"}]})"_s;
}

void TestPagedList::lastPage()
{
    QFETCH(QString, json);
    const auto page = parseRequests(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(page.isLastPage());
    QCOMPARE(page.next, std::nullopt);
    QCOMPARE(page.data.size(), 1);
    QCOMPARE(page.data.first().id, u"a"_s);
}

void TestPagedList::lastPage_writesEmptyLinks()
{
    PagedList<SystemUserRequestResponse> page;
    const QJsonObject json = writeRequests(page);
    QCOMPARE(json, TestJson::parseObject(R"json({"links": {}, "data": []})json"));
}

void TestPagedList::nonObjectItems_areSkipped()
{
    const auto page =
        parseRequests(TestJson::parseObject(R"json({"data": [1, "x", null, [], {"id": "b"}]})json"));
    QCOMPARE(page.data.size(), 1);
    QCOMPARE(page.data.first().id, u"b"_s);

    QVERIFY(parseRequests(TestJson::parseObject(R"json({"links": {}})json")).data.isEmpty());
    QVERIFY(parseRequests(TestJson::parseObject(R"json({"data": {"id": "b"}})json")).data.isEmpty());
}

void TestPagedList::oddCasing_binds()
{
    const auto page = parseRequests(TestJson::parseObject(
        R"json({"Links": {"NEXT": "https://a.example/list?token=abc"}, "DATA": [{"id": "c"}]})json"));
    QCOMPARE(page.next, std::optional<QUrl>(QUrl(u"https://a.example/list?token=abc"_s)));
    QCOMPARE(page.data.size(), 1);
}

void TestPagedList::systemUserPage_parses()
{
    const QJsonObject json = TestJson::parseObject(SystemUserPageJson);
    const auto page = PagedList<SystemUser>::fromJson(json, &SystemUser::fromJson);
    QVERIFY(page.isLastPage());
    QCOMPARE(page.data.size(), 1);
    QCOMPARE(page.data.first().reporteeOrgNo, u"310904473"_s);
    QCOMPARE(page.toJson([](const SystemUser &user) { return user.toJson(); }), json);
}

QTEST_GUILESS_MAIN(TestPagedList)
#include "TestPagedList.moc"
