#include "sandbox/SeedCatalogue.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcSeed, "suw.sandbox.seed")

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
};

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
    QString iconUrl;
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
    qsizetype area = -1;
    bool isDelegable = false;
    bool isAssignable = false;
    bool isAvailableForServiceOwners = false;
};

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

    QMap<QString, QString> organisations; ///< org number → name (sorted by number)
    QJsonArray organisationArray;

    bool loadAccessPackages(const QJsonObject &root);
    bool loadResources(const QJsonArray &array);
    bool loadOrganisations(const QJsonArray &array);

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

    QHash<QString, qsizetype> groupById;
    const QJsonArray groupArray = root.value(u"areaGroups"_s).toArray();
    for (const QJsonValue &value : groupArray) {
        const QJsonObject object = value.toObject();
        AreaGroup group;
        group.id = object.value(u"id"_s).toString();
        group.name = textFrom(object.value(u"name"_s));
        group.entityType = object.value(u"entityType"_s).toString();
        if (!entityTypes.contains(group.entityType)) {
            qCWarning(lcSeed) << "area group" << group.id << "has unknown entity type" << group.entityType;
            return false;
        }
        groupById.insert(group.id, groups.size());
        groups.append(group);
    }

    QHash<QString, qsizetype> areaByUrn;
    const QJsonArray areaArray = root.value(u"areas"_s).toArray();
    for (const QJsonValue &value : areaArray) {
        const QJsonObject object = value.toObject();
        Area area;
        area.id = object.value(u"id"_s).toString();
        area.urn = object.value(u"urn"_s).toString();
        area.name = textFrom(object.value(u"name"_s));
        area.iconUrl = object.value(u"iconUrl"_s).toString();
        area.group = groupById.value(object.value(u"group"_s).toString(), -1);
        if (area.group < 0) {
            qCWarning(lcSeed) << "area" << area.urn << "has an unknown group";
            return false;
        }
        groups[area.group].areas.append(areas.size());
        areaByUrn.insert(area.urn, areas.size());
        areas.append(area);
    }

    const QJsonArray packageArray = root.value(u"packages"_s).toArray();
    for (const QJsonValue &value : packageArray) {
        const QJsonObject object = value.toObject();
        Package package;
        package.id = object.value(u"id"_s).toString();
        package.urn = object.value(u"urn"_s).toString();
        package.code = object.value(u"code"_s).toString();
        package.name = textFrom(object.value(u"name"_s));
        package.description = textFrom(object.value(u"description"_s));
        package.area = areaByUrn.value(object.value(u"area"_s).toString(), -1);
        package.isDelegable = object.value(u"isDelegable"_s).toBool();
        package.isAssignable = object.value(u"isAssignable"_s).toBool();
        package.isAvailableForServiceOwners = object.value(u"isAvailableForServiceOwners"_s).toBool();
        if (package.area < 0 || package.urn.isEmpty()) {
            qCWarning(lcSeed) << "package" << package.urn << "has no URN or an unknown area";
            return false;
        }
        areas[package.area].packages.append(packages.size());
        packages.append(package);
    }
    return !packages.isEmpty();
}

