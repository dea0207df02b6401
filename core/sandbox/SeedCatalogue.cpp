#include "sandbox/SeedCatalogue.h"

#include "sandbox/CatalogueAdditions.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// Named, not anonymous: SeedCatalogue::Data (external linkage) holds these types, which GCC warns about
// (-Wsubobject-linkage) when this file is compiled inside a unity batch.
namespace SeedCatalogueParts {

/// nb/nn/en texts of one name or description.
struct Text
{
    QString nb;
    QString nn;
    QString en;

    const QString &in(const QString &language) const
    {
        if (language == u"nn"_s)
            return nn;
        if (language == u"en"_s)
            return en;
        return nb;
    }
    bool isEmpty() const { return nb.isEmpty() && nn.isEmpty() && en.isEmpty(); }
    QJsonObject toJson() const { return {{u"nb"_s, nb}, {u"nn"_s, nn}, {u"en"_s, en}}; }
};

struct EntityType
{
    QString id;
    Text name;
};

struct AreaGroup
{
    QString id;
    Text name;
    QString entityType; ///< key into Data::entityTypes ("Organisation", "Person")
    QList<qsizetype> areas;
};

struct Area
{
    QString id;
    QString urn;
    Text name;
    Text description; ///< empty in the seed (the source has none); an import may bring one
    QString iconUrl;
    QString groupId;
    qsizetype group = -1;
    QList<qsizetype> packages;
};

struct Package
{
    QString id;
    QString urn;
    QString code;
    Text name;
    Text description;
    QString areaUrn;
    qsizetype area = -1;
    bool isDelegable = false;
    bool isAssignable = false;
    bool isAvailableForServiceOwners = false;
};

} // namespace SeedCatalogueParts

using namespace SeedCatalogueParts;

namespace {
Q_LOGGING_CATEGORY(lcSeed, "suw.sandbox.seed")

Text textFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    Text text;
    text.nb = object.value(u"nb"_s).toString();
    // The source has no nn (and sometimes no en) for some items; fall back to Bokmål rather than "".
    text.nn = object.value(u"nn"_s).toString(text.nb);
    text.en = object.value(u"en"_s).toString(text.nb);
    return text;
}

AreaGroup groupFrom(const QJsonObject &object)
{
    AreaGroup group;
    group.id = object.value(u"id"_s).toString();
    group.name = textFrom(object.value(u"name"_s));
    group.entityType = object.value(u"entityType"_s).toString();
    return group;
}

Area areaFrom(const QJsonObject &object)
{
    Area area;
    area.id = object.value(u"id"_s).toString();
    area.urn = object.value(u"urn"_s).toString();
    area.name = textFrom(object.value(u"name"_s));
    area.description = textFrom(object.value(u"description"_s));
    area.iconUrl = object.value(u"iconUrl"_s).toString();
    area.groupId = object.value(u"group"_s).toString();
    return area;
}

Package packageFrom(const QJsonObject &object)
{
    Package package;
    package.id = object.value(u"id"_s).toString();
    package.urn = object.value(u"urn"_s).toString();
    package.code = object.value(u"code"_s).toString();
    package.name = textFrom(object.value(u"name"_s));
    package.description = textFrom(object.value(u"description"_s));
    package.areaUrn = object.value(u"area"_s).toString();
    package.isDelegable = object.value(u"isDelegable"_s).toBool();
    package.isAssignable = object.value(u"isAssignable"_s).toBool();
    package.isAvailableForServiceOwners = object.value(u"isAvailableForServiceOwners"_s).toBool();
    return package;
}

std::optional<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSeed) << "cannot open" << path << file.errorString();
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcSeed) << "cannot parse" << path << "at offset" << error.offset << error.errorString();
        return std::nullopt;
    }
    return document;
}

/// Words of @p text split on whitespace, as the search hits list them.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"\\s+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

struct SeedCatalogue::Data
{
    bool valid = false;

    QJsonArray resources;
    QHash<QString, qsizetype> resourceIndex; ///< lower-cased identifier → index

