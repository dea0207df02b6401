#include "SandboxHarness.h"
#include "sandbox/MetadataApi.h"
#include "sandbox/Router.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The anonymous metadata APIs (docs/altinn-behaviour.md#metadata-apis) over real HTTP: resource registry and
/// access packages.
class TestSandboxMetadata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceListDefaults();
    void resourceListFlags_data();
    void resourceListFlags();
    void resourceListRejectsABadFlag();
    void resourceByIdentifier_data();
    void resourceByIdentifier();
    void unknownResourceIsAspNetNotFound();
    void resourceJsonUsesServiceResourceCasing();
    void resourceSearch_data();
    void resourceSearch();
    void resourceSearchRejectsAnUnknownType();
    void packageExportTree();
    void acceptLanguageChoosesTheTexts_data();
    void acceptLanguageChoosesTheTexts();
    void withoutAcceptLanguageBokmaalIsUsed();
    void packageSearch();
    void packageSearchWithoutHitsIs204();
    void packageByUrn_data();
    void packageByUrn();
    void noTokenNeededAndAnyTokenIgnored_data();
    void noTokenNeededAndAnyTokenIgnored();
};

namespace {

const QString Resources = u"resourceregistry/api/v1/resource/"_s;
const QString Packages = u"accessmanagement/api/v1/meta/info/accesspackages/"_s;

QSet<QString> identifiersOf(const QJsonArray &resources)
{
    QSet<QString> identifiers;
    for (const QJsonValue &value : resources)
        identifiers.insert(value.toObject().value(u"identifier"_s).toString());
    return identifiers;
}

QSet<QString> typesOf(const QJsonArray &resources)
{
    QSet<QString> types;
    for (const QJsonValue &value : resources)
        types.insert(value.toObject().value(u"resourceType"_s).toString());
    return types;
}

SandboxHarness::Reply getWithLanguage(
    SandboxHarness &sandbox, const QString &path, const QByteArray &language)
{
    return sandbox.send("GET", path, {}, {}, {{"Accept-Language", language}});
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

void TestSandboxMetadata::resourceListDefaults()
{
    // includeApps defaults to true, includeMigratedApps to false (ResourceController.ResourceList).
    SandboxHarness sandbox;
    const auto reply = sandbox.get(Resources + u"resourcelist"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonArray list = reply.array();
    QCOMPARE(list.size(), 48); // 53 without the 5 migrated apps
    QVERIFY(typesOf(list).contains(u"AltinnApp"_s));
    QVERIFY(!typesOf(list).contains(u"MigratedApp"_s));
    QCOMPARE(list.first().toObject().value(u"identifier"_s).toString(), u"ske-krav-og-betalinger"_s);
}

void TestSandboxMetadata::resourceListFlags_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("apps");
    QTest::addColumn<bool>("migratedApps");

    QTest::newRow("no apps") << u"includeApps=false"_s << 38 << false << false;
    QTest::newRow("apps and migrated apps")
        << u"includeApps=true&includeMigratedApps=true"_s << 53 << true << true;
    QTest::newRow("migrated only with apps")
        << u"includeApps=false&includeMigratedApps=true"_s << 38 << false << false;
    QTest::newRow("migrated, apps by default") << u"includeMigratedApps=TRUE"_s << 53 << true << true;
    QTest::newRow("names and values in any case") << u"INCLUDEAPPS=False"_s << 38 << false << false;
    QTest::newRow("empty value → default") << u"includeApps="_s << 48 << true << false;
}

void TestSandboxMetadata::resourceListFlags()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QFETCH(bool, apps);
    QFETCH(bool, migratedApps);
    SandboxHarness sandbox;
    const auto reply = sandbox.get(Resources + u"resourcelist?"_s + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), count);
    QCOMPARE(typesOf(reply.array()).contains(u"AltinnApp"_s), apps);
    QCOMPARE(typesOf(reply.array()).contains(u"MigratedApp"_s), migratedApps);
}