bool SeedCatalogue::Data::loadResources(const QJsonArray &array)
{
    for (const QJsonValue &value : array) {
        const QString identifier = value.toObject().value(u"identifier"_s).toString();
        if (identifier.isEmpty()) {
            qCWarning(lcSeed) << "resource without identifier";
            return false;
        }
        resourceIndex.insert(identifier.toLower(), resources.size());
        resources.append(value);
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
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it)
        organisationArray.append(QJsonObject{{u"orgNo"_s, it.key()}, {u"name"_s, it.value()}});
    return !organisations.isEmpty();
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
    // AreaDto (docs/altinn-behaviour.md#access-packages). The source has no area descriptions, so
    // `description` is left out (nulls are).
    QJsonArray packageArray;
    if (withPackages) {
        for (qsizetype index : area.packages)
            packageArray.append(packageJson(packages.at(index), language));
    }
    return QJsonObject{
        {u"id"_s, area.id},
        {u"name"_s, area.name.in(language)},
        {u"urn"_s, area.urn},
        {u"iconUrl"_s, area.iconUrl},
        {u"packages"_s, packageArray},
    };
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

bool SeedCatalogue::isValid() const
{
    return m_data && m_data->valid;
}

QJsonArray SeedCatalogue::resources() const
{
    return isValid() ? m_data->resources : QJsonArray();
}

std::optional<QJsonObject> SeedCatalogue::resource(const QString &identifier) const
{
    if (!isValid())
        return std::nullopt;
    const auto it = m_data->resourceIndex.constFind(identifier.toLower());
    if (it == m_data->resourceIndex.cend())
        return std::nullopt;
    return m_data->resources.at(it.value()).toObject();
}

QString SeedCatalogue::resourceType(const QString &identifier) const
{
    const auto found = resource(identifier);
    return found ? found->value(u"resourceType"_s).toString() : QString();
}

QJsonArray SeedCatalogue::accessPackageExport(const QString &language) const
{
    QJsonArray result;
    if (!isValid())
        return result;
    for (const AreaGroup &group : m_data->groups) {
        QJsonArray areaArray;
        for (qsizetype index : group.areas)
            areaArray.append(m_data->areaJson(m_data->areas.at(index), language, true));
        // AreaGroupDto: area groups have no URN and no description
        // (docs/altinn-behaviour.md#area-groups-and-areas), so both are left out. `type` is the entity type's
        // own (Norwegian) name, as the DTO copies EntityType.Name.
        result.append(QJsonObject{
            {u"id"_s, group.id},
            {u"name"_s, group.name.in(language)},
            {u"type"_s, m_data->entityTypes.value(group.entityType).name.nb},
            {u"areas"_s, areaArray},
        });
    }
    return result;
}

std::optional<QJsonObject> SeedCatalogue::accessPackage(const QString &urn, const QString &language) const
{
    if (!isValid())
        return std::nullopt;
    const Package *package = m_data->findPackage(urn);
    if (!package)
        return std::nullopt;
    return m_data->packageJson(*package, language);
}

std::optional<SeedCatalogue::PackageFlags> SeedCatalogue::packageFlags(const QString &urn) const
{
    if (!isValid())
        return std::nullopt;
    const Package *package = m_data->findPackage(urn);
    if (!package)
        return std::nullopt;
    return PackageFlags{package->isDelegable, package->isAssignable};
}

QJsonArray SeedCatalogue::searchAccessPackages(
    const QString &term, const QString &language, const QString &typeName) const
{
    QJsonArray result;
    if (!isValid())
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
    for (const Package &package : m_data->packages) {
        if (!typeName.isEmpty()) {
            const Text &name = m_data->entityTypeOf(package).name;
            if (typeName.compare(name.nb, Qt::CaseInsensitive) != 0
                && typeName.compare(name.en, Qt::CaseInsensitive) != 0)
                continue;
        }
        if (termWords.isEmpty()) { // an empty term lists everything, unscored (as Altinn does)
            hits.append(Hit{&package, 0.0, {}});
            continue;
        }
        const QStringList values{package.name.in(language), package.description.in(language),
            m_data->areas.at(package.area).name.in(language), package.urn};
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
            {u"object"_s, m_data->packageJson(*hit.package, language)},
            {u"score"_s, hit.score},
            {u"fields"_s, hit.fields},
        });
    }
    return result;
}

std::optional<QString> SeedCatalogue::organisationName(const QString &orgNo) const
{
    if (!isValid())
        return std::nullopt;
    const auto it = m_data->organisations.constFind(orgNo);
    if (it == m_data->organisations.cend())
        return std::nullopt;
    return it.value();
}

QJsonArray SeedCatalogue::organisations() const
{
    return isValid() ? m_data->organisationArray : QJsonArray();
}
