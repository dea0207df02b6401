#include "sandbox/SeedCatalogue.h"
#include "validation/OrgNumber.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The seed data (resources/sandbox/*.json, docs/altinn-behaviour.md#catalogue-facts) and the lookups every
/// endpoint uses.
class TestSeedCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheEmbeddedCatalogue();
    void emptyCatalogueAnswersNothing();
    void packageCountsPerClass();
    void clientAndAssignOnlyPackagesAreTheDocumentedOnes();
    void areaGroupsAndAreasKeepTheirSourceQuirks();
    void pinnedPackageFlags_data();
    void pinnedPackageFlags();
    void packageLookupFollowsAltinnUrnMatching_data();
    void packageLookupFollowsAltinnUrnMatching();
    void packageQuirksOfTheSource();
    void packageTextsPerLanguage_data();
    void packageTextsPerLanguage();
    void packageDtoShape();
    void searchFindsByNameDescriptionAreaAndUrn();
    void searchWithoutTermListsEverything();
    void searchFiltersByEntityType();
    void resourceCountsPerType();
    void pinnedResources_data();
    void pinnedResources();
    void resourcesHaveTheServiceResourceShape();
    void pinnedOrganisations_data();
    void pinnedOrganisations();
    void everyOrganisationPassesMod11();
};

namespace {

/// Every package object of the export tree in @p language.
QList<QJsonObject> exportedPackages(const SeedCatalogue &catalogue, const QString &language = u"nb"_s)
{
    QList<QJsonObject> packages;
    const QJsonArray groups = catalogue.accessPackageExport(language);
    for (const QJsonValue &group : groups) {
        const QJsonArray areas = group.toObject().value(u"areas"_s).toArray();
        for (const QJsonValue &area : areas) {
            const QJsonArray list = area.toObject().value(u"packages"_s).toArray();
            for (const QJsonValue &package : list)
                packages.append(package.toObject());
        }
    }
    return packages;
}

QString codeOf(const QJsonObject &package)
{
    return package.value(u"urn"_s).toString().section(u':', -1);
}

QString urnOf(const QString &code)
{
    return u"urn:altinn:accesspackage:"_s + code;
}

bool containsNull(const QJsonValue &value)
{
    if (value.isNull())
        return true;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(
            object.constBegin(), object.constEnd(), [](const QJsonValue &v) { return containsNull(v); });
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &v) { return containsNull(v); });
    }
    return false;
}

} // namespace

void TestSeedCatalogue::loadsTheEmbeddedCatalogue()
{
    const SeedCatalogue catalogue = SeedCatalogue::load();
    QVERIFY(catalogue.isValid());
    QVERIFY(SeedCatalogue::load().isValid()); // parsed once, shared
    QCOMPARE(catalogue.accessPackageExport(u"nb"_s).size(), 5);
    QCOMPARE(catalogue.resources().size(), 53);
    QVERIFY(!catalogue.organisations().isEmpty());
}

void TestSeedCatalogue::emptyCatalogueAnswersNothing()
{
    const SeedCatalogue empty;
    QVERIFY(!empty.isValid());
    QVERIFY(empty.resources().isEmpty());
    QVERIFY(!empty.resource(u"ske-krav-og-betalinger"_s));
    QVERIFY(empty.resourceType(u"ske-krav-og-betalinger"_s).isEmpty());
    QVERIFY(empty.accessPackageExport(u"nb"_s).isEmpty());
    QVERIFY(!empty.packageFlags(urnOf(u"jordbruk"_s)));
    QVERIFY(!empty.accessPackage(urnOf(u"jordbruk"_s), u"nb"_s));
    QVERIFY(empty.searchAccessPackages(u"jordbruk"_s, u"nb"_s).isEmpty());
    QVERIFY(!empty.organisationName(u"991825827"_s));
    QVERIFY(empty.organisations().isEmpty());
}

