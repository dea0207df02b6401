#include "sandbox/CatalogueControlApi.h"

#include "model/AltinnUrns.h"
#include "model/JsonObjectReader.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "validation/OrgNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// Limits of what a write may hold, beyond the body's own 1 MiB (docs/sandbox.md#limits).
constexpr qsizetype MaxTextLength = 1000;
constexpr qsizetype MaxNameLength = 200;

/// Identifiers as the registry's own pattern allows them for new resources (^[a-z0-9_-]{4,}$), plus upper
/// case: older resources keep ids such as nav_tiltakAvtaleOmArbeidstrening, and a mirror must take them.
const QRegularExpression IdentifierPattern(u"^[A-Za-z0-9_-]{4,200}$"_s);
/// `app_<org>_<app>`: the id of an app resource (AltinnApp, MigratedApp).
const QRegularExpression AppIdentifierPattern(u"^app_([A-Za-z0-9-]+)_(.+)$"_s);
/// `app_<org>_a1-…`/`app_<org>_a2-…`: apps migrated from Altinn 1/2, typed MigratedApp by the registry.
const QRegularExpression MigratedAppPattern(
    u"^app_[A-Za-z0-9-]+_a[12]-"_s, QRegularExpression::CaseInsensitiveOption);
const QRegularExpression PackageCodePattern(u"^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)*$"_s);
const QRegularExpression AreaUrnPattern(u"^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$"_s);
/// Names for the ids of entries an import gives none: the same entry gets the same id in every run.
const QUuid GeneratedIdNamespace(u"4b2a7c1e-93d5-4f0a-8e6b-5c3d2f1a9e70"_s);

SandboxResponse error(const QString &message)
{
    return SandboxResponse::json(400, QJsonObject{{u"error"_s, message}});
}

QJsonObject counts(int added, int replaced)
{
    return {{u"added"_s, added}, {u"replaced"_s, replaced}};
}

/// What @p value is, for "(got …)".
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String: {
        const QString text = value.toString();
        return u"\"%1\""_s.arg(text.size() > 60 ? QString(text.left(60) + u'…') : text);
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

/// The body as a list of objects: an object is a list of one, an array must hold objects only.
struct Items
{
    QList<QJsonObject> objects;
    bool wasArray = false;

    /// "[2]." for arrays, "" for a single object: the start of a member's path in messages.
    QString at(qsizetype index) const { return wasArray ? u"[%1]."_s.arg(index) : QString(); }
};

std::optional<Items> itemsOf(const QByteArray &body, const QString &example, QString *problem)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = u"the body is not JSON (%1 at byte %2); send %3"_s.arg(
            parseError.errorString(), QString::number(parseError.offset), example);
        return std::nullopt;
    }
    Items items;
    if (document.isObject()) {
        items.objects.append(document.object());
        return items;
    }
    items.wasArray = true;
    const QJsonArray array = document.array();
    if (array.isEmpty()) {
        *problem = u"the body holds nothing to add; send %1"_s.arg(example);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *problem = u"[%1]: expected an object (got %2); send %3"_s.arg(
                QString::number(i), describe(array.at(i)), example);
            return std::nullopt;
        }
        items.objects.append(array.at(i).toObject());
    }
    return items;
}