    QString providerId;
    QHash<QString, EntityType> entityTypes;
    QList<AreaGroup> groups;
    QList<Area> areas;
    QList<Package> packages;
    QHash<QString, qsizetype> groupById;
    QHash<QString, qsizetype> areaByUrn; ///< lower-cased URN → index
    QHash<QString, qsizetype> packageByUrn; ///< lower-cased URN → index

    QMap<QString, QString> organisations; ///< org number → name (sorted by number)
    QJsonArray organisationArray;

    bool loadAccessPackages(const QJsonObject &root);
    bool loadResources(const QJsonArray &array);
    bool loadOrganisations(const QJsonArray &array);
    /// The seed merged with @p additions: an addition replaces the entry with its key in place, others
    /// follow the seed's entries.
    static std::shared_ptr<const Data> merged(const Data &seed, const CatalogueAdditions &additions);

    void putResource(const QJsonObject &resource);
    void putGroup(const AreaGroup &group);
    void putArea(const Area &area);
    void putPackage(const Package &package);
    /// Links packages to areas (by URN) and areas to groups (by id) again, leaving out what names an
    /// unknown group or area or entity type; how many were left out.
    qsizetype link();
    void listOrganisations();

    const Package *findPackage(const QString &urnValue) const;
    QJsonObject areaJson(const Area &area, const QString &language, bool withPackages) const;
    QJsonObject packageJson(const Package &package, const QString &language) const;
    const EntityType &entityTypeOf(const Package &package) const;
};

bool SeedCatalogue::Data::loadAccessPackages(const QJsonObject &root)
{
    providerId = root.value(u"providerId"_s).toString();
    const QJsonArray types = root.value(u"entityTypes"_s).toArray();
    for (const QJsonValue &value : types) {
        const QJsonObject object = value.toObject();
        entityTypes.insert(object.value(u"key"_s).toString(),
            EntityType{object.value(u"id"_s).toString(), textFrom(object.value(u"name"_s))});
    }
    for (const QJsonValue &value : root.value(u"areaGroups"_s).toArray())
        putGroup(groupFrom(value.toObject()));
    for (const QJsonValue &value : root.value(u"areas"_s).toArray())
        putArea(areaFrom(value.toObject()));
    for (const QJsonValue &value : root.value(u"packages"_s).toArray()) {
        const Package package = packageFrom(value.toObject());
        if (package.urn.isEmpty()) {
            qCWarning(lcSeed) << "package without URN";
            return false;
        }
        putPackage(package);
    }
    // The seed must be whole: anything left out means the files do not fit together.
    return link() == 0 && !packages.isEmpty();
}

bool SeedCatalogue::Data::loadResources(const QJsonArray &array)
{
    for (const QJsonValue &value : array) {
        const QString identifier = value.toObject().value(u"identifier"_s).toString();
        if (identifier.isEmpty()) {
            qCWarning(lcSeed) << "resource without identifier";
            return false;
        }
        putResource(value.toObject());
    }
    return !resources.isEmpty();
}

bool SeedCatalogue::Data::loadOrganisations(const QJsonArray &array)
{
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString orgNo = object.value(u"orgNo"_s).toString();
        if (orgNo.isEmpty()) {
            qCWarning(lcSeed) << "organisation without orgNo";
            return false;
        }
        organisations.insert(orgNo, object.value(u"name"_s).toString());
    }
    listOrganisations();
    return !organisations.isEmpty();
}

void SeedCatalogue::Data::listOrganisations()
{
    organisationArray = QJsonArray();
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it)
        organisationArray.append(QJsonObject{{u"orgNo"_s, it.key()}, {u"name"_s, it.value()}});
}

void SeedCatalogue::Data::putResource(const QJsonObject &resource)
{
    const QString key = resource.value(u"identifier"_s).toString().toLower();
    const auto it = resourceIndex.constFind(key);
    if (it != resourceIndex.cend()) {
        resources.replace(it.value(), resource);
        return;
    }
    resourceIndex.insert(key, resources.size());
    resources.append(resource);
}

void SeedCatalogue::Data::putGroup(const AreaGroup &group)
{
    const auto it = groupById.constFind(group.id);
    if (it != groupById.cend()) {
        groups[it.value()] = group;
        return;
    }
    groupById.insert(group.id, groups.size());
    groups.append(group);
}