void TestSeedCatalogue::packageCountsPerClass()
{
    // docs/altinn-behaviour.md#package-classes.
    const QList<QJsonObject> packages = exportedPackages(SeedCatalogue::load());
    QCOMPARE(packages.size(), 223);
    QMap<QString, int> counts;
    QSet<QString> urns;
    QSet<QString> ids;
    for (const QJsonObject &package : packages) {
        const QString type = package.value(u"type"_s).toObject().value(u"name"_s).toString();
        const bool d = package.value(u"isDelegable"_s).toBool();
        const bool a = package.value(u"isAssignable"_s).toBool();
        const QString klass = d && a ? u"standard"_s : d ? u"client"_s : a ? u"assign-only"_s : u"reject"_s;
        ++counts[type];
        ++counts[type + u'/' + klass];
        urns.insert(package.value(u"urn"_s).toString());
        ids.insert(package.value(u"id"_s).toString());
    }
    QCOMPARE(urns.size(), 223);
    QCOMPARE(ids.size(), 223);
    QCOMPARE(counts.value(u"Organisasjon"_s), 147);
    QCOMPARE(counts.value(u"Person"_s), 76);
    QCOMPARE(counts.value(u"Organisasjon/standard"_s), 129);
    QCOMPARE(counts.value(u"Organisasjon/client"_s), 6);
    QCOMPARE(counts.value(u"Organisasjon/assign-only"_s), 11);
    QCOMPARE(counts.value(u"Organisasjon/reject"_s), 1);
    QCOMPARE(counts.value(u"Person/standard"_s), 35);
    QCOMPARE(counts.value(u"Person/reject"_s), 41);
    QCOMPARE(counts.value(u"Person/client"_s), 0);
    QCOMPARE(counts.value(u"Person/assign-only"_s), 0);
}

void TestSeedCatalogue::clientAndAssignOnlyPackagesAreTheDocumentedOnes()
{
    // docs/altinn-behaviour.md#package-classes.
    QSet<QString> client;
    QSet<QString> assignOnly;
    QSet<QString> rejectedOrganisation;
    QSet<QString> rejectedPersonAreas;
    for (const QJsonObject &package : exportedPackages(SeedCatalogue::load())) {
        const bool d = package.value(u"isDelegable"_s).toBool();
        const bool a = package.value(u"isAssignable"_s).toBool();
        const bool person = package.value(u"type"_s).toObject().value(u"name"_s).toString() == u"Person"_s;
        if (d && !a)
            client.insert(codeOf(package));
        else if (!d && a)
            assignOnly.insert(codeOf(package));
        else if (!d && !a && !person)
            rejectedOrganisation.insert(codeOf(package));
        else if (!d && !a)
            rejectedPersonAreas.insert(package.value(u"area"_s).toObject().value(u"urn"_s).toString());
    }
    QCOMPARE(client,
        (QSet<QString>{u"regnskapsforer-med-signeringsrettighet"_s, u"regnskapsforer-lonn"_s,
            u"regnskapsforer-uten-signeringsrettighet"_s, u"revisormedarbeider"_s, u"ansvarlig-revisor"_s,
            u"forretningsforer-eiendom"_s}));
    QCOMPARE(assignOnly,
        (QSet<QString>{u"ffor-tilgangsstyrer-nuf"_s, u"maskinporten-scopes"_s, u"maskinporten-scopes-nuf"_s,
            u"maskinlesbare-hendelser"_s, u"tilgangsstyrer"_s, u"tilgangsstyring-enkeltinstanser"_s,
            u"klientadministrator"_s, u"konkursbo-tilgangsstyrer"_s, u"hovedadministrator"_s,
            u"maskinporten-administrator"_s, u"virksomhetens-representant-skjemaoppgaver"_s}));
    QCOMPARE(rejectedOrganisation, QSet<QString>{u"eksplisitt"_s});
    // Every rejected person package is a guardianship (vergemål) package.
    for (const QString &area : std::as_const(rejectedPersonAreas))
        QVERIFY2(area.startsWith(u"accesspackage:area:vergemal-"_s), qPrintable(area));
}