/**
 * Reads one object member by member, keeping the first problem with its path ("[2].title.nb: …").
 * Member names are matched ignoring case, as the services bind JSON; absent and null are the same.
 */
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString &problem)
        : m_reader(object)
        , m_path(std::move(path))
        , m_problem(problem)
    { }

    bool ok() const { return m_problem.isEmpty(); }
    QString path(QStringView member) const { return m_path + member.toString(); }
    QJsonValue value(QStringView member) const { return m_reader.value(member); }
    bool has(QStringView member) const { return m_reader.has(member); }

    void fail(QStringView member, const QString &message)
    {
        if (m_problem.isEmpty())
            m_problem = path(member) + u": "_s + message;
    }
    void expected(QStringView member, const QString &what)
    {
        fail(member, u"expected %1 (got %2)"_s.arg(what, describe(value(member))));
    }

    /// A string member; nullopt when absent (or after a problem).
    std::optional<QString> string(QStringView member, qsizetype maxLength = MaxTextLength)
    {
        if (!has(member))
            return std::nullopt;
        const QJsonValue found = value(member);
        if (!found.isString()) {
            expected(member, u"a string"_s);
            return std::nullopt;
        }
        if (found.toString().size() > maxLength) {
            fail(member, u"at most %1 characters, please"_s.arg(maxLength));
            return std::nullopt;
        }
        return found.toString();
    }
    std::optional<bool> boolean(QStringView member)
    {
        if (!has(member))
            return std::nullopt;
        if (!value(member).isBool()) {
            expected(member, u"true or false"_s);
            return std::nullopt;
        }
        return value(member).toBool();
    }
    /// An object of texts per language ({"nb": "…", "en": "…"}), each a string; nullopt when absent.
    std::optional<QJsonObject> texts(QStringView member)
    {
        if (!has(member))
            return std::nullopt;
        if (!value(member).isObject()) {
            expected(member, u"texts per language, e.g. {\"nb\": \"…\", \"nn\": \"…\", \"en\": \"…\"}"_s);
            return std::nullopt;
        }
        QJsonObject result;
        const QJsonObject object = value(member).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isNull())
                continue;
            if (!it.value().isString() || it.value().toString().size() > MaxTextLength) {
                fail(member,
                    u"%1: expected a string of at most %2 characters (got %3)"_s.arg(
                        it.key(), QString::number(MaxTextLength), describe(it.value())));
                return std::nullopt;
            }
            result.insert(it.key(), it.value());
        }
        return result;
    }
    /// An array member whose elements are all objects (@p what); nullopt when absent.
    std::optional<QJsonArray> objects(QStringView member, const QString &what)
    {
        if (!has(member))
            return std::nullopt;
        const QJsonValue found = value(member);
        const QJsonArray array = found.toArray();
        if (!found.isArray() || std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &item) {
                return !item.isObject();
            })) {
            expected(member, u"an array of %1"_s.arg(what));
            return std::nullopt;
        }
        return array;
    }
    std::optional<QJsonArray> strings(QStringView member)
    {
        if (!has(member))
            return std::nullopt;
        const QJsonValue found = value(member);
        const QJsonArray array = found.toArray();
        if (!found.isArray() || std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &item) {
                return !item.isString();
            })) {
            expected(member, u"an array of strings"_s);
            return std::nullopt;
        }
        return array;
    }

private:
    Altinn::JsonObjectReader m_reader;
    QString m_path;
    QString &m_problem;
};

// -----------------------------------------------------------------------------------------------------
// Resources (ServiceResource, docs/altinn-behaviour.md#resource-registry)

/// Members the resource check reads, in Altinn's casing: a body may spell them in any case.
const QStringList ResourceMembers{u"identifier"_s, u"title"_s, u"description"_s, u"rightDescription"_s,
    u"homepage"_s, u"status"_s, u"delegable"_s, u"visible"_s, u"hasCompetentAuthority"_s, u"keywords"_s,
    u"accessListMode"_s, u"selfIdentifiedUserEnabled"_s, u"enterpriseUserEnabled"_s, u"resourceType"_s,
    u"availableForType"_s, u"authorizationReference"_s, u"resourceReferences"_s, u"isOneTimeConsent"_s};

QString typeForIdentifier(const QString &identifier)
{
    if (MigratedAppPattern.match(identifier).hasMatch())
        return u"MigratedApp"_s;
    if (AppIdentifierPattern.match(identifier).hasMatch())
        return u"AltinnApp"_s;
    return u"Default"_s;
}

/**
 * @p input as the registry would answer it: members in Altinn's casing, nulls left out, the defaults of
 * the registry (and of the seed, resources/sandbox/resources.json) for what is missing. Members the
 * sandbox does not read are kept as given, so a mirrored entry keeps everything the real one has.
 */
/// The owners of the catalogue's resources by owner code, looked up once per code and body.
class Owners
{
public:
    explicit Owners(const SeedCatalogue &catalogue)
        : m_catalogue(catalogue)
    { }
    std::optional<QJsonObject> of(const QString &orgCode)
    {
        const QString key = orgCode.toLower();
        auto it = m_known.constFind(key);
        if (it == m_known.cend())
            it = m_known.insert(key, m_catalogue.owner(key));
        return it.value();
    }

private:
    const SeedCatalogue &m_catalogue;
    QHash<QString, std::optional<QJsonObject>> m_known;
};

