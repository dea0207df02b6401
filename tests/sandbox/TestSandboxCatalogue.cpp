#include "SandboxHarness.h"
#include "model/Right.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The vendor's own catalogue (docs/sandbox.md#your-own-catalogue) over real HTTP: what is added through
/// /sandbox/catalogue/… is what every endpoint sees, and it goes with the state.
class TestSandboxCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importedResourceListIsServed();
    void registeringWithAnImportedResourceSucceeds();
    void seedEntryIsReplacedAndRestoredByClear();
    void defaultsForAMinimalResource();
    void importedPackageResolvesAndItsFlagsCount();
    void packageTextsPerImportLanguage();
    void addedOrganisationIsACustomer();
    void resetForgetsAdditions();
    void stateFileKeepsAdditions();
    void stateFileWithBadAdditionsIsRefused();
    void badBodies_data();
    void badBodies();
    void cachedAnswersFollowEveryChange();
    void largeAnswersAreNotHeldBack();
    void listAndClear();
};

namespace {

const QString Control = u"sandbox/catalogue"_s;
const QString Resources = u"resourceregistry/api/v1/resource/"_s;
const QString Packages = u"accessmanagement/api/v1/meta/info/accesspackages/"_s;
const QString Register = u"authentication/api/v1/systemregister/vendor"_s;
const QString Requests = u"authentication/api/v1/systemuser/request/vendor"_s;
const QString AnnualAccounts = u"app_brg_aarsregnskap-vanlig-202406"_s;
const QString OwnResource = u"ske-innrapportering-sandkasse-test"_s;
const QString OwnPackage = u"urn:altinn:accesspackage:sandkasse-klient"_s;
const QString NewCustomer = u"314000005"_s; // MOD11-valid, in neither the seed nor the synthetic register
const QString NewCustomerName = u"PRØVENDE LITEN BEVER AS"_s;
const QString SystemId = u"991825827_egen-katalog"_s;

QJsonObject texts(const QString &nb, const QString &nn, const QString &en)
{
    return {{u"nb"_s, nb}, {u"nn"_s, nn}, {u"en"_s, en}};
}

/// A resource the way resourcelist answers it (trimmed to the members that matter here).
QJsonObject exportedResource(const QString &identifier, const QString &type = u"GenericAccessResource"_s)
{
    return {{u"identifier"_s, identifier},
        {u"title"_s, texts(u"Sandkasse-test"_s, u"Sandkasse-test"_s, u"Sandbox test"_s)},
        {u"description"_s, texts(u"Til prøving"_s, u"Til prøving"_s, u"For trying out"_s)},
        {u"status"_s, u"Completed"_s}, {u"delegable"_s, true}, {u"visible"_s, true},
        {u"hasCompetentAuthority"_s,
            QJsonObject{
                {u"name"_s, texts(u"Skatteetaten"_s, u"Skatteetaten"_s, u"Norwegian Tax Administration"_s)},
                {u"organization"_s, u"974761076"_s}, {u"orgcode"_s, u"skd"_s}}},
        {u"resourceType"_s, type},
        {u"contactPoints"_s, QJsonArray{QJsonObject{{u"category"_s, u"Support"_s}}}}, {u"versionId"_s, 7},
        {u"rightDescription"_s, QJsonValue::Null}};
}

/// An export tree with one area (new) in the seed's organisation group, holding one package.
QJsonArray exportTree(const QString &packageName, bool isDelegable, bool isAssignable)
{
    const QJsonObject package{{u"id"_s, u"0a1b2c3d-0000-4000-8000-000000000001"_s}, {u"name"_s, packageName},
        {u"urn"_s, OwnPackage}, {u"description"_s, u"Pakke for prøving"_s}, {u"isDelegable"_s, isDelegable},
        {u"isAssignable"_s, isAssignable}, {u"isResourcePolicyAvailable"_s, true},
        {u"area"_s, QJsonObject{{u"urn"_s, u"accesspackage:area:sandkasse"_s}}},
        {u"type"_s, QJsonObject{{u"name"_s, u"Organisasjon"_s}}}};
    const QJsonObject area{{u"id"_s, u"0a1b2c3d-0000-4000-8000-000000000002"_s}, {u"name"_s, u"Sandkasse"_s},
        {u"urn"_s, u"accesspackage:area:sandkasse"_s}, {u"description"_s, u"Område for prøving"_s},
        {u"iconUrl"_s, u"https://altinncdn.no/authorization/accesspackageicons/Sandbox.svg"_s},
        {u"packages"_s, QJsonArray{package}}};
    return QJsonArray{QJsonObject{{u"name"_s, u"Egne"_s}, {u"type"_s, u"Organisasjon"_s},
        {u"id"_s, u"0a1b2c3d-0000-4000-8000-000000000003"_s}, {u"areas"_s, QJsonArray{area}}}};
}

QJsonObject right(const QString &resource)
{
    return Altinn::Right::forResource(resource).toJson();
}

QJsonObject systemBody(const QString &id, const QJsonArray &rights)
{
    return {{u"id"_s, id}, {u"vendor"_s, QJsonObject{{u"ID"_s, u"0192:991825827"_s}}},
        {u"name"_s, texts(u"Egen katalog"_s, u"Eigen katalog"_s, u"Own catalogue"_s)},
        {u"description"_s, texts(u"Prøver"_s, u"Prøver"_s, u"Tries"_s)}, {u"rights"_s, rights},
        {u"clientId"_s, QJsonArray{SandboxContext::newGuid()}}, {u"isVisible"_s, true}};
}

QStringList identifiersOf(const QJsonArray &resources)
{
    QStringList identifiers;
    for (const QJsonValue &value : resources)
        identifiers.append(value.toObject().value(u"identifier"_s).toString());
    return identifiers;
}

/// The package of @p urn in an export tree, or an empty object.
QJsonObject packageIn(const QJsonArray &tree, const QString &urn)
{
    for (const QJsonValue &group : tree) {
        for (const QJsonValue &area : group.toObject().value(u"areas"_s).toArray()) {
            for (const QJsonValue &package : area.toObject().value(u"packages"_s).toArray()) {
                if (package.toObject().value(u"urn"_s).toString() == urn)
                    return package.toObject();
            }
        }
    }
    return {};
}

SandboxHarness::Reply getWithLanguage(
    SandboxHarness &sandbox, const QString &path, const QByteArray &language)
{
    return sandbox.send("GET", path, {}, {}, {{"Accept-Language", language}});
}

} // namespace