void TestSeedCatalogue::areaGroupsAndAreasKeepTheirSourceQuirks()
{
    const SeedCatalogue catalogue = SeedCatalogue::load();
    const auto groupNames = [&catalogue](const QString &language) {
        QStringList names;
        const QJsonArray groups = catalogue.accessPackageExport(language);
        for (const QJsonValue &group : groups)
            names.append(group.toObject().value(u"name"_s).toString());
        return names;
    };
    QCOMPARE(groupNames(u"nb"_s),
        (QStringList{u"Allment"_s, u"Bransje"_s, u"Særskilt"_s, u"Innbygger"_s, u"Vergemål"_s}));
    QCOMPARE(groupNames(u"nn"_s),
        (QStringList{u"Allment"_s, u"Bransje"_s, u"Særskilt"_s, u"innbyggjar"_s, u"Verjemål"_s}));
    QCOMPARE(groupNames(u"en"_s),
        (QStringList{u"General"_s, u"Industry"_s, u"Special"_s, u"Inhabitant"_s, u"Guardianship"_s}));

    QMap<QString, QJsonObject> areasNn;
    QMap<QString, QJsonObject> areasEn;
    for (const QString &language : {u"nn"_s, u"en"_s}) {
        const QJsonArray groups = catalogue.accessPackageExport(language);
        for (const QJsonValue &group : groups) {
            QCOMPARE(group.toObject().value(u"type"_s).toString(),
                group.toObject().value(u"id"_s).toString() == u"413f99ca-19ca-4124-8470-b0c1dba3d2ee"_s
                        || group.toObject().value(u"id"_s).toString()
                            == u"baf3aad0-eee3-417d-9528-6f510ea8d49c"_s
                    ? u"Person"_s
                    : u"Organisasjon"_s);
            const QJsonArray areas = group.toObject().value(u"areas"_s).toArray();
            for (const QJsonValue &area : areas) {
                const QJsonObject object = area.toObject();
                (language == u"nn"_s ? areasNn : areasEn).insert(object.value(u"urn"_s).toString(), object);
            }
        }
    }
    QCOMPARE(areasNn.size(), 49);
    // docs/altinn-behaviour.md#area-groups-and-areas: copy-paste errors in the nn names and an English
    // misspelling, kept on purpose.
    QCOMPARE(areasNn.value(u"accesspackage:area:helse_og_omsorg"_s).value(u"name"_s).toString(),
        u"Familie og fritid"_s);
    QCOMPARE(areasNn.value(u"accesspackage:area:trafikk_og_transport"_s).value(u"name"_s).toString(),
        u"Plan, bygg og eigedom"_s);
    QCOMPARE(
        areasEn.value(u"accesspackage:area:fullmakter_for_forretningsforer"_s).value(u"name"_s).toString(),
        u"Authorizations for Bussineses"_s);
    const QJsonObject konkursbo = areasEn.value(u"accesspackage:area:fullmakter_for_konkursbo"_s);
    QCOMPARE(konkursbo.value(u"iconUrl"_s).toString(),
        u"https://altinncdn.no/authorization/accesspackageicons/Aksel_Statistics-and-math_TrendDown.svg"_s);
    QCOMPARE(konkursbo.value(u"id"_s).toString(), u"f3daddb7-6e21-455e-b6d2-65a281375b6b"_s);
}

void TestSeedCatalogue::pinnedPackageFlags_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("isDelegable");
    QTest::addColumn<bool>("isAssignable");

    QTest::newRow("standard skatt-naering") << u"skatt-naering"_s << true << true << true;
    QTest::newRow("standard jordbruk") << u"jordbruk"_s << true << true << true;
    QTest::newRow("client") << u"regnskapsforer-med-signeringsrettighet"_s << true << true << false;
    QTest::newRow("assign-only") << u"hovedadministrator"_s << true << false << true;
    QTest::newRow("reject") << u"eksplisitt"_s << true << false << false;
    QTest::newRow("reject guardianship") << u"vergemal-nav-pensjon"_s << true << false << false;
    QTest::newRow("not found (docs typo)") << u"kravogutlegg"_s << false << false << false;
    QTest::newRow("renamed away (old citizen form)") << u"innbygger:pensjon"_s << false << false << false;
}

void TestSeedCatalogue::pinnedPackageFlags()
{
    QFETCH(QString, code);
    QFETCH(bool, exists);
    QFETCH(bool, isDelegable);
    QFETCH(bool, isAssignable);
    const auto flags = SeedCatalogue::load().packageFlags(urnOf(code));
    QCOMPARE(flags.has_value(), exists);
    if (exists) {
        QCOMPARE(flags->isDelegable, isDelegable);
        QCOMPARE(flags->isAssignable, isAssignable);
    }
}

