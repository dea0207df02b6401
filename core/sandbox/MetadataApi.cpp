#include "sandbox/MetadataApi.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ResourcePath = u"/resourceregistry/api/v1/resource/"_s;
const QString PackagesPath = u"/accessmanagement/api/v1/meta/info/accesspackages/"_s;

// ---------------------------------------------------------------------------------------------------------
// Access packages: language negotiation (docs/altinn-behaviour.md#access-packages, Altinn's
// TranslationMiddleware)

struct Language
{
    QString code; ///< what the catalogue takes: "nb", "nn", "en"
    QByteArray contentLanguage; ///< what the answer says: "nob", "nno", "eng"
};

const Language Bokmaal{u"nb"_s, "nob"};

std::optional<Language> supportedLanguage(const QString &tag)
{
    // Only the primary subtag counts ("en-GB" → "en"); two- and three-letter codes are both understood.
    const QString primary = tag.trimmed().toLower().section(u'-', 0, 0);
    if (primary.isEmpty())
        return Bokmaal; // Altinn maps an empty entry to the default at once
    if (primary == u"en"_s || primary == u"eng"_s)
        return Language{u"en"_s, "eng"};
    if (primary == u"nb"_s || primary == u"nob"_s || primary == u"no"_s)
        return Bokmaal;
    if (primary == u"nn"_s || primary == u"nno"_s)
        return Language{u"nn"_s, "nno"};
    return std::nullopt;
}

/// The first supported language of Accept-Language, highest q first (ties keep header order); Bokmål
/// when none is supported. Like Altinn, an unparsable q counts as 1 and q=0 is not treated specially.
Language negotiateLanguage(const QByteArray &acceptLanguage)
{
    struct Entry
    {
        QString tag;
        double quality;
    };
    QList<Entry> entries;
    const QStringList parts = QString::fromLatin1(acceptLanguage).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList segments = part.split(u';');
        Entry entry{segments.first().trimmed(), 1.0};
        if (segments.size() > 1) {
            const QString parameter = segments.at(1).trimmed();
            if (parameter.startsWith(u"q="_s, Qt::CaseInsensitive)) {
                bool ok = false;
                const double quality = parameter.mid(2).toDouble(&ok);
                if (ok)
                    entry.quality = quality;
            }
        }
        entries.append(entry);
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.quality > b.quality; });
    for (const Entry &entry : std::as_const(entries)) {
        if (const auto language = supportedLanguage(entry.tag))
            return *language;
    }
    return Bokmaal;
}

/// Every answer of the access package API carries Content-Language, whatever its status.
SandboxResponse withLanguage(SandboxResponse response, const Language &language)
{
    response.withHeader("Content-Language", language.contentLanguage);
    return response;
}

// ---------------------------------------------------------------------------------------------------------
// Resource registry (docs/altinn-behaviour.md#resource-registry)

/**
 * Serialised answers of the catalogue, made once per change of it (SeedCatalogue::revision()) instead of
 * for every request: the resource list is tens of kilobytes, and writing its JSON was nearly all the cost
 * of serving it. One per server; the server answers on one thread.
 */
class AnswerCache
{
public:
    /// The bytes for @p key, made by @p make unless they were made since the catalogue last changed.
    template <typename Make> QByteArray bytes(const SeedCatalogue &catalogue, int key, Make make)
    {
        if (m_revision != catalogue.revision()) {
            m_bytes.clear();
            m_revision = catalogue.revision();
        }
        auto it = m_bytes.constFind(key);
        if (it == m_bytes.cend())
            it = m_bytes.insert(key, make());
        return it.value();
    }

private:
    std::optional<quint64> m_revision;
    QHash<int, QByteArray> m_bytes;
};

/// Keys of AnswerCache: the resource list per flag combination, the export per language.
enum CacheKey : int {
    ResourceListWithoutApps = 0,
    ResourceListWithApps = 1,
    ResourceListWithMigratedApps = 2,
    ExportBase = 10, ///< + the index of the language in ExportLanguages
};
const QStringList ExportLanguages{u"nb"_s, u"nn"_s, u"en"_s};