void TestSandboxMetadata::resourceListRejectsABadFlag()
{
    SandboxHarness sandbox;
    const auto reply = sandbox.get(Resources + u"resourcelist?includeApps=yes"_s);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    QCOMPARE(
        reply.object().value(u"errors"_s).toObject().value(u"includeApps"_s).toArray().first().toString(),
        u"The value 'yes' is not valid."_s);
}

void TestSandboxMetadata::resourceByIdentifier_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("resourceType");

    QTest::newRow("generic") << u"ske-krav-og-betalinger"_s << u"ske-krav-og-betalinger"_s
                             << u"GenericAccessResource"_s;
    QTest::newRow("other case") << u"SKE-KRAV-OG-BETALINGER"_s << u"ske-krav-og-betalinger"_s
                                << u"GenericAccessResource"_s;
    QTest::newRow("app") << u"app_ttd_endring-av-navn-v2"_s << u"app_ttd_endring-av-navn-v2"_s
                         << u"AltinnApp"_s;
    QTest::newRow("migrated app") << u"app_brg_a2-2705-202210"_s << u"app_brg_a2-2705-202210"_s
                                  << u"MigratedApp"_s;
    QTest::newRow("rejected type still readable")
        << u"skd-migrert-4628-1"_s << u"skd-migrert-4628-1"_s << u"Consent"_s;
}

void TestSandboxMetadata::resourceByIdentifier()
{
    QFETCH(QString, path);
    QFETCH(QString, identifier);
    QFETCH(QString, resourceType);
    SandboxHarness sandbox;
    const auto reply = sandbox.get(Resources + path);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.object().value(u"identifier"_s).toString(), identifier);
    QCOMPARE(reply.object().value(u"resourceType"_s).toString(), resourceType);
}