void TestSeedCatalogue::packageLookupFollowsAltinnUrnMatching_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedUrn"); // empty: not found

    const QString jordbruk = urnOf(u"jordbruk"_s);
    QTest::newRow("full URN") << jordbruk << jordbruk;
    QTest::newRow("code only") << u"jordbruk"_s << jordbruk;
    QTest::newRow("tail with prefix part") << u"accesspackage:jordbruk"_s << jordbruk;
    QTest::newRow("case-insensitive tail") << u"urn:altinn:accesspackage:JORDBRUK"_s << jordbruk;
    // "Urn:" is not "urn:" (case-sensitive StartsWith), so a ':' is put in front and nothing ends with it.
    QTest::newRow("capitalised scheme") << u"Urn:altinn:accesspackage:jordbruk"_s << QString();
    QTest::newRow("part of a code") << u"bruk"_s << QString();
    QTest::newRow("other namespace") << u"urn:altinn:resource:jordbruk"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSeedCatalogue::packageLookupFollowsAltinnUrnMatching()
{
    QFETCH(QString, value);
    QFETCH(QString, expectedUrn);
    const SeedCatalogue catalogue = SeedCatalogue::load();
    const auto package = catalogue.accessPackage(value, u"nb"_s);
    QCOMPARE(package.has_value(), !expectedUrn.isEmpty());
    QCOMPARE(catalogue.packageFlags(value).has_value(), !expectedUrn.isEmpty());
    if (package)
        QCOMPARE(package->value(u"urn"_s).toString(), expectedUrn);
}

void TestSeedCatalogue::packageQuirksOfTheSource()
{
    // docs/altinn-behaviour.md#package-data-quirks.
    const SeedCatalogue catalogue = SeedCatalogue::load();
    const auto namsmann =
        catalogue.accessPackage(urnOf(u"namsmannen-tvangsfullbyrdelse-forliksradet"_s), u"nb"_s);
    QVERIFY(namsmann);
    QCOMPARE(namsmann->value(u"id"_s).toString(), u"d7f33652-414a-42e6-ae70-1a4e2a46d079"_s);
    // The code has a vergemal- prefix the URN lacks; lookups go by URN.
    QVERIFY(
        !catalogue.accessPackage(urnOf(u"vergemal-namsmannen-tvangsfullbyrdelse-forliksradet"_s), u"nb"_s));

    const auto innkreving =
        catalogue.accessPackage(urnOf(u"vergemal-skatteetaten-innkreving-tvangsfullbyrdelse"_s), u"nb"_s);
    QVERIFY(innkreving);
    QCOMPARE(innkreving->value(u"area"_s).toObject().value(u"urn"_s).toString(),
        u"accesspackage:area:vergemal-namsmannen"_s);
    const auto forretningsforer = catalogue.accessPackage(urnOf(u"forretningsforer-eiendom"_s), u"nb"_s);
    QVERIFY(forretningsforer);
    QCOMPARE(forretningsforer->value(u"name"_s).toString(), u"Forretningsforer eiendom"_s);
    const auto nuf = catalogue.accessPackage(urnOf(u"tjenester-nuf"_s), u"nb"_s);
    QVERIFY(nuf);
    QCOMPARE(nuf->value(u"area"_s).toObject().value(u"urn"_s).toString(),
        u"accesspackage:area:andre_tjenesteytende_naeringer"_s);
}

void TestSeedCatalogue::packageTextsPerLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("areaName");
    QTest::addColumn<QString>("typeName");

    // The source has nb and en package names only; nn repeats nb. Area helse_og_omsorg has the nn quirk.
    QTest::newRow("nb") << u"nb"_s << u"Pleie og omsorg"_s << u"Helse og omsorg"_s << u"Person"_s;
    QTest::newRow("nn") << u"nn"_s << u"Pleie og omsorg"_s << u"Familie og fritid"_s << u"Person"_s;
    QTest::newRow("en") << u"en"_s << u"Care and nursing"_s << u"Health and care"_s << u"Person"_s;
    QTest::newRow("unknown → nb") << u"sv"_s << u"Pleie og omsorg"_s << u"Helse og omsorg"_s << u"Person"_s;
}

