#include "sandbox/AuthorizedPartiesApi.h"

#include "model/AltinnUrns.h"
#include "sandbox/AppApi.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Path = u"/accessmanagement/api/v1/enduser/authorizedparties"_s;
/// The scopes of Altinn's EnduserAuthorizedParty policy: either one will do.
const QStringList AcceptedScopes{u"altinn:accessmanagement/authorizedparties"_s, u"altinn:portal/enduser"_s};
/// The namespace the simulated app (AppApi) makes its party UUIDs in, so both name a party alike.
const QUuid PartyUuidNamespace(u"6f1b7a52-5a7e-4f0a-9d0c-2b8f3c1e4d60"_s);

/// The query, bound like ASP.NET binds the action's parameters.
struct Query
{
    bool includeRoles = false;
    bool includeAccessPackages = false;
    bool includeResources = false;
    bool includeInstances = false;
    QStringList partyFilter; ///< lower-case GUIDs; empty = no filter
    QStringList anyOfResourceIds; ///< empty = no filter
};

/// Every value of the query parameter @p name (names compared case-insensitively, like ASP.NET).
QStringList queryValues(const SandboxRequest &request, const QString &name)
{
    QStringList values;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(item.second);
    }
    return values;
}

/// Binds the query; the model-state errors of every value that does not convert, like [ApiController].
std::variant<Query, SandboxResponse> bindQuery(const SandboxRequest &request, const SandboxContext &context)
{
    Query query;
    QMap<QString, QStringList> errors;
    const auto invalid = [&errors](const QString &key, const QString &value) {
        errors[key].append(u"The value '%1' is not valid."_s.arg(value));
    };
    // bool: "true"/"false" in any case; an empty value keeps the default, as the token exchange binds it.
    const auto bindBool = [&](const QString &name, bool &target) {
        if (!request.hasQueryValue(name))
            return;
        const QString value = request.queryValue(name).trimmed();
        if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            target = true;
        else if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            target = false;
        else if (!value.isEmpty())
            invalid(name, request.queryValue(name));
    };
    bindBool(u"includeRoles"_s, query.includeRoles);
    bindBool(u"includeAccessPackages"_s, query.includeAccessPackages);
    bindBool(u"includeResources"_s, query.includeResources);
    bindBool(u"includeInstances"_s, query.includeInstances);
    // AuthorizedPartiesIncludeFilter: a name (False, True, Auto; any case) or a defined number. The sandbox
    // has no key roles, subunits or inactive parties, so the value changes nothing once it binds.
    for (const QString &name :
        {u"includePartiesViaKeyRoles"_s, u"includeSubParties"_s, u"includeInactiveParties"_s}) {
        if (!request.hasQueryValue(name))
            continue;
        const QString value = request.queryValue(name).trimmed();
        static const QStringList Names{u"false"_s, u"true"_s, u"auto"_s, u"0"_s, u"1"_s, u"2"_s};
        if (!value.isEmpty() && !Names.contains(value.toLower()))
            invalid(name, request.queryValue(name));
    }
    for (const QString &value : queryValues(request, u"partyFilter"_s)) {
        if (value.isEmpty())
            continue;
        if (const auto guid = SandboxBinding::parseGuid(value))
            query.partyFilter.append(*guid);
        else
            invalid(u"partyFilter"_s, value);
    }
    for (const QString &value : queryValues(request, u"anyOfResourceIds"_s)) {
        if (!value.isEmpty())
            query.anyOfResourceIds.append(value);
    }
    if (!errors.isEmpty())
        return context.modelStateProblem(errors);
    return query;
}

/// The system user id of a token's `authorization_details` (the first systemuser_id of the first entry of
/// type urn:altinn:systemuser, as Altinn reads it); empty when the token speaks for none.
QString systemUserIdOf(const QJsonObject &claims)
{
    const QJsonValue details = claims.value(u"authorization_details"_s);
    const QJsonObject entry = details.isArray() ? details.toArray().first().toObject() : details.toObject();
    if (entry.value(u"type"_s).toString() != Altinn::Urns::SystemUserType)
        return {};
    return entry.value(u"systemuser_id"_s).toArray().first().toString().toLower();
}