void SeedCatalogue::Data::putArea(const Area &area)
{
    const QString key = area.urn.toLower();
    const auto it = areaByUrn.constFind(key);
    if (it != areaByUrn.cend()) {
        areas[it.value()] = area;
        return;
    }
    areaByUrn.insert(key, areas.size());
    areas.append(area);
}

void SeedCatalogue::Data::putPackage(const Package &package)
{
    const QString key = package.urn.toLower();
    const auto it = packageByUrn.constFind(key);
    if (it != packageByUrn.cend()) {
        packages[it.value()] = package;
        return;
    }
    packageByUrn.insert(key, packages.size());
    packages.append(package);
}

qsizetype SeedCatalogue::Data::link()
{
    qsizetype dropped = 0;
    // Each step keeps what the one before kept, so no index points at something left out.
    QList<AreaGroup> keptGroups;
    for (AreaGroup group : std::as_const(groups)) {
        if (!entityTypes.contains(group.entityType)) {
            qCWarning(lcSeed) << "area group" << group.id << "has unknown entity type" << group.entityType;
            ++dropped;
            continue;
        }
        group.areas.clear();
        keptGroups.append(group);
    }
    groups = keptGroups;
    groupById.clear();
    for (qsizetype i = 0; i < groups.size(); ++i)
        groupById.insert(groups.at(i).id, i);

    QList<Area> keptAreas;
    for (Area area : std::as_const(areas)) {
        area.group = groupById.value(area.groupId, -1);
        if (area.group < 0) {
            qCWarning(lcSeed) << "area" << area.urn << "has an unknown group";
            ++dropped;
            continue;
        }
        area.packages.clear();
        groups[area.group].areas.append(keptAreas.size());
        keptAreas.append(area);
    }
    areas = keptAreas;
    areaByUrn.clear();
    for (qsizetype i = 0; i < areas.size(); ++i)
        areaByUrn.insert(areas.at(i).urn.toLower(), i);

    QList<Package> keptPackages;
    for (Package package : std::as_const(packages)) {
        package.area = areaByUrn.value(package.areaUrn.toLower(), -1);
        if (package.area < 0) {
            qCWarning(lcSeed) << "package" << package.urn << "has an unknown area";
            ++dropped;
            continue;
        }
        areas[package.area].packages.append(keptPackages.size());
        keptPackages.append(package);
    }
    packages = keptPackages;
    packageByUrn.clear();
    for (qsizetype i = 0; i < packages.size(); ++i)
        packageByUrn.insert(packages.at(i).urn.toLower(), i);
    return dropped;
}

std::shared_ptr<const SeedCatalogue::Data> SeedCatalogue::Data::merged(
    const Data &seed, const CatalogueAdditions &additions)
{
    // Copies of Qt containers are shared until written, so this costs what the additions change.
    auto data = std::make_shared<Data>(seed);
    for (const QJsonObject &resource : additions.resources())
        data->putResource(resource);
    for (const QJsonObject &group : additions.areaGroups())
        data->putGroup(groupFrom(group));
    for (const QJsonObject &area : additions.areas())
        data->putArea(areaFrom(area));
    for (const QJsonObject &package : additions.packages())
        data->putPackage(packageFrom(package));
    if (const qsizetype dropped = data->link(); dropped > 0) // only from a hand-edited state file
        qCWarning(lcSeed) << dropped << "added catalogue entries name what does not exist; left out";
    const QMap<QString, QString> &organisations = additions.organisations();
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it)
        data->organisations.insert(it.key(), it.value());
    data->listOrganisations();
    return data;
}

const Package *SeedCatalogue::Data::findPackage(const QString &urnValue) const
{
    // Altinn's PackageService.GetPackageByUrnValue: prefix ':' unless the value starts with "urn:" or ':'
    // (both checks case-sensitive), then a case-insensitive EndsWith that must hit exactly one package.
    if (urnValue.isEmpty())
        return nullptr;
    QString suffix = urnValue;
    if (!suffix.startsWith(u"urn:"_s) && !suffix.startsWith(u':'))
        suffix.prepend(u':');
    const Package *found = nullptr;
    for (const Package &package : packages) {
        if (package.urn.endsWith(suffix, Qt::CaseInsensitive)) {
            if (found)
                return nullptr;
            found = &package;
        }
    }
    return found;
}