void TestSeedCatalogue::packageTextsPerLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    QFETCH(QString, areaName);
    QFETCH(QString, typeName);
    const auto package = SeedCatalogue::load().accessPackage(urnOf(u"innbygger-pleie-omsorg"_s), language);
    QVERIFY(package);
    QCOMPARE(package->value(u"name"_s).toString(), name);
    QCOMPARE(package->value(u"area"_s).toObject().value(u"name"_s).toString(), areaName);
    QCOMPARE(package->value(u"type"_s).toObject().value(u"name"_s).toString(), typeName);
    QCOMPARE(package->value(u"description"_s).toString(), u"Citizen services: care and nursing."_s);

    const auto organisationPackage = SeedCatalogue::load().accessPackage(urnOf(u"skatt-naering"_s), language);
    QVERIFY(organisationPackage);
    QCOMPARE(organisationPackage->value(u"type"_s).toObject().value(u"name"_s).toString(),
        language == u"en"_s ? u"Organization"_s : u"Organisasjon"_s);
    QCOMPARE(organisationPackage->value(u"name"_s).toString(),
        language == u"en"_s ? u"Business tax"_s : u"Skatt næring"_s);
}

void TestSeedCatalogue::packageDtoShape()
{
    const auto package = SeedCatalogue::load().accessPackage(urnOf(u"hovedadministrator"_s), u"nb"_s);
    QVERIFY(package);
    const QStringList keys = package->keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
        (QSet<QString>{u"id"_s, u"name"_s, u"urn"_s, u"description"_s, u"isDelegable"_s, u"isAssignable"_s,
            u"isResourcePolicyAvailable"_s, u"area"_s, u"type"_s}));
    QCOMPARE(package->value(u"id"_s).toString(), u"0195efb8-7c80-7e16-ab0c-36dc8ab1a29d"_s);
    // SO=false (docs/altinn-behaviour.md#package-data-quirks)
    QCOMPARE(package->value(u"isResourcePolicyAvailable"_s), QJsonValue(false));
    const QJsonObject area = package->value(u"area"_s).toObject();
    QCOMPARE(area.value(u"urn"_s).toString(), u"accesspackage:area:administrere_tilganger"_s);
    QCOMPARE(area.value(u"id"_s).toString(), u"e4ae823f-41db-46ed-873f-8a5d1378fff8"_s);
    QCOMPARE(area.value(u"packages"_s), QJsonValue(QJsonArray()));
    QVERIFY(area.value(u"iconUrl"_s).toString().endsWith(u"Altinn_Administrere-tilganger_PersonLock.svg"_s));
    const QJsonObject type = package->value(u"type"_s).toObject();
    QCOMPARE(type.value(u"id"_s).toString(), u"8c216e2f-afdd-4234-9ba2-691c727bb33d"_s);
    QCOMPARE(type.value(u"providerId"_s).toString(), u"0195ea92-2080-7e7c-bbe3-bb0521c1e51a"_s);

    const auto skatt = SeedCatalogue::load().accessPackage(urnOf(u"skatt-naering"_s), u"nb"_s);
    QVERIFY(skatt);
    QCOMPARE(skatt->value(u"isResourcePolicyAvailable"_s), QJsonValue(true));
}