void TestSandboxMetadata::unknownResourceIsAspNetNotFound()
{
    SandboxHarness sandbox;
    const auto reply = sandbox.get(Resources + u"ske-krav-og-betaling"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    QCOMPARE(reply.object().value(u"status"_s).toInt(), 404);
    QCOMPARE(reply.object().value(u"title"_s).toString(), u"Not Found"_s);
    QCOMPARE(
        reply.object().value(u"type"_s).toString(), u"https://tools.ietf.org/html/rfc9110#section-15.5.5"_s);
    QVERIFY(!reply.object().contains(u"code"_s));
}

void TestSandboxMetadata::resourceJsonUsesServiceResourceCasing()
{
    SandboxHarness sandbox;
    const QJsonObject resource = sandbox.get(Resources + u"korrespondanse-fra-sivilforsvaret"_s).object();
    const QSet<QString> required{u"identifier"_s, u"title"_s, u"description"_s, u"status"_s, u"delegable"_s,
        u"visible"_s, u"hasCompetentAuthority"_s, u"resourceType"_s, u"availableForType"_s,
        u"authorizationReference"_s, u"accessListMode"_s, u"selfIdentifiedUserEnabled"_s,
        u"enterpriseUserEnabled"_s, u"isOneTimeConsent"_s};
    QVERIFY2(keysOf(resource).contains(required), qPrintable(resource.keys().join(u", "_s)));
    for (const QString &key : resource.keys())
        QVERIFY2(key.at(0).isLower(), qPrintable(key)); // camelCase throughout
    QCOMPARE(resource.value(u"delegable"_s), QJsonValue(false));
    QCOMPARE(resource.value(u"visible"_s), QJsonValue(false));
    QCOMPARE(resource.value(u"status"_s).toString(), u"Completed"_s);
    QCOMPARE(keysOf(resource.value(u"title"_s).toObject()), (QSet<QString>{u"nb"_s, u"nn"_s, u"en"_s}));
    const QJsonObject owner = resource.value(u"hasCompetentAuthority"_s).toObject();
    QCOMPARE(keysOf(owner), (QSet<QString>{u"name"_s, u"organization"_s, u"orgcode"_s}));
    QCOMPARE(owner.value(u"organization"_s).toString(), u"974760983"_s);
    QCOMPARE(owner.value(u"orgcode"_s).toString(), u"dsb"_s);
    QVERIFY(!resource.contains(u"homepage"_s)); // unknown members are left out, not null
    QVERIFY(!resource.contains(u"keywords"_s));
}

void TestSandboxMetadata::resourceSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("identifiers"); // exactly these, in any order; {"*N"} = N results

    QTest::newRow("no filter: registry without apps") << QString() << QStringList{u"*38"_s};
    QTest::newRow("id contains") << u"id=krav"_s << QStringList{u"ske-krav-og-betalinger"_s};
    QTest::newRow("id, any case") << u"ID=KRAV"_s << QStringList{u"ske-krav-og-betalinger"_s};
    QTest::newRow("type") << u"resourceType=MaskinportenSchema"_s
                          << QStringList{u"skd-maskinportenschemaid-8"_s, u"ttd-am-k6"_s, u"ttd-am-k6-nuf"_s,
                                 u"jks_undelegable"_s};
    QTest::newRow("type, any case") << u"resourcetype=consent"_s
                                    << QStringList{u"skd-migrert-4628-1"_s, u"stami-samtykke-must"_s,
                                           u"ttd_inntektsopplysninger"_s, u"ttd_skattegrunnlag3"_s};
    QTest::newRow("apps are not searched") << u"resourceType=AltinnApp"_s << QStringList();
    QTest::newRow("orgCode") << u"orgCode=DSB"_s << QStringList{u"korrespondanse-fra-sivilforsvaret"_s};
    QTest::newRow("organizationId") << u"organizationId=889640782"_s
                                    << QStringList{u"nav_sykepenger_dialog"_s, u"nav_sykepenger_sykmelding"_s,
                                           u"nav_tiltakAvtaleOmArbeidstrening"_s,
                                           u"nav-migratedcorrespondence-4503-2"_s};
    QTest::newRow("title, English") << u"title=claims%20and%20payments"_s
                                    << QStringList{u"ske-krav-og-betalinger"_s};
    QTest::newRow("title, Norwegian")
        << u"title=Tilgangsstyring"_s
        << QStringList{u"altinn_access_management"_s, u"altinn_enduser_access_management"_s};
    QTest::newRow("description") << u"description=Sivilforsvaret"_s
                                 << QStringList{u"korrespondanse-fra-sivilforsvaret"_s};
    QTest::newRow("reference") << u"reference=folkeregister:deling"_s
                               << QStringList{u"skd-maskinportenschemaid-8"_s};
    QTest::newRow("reference, service code") << u"reference=3225"_s << QStringList{u"se_3225_1596"_s};
    QTest::newRow("keyword: none seeded") << u"keyword=skatt"_s << QStringList();
    QTest::newRow("filters combine") << u"id=krav&orgCode=nav"_s << QStringList();
    QTest::newRow("empty value is no filter")
        << u"id=&orgCode=dsb"_s << QStringList{u"korrespondanse-fra-sivilforsvaret"_s};
}

void TestSandboxMetadata::resourceSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, identifiers);
    SandboxHarness sandbox;
    // The route is declared "Search"; routing is case-insensitive, so both spellings answer the same.
    for (const QString &route : {u"search"_s, u"Search"_s}) {
        const auto reply =
            sandbox.get(Resources + route + (query.isEmpty() ? QString() : QString(u'?' + query)));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY(QJsonDocument::fromJson(reply.body).isArray()); // [] when nothing matches, not 204
        if (!identifiers.isEmpty() && identifiers.first().startsWith(u'*')) {
            QCOMPARE(reply.array().size(), identifiers.first().mid(1).toInt());
            QVERIFY(!typesOf(reply.array()).contains(u"AltinnApp"_s));
            QVERIFY(!typesOf(reply.array()).contains(u"MigratedApp"_s));
        } else {
            QCOMPARE(identifiersOf(reply.array()), QSet<QString>(identifiers.cbegin(), identifiers.cend()));
        }
    }
}