void TestSandboxCatalogue::importedResourceListIsServed()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isListening());
    QCOMPARE(sandbox.get(Resources + OwnResource).status, 404);

    // A resourcelist export of two entries, one of them an app.
    const auto added = sandbox.post(Control + u"/resources"_s,
        QJsonArray{exportedResource(OwnResource), exportedResource(u"app_skd_egen-app"_s, u"AltinnApp"_s)});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.object(), (QJsonObject{{u"added"_s, 2}, {u"replaced"_s, 0}}));

    const auto one = sandbox.get(Resources + OwnResource.toUpper());
    QCOMPARE(one.status, 200);
    const QJsonObject resource = one.object();
    QCOMPARE(resource.value(u"identifier"_s).toString(), OwnResource);
    QCOMPARE(resource.value(u"title"_s).toObject().value(u"en"_s).toString(), u"Sandbox test"_s);
    QCOMPARE(resource.value(u"versionId"_s).toInt(), 7); // members the sandbox does not read are kept
    QVERIFY(!resource.contains(u"rightDescription"_s)); // nulls left out, as the registry writes

    const QStringList list = identifiersOf(sandbox.get(Resources + u"resourcelist"_s).array());
    QVERIFY(list.contains(OwnResource));
    QVERIFY(list.contains(u"app_skd_egen-app"_s));
    QCOMPARE(list.first(), u"ske-krav-og-betalinger"_s); // additions follow the seed
    QCOMPARE(list.last(), u"app_skd_egen-app"_s);
    QVERIFY(!identifiersOf(sandbox.get(Resources + u"resourcelist?includeApps=false"_s).array())
                 .contains(u"app_skd_egen-app"_s));
    // Search leaves apps out, as Altinn's does, and finds the added resource.
    const QStringList found =
        identifiersOf(sandbox.get(Resources + u"Search?title=sandbox%20test"_s).array());
    QCOMPARE(found, QStringList{OwnResource});
}