void TestSeedCatalogue::searchFindsByNameDescriptionAreaAndUrn()
{
    const SeedCatalogue catalogue = SeedCatalogue::load();
    const QJsonArray hits = catalogue.searchAccessPackages(u"REGNSKAPSFØRER"_s, u"nb"_s);
    QVERIFY(hits.size() >= 3);
    double previous = 1e9;
    QSet<QString> codes;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        QVERIFY(hit.value(u"score"_s).toDouble() <= previous); // best first
        previous = hit.value(u"score"_s).toDouble();
        QVERIFY(!hit.value(u"fields"_s).toArray().isEmpty());
        codes.insert(codeOf(hit.value(u"object"_s).toObject()));
    }
    QVERIFY(codes.contains(u"regnskapsforer-med-signeringsrettighet"_s));
    QVERIFY(codes.contains(u"regnskapsforer-lonn"_s));
    const QJsonObject first = hits.first().toObject();
    const QJsonObject field = first.value(u"fields"_s).toArray().first().toObject();
    QCOMPARE(field.value(u"field"_s).toString(), u"Name"_s);
    QVERIFY(field.value(u"value"_s).toString().contains(u"Regnskapsfører"_s));
    const QJsonArray words = field.value(u"words"_s).toArray();
    QVERIFY(std::any_of(words.cbegin(), words.cend(), [](const QJsonValue &word) {
        return word.toObject().value(u"isMatch"_s).toBool()
            && word.toObject().value(u"lowercaseContent"_s).toString() == u"regnskapsfører"_s;
    }));

    // English texts in English; the URN finds a package by code; every word of the term must occur.
    const auto matchedFields = [](const QJsonArray &found) {
        QSet<QString> fields;
        for (const QJsonValue &hit : found) {
            const QJsonArray list = hit.toObject().value(u"fields"_s).toArray();
            for (const QJsonValue &f : list)
                fields.insert(f.toObject().value(u"field"_s).toString());
        }
        return fields;
    };
    const QJsonArray english = catalogue.searchAccessPackages(u"Business tax"_s, u"en"_s);
    QVERIFY(!english.isEmpty());
    QCOMPARE(english.first().toObject().value(u"object"_s).toObject().value(u"name"_s).toString(),
        u"Business tax"_s);
    QVERIFY(matchedFields(english).contains(u"Name"_s));
    // The descriptions are the catalogue's English paraphrases in every language, so only they match in nb.
    QCOMPARE(matchedFields(catalogue.searchAccessPackages(u"Business tax"_s, u"nb"_s)),
        QSet<QString>{u"Description"_s});
    const QJsonArray byUrn = catalogue.searchAccessPackages(u"skatt-naering"_s, u"nb"_s);
    QCOMPARE(byUrn.size(), 1);
    QCOMPARE(codeOf(byUrn.first().toObject().value(u"object"_s).toObject()), u"skatt-naering"_s);
    QVERIFY(!catalogue.searchAccessPackages(u"skatt næring"_s, u"nb"_s).isEmpty());
    QVERIFY(catalogue.searchAccessPackages(u"skatt zebra"_s, u"nb"_s).isEmpty());
    QVERIFY(catalogue.searchAccessPackages(u"finnesikke"_s, u"nb"_s).isEmpty());
}

void TestSeedCatalogue::searchWithoutTermListsEverything()
{
    const QJsonArray hits = SeedCatalogue::load().searchAccessPackages(QString(), u"nb"_s);
    QCOMPARE(hits.size(), 223);
    QCOMPARE(hits.first().toObject().value(u"score"_s).toDouble(), 0.0);
    QCOMPARE(hits.first().toObject().value(u"fields"_s), QJsonValue(QJsonArray()));
}