const EntityType &SeedCatalogue::Data::entityTypeOf(const Package &package) const
{
    const AreaGroup &group = groups.at(areas.at(package.area).group);
    return *entityTypes.constFind(group.entityType);
}

QJsonObject SeedCatalogue::Data::areaJson(const Area &area, const QString &language, bool withPackages) const
{
    // AreaDto (docs/altinn-behaviour.md#access-packages). The seed has no area descriptions, so
    // `description` is left out there (nulls are); an imported area may have one.
    QJsonArray packageArray;
    if (withPackages) {
        for (qsizetype index : area.packages)
            packageArray.append(packageJson(packages.at(index), language));
    }
    QJsonObject object{
        {u"id"_s, area.id},
        {u"name"_s, area.name.in(language)},
        {u"urn"_s, area.urn},
        {u"iconUrl"_s, area.iconUrl},
        {u"packages"_s, packageArray},
    };
    if (const QString &description = area.description.in(language); !description.isEmpty())
        object.insert(u"description"_s, description);
    return object;
}

QJsonObject SeedCatalogue::Data::packageJson(const Package &package, const QString &language) const
{
    const EntityType &type = entityTypeOf(package);
    return QJsonObject{
        {u"id"_s, package.id},
        {u"name"_s, package.name.in(language)},
        {u"urn"_s, package.urn},
        {u"description"_s, package.description.in(language)},
        {u"isDelegable"_s, package.isDelegable},
        {u"isAssignable"_s, package.isAssignable},
        // PackageDto.IsResourcePolicyAvailable is the catalogue's isAvailableForServiceOwners (SO column).
        {u"isResourcePolicyAvailable"_s, package.isAvailableForServiceOwners},
        {u"area"_s, areaJson(areas.at(package.area), language, false)},
        {u"type"_s,
            QJsonObject{
                {u"id"_s, type.id},
                {u"providerId"_s, providerId},
                {u"name"_s, type.name.in(language)},
            }},
    };
}

SeedCatalogue SeedCatalogue::load()
{
    // Parsed once per process; every SeedCatalogue shares the immutable data.
    static const std::shared_ptr<const Data> shared = [] {
        auto data = std::make_shared<Data>();
        const auto packages = readJson(u":/sandbox/accesspackages.json"_s);
        const auto resources = readJson(u":/sandbox/resources.json"_s);
        const auto organisations = readJson(u":/sandbox/organisations.json"_s);
        if (!packages || !resources || !organisations)
            return std::shared_ptr<const Data>(data);
        data->valid = data->loadAccessPackages(packages->object()) && data->loadResources(resources->array())
            && data->loadOrganisations(organisations->array());
        if (!data->valid)
            qCWarning(lcSeed) << "the seed catalogue is incomplete; the sandbox answers as if it were empty";
        return std::shared_ptr<const Data>(data);
    }();
    SeedCatalogue catalogue;
    catalogue.m_data = shared;
    return catalogue;
}

const SeedCatalogue::Data *SeedCatalogue::data() const
{
    if (!m_data || !m_data->valid)
        return nullptr;
    if (!m_additions || m_additions->isEmpty())
        return m_data.get();
    if (!m_merged || m_mergedRevision != m_additions->revision()) {
        m_merged = Data::merged(*m_data, *m_additions);
        m_mergedRevision = m_additions->revision();
    }
    return m_merged.get();
}

bool SeedCatalogue::isValid() const
{
    return m_data && m_data->valid;
}

quint64 SeedCatalogue::revision() const
{
    return m_additions && !m_additions->isEmpty() ? m_additions->revision() : 0;
}

const QStringList &SeedCatalogue::resourceTypes()
{
    static const QStringList types{u"Default"_s, u"Systemresource"_s, u"MaskinportenSchema"_s,
        u"Altinn2Service"_s, u"AltinnApp"_s, u"GenericAccessResource"_s, u"BrokerService"_s,
        u"CorrespondenceService"_s, u"Consent"_s, u"MigratedApp"_s};
    return types;
}

QJsonArray SeedCatalogue::resources() const
{
    const Data *d = data();
    return d ? d->resources : QJsonArray();
}