std::optional<QJsonObject> normalisedResource(
    const QJsonObject &input, const QString &at, Owners &owners, QString &problem)
{
    QJsonObject resource;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        const auto known = std::find_if(ResourceMembers.cbegin(), ResourceMembers.cend(),
            [&it](const QString &name) { return name.compare(it.key(), Qt::CaseInsensitive) == 0; });
        const QString name = known == ResourceMembers.cend() ? it.key() : *known;
        if (resource.contains(name)) {
            problem = at + name + u": given twice (names ignore case)"_s;
            return std::nullopt;
        }
        resource.insert(name, it.value());
    }
    Reader reader(resource, at, problem);

    const QString identifier = reader.string(u"identifier").value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    if (!IdentifierPattern.match(identifier).hasMatch()) {
        reader.fail(u"identifier",
            identifier.isEmpty()
                ? u"every resource needs one, e.g. \"app_brg_aarsregnskap-vanlig-202406\""_s
                : u"expected 4 to 200 letters, digits, '_' or '-' (got %1)"_s.arg(describe(identifier)));
        return std::nullopt;
    }
    if (identifier.compare(u"resourcelist"_s, Qt::CaseInsensitive) == 0
        || identifier.compare(u"search"_s, Qt::CaseInsensitive) == 0) {
        reader.fail(
            u"identifier", u"\"%1\" is a path of the registry's API, not a resource id"_s.arg(identifier));
        return std::nullopt;
    }

    // resourceType: the enum's name in any case; missing, what the registry gives such an id.
    QString type = typeForIdentifier(identifier);
    if (const auto given = reader.string(u"resourceType")) {
        const QStringList &types = SeedCatalogue::resourceTypes();
        const auto it = std::find_if(types.cbegin(), types.cend(),
            [&given](const QString &name) { return name.compare(*given, Qt::CaseInsensitive) == 0; });
        if (it == types.cend()) {
            reader.expected(u"resourceType", u"one of "_s + types.join(u", "_s));
            return std::nullopt;
        }
        type = *it;
    }
    const bool isAppId = AppIdentifierPattern.match(identifier).hasMatch();
    if (isAppId && type != u"AltinnApp"_s && type != u"MigratedApp"_s) {
        reader.fail(u"resourceType",
            u"ids starting with \"app_\" are AltinnApp (or MigratedApp) resources, not %1; use another id "
            u"or the type AltinnApp"_s.arg(type));
        return std::nullopt;
    }
    if (!isAppId && (type == u"AltinnApp"_s || type == u"MigratedApp"_s)) {
        reader.fail(u"identifier",
            u"an %1 resource has an id of the form app_<owner code>_<app name> (got \"%2\")"_s.arg(
                type, identifier));
        return std::nullopt;
    }
    if (MigratedAppPattern.match(identifier).hasMatch())
        type = u"MigratedApp"_s; // the registry types app_<org>_a1-/a2- ids so, whatever was sent
    resource.insert(u"resourceType"_s, type);

    const auto title = reader.texts(u"title");
    const auto description = reader.texts(u"description");
    reader.texts(u"rightDescription");
    for (const QString &member : {u"status"_s, u"homepage"_s, u"accessListMode"_s})
        reader.string(member);
    for (const QString &member : {u"delegable"_s, u"visible"_s, u"selfIdentifiedUserEnabled"_s,
             u"enterpriseUserEnabled"_s, u"isOneTimeConsent"_s})
        reader.boolean(member);
    reader.objects(u"keywords", u"keywords {\"word\": …, \"language\": …}"_s);
    reader.objects(u"authorizationReference", u"attribute pairs {\"id\": …, \"value\": …}"_s);
    reader.objects(
        u"resourceReferences", u"references {\"referenceSource\", \"reference\", \"referenceType\"}"_s);
    reader.strings(u"availableForType");
    if (!reader.ok())
        return std::nullopt;

    const QJsonObject ownTitle = title && !title->isEmpty()
        ? *title
        : QJsonObject{{u"nb"_s, identifier}, {u"nn"_s, identifier}, {u"en"_s, identifier}};
    resource.insert(u"title"_s, ownTitle);
    if (!description || description->isEmpty())
        resource.insert(u"description"_s, ownTitle);
    const QList<std::pair<QString, QJsonValue>> defaults{{u"status"_s, u"Completed"_s},
        {u"delegable"_s, true}, {u"visible"_s, true}, {u"accessListMode"_s, u"Disabled"_s},
        {u"selfIdentifiedUserEnabled"_s, false}, {u"enterpriseUserEnabled"_s, false},
        {u"availableForType"_s, QJsonArray{u"Company"_s}},
        {u"authorizationReference"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, identifier}}}},
        {u"isOneTimeConsent"_s, false}};
    for (const auto &[member, fallback] : defaults) {
        if (!resource.contains(member))
            resource.insert(member, fallback);
    }
    const auto app = AppIdentifierPattern.match(identifier);
    if (app.hasMatch() && !resource.contains(u"resourceReferences"_s)) {
        resource.insert(u"resourceReferences"_s,
            QJsonArray{QJsonObject{{u"referenceSource"_s, u"Altinn3"_s},
                {u"reference"_s, QString(app.captured(1) + u'/' + app.captured(2))},
                {u"referenceType"_s, u"ApplicationId"_s}}});
    }

    // The owner: as given, completed from the catalogue's other resources of the same owner code; an app's
    // owner code is in its id.
    if (resource.contains(u"hasCompetentAuthority"_s)
        && !resource.value(u"hasCompetentAuthority"_s).isObject()) {
        reader.expected(u"hasCompetentAuthority", u"{\"orgcode\": …, \"organization\": …, \"name\": {…}}"_s);
        return std::nullopt;
    }
    QJsonObject authority = resource.value(u"hasCompetentAuthority"_s).toObject();
    Reader owner(authority, at + u"hasCompetentAuthority."_s, problem);
    QString orgCode = owner.string(u"orgcode", MaxNameLength).value_or(QString());
    const QString organization = owner.string(u"organization", MaxNameLength).value_or(QString());
    const auto ownerName = owner.texts(u"name");
    if (!owner.ok())
        return std::nullopt;
    // Nine digits, not MOD11: test owners such as ACN's 999999990 fail it, and a mirror must keep them.
    static const QRegularExpression nineDigits(u"^[0-9]{9}$"_s);
    if (!organization.isEmpty() && !nineDigits.match(organization).hasMatch()) {
        owner.fail(u"organization",
            u"expected the owner's organisation number, nine digits (got \"%1\")"_s.arg(organization));
        return std::nullopt;
    }
    if (orgCode.isEmpty() && app.hasMatch())
        orgCode = app.captured(1).toLower();
    if (!orgCode.isEmpty()) {
        const auto known = owners.of(orgCode);
        QJsonObject completed{{u"orgcode"_s, orgCode}};
        if (!organization.isEmpty())
            completed.insert(u"organization"_s, organization);
        else if (known)
            completed.insert(u"organization"_s, known->value(u"organization"_s));
        if (ownerName && !ownerName->isEmpty())
            completed.insert(u"name"_s, *ownerName);
        else if (known)
            completed.insert(u"name"_s, known->value(u"name"_s));
        for (auto it = authority.constBegin(); it != authority.constEnd(); ++it) {
            if (!it.value().isNull() && !completed.contains(it.key())
                && it.key().compare(u"orgcode"_s, Qt::CaseInsensitive) != 0
                && it.key().compare(u"organization"_s, Qt::CaseInsensitive) != 0
                && it.key().compare(u"name"_s, Qt::CaseInsensitive) != 0)
                completed.insert(it.key(), it.value());
        }
        resource.insert(u"hasCompetentAuthority"_s, completed);
    }
    return resource;
}

