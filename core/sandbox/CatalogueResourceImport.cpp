#include "sandbox/CatalogueResourceImport.h"

#include "sandbox/CatalogueImportSupport.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

// Resources (ServiceResource, docs/altinn-behaviour.md#resource-registry)

namespace CatalogueImport {

namespace {

/// Identifiers as the registry's own pattern allows them for new resources (^[a-z0-9_-]{4,}$), plus upper
/// case: older resources keep ids such as nav_tiltakAvtaleOmArbeidstrening, and a mirror must take them.
const QRegularExpression IdentifierPattern(u"^[A-Za-z0-9_-]{4,200}$"_s);
/// `app_<org>_<app>`: the id of an app resource (AltinnApp, MigratedApp).
const QRegularExpression AppIdentifierPattern(u"^app_([A-Za-z0-9-]+)_(.+)$"_s);
/// `app_<org>_a1-…`/`app_<org>_a2-…`: apps migrated from Altinn 1/2, typed MigratedApp by the registry.
const QRegularExpression MigratedAppPattern(
    u"^app_[A-Za-z0-9-]+_a[12]-"_s, QRegularExpression::CaseInsensitiveOption);

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

/**
 * @p input as the registry would answer it: members in Altinn's casing, nulls left out, the defaults of
 * the registry (and of the seed, resources/sandbox/resources.json) for what is missing. Members the
 * sandbox does not read are kept as given, so a mirrored entry keeps everything the real one has.
 */
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

} // namespace

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

} // namespace CatalogueImport