void TestSandboxCatalogue::registeringWithAnImportedResourceSucceeds()
{
    SandboxHarness sandbox;
    const QByteArray token = sandbox.vendorToken();
    const QJsonObject body = systemBody(SystemId, QJsonArray{right(u"app_brg_aarsregnskap-vanlig-202405"_s)});

    // An id the catalogue does not have: AUTH.VLD-00003, as before the import.
    const auto refused = sandbox.post(Register, body, token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("AUTH.VLD-00003"), refused.body.constData());

    const auto added = sandbox.post(Control + u"/resources"_s,
        QJsonObject{{u"identifier"_s, u"app_brg_aarsregnskap-vanlig-202405"_s},
            {u"title"_s,
                texts(u"Årsregnskap 2024-05"_s, u"Årsrekneskap 2024-05"_s, u"Annual accounts 2024-05"_s)}});
    QCOMPARE(added.status, 201);

    const auto registered = sandbox.post(Register, body, token);
    QVERIFY2(registered.status == 200, registered.body.constData());
    // The seed's own annual-accounts app (issue 17) is accepted without any import.
    const auto seeded = sandbox.post(
        Register, systemBody(u"991825827_aarsregnskap"_s, QJsonArray{right(AnnualAccounts)}), token);
    QVERIFY2(seeded.status == 200, seeded.body.constData());
}

void TestSandboxCatalogue::seedEntryIsReplacedAndRestoredByClear()
{
    SandboxHarness sandbox;
    QJsonObject mirrored = exportedResource(u"ske-krav-og-betalinger"_s);
    mirrored.insert(u"delegable"_s, false);
    const auto replaced = sandbox.post(Control + u"/resources"_s, mirrored);
    QCOMPARE(replaced.status, 200); // nothing new
    QCOMPARE(replaced.object(), (QJsonObject{{u"added"_s, 0}, {u"replaced"_s, 1}}));
    QCOMPARE(sandbox.get(Resources + u"ske-krav-og-betalinger"_s).object().value(u"delegable"_s),
        QJsonValue(false));
    const QJsonArray list = sandbox.get(Resources + u"resourcelist"_s).array();
    QCOMPARE(identifiersOf(list).count(u"ske-krav-og-betalinger"_s), 1); // replaced in place, not twice
    QCOMPARE(identifiersOf(list).first(), u"ske-krav-og-betalinger"_s);

    QCOMPARE(sandbox.del(Control).status, 200);
    QCOMPARE(sandbox.get(Resources + u"ske-krav-og-betalinger"_s).object().value(u"delegable"_s),
        QJsonValue(true));
}

void TestSandboxCatalogue::defaultsForAMinimalResource()
{
    SandboxHarness sandbox;
    // What `systemuser-cli sandbox catalogue add resource --id … --title …` sends: the owner from the id.
    QCOMPARE(sandbox
                 .post(Control + u"/resources"_s,
                     QJsonObject{{u"Identifier"_s, u"app_skd_min-app"_s},
                         {u"title"_s, texts(u"Min app"_s, u"Min app"_s, u"My app"_s)}})
                 .status,
        201);
    const QJsonObject app = sandbox.get(Resources + u"app_skd_min-app"_s).object();
    QCOMPARE(app.value(u"resourceType"_s).toString(), u"AltinnApp"_s);
    QCOMPARE(app.value(u"delegable"_s), QJsonValue(true));
    QCOMPARE(app.value(u"description"_s).toObject().value(u"en"_s).toString(), u"My app"_s);
    const QJsonObject owner = app.value(u"hasCompetentAuthority"_s).toObject();
    QCOMPARE(owner.value(u"orgcode"_s).toString(), u"skd"_s);
    QCOMPARE(owner.value(u"organization"_s).toString(), u"974761076"_s); // from the seed's skd resources
    QCOMPARE(owner.value(u"name"_s).toObject().value(u"nb"_s).toString(), u"Skatteetaten"_s);
    QCOMPARE(app.value(u"resourceReferences"_s).toArray().first().toObject().value(u"reference"_s).toString(),
        u"skd/min-app"_s);
    QCOMPARE(app.value(u"authorizationReference"_s).toArray().first().toObject().value(u"value"_s).toString(),
        u"app_skd_min-app"_s);

    // Apps migrated from Altinn 2 are typed MigratedApp, as the registry types them; a bare id gets Default.
    QCOMPARE(sandbox
                 .post(Control + u"/resources"_s,
                     QJsonArray{QJsonObject{{u"identifier"_s, u"app_skd_a2-1234-5678"_s}},
                         QJsonObject{{u"identifier"_s, u"egen-ressurs"_s},
                             {u"hasCompetentAuthority"_s, QJsonObject{{u"orgcode"_s, u"NAV"_s}}}}})
                 .status,
        201);
    QCOMPARE(sandbox.get(Resources + u"app_skd_a2-1234-5678"_s).object().value(u"resourceType"_s).toString(),
        u"MigratedApp"_s);
    const QJsonObject plain = sandbox.get(Resources + u"egen-ressurs"_s).object();
    QCOMPARE(plain.value(u"resourceType"_s).toString(), u"Default"_s);
    QCOMPARE(plain.value(u"title"_s).toObject().value(u"nb"_s).toString(), u"egen-ressurs"_s);
    QCOMPARE(plain.value(u"hasCompetentAuthority"_s).toObject().value(u"organization"_s).toString(),
        u"889640782"_s);
}