SandboxResponse addResources(const SandboxRequest &request, SandboxContext &context)
{
    QString problem;
    const auto items = itemsOf(request.body,
        u"one ServiceResource object, e.g. {\"identifier\": \"app_brg_aarsregnskap-vanlig-202406\", "
        u"\"title\": {\"nb\": \"…\", \"nn\": \"…\", \"en\": \"…\"}}, or an array of them as resourcelist "
        u"answers"_s,
        &problem);
    if (!items)
        return error(problem);

    QList<QJsonObject> resources;
    QHash<QString, qsizetype> seen; ///< lower-cased identifier → index in the body
    Owners owners(context.catalogue);
    for (qsizetype i = 0; i < items->objects.size(); ++i) {
        const auto resource = normalisedResource(items->objects.at(i), items->at(i), owners, problem);
        if (!resource)
            return error(problem);
        const QString identifier = resource->value(u"identifier"_s).toString();
        if (const auto first = seen.constFind(identifier.toLower()); first != seen.cend()) {
            return error(
                u"%1identifier: \"%2\" is in the body twice (also at [%3]); send each resource once"_s.arg(
                    items->at(i), identifier, QString::number(first.value())));
        }
        seen.insert(identifier.toLower(), i);
        resources.append(*resource);
    }

    // Checked whole; now stored. An id the catalogue has (seed or added) is replaced: importing TT02's
    // list, which holds most seed entries too, mirrors it rather than failing.
    int added = 0;
    int replaced = 0;
    for (const QJsonObject &resource : std::as_const(resources)) // all counted before the first change
        ++(context.catalogue.resource(resource.value(u"identifier"_s).toString()) ? replaced : added);
    for (const QJsonObject &resource : std::as_const(resources))
        context.state.catalogueAdditions.putResource(resource);
    context.stateChanged();
    return SandboxResponse::json(added > 0 ? 201 : 200, counts(added, replaced));
}