QStringList sortedUnique(QStringList values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

/// The AuthorizedPartyDto of the system user's owner, with what the customer delegated to it.
QJsonObject ownerParty(const SandboxContext &context, const SandboxSystemUserRecord &user, const Query &query,
    const QStringList &resources)
{
    QStringList packages;
    for (const Altinn::AccessPackageRef &package : user.accessPackages) {
        // Altinn lists a package by its code, not its URN (docs/altinn-behaviour.md#authorized-parties).
        packages.append(package.urn.startsWith(Altinn::Urns::AccessPackagePrefix, Qt::CaseInsensitive)
                ? package.urn.mid(Altinn::Urns::AccessPackagePrefix.size())
                : package.urn);
    }
    const QString name = context.organisationName(user.partyOrgNo).value_or(QString());
    return QJsonObject{
        {u"partyUuid"_s, AuthorizedPartiesApi::partyUuidOf(user.partyOrgNo)},
        {u"name"_s, name},
        {u"organizationNumber"_s, user.partyOrgNo},
        {u"parentId"_s, QJsonValue::Null},
        {u"personId"_s, QJsonValue::Null},
        {u"dateOfBirth"_s, QJsonValue::Null},
        {u"partyId"_s, AppApi::partyIdOf(user.partyOrgNo).value_or(0)},
        {u"emailId"_s, QJsonValue::Null},
        {u"type"_s, u"Organization"_s},
        {u"unitType"_s, stringOrNull(AuthorizedPartiesApi::unitTypeOf(name))},
        {u"isDeleted"_s, false},
        {u"onlyHierarchyElementWithNoAccess"_s, false},
        {u"authorizedAccessPackages"_s,
            QJsonArray::fromStringList(query.includeAccessPackages ? sortedUnique(packages) : QStringList())},
        {u"authorizedResources"_s,
            QJsonArray::fromStringList(query.includeResources ? resources : QStringList())},
        // A system user holds no roles of the register and no single instances.
        {u"authorizedRoles"_s, QJsonArray()},
        {u"authorizedInstances"_s, QJsonArray()},
        {u"subunits"_s, QJsonArray()},
    };
}

/// PaginatedResult: the whole list on one page.
SandboxResponse page(const QJsonArray &data)
{
    return SandboxResponse::json(
        200, QJsonObject{{u"links"_s, QJsonObject{{u"next"_s, QJsonValue::Null}}}, {u"data"_s, data}});
}

SandboxResponse authorizedParties(const SandboxRequest &request, const SandboxContext &context)
{
    // Authentication: only Altinn's own tokens count. Every sandbox token carries the sandbox's signature,
    // so an exchanged one is told by the claim only the exchange adds.
    auto authorization = SandboxAuth::authorize(request, context, {});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);
    if (!caller.claims.contains(u"urn:altinn:authenticatemethod"_s))
        return SandboxResponse::empty(401);
    // Authorization: the policy's scopes.
    if (std::none_of(AcceptedScopes.cbegin(), AcceptedScopes.cend(),
            [&caller](const QString &scope) { return caller.hasScope(scope); }))
        return SandboxResponse::empty(403);
    // Model binding.
    auto bound = bindQuery(request, context);
    if (const auto *invalid = std::get_if<SandboxResponse>(&bound))
        return *invalid;
    const Query &query = std::get<Query>(bound);

    // Who is calling: a person (whose parties the sandbox does not know), then a system user.
    if (caller.claims.contains(u"urn:altinn:userid"_s))
        return page({});
    const QString systemUserId = systemUserIdOf(caller.claims);
    if (systemUserId.isEmpty())
        return SandboxResponse::json(401, QJsonValue(u"Unknown user type"_s));

    // A deleted system user has no delegations left, and an agent system user acts for clients through
    // client delegations, which the sandbox does not simulate: both hold nothing.
    const SandboxSystemUserRecord *user = SandboxLookups::liveSystemUserById(context.state, systemUserId);
    if (!user || user->kind != Altinn::RequestKind::Standard)
        return page({});
    QStringList resources;
    for (const Altinn::Right &right : user->rights) {
        if (const QString id = right.resourceId(); !id.isEmpty())
            resources.append(id);
    }
    resources = sortedUnique(resources);

    if (!query.partyFilter.isEmpty()
        && !query.partyFilter.contains(AuthorizedPartiesApi::partyUuidOf(user->partyOrgNo)))
        return page({});
    if (!query.anyOfResourceIds.isEmpty()
        && std::none_of(query.anyOfResourceIds.cbegin(), query.anyOfResourceIds.cend(),
            [&resources](const QString &id) { return resources.contains(id, Qt::CaseInsensitive); }))
        return page({});
    return page({ownerParty(context, *user, query, resources)});
}

} // namespace

QString AuthorizedPartiesApi::partyUuidOf(const QString &orgNo)
{
    return QUuid::createUuidV5(PartyUuidNamespace, orgNo).toString(QUuid::WithoutBraces);
}

QString AuthorizedPartiesApi::unitTypeOf(const QString &name)
{
    // The organisation forms a register name may end with (Enhetsregisteret's codes).
    static const QStringList Forms{u"AS"_s, u"ASA"_s, u"ANS"_s, u"DA"_s, u"ENK"_s, u"SA"_s, u"SE"_s, u"KS"_s,
        u"NUF"_s, u"STI"_s, u"BA"_s, u"BBL"_s, u"IKS"_s};
    const QString last = name.section(u' ', -1, -1, QString::SectionSkipEmpty);
    return Forms.contains(last) ? last : QString();
}

void AuthorizedPartiesApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", Path,
        [&context](const SandboxRequest &request) { return authorizedParties(request, context); });
}