void TestSandboxCatalogue::importedPackageResolvesAndItsFlagsCount()
{
    SandboxHarness sandbox;
    const QByteArray token = sandbox.vendorToken();
    QCOMPARE(sandbox.get(Packages + u"package/urn/"_s + OwnPackage).status, 404);

    // A client-relationship package (delegable, not assignable).
    const auto added =
        sandbox.post(Control + u"/accesspackages"_s, exportTree(u"Sandkasseklient"_s, true, false));
    QCOMPARE(added.status, 201);
    QCOMPARE(added.object().value(u"added"_s).toInt(), 1);
    QCOMPARE(added.object().value(u"areas"_s).toObject().value(u"added"_s).toInt(), 1);
    QCOMPARE(added.object().value(u"areaGroups"_s).toObject().value(u"added"_s).toInt(), 1);

    const auto resolved = getWithLanguage(sandbox, Packages + u"package/urn/"_s + OwnPackage, "nb");
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.object().value(u"name"_s).toString(), u"Sandkasseklient"_s);
    QCOMPARE(resolved.object().value(u"area"_s).toObject().value(u"description"_s).toString(),
        u"Område for prøving"_s);
    QCOMPARE(resolved.object().value(u"type"_s).toObject().value(u"name"_s).toString(), u"Organisasjon"_s);
    QCOMPARE(sandbox.get(Packages + u"package/urn/sandkasse-klient"_s).status, 200); // the code alone, too
    QVERIFY(!packageIn(sandbox.get(Packages + u"export"_s).array(), OwnPackage).isEmpty());
    QCOMPARE(sandbox.get(Packages + u"search?term=sandkasseklient"_s).status, 200);

    // The system register takes it (client packages need isVisible false) and request creation uses its
    // flags: not assignable, so a standard request for it is AUTH-00064 …
    QJsonObject definition = systemBody(SystemId, QJsonArray{right(u"ske-krav-og-betalinger"_s)});
    definition.insert(u"accessPackages"_s, QJsonArray{QJsonObject{{u"urn"_s, OwnPackage}}});
    definition.insert(u"isVisible"_s, false);
    const auto registered = sandbox.post(Register, definition, token);
    QVERIFY2(registered.status == 200, registered.body.constData());
    const QJsonObject request{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, u"310904473"_s},
        {u"accessPackages"_s, QJsonArray{QJsonObject{{u"urn"_s, OwnPackage}}}}};
    const auto standard = sandbox.post(Requests, request, token);
    QCOMPARE(standard.status, 400);
    QCOMPARE(standard.code(), u"AUTH-00064"_s);

    // … and once the import says it is assignable, the same request is created.
    QCOMPARE(
        sandbox.post(Control + u"/accesspackages"_s, exportTree(u"Sandkasseklient"_s, true, true)).status,
        200);
    const auto created = sandbox.post(Requests, request, token);
    QVERIFY2(created.status == 201, created.body.constData());
}