void TestSeedCatalogue::searchFiltersByEntityType()
{
    const SeedCatalogue catalogue = SeedCatalogue::load();
    QCOMPARE(catalogue.searchAccessPackages(QString(), u"nb"_s, u"person"_s).size(), 76);
    QCOMPARE(catalogue.searchAccessPackages(QString(), u"nb"_s, u"organisasjon"_s).size(), 147);
    QCOMPARE(catalogue.searchAccessPackages(QString(), u"en"_s, u"Organization"_s).size(), 147);
    QVERIFY(catalogue.searchAccessPackages(QString(), u"nb"_s, u"systembruker"_s).isEmpty());
    const QJsonArray personSkatt = catalogue.searchAccessPackages(u"skatt"_s, u"nb"_s, u"Person"_s);
    QVERIFY(!personSkatt.isEmpty());
    for (const QJsonValue &hit : personSkatt) {
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

void TestSeedCatalogue::resourceCountsPerType()
{
    // docs/altinn-behaviour.md#resource-catalogue, with "(assumed)" types taken as given.
    QMap<QString, int> counts;
    const QJsonArray resources = SeedCatalogue::load().resources();
    QSet<QString> identifiers;
    for (const QJsonValue &value : resources) {
        ++counts[value.toObject().value(u"resourceType"_s).toString()];
        identifiers.insert(value.toObject().value(u"identifier"_s).toString());
    }
    QCOMPARE(resources.size(), 53);
    QCOMPARE(identifiers.size(), 53);
    const QMap<QString, int> expected{{u"GenericAccessResource"_s, 15}, {u"AltinnApp"_s, 10},
        {u"MigratedApp"_s, 5}, {u"Systemresource"_s, 5}, {u"CorrespondenceService"_s, 4},
        {u"MaskinportenSchema"_s, 4}, {u"Consent"_s, 4}, {u"Altinn2Service"_s, 3}, {u"BrokerService"_s, 2},
        {u"Default"_s, 1}};
    QCOMPARE(counts, expected);
    QCOMPARE(resources.first().toObject().value(u"identifier"_s).toString(), u"ske-krav-og-betalinger"_s);
}

void TestSeedCatalogue::pinnedResources_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("resourceType"); // empty: not in the registry
    QTest::addColumn<bool>("delegable");
    QTest::addColumn<bool>("visible");

    QTest::newRow("generic, accepted")
        << u"ske-krav-og-betalinger"_s << u"GenericAccessResource"_s << true << true;
    QTest::newRow("id in another case")
        << u"SKE-Krav-og-Betalinger"_s << u"GenericAccessResource"_s << true << true;
    QTest::newRow("app") << u"app_ttd_endring-av-navn-v2"_s << u"AltinnApp"_s << true << true;
    QTest::newRow("annual accounts app")
        << u"app_brg_aarsregnskap-vanlig-202406"_s << u"AltinnApp"_s << true << true;
    QTest::newRow("tax return app") << u"app_skd_formueinntekt-skattemelding-v2"_s << u"AltinnApp"_s << true
                                    << true;
    QTest::newRow("correspondence, not delegable")
        << u"korrespondanse-fra-sivilforsvaret"_s << u"CorrespondenceService"_s << false << false;
    QTest::newRow("maskinporten schema")
        << u"skd-maskinportenschemaid-8"_s << u"MaskinportenSchema"_s << true << true;
    QTest::newRow("altinn 2 service") << u"se_3225_1596"_s << u"Altinn2Service"_s << true << true;
    QTest::newRow("consent, hidden") << u"skd-migrert-4628-1"_s << u"Consent"_s << true << false;
    QTest::newRow("legacy id, type not set")
        << u"nav_tiltakAvtaleOmArbeidstrening"_s << u"Default"_s << true << true;
    QTest::newRow("migrated app") << u"app_skd_a2-3906-141205"_s << u"MigratedApp"_s << true << true;
    QTest::newRow("not found") << u"ske-krav-og-betaling"_s << QString() << false << false;
    QTest::newRow("not found, underscore") << u"ske_krav-og-betalinger"_s << QString() << false << false;
}

void TestSeedCatalogue::pinnedResources()
{
    QFETCH(QString, identifier);
    QFETCH(QString, resourceType);
    QFETCH(bool, delegable);
    QFETCH(bool, visible);
    const SeedCatalogue catalogue = SeedCatalogue::load();
    QCOMPARE(catalogue.resourceType(identifier), resourceType);
    const auto resource = catalogue.resource(identifier);
    QCOMPARE(resource.has_value(), !resourceType.isEmpty());
    if (resource) {
        QCOMPARE(resource->value(u"identifier"_s).toString().toLower(), identifier.toLower());
        QCOMPARE(resource->value(u"delegable"_s), QJsonValue(delegable));
        QCOMPARE(resource->value(u"visible"_s), QJsonValue(visible));
    }
}

void TestSeedCatalogue::resourcesHaveTheServiceResourceShape()
{
    const QJsonArray resources = SeedCatalogue::load().resources();
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        const QString id = resource.value(u"identifier"_s).toString();
        QVERIFY2(!containsNull(resource), qPrintable(id)); // nulls are left out
        for (const QString &member : {u"title"_s, u"description"_s}) {
            const QJsonObject text = resource.value(member).toObject();
            for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s})
                QVERIFY2(!text.value(language).toString().isEmpty(),
                    qPrintable(id + u' ' + member + u' ' + language));
        }
        QCOMPARE(resource.value(u"status"_s).toString(), u"Completed"_s);
        QVERIFY2(resource.value(u"delegable"_s).isBool(), qPrintable(id));
        QVERIFY2(resource.value(u"visible"_s).isBool(), qPrintable(id));
        QVERIFY2(!resource.value(u"availableForType"_s).toArray().isEmpty(), qPrintable(id));
        const QJsonObject owner = resource.value(u"hasCompetentAuthority"_s).toObject();
        QVERIFY2(!owner.value(u"orgcode"_s).toString().isEmpty(), qPrintable(id));
        QVERIFY2(!owner.value(u"organization"_s).toString().isEmpty(), qPrintable(id));
        QVERIFY2(!owner.value(u"name"_s).toObject().value(u"nb"_s).toString().isEmpty(), qPrintable(id));
        QCOMPARE(resource.value(u"authorizationReference"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"value"_s)
                     .toString(),
            id);
    }

    const auto krav = SeedCatalogue::load().resource(u"ske-krav-og-betalinger"_s);
    QVERIFY(krav);
    QCOMPARE(
        krav->value(u"title"_s).toObject().value(u"en"_s).toString(), u"Claims and payments"_s); // † stripped
    QCOMPARE(
        krav->value(u"title"_s).toObject().value(u"nn"_s).toString(), u"Krav og betalinger"_s); // nn = nb
    const QJsonObject owner = krav->value(u"hasCompetentAuthority"_s).toObject();
    QCOMPARE(owner.value(u"organization"_s).toString(), u"974761076"_s);
    QCOMPARE(owner.value(u"orgcode"_s).toString(), u"skd"_s);
    QCOMPARE(owner.value(u"name"_s).toObject().value(u"en"_s).toString(), u"Norwegian Tax Administration"_s);
    const auto keyRole = SeedCatalogue::load().resource(u"altinn_keyrole_access"_s);
    QVERIFY(keyRole);
    QCOMPARE(keyRole->value(u"availableForType"_s).toArray(), QJsonArray{u"PrivatePerson"_s});
}