std::optional<QJsonObject> SeedCatalogue::resource(const QString &identifier) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const auto it = d->resourceIndex.constFind(identifier.toLower());
    if (it == d->resourceIndex.cend())
        return std::nullopt;
    return d->resources.at(it.value()).toObject();
}

QString SeedCatalogue::resourceType(const QString &identifier) const
{
    const auto found = resource(identifier);
    return found ? found->value(u"resourceType"_s).toString() : QString();
}

QJsonArray SeedCatalogue::accessPackageExport(const QString &language) const
{
    QJsonArray result;
    const Data *d = data();
    if (!d)
        return result;
    for (const AreaGroup &group : d->groups) {
        QJsonArray areaArray;
        for (qsizetype index : group.areas)
            areaArray.append(d->areaJson(d->areas.at(index), language, true));
        // AreaGroupDto: area groups have no URN and no description
        // (docs/altinn-behaviour.md#area-groups-and-areas), so both are left out. `type` is the entity type's
        // own (Norwegian) name, as the DTO copies EntityType.Name.
        result.append(QJsonObject{
            {u"id"_s, group.id},
            {u"name"_s, group.name.in(language)},
            {u"type"_s, d->entityTypes.value(group.entityType).name.nb},
            {u"areas"_s, areaArray},
        });
    }
    return result;
}

std::optional<QJsonObject> SeedCatalogue::accessPackage(const QString &urn, const QString &language) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const Package *package = d->findPackage(urn);
    if (!package)
        return std::nullopt;
    return d->packageJson(*package, language);
}

std::optional<SeedCatalogue::PackageFlags> SeedCatalogue::packageFlags(const QString &urn) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const Package *package = d->findPackage(urn);
    if (!package)
        return std::nullopt;
    return PackageFlags{package->isDelegable, package->isAssignable};
}

QJsonArray SeedCatalogue::searchAccessPackages(
    const QString &term, const QString &language, const QString &typeName) const
{
    QJsonArray result;
    const Data *d = data();
    if (!d)
        return result;

    // Altinn ranks with a weighted fuzzy search over name (2.0), description (0.8) and area name (1.5). The
    // sandbox matches plainly instead: a field matches when it contains every word of the term
    // (case-insensitive); the URN is searched too (weight 1.0) so codes can be looked up.
    struct FieldSpec
    {
        QString field;
        double weight;
    };
    static const QList<FieldSpec> specs{
        {u"Name"_s, 2.0}, {u"Description"_s, 0.8}, {u"Area.Name"_s, 1.5}, {u"Urn"_s, 1.0}};
    const QStringList termWords = wordsOf(term.toLower());

    struct Hit
    {
        const Package *package;
        double score;
        QJsonArray fields;
    };
    QList<Hit> hits;
    for (const Package &package : d->packages) {
        if (!typeName.isEmpty()) {
            const Text &name = d->entityTypeOf(package).name;
            if (typeName.compare(name.nb, Qt::CaseInsensitive) != 0
                && typeName.compare(name.en, Qt::CaseInsensitive) != 0)
                continue;
        }
        if (termWords.isEmpty()) { // an empty term lists everything, unscored (as Altinn does)
            hits.append(Hit{&package, 0.0, {}});
            continue;
        }
        const QStringList values{package.name.in(language), package.description.in(language),
            d->areas.at(package.area).name.in(language), package.urn};
        Hit hit{&package, 0.0, {}};
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const QString lower = values.at(i).toLower();
            const bool matches = std::all_of(termWords.cbegin(), termWords.cend(),
                [&lower](const QString &word) { return lower.contains(word); });
            if (!matches)
                continue;
            QJsonArray words;
            for (const QString &word : wordsOf(values.at(i))) {
                const QString lowerWord = word.toLower();
                const bool isMatch = std::any_of(termWords.cbegin(), termWords.cend(),
                    [&lowerWord](const QString &termWord) { return lowerWord.contains(termWord); });
                words.append(QJsonObject{
                    {u"content"_s, word},
                    {u"lowercaseContent"_s, lowerWord},
                    {u"isMatch"_s, isMatch},
                    {u"score"_s, isMatch ? specs.at(i).weight : 0.0},
                });
            }
            hit.score += specs.at(i).weight;
            hit.fields.append(QJsonObject{
                {u"field"_s, specs.at(i).field},
                {u"value"_s, values.at(i)},
                {u"score"_s, specs.at(i).weight},
                {u"words"_s, words},
            });
        }
        if (!hit.fields.isEmpty())
            hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    for (const Hit &hit : std::as_const(hits)) {
        result.append(QJsonObject{
            {u"object"_s, d->packageJson(*hit.package, language)},
            {u"score"_s, hit.score},
            {u"fields"_s, hit.fields},
        });
    }
    return result;
}