void TestSandboxCatalogue::packageTextsPerImportLanguage()
{
    SandboxHarness sandbox;
    QCOMPARE(sandbox.post(Control + u"/accesspackages"_s, exportTree(u"Sandkassepakke"_s, true, true)).status,
        201);
    // The same export fetched in English changes the English names only.
    const auto english = sandbox.post(
        Control + u"/accesspackages?language=en"_s, exportTree(u"Sandbox package"_s, true, true));
    QCOMPARE(english.status, 200);
    QCOMPARE(english.object().value(u"replaced"_s).toInt(), 1);
    QCOMPARE(getWithLanguage(sandbox, Packages + u"package/urn/"_s + OwnPackage, "en")
                 .object()
                 .value(u"name"_s)
                 .toString(),
        u"Sandbox package"_s);
    QCOMPARE(getWithLanguage(sandbox, Packages + u"package/urn/"_s + OwnPackage, "nb")
                 .object()
                 .value(u"name"_s)
                 .toString(),
        u"Sandkassepakke"_s);
    QCOMPARE(getWithLanguage(sandbox, Packages + u"package/urn/"_s + OwnPackage, "nn")
                 .object()
                 .value(u"name"_s)
                 .toString(),
        u"Sandkassepakke"_s); // a new entry starts with its first text in every language

    // A seed package imported in English keeps its Bokmål name and takes the new flags.
    const QString jordbruk = u"urn:altinn:accesspackage:jordbruk"_s;
    const QString nbName = getWithLanguage(sandbox, Packages + u"package/urn/"_s + jordbruk, "nb")
                               .object()
                               .value(u"name"_s)
                               .toString();
    QJsonArray tree = exportTree(u"x"_s, true, true);
    QJsonObject group = tree.first().toObject();
    QJsonObject area = group.value(u"areas"_s).toArray().first().toObject();
    area.insert(u"packages"_s,
        QJsonArray{QJsonObject{{u"urn"_s, jordbruk}, {u"name"_s, u"Farming (mirrored)"_s},
            {u"isDelegable"_s, false}, {u"isAssignable"_s, true}}});
    group.insert(u"areas"_s, QJsonArray{area});
    QCOMPARE(sandbox.post(Control + u"/accesspackages?language=en"_s, QJsonArray{group}).status, 200);
    const QJsonObject en = getWithLanguage(sandbox, Packages + u"package/urn/"_s + jordbruk, "en").object();
    QCOMPARE(en.value(u"name"_s).toString(), u"Farming (mirrored)"_s);
    QCOMPARE(en.value(u"isDelegable"_s), QJsonValue(false));
    QCOMPARE(getWithLanguage(sandbox, Packages + u"package/urn/"_s + jordbruk, "nb")
                 .object()
                 .value(u"name"_s)
                 .toString(),
        nbName);
}

void TestSandboxCatalogue::addedOrganisationIsACustomer()
{
    SandboxHarness sandbox;
    const QByteArray token = sandbox.vendorToken();
    SandboxHarness::seedSystem(sandbox.context(), SystemId, SandboxHarness::VendorOrg,
        QList{Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)});
    const QJsonObject request{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, NewCustomer},
        {u"rights"_s, QJsonArray{right(u"ske-krav-og-betalinger"_s)}}};
    const auto unknown = sandbox.post(Requests, request, token);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.code(), u"AUTH-00000"_s);

    const auto added = sandbox.post(Control + u"/organisations"_s,
        QJsonObject{{u"orgNo"_s, u"314 000 005"_s}, {u"name"_s, NewCustomerName}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.object(), (QJsonObject{{u"added"_s, 1}, {u"replaced"_s, 0}}));
    const auto created = sandbox.post(Requests, request, token);
    QVERIFY2(created.status == 201, created.body.constData());
    // The register lists it, in number order, and the approval page names it.
    const QJsonArray organisations = sandbox.get(u"sandbox/organisations"_s).array();
    QVERIFY(organisations.contains(QJsonObject{{u"orgNo"_s, NewCustomer}, {u"name"_s, NewCustomerName}}));
    const QString id = created.object().value(u"id"_s).toString();
    const auto page =
        sandbox.get(u"accessmanagement/ui/systemuser/request?id="_s + id + u"&DONTCHOOSEREPORTEE=true"_s);
    QVERIFY(page.body.contains(NewCustomerName.toUtf8()));
}

void TestSandboxCatalogue::resetForgetsAdditions()
{
    SandboxHarness sandbox;
    QCOMPARE(sandbox.post(Control + u"/resources"_s, exportedResource(OwnResource)).status, 201);
    QCOMPARE(sandbox.post(Control + u"/accesspackages"_s, exportTree(u"Pakke"_s, true, true)).status, 201);
    QCOMPARE(sandbox
                 .post(Control + u"/organisations"_s,
                     QJsonObject{{u"orgNo"_s, NewCustomer}, {u"name"_s, NewCustomerName}})
                 .status,
        201);
    QCOMPARE(sandbox.post(u"sandbox/reset"_s, QJsonObject()).status, 200);
    QCOMPARE(sandbox.get(Resources + OwnResource).status, 404);
    QCOMPARE(sandbox.get(Packages + u"package/urn/"_s + OwnPackage).status, 404);
    QVERIFY(!sandbox.context().organisationName(NewCustomer));
    const QJsonObject listed = sandbox.get(Control).object();
    QVERIFY(listed.value(u"resources"_s).toArray().isEmpty());
    QVERIFY(listed.value(u"packages"_s).toArray().isEmpty());
    QVERIFY(listed.value(u"organisations"_s).toArray().isEmpty());
}