void TestSeedCatalogue::pinnedOrganisations_data()
{
    QTest::addColumn<QString>("orgNo");
    QTest::addColumn<QString>("name"); // empty: not in the register

    QTest::newRow("customer") << u"310904473"_s << u"TILFELDIG SUBTIL APE"_s;
    QTest::newRow("facilitator") << u"314250052"_s << u"TILBAKEHOLDEN USYMMETRISK TIGER AS"_s;
    QTest::newRow("docs customer") << u"313725138"_s << u"Sindig Oriental Tiger AS"_s;
    QTest::newRow("same name, other number") << u"312600757"_s << u"SINDIG ORIENTAL TIGER AS"_s;
    QTest::newRow("digdir") << u"991825827"_s << u"Digitaliseringsdirektoratet"_s;
    QTest::newRow("paired name") << u"310547891"_s << u"AKTVERDIG RETORISK APE"_s;
    QTest::newRow("test organisation") << u"313642291"_s << u"OVERFLØDIG SOLID TIGER AS"_s;
    QTest::newRow("starts with 2") << u"212209562"_s << u"ALLSIDIG SIGEN TIGER AS"_s;
    QTest::newRow("service owner") << u"974761076"_s << u"Skatteetaten"_s;
    QTest::newRow("real vendor") << u"913312465"_s << u"Fiken AS"_s;
    QTest::newRow("valid MOD11, unknown") << u"123456785"_s << QString();
    QTest::newRow("ACN fails MOD11") << u"999999990"_s << QString();
    QTest::newRow("altered check digit") << u"313725139"_s << QString();
}

void TestSeedCatalogue::pinnedOrganisations()
{
    QFETCH(QString, orgNo);
    QFETCH(QString, name);
    const auto found = SeedCatalogue::load().organisationName(orgNo);
    QCOMPARE(found.has_value(), !name.isEmpty());
    if (found)
        QCOMPARE(*found, name);
}

void TestSeedCatalogue::everyOrganisationPassesMod11()
{
    const QJsonArray organisations = SeedCatalogue::load().organisations();
    // docs/altinn-behaviour.md#test-organisations: 20 example + 33 test + 10 unnamed + 11 real vendors/owners
    // not listed yet.
    QCOMPARE(organisations.size(), 74);
    QString previous;
    for (const QJsonValue &value : organisations) {
        const QJsonObject organisation = value.toObject();
        const QString orgNo = organisation.value(u"orgNo"_s).toString();
        QVERIFY2(Validation::OrgNumber::isValid(orgNo), qPrintable(orgNo));
        QVERIFY2(!organisation.value(u"name"_s).toString().isEmpty(), qPrintable(orgNo));
        QVERIFY2(previous < orgNo, qPrintable(orgNo)); // sorted, no duplicates
        previous = orgNo;
    }
    // The test numbers without a source name have invented Tenor-style names.
    QCOMPARE(SeedCatalogue::load().organisationName(u"312605031"_s).value_or(QString()).count(u' '), 2);
}

QTEST_GUILESS_MAIN(TestSeedCatalogue)
#include "TestSeedCatalogue.moc"