std::optional<QString> SeedCatalogue::organisationName(const QString &orgNo) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const auto it = d->organisations.constFind(orgNo);
    if (it == d->organisations.cend())
        return std::nullopt;
    return it.value();
}

QJsonArray SeedCatalogue::organisations() const
{
    const Data *d = data();
    return d ? d->organisationArray : QJsonArray();
}

std::optional<QJsonObject> SeedCatalogue::areaGroupRecord(const QString &id) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const auto it = d->groupById.constFind(id);
    if (it == d->groupById.cend())
        return std::nullopt;
    const AreaGroup &group = d->groups.at(it.value());
    return QJsonObject{
        {u"id"_s, group.id}, {u"name"_s, group.name.toJson()}, {u"entityType"_s, group.entityType}};
}

std::optional<QJsonObject> SeedCatalogue::areaRecord(const QString &urn) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const auto it = d->areaByUrn.constFind(urn.toLower());
    if (it == d->areaByUrn.cend())
        return std::nullopt;
    const Area &area = d->areas.at(it.value());
    QJsonObject record{{u"id"_s, area.id}, {u"urn"_s, area.urn}, {u"name"_s, area.name.toJson()},
        {u"iconUrl"_s, area.iconUrl}, {u"group"_s, area.groupId}};
    if (!area.description.isEmpty())
        record.insert(u"description"_s, area.description.toJson());
    return record;
}

std::optional<QJsonObject> SeedCatalogue::packageRecord(const QString &urn) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const auto it = d->packageByUrn.constFind(urn.toLower());
    if (it == d->packageByUrn.cend())
        return std::nullopt;
    const Package &package = d->packages.at(it.value());
    return QJsonObject{{u"id"_s, package.id}, {u"urn"_s, package.urn}, {u"code"_s, package.code},
        {u"name"_s, package.name.toJson()}, {u"description"_s, package.description.toJson()},
        {u"area"_s, package.areaUrn}, {u"isDelegable"_s, package.isDelegable},
        {u"isAssignable"_s, package.isAssignable},
        {u"isAvailableForServiceOwners"_s, package.isAvailableForServiceOwners}};
}

std::optional<QString> SeedCatalogue::entityTypeKey(const QString &name) const
{
    const Data *d = data();
    if (!d)
        return std::nullopt;
    const QString wanted = name.trimmed();
    for (auto it = d->entityTypes.cbegin(); it != d->entityTypes.cend(); ++it) {
        const Text &text = it.value().name;
        for (const QString &candidate : {it.key(), text.nb, text.nn, text.en}) {
            if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
                return it.key();
        }
    }
    return std::nullopt;
}

QString SeedCatalogue::defaultAreaGroup(const QString &entityTypeKey) const
{
    const Data *d = data();
    if (!d)
        return {};
    const auto it = std::find_if(d->groups.cbegin(), d->groups.cend(),
        [&entityTypeKey](const AreaGroup &group) { return group.entityType == entityTypeKey; });
    return it == d->groups.cend() ? QString() : it->id;
}

std::optional<QJsonObject> SeedCatalogue::owner(const QString &orgCode) const
{
    const Data *d = data();
    if (!d || orgCode.isEmpty())
        return std::nullopt;
    for (const QJsonValue &value : d->resources) {
        const QJsonObject authority = value.toObject().value(u"hasCompetentAuthority"_s).toObject();
        if (authority.value(u"orgcode"_s).toString().compare(orgCode, Qt::CaseInsensitive) == 0
            && !authority.value(u"organization"_s).toString().isEmpty())
            return authority;
    }
    return std::nullopt;
}