void TestSandboxCatalogue::stateFileKeepsAdditions()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    {
        SandboxHarness sandbox;
        QVERIFY(sandbox.server().setStateFile(path));
        QCOMPARE(sandbox.post(Control + u"/resources"_s, exportedResource(OwnResource)).status, 201);
        QCOMPARE(
            sandbox
                .post(Control + u"/accesspackages?language=en"_s, exportTree(u"Own package"_s, true, false))
                .status,
            201);
        QCOMPARE(sandbox
                     .post(Control + u"/organisations"_s,
                         QJsonArray{QJsonObject{{u"orgNo"_s, NewCustomer}, {u"name"_s, NewCustomerName}}})
                     .status,
            201);
    } // a clean shutdown writes what was acknowledged
    SandboxHarness reloaded;
    QString error;
    QVERIFY2(reloaded.server().setStateFile(path, &error), qPrintable(error));
    QCOMPARE(reloaded.get(Resources + OwnResource).object().value(u"versionId"_s).toInt(), 7);
    const QJsonObject package =
        getWithLanguage(reloaded, Packages + u"package/urn/"_s + OwnPackage, "en").object();
    QCOMPARE(package.value(u"name"_s).toString(), u"Own package"_s);
    QCOMPARE(package.value(u"isAssignable"_s), QJsonValue(false));
    QCOMPARE(reloaded.context().organisationName(NewCustomer), std::optional<QString>(NewCustomerName));
}

void TestSandboxCatalogue::stateFileWithBadAdditionsIsRefused()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{u"state"_s,
                              QJsonObject{{u"format"_s, 1},
                                  {u"catalogueAdditions"_s,
                                      QJsonObject{{u"packages"_s,
                                          QJsonArray{QJsonObject{{u"urn"_s, OwnPackage}, {u"area"_s, u"x"_s},
                                              {u"isDelegable"_s, u"yes"_s}}}}}}}}})
                .toJson());
    }
    SandboxServer server;
    QString error;
    QVERIFY(!server.setStateFile(path, &error));
    QVERIFY2(error.startsWith(u"state.catalogueAdditions.packages[0].isDelegable: expected true or false"_s),
        qPrintable(error));
}

