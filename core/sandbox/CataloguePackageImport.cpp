#include "sandbox/CataloguePackageImport.h"

#include "model/AltinnUrns.h"
#include "model/JsonObjectReader.h"
#include "sandbox/CatalogueImportSupport.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;

// Access packages (the `accesspackages/export` tree, docs/altinn-behaviour.md#access-packages)

namespace CatalogueImport {

namespace {

const QRegularExpression PackageCodePattern(u"^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)*$"_s);
const QRegularExpression AreaUrnPattern(u"^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$"_s);
/// Names for the ids of entries an import gives none: the same entry gets the same id in every run.
const QUuid GeneratedIdNamespace(u"4b2a7c1e-93d5-4f0a-8e6b-5c3d2f1a9e70"_s);

/// nb/nn/en texts: @p existing with @p language set to @p text, or all three @p text for a new entry.
QJsonObject withText(const QJsonObject &existing, const QString &language, const QString &text)
{
    if (existing.isEmpty())
        return {{u"nb"_s, text}, {u"nn"_s, text}, {u"en"_s, text}};
    QJsonObject texts = existing;
    texts.insert(language, text);
    return texts;
}

QString generatedId(const QString &name)
{
    return QUuid::createUuidV5(GeneratedIdNamespace, name).toString(QUuid::WithoutBraces);
}

struct PackageImport
{
    QList<QJsonObject> groups;
    QList<QJsonObject> areas;
    QList<QJsonObject> packages;
};

/// The language an export was fetched in (`?language=`, Accept-Language's value when it was downloaded).
std::optional<QString> importLanguage(const SandboxRequest &request)
{
    const QString value = request.queryValue(u"language"_s).trimmed().toLower();
    if (value.isEmpty() || value == u"nb"_s || value == u"no"_s || value == u"nob"_s)
        return u"nb"_s;
    if (value == u"nn"_s || value == u"nno"_s)
        return u"nn"_s;
    if (value == u"en"_s || value == u"eng"_s)
        return u"en"_s;
    return std::nullopt;
}

std::optional<PackageImport> readExport(
    const Items &items, const QString &language, const SeedCatalogue &catalogue, QString &problem)
{
    PackageImport result;
    QHash<QString, QString> areaSeen; ///< lower-cased URN → path
    QHash<QString, QString> packageSeen;
    QSet<QString> groupSeen;
    for (qsizetype g = 0; g < items.objects.size(); ++g) {
        const QString groupPath = items.wasArray ? u"[%1]"_s.arg(g) : QString();
        Reader group(items.objects.at(g), groupPath.isEmpty() ? QString() : groupPath + u'.', problem);
        const auto areas = group.objects(u"areas", u"areas {\"urn\", \"name\", \"packages\": […]}"_s);
        if (group.ok() && !areas)
            group.fail(u"areas", u"an area group lists its areas; send the export's array of area groups"_s);
        const QString givenId = group.string(u"id", MaxNameLength).value_or(QString());
        const auto name = group.string(u"name", MaxNameLength);
        const auto type = group.string(u"type", MaxNameLength);
        if (!group.ok())
            return std::nullopt;

        // The group's entity type: its `type` ("Organisasjon"), else the first package's, else organisation.
        QString typeName = type.value_or(QString());
        if (typeName.isEmpty()) {
            for (const QJsonValue &area : *areas) {
                const QJsonArray packages = Altinn::JsonObjectReader(area.toObject()).array(u"packages");
                if (!packages.isEmpty()) {
                    typeName = Altinn::JsonObjectReader(
                        Altinn::JsonObjectReader(packages.first().toObject()).object(u"type"))
                                   .string(u"name");
                    break;
                }
            }
        }
        const auto entityType = typeName.isEmpty() ? std::optional<QString>(u"Organisation"_s)
                                                   : catalogue.entityTypeKey(typeName);
        if (!entityType) {
            group.fail(u"type", u"expected \"Organisasjon\" or \"Person\" (got \"%1\")"_s.arg(typeName));
            return std::nullopt;
        }
        const QString groupId = !givenId.isEmpty() ? givenId
            : name                                 ? generatedId(u"areagroup:"_s + *entityType + u':' + *name)
                                                   : catalogue.defaultAreaGroup(*entityType);
        if (groupId.isEmpty()) {
            group.fail(u"id", u"give the area group an id or a name"_s);
            return std::nullopt;
        }
        if (groupSeen.contains(groupId)) {
            group.fail(u"id", u"the area group \"%1\" is in the body twice"_s.arg(groupId));
            return std::nullopt;
        }
        groupSeen.insert(groupId);
        const QJsonObject existingGroup = catalogue.areaGroupRecord(groupId).value_or(QJsonObject());
        result.groups.append(QJsonObject{{u"id"_s, groupId},
            {u"name"_s,
                name ? withText(existingGroup.value(u"name"_s).toObject(), language, *name)
                    : existingGroup.value(u"name"_s).toObject().isEmpty()
                    ? withText({}, language, groupId)
                    : existingGroup.value(u"name"_s).toObject()},
            {u"entityType"_s, *entityType}});

        for (qsizetype a = 0; a < areas->size(); ++a) {
            const QString areaPath = group.path(u"areas[%1]"_s.arg(a));
            Reader area(areas->at(a).toObject(), areaPath + u'.', problem);
            const QString urn = area.string(u"urn", MaxNameLength).value_or(QString());
            const auto areaName = area.string(u"name", MaxNameLength);
            const auto areaDescription = area.string(u"description");
            const auto iconUrl = area.string(u"iconUrl");
            const auto packages = area.objects(u"packages", u"access packages {\"urn\", \"name\", …}"_s);
            if (!area.ok())
                return std::nullopt;
            if (!AreaUrnPattern.match(urn).hasMatch()) {
                area.fail(u"urn",
                    urn.isEmpty()
                        ? u"every area needs its URN, e.g. \"accesspackage:area:skatt_avgift_regnskap_og_toll\""_s
                        : u"expected letters, digits, '_', '-', '.' and ':' (got \"%1\")"_s.arg(urn));
                return std::nullopt;
            }
            if (const auto first = areaSeen.constFind(urn.toLower()); first != areaSeen.cend()) {
                area.fail(u"urn", u"\"%1\" is in the body twice (also at %2)"_s.arg(urn, first.value()));
                return std::nullopt;
            }
            areaSeen.insert(urn.toLower(), areaPath);
            const QJsonObject existingArea = catalogue.areaRecord(urn).value_or(QJsonObject());
            const QString areaCode = urn.section(u':', -1);
            QJsonObject areaRecord{{u"id"_s,
                                       area.string(u"id", MaxNameLength)
                                           .value_or(existingArea.value(u"id"_s).toString(generatedId(urn)))},
                {u"urn"_s, existingArea.isEmpty() ? urn : existingArea.value(u"urn"_s).toString()},
                {u"name"_s,
                    areaName ? withText(existingArea.value(u"name"_s).toObject(), language, *areaName)
                        : existingArea.value(u"name"_s).toObject().isEmpty()
                        ? withText({}, language, areaCode)
                        : existingArea.value(u"name"_s).toObject()},
                {u"iconUrl"_s, iconUrl.value_or(existingArea.value(u"iconUrl"_s).toString())},
                {u"group"_s, groupId}};
            if (areaDescription)
                areaRecord.insert(u"description"_s,
                    withText(existingArea.value(u"description"_s).toObject(), language, *areaDescription));
            else if (existingArea.contains(u"description"_s))
                areaRecord.insert(u"description"_s, existingArea.value(u"description"_s));
            if (areaRecord.value(u"id"_s).toString().isEmpty())
                areaRecord.insert(u"id"_s, generatedId(urn));
            result.areas.append(areaRecord);

            for (qsizetype p = 0; packages && p < packages->size(); ++p) {
                const QString packagePath = area.path(u"packages[%1]"_s.arg(p));
                Reader package(packages->at(p).toObject(), packagePath + u'.', problem);
                const QString packageUrn = package.string(u"urn", MaxNameLength).value_or(QString());
                const auto packageId = package.string(u"id", MaxNameLength);
                const auto packageName = package.string(u"name", MaxNameLength);
                const auto packageDescription = package.string(u"description");
                const auto isDelegable = package.boolean(u"isDelegable");
                const auto isAssignable = package.boolean(u"isAssignable");
                const auto forServiceOwners = package.boolean(u"isResourcePolicyAvailable");
                if (!package.ok())
                    return std::nullopt;
                const QString code = packageUrn.startsWith(Altinn::Urns::AccessPackagePrefix)
                    ? packageUrn.mid(Altinn::Urns::AccessPackagePrefix.size())
                    : QString();
                if (!PackageCodePattern.match(code).hasMatch()) {
                    package.fail(u"urn",
                        u"expected urn:altinn:accesspackage:<code>, the code of letters, digits, '_' and '-' "
                        u"(got %1)"_s.arg(describe(package.value(u"urn"))));
                    return std::nullopt;
                }
                // The flags decide where a package may go (docs/altinn-behaviour.md#package-classes): no
                // default would be right, so they must be there.
                if (!isDelegable || !isAssignable) {
                    package.fail(!isDelegable ? u"isDelegable" : u"isAssignable",
                        u"expected true or false, as the export has it (isDelegable: may go to an agent "
                        u"system "
                        u"user; isAssignable: to a standard one)"_s);
                    return std::nullopt;
                }
                if (const auto first = packageSeen.constFind(packageUrn.toLower());
                    first != packageSeen.cend()) {
                    package.fail(
                        u"urn", u"\"%1\" is in the body twice (also at %2)"_s.arg(packageUrn, first.value()));
                    return std::nullopt;
                }
                packageSeen.insert(packageUrn.toLower(), packagePath);
                const QJsonObject existing = catalogue.packageRecord(packageUrn).value_or(QJsonObject());
                const QJsonObject names = existing.value(u"name"_s).toObject();
                const QJsonObject descriptions = existing.value(u"description"_s).toObject();
                result.packages.append(QJsonObject{
                    {u"id"_s, packageId.value_or(existing.value(u"id"_s).toString(generatedId(packageUrn)))},
                    {u"urn"_s, existing.isEmpty() ? packageUrn : existing.value(u"urn"_s).toString()},
                    {u"code"_s, existing.value(u"code"_s).toString(code)},
                    {u"name"_s,
                        packageName           ? withText(names, language, *packageName)
                            : names.isEmpty() ? withText({}, language, code)
                                              : names},
                    {u"description"_s,
                        packageDescription           ? withText(descriptions, language, *packageDescription)
                            : descriptions.isEmpty() ? withText({}, language, QString())
                                                     : descriptions},
                    {u"area"_s, areaRecord.value(u"urn"_s)},
                    {u"isDelegable"_s, *isDelegable},
                    {u"isAssignable"_s, *isAssignable},
                    {u"isAvailableForServiceOwners"_s,
                        forServiceOwners.value_or(
                            existing.value(u"isAvailableForServiceOwners"_s).toBool(true))},
                });
            }
        }
    }
    if (result.packages.isEmpty() && result.areas.isEmpty()) {
        problem = u"the body holds no areas and no packages; send the export's array of area groups, each "
                  u"with \"areas\" and their \"packages\""_s;
        return std::nullopt;
    }
    return result;
}

} // namespace

SandboxResponse addAccessPackages(const SandboxRequest &request, SandboxContext &context)
{
    const auto language = importLanguage(request);
    if (!language) {
        return error(
            u"language must be nb, nn or en: the language the export was fetched in (got \"%1\")"_s.arg(
                request.queryValue(u"language"_s)));
    }
    QString problem;
    const auto items = itemsOf(request.body,
        u"the array of area groups GET accessmanagement/api/v1/meta/info/accesspackages/export answers, each "
        u"{\"id\", \"name\", \"type\", \"areas\": [{\"urn\", \"name\", \"packages\": [{\"urn\", \"name\", "
        u"\"isDelegable\", \"isAssignable\", …}]}]}"_s,
        &problem);
    if (!items)
        return error(problem);
    const auto import = readExport(*items, *language, context.catalogue, problem);
    if (!import)
        return error(problem);

    struct Count
    {
        int added = 0;
        int replaced = 0;
        QJsonObject json() const { return counts(added, replaced); }
    };
    Count groups;
    Count areas;
    Count packages;
    CatalogueAdditions &additions = context.state.catalogueAdditions;
    // Counted against the catalogue before this import: groups first, as areas name them.
    for (const QJsonObject &group : import->groups)
        ++(context.catalogue.areaGroupRecord(group.value(u"id"_s).toString()) ? groups.replaced
                                                                              : groups.added);
    for (const QJsonObject &area : import->areas)
        ++(context.catalogue.areaRecord(area.value(u"urn"_s).toString()) ? areas.replaced : areas.added);
    for (const QJsonObject &package : import->packages)
        ++(context.catalogue.packageRecord(package.value(u"urn"_s).toString()) ? packages.replaced
                                                                               : packages.added);
    for (const QJsonObject &group : import->groups)
        additions.putAreaGroup(group);
    for (const QJsonObject &area : import->areas)
        additions.putArea(area);
    for (const QJsonObject &package : import->packages)
        additions.putPackage(package);
    context.stateChanged();
    QJsonObject answer = packages.json();
    answer.insert(u"areas"_s, areas.json());
    answer.insert(u"areaGroups"_s, groups.json());
    answer.insert(u"language"_s, *language);
    const bool anyAdded = packages.added + areas.added + groups.added > 0;
    return SandboxResponse::json(anyAdded ? 201 : 200, answer);
}

} // namespace CatalogueImport