// -----------------------------------------------------------------------------------------------------
// Access packages (the `accesspackages/export` tree, docs/altinn-behaviour.md#access-packages)

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

// -----------------------------------------------------------------------------------------------------
// Organisations (the register, docs/sandbox.md#synthetic-organisations)

/// The numbers the synthetic organisations may take (350000000 up to the last of the largest count):
/// added ones stay out, so the register's order and its paging stay simple.
bool isSyntheticBlock(const QString &orgNo)
{
    static const QString last = [] {
        const SyntheticOrganisations all(SyntheticOrganisations::MaxCount);
        return all.orgNo(all.count() - 1);
    }();
    return orgNo >= u"350000000"_s && orgNo <= last;
}

SandboxResponse addOrganisations(const SandboxRequest &request, SandboxContext &context)
{
    QString problem;
    const auto items = itemsOf(request.body,
        u"{\"orgNo\": \"310904473\", \"name\": \"TILFELDIG SUBTIL APE\"} or an array of them"_s, &problem);
    if (!items)
        return error(problem);
    QList<std::pair<QString, QString>> organisations;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items->objects.size(); ++i) {
        Reader reader(items->objects.at(i), items->at(i), problem);
        const auto orgNo = reader.string(u"orgNo", MaxNameLength);
        const QString name = reader.string(u"name", MaxNameLength).value_or(QString()).trimmed();
        if (!reader.ok())
            return error(problem);
        const QString number = Validation::OrgNumber::normalized(orgNo.value_or(QString()));
        if (!Validation::OrgNumber::isValid(number)) {
            reader.fail(u"orgNo",
                orgNo ? u"expected nine digits with a valid MOD11 check digit (got \"%1\")"_s.arg(*orgNo)
                      : u"every organisation needs its organisation number"_s);
            return error(problem);
        }
        if (isSyntheticBlock(number)) {
            reader.fail(u"orgNo",
                u"%1 is in the block of the synthetic organisations (from 350000000); choose a number "
                u"outside "
                u"it, or turn on syntheticOrganisations"_s.arg(number));
            return error(problem);
        }
        if (name.isEmpty()) {
            reader.fail(u"name", u"every organisation needs a name, e.g. \"SINDIG ORIENTAL TIGER AS\""_s);
            return error(problem);
        }
        if (const auto first = seen.constFind(number); first != seen.cend()) {
            reader.fail(u"orgNo",
                u"%1 is in the body twice (also at [%2])"_s.arg(number, QString::number(first.value())));
            return error(problem);
        }
        seen.insert(number, i);
        organisations.append({number, name});
    }
    int added = 0;
    int replaced = 0;
    for (const auto &organisation : std::as_const(organisations)) // all counted before the first change
        ++(context.catalogue.organisationName(organisation.first) ? replaced : added);
    for (const auto &[number, name] : std::as_const(organisations))
        context.state.catalogueAdditions.putOrganisation(number, name);
    context.stateChanged();
    return SandboxResponse::json(added > 0 ? 201 : 200, counts(added, replaced));
}

SandboxResponse clearCatalogue(SandboxContext &context)
{
    CatalogueAdditions &additions = context.state.catalogueAdditions;
    const QJsonObject removed{{u"resources"_s, additions.resources().size()},
        {u"areaGroups"_s, additions.areaGroups().size()}, {u"areas"_s, additions.areas().size()},
        {u"packages"_s, additions.packages().size()}, {u"organisations"_s, additions.organisations().size()}};
    additions.clear();
    context.stateChanged();
    return SandboxResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}, {u"removed"_s, removed}});
}

} // namespace

void CatalogueControlApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/sandbox/catalogue"_s, [&context](const SandboxRequest &) {
        return SandboxResponse::json(200, context.state.catalogueAdditions.toJson());
    });
    router.add("DELETE", u"/sandbox/catalogue"_s,
        [&context](const SandboxRequest &) { return clearCatalogue(context); });
    router.add("POST", u"/sandbox/catalogue/resources"_s,
        [&context](const SandboxRequest &request) { return addResources(request, context); });
    router.add("POST", u"/sandbox/catalogue/accesspackages"_s,
        [&context](const SandboxRequest &request) { return addAccessPackages(request, context); });
    router.add("POST", u"/sandbox/catalogue/organisations"_s,
        [&context](const SandboxRequest &request) { return addOrganisations(request, context); });
}