void TestSandboxCatalogue::badBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message"); // the start of the error

    const QString resources = Control + u"/resources"_s;
    const QString packages = Control + u"/accesspackages"_s;
    const QString organisations = Control + u"/organisations"_s;
    QTest::newRow("not JSON") << resources << QByteArray("{") << u"the body is not JSON"_s;
    QTest::newRow("empty list") << resources << QByteArray("[]") << u"the body holds nothing to add"_s;
    QTest::newRow("not an object") << resources << QByteArray("[{\"identifier\":\"abcd\"},5]")
                                   << u"[1]: expected an object (got a number)"_s;
    QTest::newRow("no identifier") << resources << QByteArray("{\"title\":{\"nb\":\"x\"}}")
                                   << u"identifier: every resource needs one"_s;
    QTest::newRow("identifier with a dot")
        << resources << QByteArray("[{\"identifier\":\"skd-with_invalid.identifier\"}]")
        << u"[0].identifier: expected 4 to 200 letters, digits"_s;
    QTest::newRow("identifier too short")
        << resources << QByteArray("{\"identifier\":\"abc\"}") << u"identifier: expected 4 to 200"_s;
    QTest::newRow("identifier a number")
        << resources << QByteArray("{\"identifier\":5}") << u"identifier: expected a string (got a number)"_s;
    QTest::newRow("reserved identifier") << resources << QByteArray("{\"identifier\":\"resourcelist\"}")
                                         << u"identifier: \"resourcelist\" is a path"_s;
    QTest::newRow("unknown type") << resources
                                  << QByteArray("{\"identifier\":\"abcd\",\"resourceType\":\"App\"}")
                                  << u"resourceType: expected one of Default, Systemresource"_s;
    QTest::newRow("app id, other type")
        << resources
        << QByteArray("{\"identifier\":\"app_skd_x\",\"resourceType\":\"GenericAccessResource\"}")
        << u"resourceType: ids starting with \"app_\""_s;
    QTest::newRow("app type, other id")
        << resources << QByteArray("{\"identifier\":\"skd-x-app\",\"resourceType\":\"AltinnApp\"}")
        << u"identifier: an AltinnApp resource has an id of the form"_s;
    QTest::newRow("title not texts") << resources << QByteArray("{\"identifier\":\"abcd\",\"title\":\"x\"}")
                                     << u"title: expected texts per language"_s;
    QTest::newRow("title text a number")
        << resources << QByteArray("{\"identifier\":\"abcd\",\"title\":{\"nb\":1}}")
        << u"title: nb: expected a string"_s;
    QTest::newRow("delegable a string")
        << resources << QByteArray("{\"identifier\":\"abcd\",\"delegable\":\"yes\"}")
        << u"delegable: expected true or false"_s;
    QTest::newRow("owner number")
        << resources
        << QByteArray("{\"identifier\":\"abcd\",\"hasCompetentAuthority\":{\"orgcode\":\"skd\","
                      "\"organization\":\"97476\"}}")
        << u"hasCompetentAuthority.organization: expected the owner's organisation number"_s;
    QTest::newRow("twice") << resources << QByteArray("[{\"identifier\":\"abcd\"},{\"identifier\":\"ABCD\"}]")
                           << u"[1].identifier: \"ABCD\" is in the body twice (also at [0])"_s;
    QTest::newRow("member twice") << resources
                                  << QByteArray("{\"identifier\":\"abcd\",\"Identifier\":\"efgh\"}")
                                  << u"identifier: given twice"_s;

    QTest::newRow("export without areas")
        << packages << QByteArray("[{\"name\":\"x\"}]") << u"[0].areas: an area group lists its areas"_s;
    QTest::newRow("area without urn")
        << packages << QByteArray("[{\"name\":\"x\",\"areas\":[{\"name\":\"y\"}]}]")
        << u"[0].areas[0].urn: every area needs its URN"_s;
    QTest::newRow("package urn")
        << packages
        << QByteArray("[{\"areas\":[{\"urn\":\"accesspackage:area:a\",\"packages\":[{\"urn\":\"urn:altinn:"
                      "resource:x\","
                      "\"isDelegable\":true,\"isAssignable\":true}]}]}]")
        << u"[0].areas[0].packages[0].urn: expected urn:altinn:accesspackage:<code>"_s;
    QTest::newRow("package without flags")
        << packages
        << QByteArray("[{\"areas\":[{\"urn\":\"accesspackage:area:a\",\"packages\":[{\"urn\":\"urn:altinn:"
                      "accesspackage:x\","
                      "\"isAssignable\":true}]}]}]")
        << u"[0].areas[0].packages[0].isDelegable: expected true or false"_s;
    QTest::newRow("unknown entity type")
        << packages << QByteArray("[{\"type\":\"Robot\",\"areas\":[{\"urn\":\"accesspackage:area:a\"}]}]")
        << u"[0].type: expected \"Organisasjon\" or \"Person\""_s;
    QTest::newRow("package twice")
        << packages
        << QByteArray("[{\"areas\":[{\"urn\":\"accesspackage:area:a\",\"packages\":[{\"urn\":\"urn:altinn:"
                      "accesspackage:x\","
                      "\"isDelegable\":true,\"isAssignable\":true},{\"urn\":\"urn:altinn:accesspackage:X\","
                      "\"isDelegable\":true,\"isAssignable\":true}]}]}]")
        << u"[0].areas[0].packages[1].urn: \"urn:altinn:accesspackage:X\" is in the body twice"_s;
    QTest::newRow("bad language") << packages + u"?language=de"_s << QByteArray("[]")
                                  << u"language must be nb, nn or en"_s;

    QTest::newRow("org number") << organisations << QByteArray("{\"orgNo\":\"123456789\",\"name\":\"X\"}")
                                << u"orgNo: expected nine digits with a valid MOD11 check digit"_s;
    QTest::newRow("no org number") << organisations << QByteArray("{\"name\":\"X\"}")
                                   << u"orgNo: every organisation needs its organisation number"_s;
    QTest::newRow("synthetic block") << organisations
                                     << QByteArray("{\"orgNo\":\"350000003\",\"name\":\"X\"}")
                                     << u"orgNo: 350000003 is in the block of the synthetic organisations"_s;
    QTest::newRow("no name") << organisations << QByteArray("[{\"orgNo\":\"313725138\",\"name\":\" \"}]")
                             << u"[0].name: every organisation needs a name"_s;
}