void TestSandboxMetadata::resourceSearchRejectsAnUnknownType()
{
    SandboxHarness sandbox;
    const auto reply = sandbox.get(Resources + u"search?resourceType=Skjema"_s);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    QVERIFY(reply.object().value(u"errors"_s).toObject().contains(u"ResourceType"_s));
}

void TestSandboxMetadata::packageExportTree()
{
    SandboxHarness sandbox;
    const auto reply = getWithLanguage(sandbox, Packages + u"export"_s, "nb");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.header("Content-Language"), QByteArray("nob"));
    const QJsonArray groups = reply.array();
    QCOMPARE(groups.size(), 5);
    int areas = 0;
    int packages = 0;
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        QCOMPARE(keysOf(group), (QSet<QString>{u"id"_s, u"name"_s, u"type"_s, u"areas"_s}));
        const QJsonArray areaArray = group.value(u"areas"_s).toArray();
        for (const QJsonValue &areaValue : areaArray) {
            ++areas;
            const QJsonObject area = areaValue.toObject();
            QCOMPARE(
                keysOf(area), (QSet<QString>{u"id"_s, u"name"_s, u"urn"_s, u"iconUrl"_s, u"packages"_s}));
            const QJsonArray packageArray = area.value(u"packages"_s).toArray();
            for (const QJsonValue &packageValue : packageArray) {
                ++packages;
                const QJsonObject package = packageValue.toObject();
                QCOMPARE(keysOf(package),
                    (QSet<QString>{u"id"_s, u"name"_s, u"urn"_s, u"description"_s, u"isDelegable"_s,
                        u"isAssignable"_s, u"isResourcePolicyAvailable"_s, u"area"_s, u"type"_s}));
                QCOMPARE(package.value(u"area"_s).toObject().value(u"id"_s), area.value(u"id"_s));
                QCOMPARE(package.value(u"area"_s).toObject().value(u"packages"_s), QJsonValue(QJsonArray()));
                QCOMPARE(keysOf(package.value(u"type"_s).toObject()),
                    (QSet<QString>{u"id"_s, u"providerId"_s, u"name"_s}));
                QCOMPARE(package.value(u"type"_s).toObject().value(u"name"_s).toString(),
                    group.value(u"type"_s).toString());
            }
        }
    }
    QCOMPARE(areas, 49);
    QCOMPARE(packages, 223);
    QCOMPARE(groups.first().toObject().value(u"name"_s).toString(), u"Allment"_s);
    QCOMPARE(groups.first().toObject().value(u"type"_s).toString(), u"Organisasjon"_s);
}

void TestSandboxMetadata::acceptLanguageChoosesTheTexts_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QByteArray>("contentLanguage");
    QTest::addColumn<QString>("areaName"); // area helse_og_omsorg: nb, nn (source quirk) and en differ

    QTest::newRow("nb") << QByteArray("nb") << QByteArray("nob") << u"Helse og omsorg"_s;
    QTest::newRow("no") << QByteArray("no") << QByteArray("nob") << u"Helse og omsorg"_s;
    QTest::newRow("nb-NO") << QByteArray("nb-NO") << QByteArray("nob") << u"Helse og omsorg"_s;
    QTest::newRow("nn") << QByteArray("nn") << QByteArray("nno") << u"Familie og fritid"_s;
    QTest::newRow("nn-NO, three-letter") << QByteArray("nno") << QByteArray("nno") << u"Familie og fritid"_s;
    QTest::newRow("en") << QByteArray("en") << QByteArray("eng") << u"Health and care"_s;
    QTest::newRow("en-GB, upper case") << QByteArray("EN-GB") << QByteArray("eng") << u"Health and care"_s;
    QTest::newRow("first supported wins")
        << QByteArray("de, sv, nn;q=0.8, en;q=0.5") << QByteArray("nno") << u"Familie og fritid"_s;
    QTest::newRow("q orders, not position")
        << QByteArray("nb;q=0.1, en;q=0.9") << QByteArray("eng") << u"Health and care"_s;
    QTest::newRow("Qt's own default") << QByteArray("en,*") << QByteArray("eng") << u"Health and care"_s;
    QTest::newRow("unsupported only → nb")
        << QByteArray("fr, de;q=0.5, *") << QByteArray("nob") << u"Helse og omsorg"_s;
    QTest::newRow("broken q counts as 1")
        << QByteArray("en;q=high, nn;q=0.9") << QByteArray("eng") << u"Health and care"_s;
}