SandboxResponse jsonBytes(const QByteArray &body)
{
    return SandboxResponse{200, {{"Content-Type", "application/json; charset=utf-8"}}, body};
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

/// A bool query flag as ASP.NET binds it: absent or empty → @p fallback, "true"/"false" in any case, else
/// nullopt (a model-state error).
std::optional<bool> boolFlag(const SandboxRequest &request, const QString &name, bool fallback)
{
    const QString value = request.queryValue(name).trimmed();
    if (value.isEmpty())
        return fallback;
    if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

bool anyTextContains(const QJsonValue &texts, const QString &needle)
{
    const QJsonObject object = texts.toObject();
    return std::any_of(object.constBegin(), object.constEnd(),
        [&needle](const QJsonValue &text) { return text.toString().contains(needle, Qt::CaseInsensitive); });
}

bool anyMemberContains(const QJsonValue &array, const QString &member, const QString &needle)
{
    const QJsonArray items = array.toArray();
    return std::any_of(items.cbegin(), items.cend(), [&](const QJsonValue &item) {
        return item.toObject().value(member).toString().contains(needle, Qt::CaseInsensitive);
    });
}

SandboxResponse resourceList(const SandboxRequest &request, const SandboxContext &context, AnswerCache &cache)
{
    // ResourceController.ResourceList(bool includeApps = true, bool includeMigratedApps = false). Apps come
    // from app storage, so includeApps=false drops AltinnApp and MigratedApp; migrated apps only appear
    // when both flags are true.
    const auto includeApps = boolFlag(request, u"includeApps"_s, true);
    const auto includeMigratedApps = boolFlag(request, u"includeMigratedApps"_s, false);
    QMap<QString, QStringList> errors;
    if (!includeApps)
        errors.insert(
            u"includeApps"_s, {u"The value '%1' is not valid."_s.arg(request.queryValue(u"includeApps"_s))});
    if (!includeMigratedApps)
        errors.insert(u"includeMigratedApps"_s,
            {u"The value '%1' is not valid."_s.arg(request.queryValue(u"includeMigratedApps"_s))});
    if (!errors.isEmpty())
        return context.modelStateProblem(errors);

    const bool apps = *includeApps;
    const bool migratedApps = apps && *includeMigratedApps;
    const int key = !apps ? ResourceListWithoutApps
        : migratedApps    ? ResourceListWithMigratedApps
                          : ResourceListWithApps;
    return jsonBytes(cache.bytes(context.catalogue, key, [&context, apps, migratedApps] {
        QJsonArray result;
        const QJsonArray resources = context.catalogue.resources();
        for (const QJsonValue &value : resources) {
            const QString type = value.toObject().value(u"resourceType"_s).toString();
            if (type == u"AltinnApp"_s && !apps)
                continue;
            if (type == u"MigratedApp"_s && !migratedApps)
                continue;
            result.append(value);
        }
        return compact(result);
    }));
}

SandboxResponse resourceSearch(const SandboxRequest &request, const SandboxContext &context)
{
    // ResourceController.Search([FromQuery] ResourceSearch): names bind case-insensitively and an empty
    // value binds to null (no filter). Altinn searches the registry's own list without apps
    // (GetResourceList(includeApps: false, includeMigratedApps: false)), so AltinnApp and MigratedApp
    // resources never appear here; GET {identifier} and resourcelist still have them.
    const QString id = request.queryValue(u"id"_s);
    const QString title = request.queryValue(u"title"_s);
    const QString description = request.queryValue(u"description"_s);
    const QString typeValue = request.queryValue(u"resourceType"_s);
    const QString keyword = request.queryValue(u"keyword"_s);
    const QString reference = request.queryValue(u"reference"_s);
    const QString orgCode = request.queryValue(u"orgCode"_s);
    const QString organizationId = request.queryValue(u"organizationId"_s);

    QString resourceType;
    if (!typeValue.isEmpty()) {
        // Enum binding accepts the member name in any case (numeric values are not emulated).
        const QStringList &types = SeedCatalogue::resourceTypes();
        const auto it = std::find_if(types.cbegin(), types.cend(), [&typeValue](const QString &name) {
            return name.compare(typeValue.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (it == types.cend()) {
            return context.modelStateProblem(
                {{u"ResourceType"_s, {u"The value '%1' is not valid for ResourceType."_s.arg(typeValue)}}});
        }
        resourceType = *it;
    }

    QJsonArray result;
    const QJsonArray resources = context.catalogue.resources();
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        const QString type = resource.value(u"resourceType"_s).toString();
        if (type == u"AltinnApp"_s || type == u"MigratedApp"_s)
            continue;
        const QJsonObject owner = resource.value(u"hasCompetentAuthority"_s).toObject();
        if (!id.isEmpty() && !resource.value(u"identifier"_s).toString().contains(id, Qt::CaseInsensitive))
            continue;
        if (!title.isEmpty() && !anyTextContains(resource.value(u"title"_s), title))
            continue;
        if (!description.isEmpty() && !anyTextContains(resource.value(u"description"_s), description))
            continue;
        if (!resourceType.isEmpty() && type != resourceType)
            continue;
        // A resource without keywords never matches a keyword filter
        // (ServiceResourceHelper.MatchingKeywords).
        if (!keyword.isEmpty() && !anyMemberContains(resource.value(u"keywords"_s), u"word"_s, keyword))
            continue;
        if (!reference.isEmpty()
            && !anyMemberContains(resource.value(u"resourceReferences"_s), u"reference"_s, reference))
            continue;
        if (!orgCode.isEmpty()
            && owner.value(u"orgcode"_s).toString().compare(orgCode, Qt::CaseInsensitive) != 0)
            continue;
        if (!organizationId.isEmpty()
            && owner.value(u"organization"_s).toString() != organizationId.trimmed())
            continue;
        result.append(resource);
    }
    // A List<ServiceResource> action: an empty result is 200 with [], not 204.
    return SandboxResponse::json(200, result);
}

} // namespace

void MetadataApi::registerRoutes(Router &router, SandboxContext &context)
{
    // docs/altinn-behaviour.md#metadata-apis: every route here is anonymous; a bearer token, if sent, is
    // ignored.

    // Shared by the routes below (a copy of the handler shares it too).
    const auto cache = std::make_shared<AnswerCache>();

    // Literal routes beat `{identifier}` (Router), so "resourcelist" and "search"/"Search" are never ids.
    router.add("GET", ResourcePath + u"resourcelist"_s,
        [&context, cache](const SandboxRequest &request) { return resourceList(request, context, *cache); });
    router.add("GET", ResourcePath + u"Search"_s,
        [&context](const SandboxRequest &request) { return resourceSearch(request, context); });
    router.add("GET", ResourcePath + u"{identifier}"_s, [&context](const SandboxRequest &request) {
        // Identifiers are looked up case-insensitively; an unknown one is a bare NotFound() (ASP.NET
        // problem).
        const auto resource = context.catalogue.resource(request.parameter(u"identifier"_s));
        if (!resource)
            return context.aspNetProblem(404);
        return SandboxResponse::json(200, *resource);
    });

    router.add("GET", PackagesPath + u"export"_s, [&context, cache](const SandboxRequest &request) {
        const Language language = negotiateLanguage(request.header("Accept-Language"));
        const int key = ExportBase + int(ExportLanguages.indexOf(language.code));
        const QByteArray tree = cache->bytes(context.catalogue, key, [&context, &language] {
            const QJsonArray groups = context.catalogue.accessPackageExport(language.code);
            return groups.isEmpty() ? QByteArray() : compact(groups);
        });
        if (tree.isEmpty())
            return withLanguage(SandboxResponse::empty(204), language);
        return withLanguage(jsonBytes(tree), language);
    });
    router.add("GET", PackagesPath + u"search"_s, [&context](const SandboxRequest &request) {
        // `term` and the optional `typeName` filter; searchInResources, simpleSearch, strict and
        // resourceProviderCode are accepted and ignored (the seed links no resources to packages).
        const Language language = negotiateLanguage(request.header("Accept-Language"));
        const QJsonArray hits = context.catalogue.searchAccessPackages(
            request.queryValue(u"term"_s), language.code, request.queryValue(u"typeName"_s));
        if (hits.isEmpty())
            return withLanguage(SandboxResponse::empty(204), language);
        return withLanguage(SandboxResponse::json(200, hits), language);
    });
    router.add("GET", PackagesPath + u"package/urn/{urnValue}"_s, [&context](const SandboxRequest &request) {
        // The system register's lookup (docs/altinn-behaviour.md#create-a-system): 404 means unknown. The
        // value may be the full URN or the code.
        const Language language = negotiateLanguage(request.header("Accept-Language"));
        const auto package = context.catalogue.accessPackage(request.parameter(u"urnValue"_s), language.code);
        if (!package)
            return withLanguage(context.aspNetProblem(404), language);
        return withLanguage(SandboxResponse::json(200, *package), language);
    });
}