void TestSandboxCatalogue::badBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    SandboxHarness sandbox;
    const QByteArray before = sandbox.get(Control).body;
    const auto reply = sandbox.send("POST", path, body);
    QCOMPARE(reply.status, 400);
    const QString error = reply.object().value(u"error"_s).toString();
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(sandbox.get(Control).body, before); // nothing was stored
}

void TestSandboxCatalogue::cachedAnswersFollowEveryChange()
{
    SandboxHarness sandbox;
    const QByteArray seedList = sandbox.get(Resources + u"resourcelist"_s).body;
    QCOMPARE(sandbox.get(Resources + u"resourcelist"_s).body, seedList); // the same bytes, from the cache
    const QByteArray seedEnglish = getWithLanguage(sandbox, Packages + u"export"_s, "en").body;
    const QByteArray seedBokmaal = getWithLanguage(sandbox, Packages + u"export"_s, "nb").body;
    QVERIFY(seedEnglish != seedBokmaal); // one cached answer per language

    QCOMPARE(sandbox.post(Control + u"/resources"_s, exportedResource(OwnResource)).status, 201);
    QVERIFY(identifiersOf(sandbox.get(Resources + u"resourcelist"_s).array()).contains(OwnResource));
    QCOMPARE(sandbox.post(Control + u"/accesspackages"_s, exportTree(u"Pakke"_s, true, true)).status, 201);
    QVERIFY(!packageIn(getWithLanguage(sandbox, Packages + u"export"_s, "en").array(), OwnPackage).isEmpty());

    // A reset gives the seed's answers again, byte for byte; so does a new state (a reload replaces it).
    QCOMPARE(sandbox.post(u"sandbox/reset"_s, QJsonObject()).status, 200);
    QCOMPARE(sandbox.get(Resources + u"resourcelist"_s).body, seedList);
    QCOMPARE(getWithLanguage(sandbox, Packages + u"export"_s, "en").body, seedEnglish);
    SandboxState state;
    state.catalogueAdditions.putResource(
        QJsonObject{{u"identifier"_s, u"fra-fil"_s}, {u"resourceType"_s, u"Default"_s}});
    sandbox.context().state = state;
    QVERIFY(identifiersOf(sandbox.get(Resources + u"resourcelist"_s).array()).contains(u"fra-fil"_s));
}

void TestSandboxCatalogue::largeAnswersAreNotHeldBack()
{
    // The resource list (41 KB) in a row on one keep-alive connection. With Nagle's algorithm on the
    // sandbox's sockets, the end of each answer waited for the client's delayed ACK (about 40 ms each, so
    // over a second here); without it each takes a millisecond or two.
    SandboxHarness sandbox;
    QCOMPARE(sandbox.get(Resources + u"resourcelist"_s).status, 200); // connected, and the bytes cached
    constexpr int Requests = 30;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Requests; ++i)
        QCOMPARE(sandbox.get(Resources + u"resourcelist"_s).body.size() > 40000, true);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 600, qPrintable(u"%1 requests took %2 ms"_s.arg(Requests).arg(elapsed)));
}

void TestSandboxCatalogue::listAndClear()
{
    SandboxHarness sandbox;
    QCOMPARE(sandbox.post(Control + u"/resources"_s, exportedResource(OwnResource)).status, 201);
    QCOMPARE(sandbox.post(Control + u"/accesspackages"_s, exportTree(u"Pakke"_s, true, true)).status, 201);
    const QJsonObject listed = sandbox.get(Control).object();
    QCOMPARE(identifiersOf(listed.value(u"resources"_s).toArray()), QStringList{OwnResource});
    QCOMPARE(listed.value(u"packages"_s).toArray().first().toObject().value(u"urn"_s).toString(), OwnPackage);
    QCOMPARE(listed.value(u"areas"_s).toArray().size(), 1);
    QCOMPARE(listed.value(u"areaGroups"_s).toArray().size(), 1);

    const auto cleared = sandbox.del(Control);
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.object().value(u"removed"_s).toObject(),
        (QJsonObject{{u"resources"_s, 1}, {u"areaGroups"_s, 1}, {u"areas"_s, 1}, {u"packages"_s, 1},
            {u"organisations"_s, 0}}));
    QCOMPARE(sandbox.get(Resources + OwnResource).status, 404);
    QCOMPARE(sandbox.get(Packages + u"package/urn/"_s + OwnPackage).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxCatalogue)
#include "TestSandboxCatalogue.moc"