void TestSandboxMetadata::acceptLanguageChoosesTheTexts()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QByteArray, contentLanguage);
    QFETCH(QString, areaName);
    SandboxHarness sandbox;
    const auto reply = getWithLanguage(
        sandbox, Packages + u"package/urn/urn:altinn:accesspackage:innbygger-pleie-omsorg"_s, acceptLanguage);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Language"), contentLanguage);
    QCOMPARE(reply.object().value(u"area"_s).toObject().value(u"name"_s).toString(), areaName);

    const auto tree = getWithLanguage(sandbox, Packages + u"export"_s, acceptLanguage);
    QCOMPARE(tree.header("Content-Language"), contentLanguage);
    const QString inhabitant = tree.array().at(3).toObject().value(u"name"_s).toString();
    QCOMPARE(inhabitant,
        contentLanguage == "eng"       ? u"Inhabitant"_s
            : contentLanguage == "nno" ? u"innbyggjar"_s
                                       : u"Innbygger"_s);
}

void TestSandboxMetadata::withoutAcceptLanguageBokmaalIsUsed()
{
    // QNetworkAccessManager always sends an Accept-Language of its own ("en,*" in the C locale), so the
    // header-less case is driven through the router directly.
    SandboxContext context;
    Router router;
    MetadataApi::registerRoutes(router, context);
    SandboxRequest request;
    request.method = "GET";
    request.path = u"/accessmanagement/api/v1/meta/info/accesspackages/package/urn/innbygger-pleie-omsorg"_s;
    const SandboxResponse response = router.dispatch(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Language"), QByteArray("nob"));
    QCOMPARE(
        QJsonDocument::fromJson(response.body).object().value(u"name"_s).toString(), u"Pleie og omsorg"_s);
}

void TestSandboxMetadata::packageSearch()
{
    SandboxHarness sandbox;
    const auto reply = getWithLanguage(sandbox, Packages + u"search?term=regnskapsf%C3%B8rer"_s, "nb");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.header("Content-Language"), QByteArray("nob"));
    const QJsonArray hits = reply.array();
    QVERIFY(hits.size() >= 3);
    const QJsonObject first = hits.first().toObject();
    QCOMPARE(keysOf(first), (QSet<QString>{u"object"_s, u"score"_s, u"fields"_s}));
    QVERIFY(first.value(u"object"_s).toObject().value(u"urn"_s).toString().contains(u"regnskapsforer"_s));
    QVERIFY(first.value(u"score"_s).toDouble() > 0);
    const QJsonObject field = first.value(u"fields"_s).toArray().first().toObject();
    QCOMPARE(keysOf(field), (QSet<QString>{u"field"_s, u"value"_s, u"score"_s, u"words"_s}));
    QCOMPARE(keysOf(field.value(u"words"_s).toArray().first().toObject()),
        (QSet<QString>{u"content"_s, u"lowercaseContent"_s, u"isMatch"_s, u"score"_s}));

    const auto english = getWithLanguage(sandbox, Packages + u"search?term=accountant"_s, "en");
    QCOMPARE(english.status, 200);
    QCOMPARE(english.header("Content-Language"), QByteArray("eng"));
    QVERIFY(english.array()
                .first()
                .toObject()
                .value(u"object"_s)
                .toObject()
                .value(u"name"_s)
                .toString()
                .startsWith(u"Accountant"_s));

    const auto everything = getWithLanguage(sandbox, Packages + u"search"_s, "nb");
    QCOMPARE(everything.status, 200);
    QCOMPARE(everything.array().size(), 223);

    const auto persons = getWithLanguage(sandbox, Packages + u"search?term=skatt&typeName=person"_s, "nb");
    QCOMPARE(persons.status, 200);
    QVERIFY(!persons.array().isEmpty());
    for (const QJsonValue &hit : persons.array()) {
        QCOMPARE(hit.toObject()
                     .value(u"object"_s)
                     .toObject()
                     .value(u"type"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
            u"Person"_s);
    }
}

void TestSandboxMetadata::packageSearchWithoutHitsIs204()
{
    SandboxHarness sandbox;
    const auto reply = getWithLanguage(sandbox, Packages + u"search?term=finnesikke"_s, "nn");
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.header("Content-Language"), QByteArray("nno"));
}

void TestSandboxMetadata::packageByUrn_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("isDelegable");
    QTest::addColumn<bool>("isAssignable");

    QTest::newRow("standard") << u"urn:altinn:accesspackage:skatt-naering"_s << 200 << true << true;
    QTest::newRow("client") << u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s << 200
                            << true << false;
    QTest::newRow("assign-only") << u"urn:altinn:accesspackage:hovedadministrator"_s << 200 << false << true;
    QTest::newRow("reject") << u"urn:altinn:accesspackage:eksplisitt"_s << 200 << false << false;
    QTest::newRow("encoded colons") << u"urn%3Aaltinn%3Aaccesspackage%3Ajordbruk"_s << 200 << true << true;
    QTest::newRow("code only") << u"jordbruk"_s << 200 << true << true;
    QTest::newRow("upper-case code") << u"urn:altinn:accesspackage:JORDBRUK"_s << 200 << true << true;
    QTest::newRow("URN without vergemal- prefix")
        << u"urn:altinn:accesspackage:namsmannen-tvangsfullbyrdelse-forliksradet"_s << 200 << false << false;
    QTest::newRow("the code of that package is no URN")
        << u"vergemal-namsmannen-tvangsfullbyrdelse-forliksradet"_s << 404 << false << false;
    QTest::newRow("unknown (docs typo)")
        << u"urn:altinn:accesspackage:kravogutlegg"_s << 404 << false << false;
}

void TestSandboxMetadata::packageByUrn()
{
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(bool, isDelegable);
    QFETCH(bool, isAssignable);
    SandboxHarness sandbox;
    const auto reply = getWithLanguage(sandbox, Packages + u"package/urn/"_s + value, "nb");
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Language"), QByteArray("nob")); // on errors too
    if (status == 404) {
        QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(reply.object().value(u"title"_s).toString(), u"Not Found"_s);
        return;
    }
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject package = reply.object();
    QVERIFY(package.value(u"urn"_s).toString().startsWith(u"urn:altinn:accesspackage:"_s));
    QCOMPARE(package.value(u"isDelegable"_s), QJsonValue(isDelegable));
    QCOMPARE(package.value(u"isAssignable"_s), QJsonValue(isAssignable));
}

void TestSandboxMetadata::noTokenNeededAndAnyTokenIgnored_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("resourcelist") << Resources + u"resourcelist"_s << 200;
    QTest::newRow("search") << Resources + u"search?id=ske"_s << 200;
    QTest::newRow("resource") << Resources + u"ske-krav-og-betalinger"_s << 200;
    QTest::newRow("export") << Packages + u"export"_s << 200;
    QTest::newRow("package search") << Packages + u"search?term=jordbruk"_s << 200;
    QTest::newRow("package") << Packages + u"package/urn/urn:altinn:accesspackage:jordbruk"_s << 200;
}

void TestSandboxMetadata::noTokenNeededAndAnyTokenIgnored()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    SandboxHarness sandbox;
    QCOMPARE(sandbox.get(path).status, status);
    QCOMPARE(sandbox.get(path, "not-a-jwt").status, status);
    QCOMPARE(sandbox.get(path, sandbox.vendorToken()).status, status);
}

QTEST_GUILESS_MAIN(TestSandboxMetadata)
#include "TestSandboxMetadata.moc"
