#include "sandbox/SystemRegisterApi.h"

#include "model/ChangeLogEntry.h"
#include "model/SystemListItem.h"
#include "model/UpdateResult.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SystemRegisterBinding.h"
#include "sandbox/SystemRegisterRules.h"
#include "validation/ValidationCodes.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Altinn::FieldError;

namespace {

const QString VendorPath = u"/authentication/api/v1/systemregister/vendor"_s;
const QString SystemPath = VendorPath + u"/{systemId}"_s;

// .NET exception messages the create action's catch block answers as 500 text.
const QString NullReferenceMessage = u"Object reference not set to an instance of an object."_s;
const QString IndexOutOfRangeMessage = u"Index was outside the bounds of the array."_s;

const QString DeletedSystemText = u"Cannot update a system marked as deleted."_s;

QStringList registerScopes()
{
    // ScopeSystemRegisterWrite policy: RequireScopeAnyOf(admin, write).
    return {SandboxScopes::SystemRegisterWrite, SandboxScopes::SystemRegisterAdmin};
}

QString notFoundText(const QString &systemId)
{
    return u"System with ID '"_s + systemId + u"' not found."_s;
}

SandboxResponse succeeded()
{
    return SandboxResponse::json(200, Altinn::UpdateResult{true}.toJson());
}

/// AuthenticationHelper.HasWriteAccess: the admin scope, or the token's consumer org owns the system.
bool hasWriteAccess(const SandboxCaller &caller, const QString &ownerOrgNumber)
{
    if (caller.hasScope(SandboxScopes::SystemRegisterAdmin))
        return true;
    return caller.hasConsumer() && caller.orgNo.compare(ownerOrgNumber, Qt::CaseInsensitive) == 0;
}

/// The stored system as GET vendor/{id} answers it: vendor "0192:<orgno>", isDeleted written.
Altinn::SystemDefinition responseDefinition(const SandboxSystem &system)
{
    Altinn::SystemDefinition definition = system.definition;
    definition.isDeleted = system.isDeleted;
    return definition;
}

QStringList storedRedirectUrls(const QStringList &urls)
{
    QStringList stored;
    stored.reserve(urls.size());
    for (const QString &url : urls)
        stored.append(SystemRegisterRules::storedRedirectUrl(url));
    return stored;
}

void logChange(SandboxContext &context, const SandboxCaller &caller, const QString &systemId,
    const QString &changeType, const QJsonValue &changedData)
{
    SandboxChangeLogRecord record;
    record.systemId = systemId;
    record.changedByOrgNumber = caller.orgNo;
    record.changeType = changeType;
    record.changedData = changedData;
    record.clientId = caller.clientId;
    record.created = context.clock.now();
    context.state.changeLog.append(record);
}

/// Detaches every client id of @p systemId; true when there was at least one (a "client row deleted").
bool detachClientIds(SandboxState &state, const QString &systemId)
{
    bool detached = false;
    for (auto it = state.clientIdOwners.begin(); it != state.clientIdOwners.end();) {
        if (it.value() == systemId) {
            it = state.clientIdOwners.erase(it);
            detached = true;
        } else {
            ++it;
        }
    }
    return detached;
}

void attachClientIds(SandboxState &state, const QString &systemId, const QStringList &clientIds)
{
    for (const QString &clientId : clientIds)
        state.clientIdOwners.insert(clientId.toLower(), systemId);
}

/// ASP.NET's JSON input formatter reads application/json, text/json and application/*+json only; any other
/// (or no) Content-Type on a [FromBody] action is 415 before binding.
bool hasJsonContentType(const SandboxRequest &request)
{
    const QByteArray type = request.header("content-type").split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type == "text/json"
        || (type.startsWith("application/") && type.endsWith("+json"));
}

using AuthorizedHandler = SandboxResponse (*)(
    SandboxContext &, const SandboxRequest &, const SandboxCaller &);

/// Every system register route checks the token and scope first (401/403 with empty bodies).
Router::Handler authorized(SandboxContext &context, AuthorizedHandler handler)
{
    return [&context, handler](const SandboxRequest &request) -> SandboxResponse {
        auto auth = SandboxAuth::authorize(request, context, registerScopes());
        if (const auto *denied = std::get_if<SandboxResponse>(&auth))
            return *denied;
        return handler(context, request, std::get<SandboxCaller>(auth));
    };
}

// ---- POST systemregister/vendor ----------------------------------------------------------------------

SandboxResponse createSystem(
    SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    // Binding (and its 415/400) happens after authorisation, before the action runs.
    if (!hasJsonContentType(request))
        return context.aspNetProblem(415);
    const auto bound = SystemRegisterBinding::bindSystem(request.body, u"registerNewSystem"_s);
    if (const auto *errors = std::get_if<SystemRegisterBinding::ModelStateErrors>(&bound))
        return context.modelStateProblem(*errors);
    const SystemRegisterBinding::SystemBody &body = std::get<SystemRegisterBinding::SystemBody>(bound);
    const Altinn::SystemDefinition &system = body.system;

    // docs/altinn-behaviour.md#create-a-system, step 1: the prefix check alone, answered at once. The
    // action's catch turns crashes into 500 text.
    if (body.vendorIdMissing)
        return SandboxResponse::text(500, NullReferenceMessage);
    const QStringList vendorParts = system.vendorId.split(u':');
    if (vendorParts.constFirst() != u"0192")
        return context.validationProblem({FieldError{Validation::Codes::VendorIdInvalid.toString(),
            u"the org number identifier is not valid ISO6523 identifier"_s,
            {Validation::ServerPaths::VendorId.toString()}, {}}});
    // GetOrgNumber reads the part after the first ':'; "0192" without one throws inside the id check.
    if (vendorParts.size() < 2)
        return SandboxResponse::text(500, IndexOutOfRangeMessage);
    const QString vendorOrgNumber = vendorParts.at(1);
    // An explicit `"rights": null` reaches the rights check, which iterates it (NullReferenceException).
    if (!system.rights)
        return SandboxResponse::text(500, NullReferenceMessage);

    // Step 2: collect everything.
    QList<FieldError> errors = SystemRegisterRules::systemErrors(system, vendorOrgNumber, context.state);
    errors += SystemRegisterRules::rightsErrors(*system.rights, context.catalogue);
    errors +=
        SystemRegisterRules::accessPackageErrors(system.accessPackages, system.isVisible, context.catalogue);
    if (!context.settings.missingLanguageGives500)
        errors += SystemRegisterRules::languageErrors(system);

    // Step 3: ownership before the validation errors are returned (docs/altinn-behaviour.md#create-a-system).
    if (!hasWriteAccess(caller, vendorOrgNumber))
        return SandboxResponse::empty(403);
    // Step 4
    if (!errors.isEmpty())
        return context.validationProblem(errors);

    // Step 5: what the database refuses, in the order the INSERT meets it.
    constexpr qsizetype SystemIdColumnLength = 255;
    if (system.id.size() > SystemIdColumnLength)
        return SandboxResponse::text(500, u"22001: value too long for type character varying(255)"_s);
    if (context.settings.missingLanguageGives500) {
        if (const auto databaseError = SystemRegisterRules::missingLanguageDatabaseError(system))
            return SandboxResponse::text(500, *databaseError);
    }
    // The client id primary key: a repeated id in one body is a unique violation (not pre-checked).
    if (SystemRegisterRules::hasDuplicateClientIds(system.clientIds))
        return SandboxResponse::text(409, u"The System already exist: "_s + system.id);

    SandboxSystem stored;
    stored.internalId = SandboxContext::newGuid();
    stored.definition = system;
    stored.definition.setVendorOrgNumber(vendorOrgNumber);
    stored.definition.allowedRedirectUrls = storedRedirectUrls(system.allowedRedirectUrls);
    stored.definition.isDeleted.reset();
    stored.created = context.clock.now();
    context.state.systems.insert(system.id, stored);
    attachClientIds(context.state, system.id, system.clientIds);
    logChange(context, caller, system.id, u"create"_s, body.sent);
    context.stateChanged();
    // 200 (not 201) with the internal GUID as a JSON string.
    return SandboxResponse::json(200, stored.internalId);
}

// ---- GET systemregister/vendor -----------------------------------------------------------------------

SandboxResponse listSystems(SandboxContext &context, const SandboxRequest &, const SandboxCaller &caller)
{
    if (!caller.hasConsumer())
        return SandboxResponse::empty(403);
    QJsonArray items;
    for (const SandboxSystem &system : std::as_const(context.state.systems)) {
        if (system.isDeleted || system.vendorOrgNumber() != caller.orgNo)
            continue;
        items.append(Altinn::SystemListItem::fromDefinition(responseDefinition(system)).toJson());
    }
    return SandboxResponse::json(200, items);
}

// ---- GET systemregister/vendor/{systemId} ------------------------------------------------------------

SandboxResponse getSystem(SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    const auto it = context.state.systems.constFind(request.parameter(u"systemId"_s));
    if (it == context.state.systems.cend())
        return context.aspNetProblem(404);
    if (!hasWriteAccess(caller, it->vendorOrgNumber()))
        return SandboxResponse::empty(403);
    return SandboxResponse::json(200, responseDefinition(*it).toResponseJson());
}

// ---- PUT systemregister/vendor/{systemId} ------------------------------------------------------------

SandboxResponse updateSystem(
    SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    const QString systemId = request.parameter(u"systemId"_s);
    if (!hasJsonContentType(request))
        return context.aspNetProblem(415);
    const auto bound = SystemRegisterBinding::bindSystem(request.body, u"proposedUpdateToSystem"_s);
    if (const auto *errors = std::get_if<SystemRegisterBinding::ModelStateErrors>(&bound))
        return context.modelStateProblem(*errors);
    const SystemRegisterBinding::SystemBody &body = std::get<SystemRegisterBinding::SystemBody>(bound);
    const Altinn::SystemDefinition &proposed = body.system;

    // docs/altinn-behaviour.md#update-a-system, steps 1–5 in order.
    const auto it = context.state.systems.find(systemId);
    if (it == context.state.systems.end())
        return SandboxResponse::text(404, notFoundText(systemId));
    if (!hasWriteAccess(caller, it->vendorOrgNumber()))
        return SandboxResponse::empty(403);
    // Anti-enumeration: a wrong body vendor looks like an unknown system.
    if (body.vendorIdMissing || proposed.vendorId != u"0192:"_s + it->vendorOrgNumber())
        return SandboxResponse::text(404, notFoundText(systemId));
    if (proposed.id != systemId)
        return context.validationProblem({FieldError{Validation::Codes::SystemIdMismatch.toString(),
            u"The system ID in the request body does not match the system ID in the URL"_s,
            {Validation::ServerPaths::SystemId.toString()}, {}}});
    if (it->isDeleted)
        return SandboxResponse::text(400, DeletedSystemText);
    // Unhandled NullReferenceException in the rights check (outside any try/catch).
    if (!proposed.rights)
        return context.aspNetProblem(500);

    // Step 6: collect. No id format or redirect URL checks on PUT.
    QList<FieldError> errors = SystemRegisterRules::rightsErrors(*proposed.rights, context.catalogue);
    errors += SystemRegisterRules::accessPackageErrors(
        proposed.accessPackages, proposed.isVisible, context.catalogue);
    errors += SystemRegisterRules::clientIdErrors(proposed.clientIds, systemId, context.state);
    if (!context.settings.missingLanguageGives500)
        errors += SystemRegisterRules::languageErrors(proposed);
    // Step 7
    if (!errors.isEmpty())
        return context.validationProblem(errors);

    // Step 8: the UPDATE; database refusals are unhandled exceptions (ASP.NET's 500 problem).
    const QStringList redirectUrls = storedRedirectUrls(proposed.allowedRedirectUrls);
    const bool urlsFit =
        std::all_of(redirectUrls.cbegin(), redirectUrls.cend(), SystemRegisterRules::fitsUriDomain);
    if (!urlsFit
        || (context.settings.missingLanguageGives500
            && SystemRegisterRules::missingLanguageDatabaseError(proposed).has_value()))
        return context.aspNetProblem(500);

    Altinn::SystemDefinition updated = proposed;
    updated.setVendorOrgNumber(it->vendorOrgNumber());
    updated.allowedRedirectUrls = redirectUrls;
    updated.isDeleted.reset();
    it->definition = updated;
    // Client ids are synchronised: the body's list replaces the system's.
    detachClientIds(context.state, systemId);
    attachClientIds(context.state, systemId, proposed.clientIds);
    logChange(context, caller, systemId, u"update"_s, body.sent);
    context.stateChanged();
    return succeeded();
}

// ---- PUT …/{systemId}/rights and …/{systemId}/accesspackages -----------------------------------------

/// The shared head of the two partial updates: 404 (sandbox choice), 403, 400 text for a deleted system.
std::optional<SandboxResponse> checkPartialUpdate(
    const SandboxContext &context, const QString &systemId, const SandboxCaller &caller)
{
    const auto it = context.state.systems.constFind(systemId);
    // The service dereferences the missing system and answers 500; docs/altinn-behaviour.md#update-a-system
    // allows a 404.
    if (it == context.state.systems.cend())
        return SandboxResponse::text(404, notFoundText(systemId));
    if (!hasWriteAccess(caller, it->vendorOrgNumber()))
        return SandboxResponse::empty(403);
    if (it->isDeleted)
        return SandboxResponse::text(400, DeletedSystemText);
    return std::nullopt;
}

SandboxResponse updateRights(
    SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    const QString systemId = request.parameter(u"systemId"_s);
    if (!hasJsonContentType(request))
        return context.aspNetProblem(415);
    QJsonValue sent;
    const auto bound = SystemRegisterBinding::bindRights(request.body, &sent);
    if (const auto *errors = std::get_if<SystemRegisterBinding::ModelStateErrors>(&bound))
        return context.modelStateProblem(*errors);
    if (auto refused = checkPartialUpdate(context, systemId, caller))
        return *refused;
    const QList<Altinn::Right> &rights = std::get<QList<Altinn::Right>>(bound);
    const QList<FieldError> errors = SystemRegisterRules::rightsErrors(rights, context.catalogue);
    if (!errors.isEmpty())
        return context.validationProblem(errors);

    context.state.systems[systemId].definition.rights = rights;
    logChange(context, caller, systemId, u"rightsupdate"_s, sent);
    context.stateChanged();
    return succeeded();
}

SandboxResponse updateAccessPackages(
    SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    const QString systemId = request.parameter(u"systemId"_s);
    if (!hasJsonContentType(request))
        return context.aspNetProblem(415);
    QJsonValue sent;
    const auto bound = SystemRegisterBinding::bindAccessPackages(request.body, &sent);
    if (const auto *errors = std::get_if<SystemRegisterBinding::ModelStateErrors>(&bound))
        return context.modelStateProblem(*errors);
    if (auto refused = checkPartialUpdate(context, systemId, caller))
        return *refused;
    SandboxSystem &system = context.state.systems[systemId];
    const QList<Altinn::AccessPackageRef> &packages = std::get<QList<Altinn::AccessPackageRef>>(bound);
    // VLD-00018 is judged against the STORED isVisible.
    const QList<FieldError> errors =
        SystemRegisterRules::accessPackageErrors(packages, system.definition.isVisible, context.catalogue);
    if (!errors.isEmpty())
        return context.validationProblem(errors);

    system.definition.accessPackages = packages;
    logChange(context, caller, systemId, u"accesspackageupdate"_s, sent);
    context.stateChanged();
    return succeeded();
}

// ---- DELETE systemregister/vendor/{systemId} ---------------------------------------------------------

SandboxResponse deleteSystem(
    SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    const QString systemId = request.parameter(u"systemId"_s);
    const auto it = context.state.systems.find(systemId);
    if (it == context.state.systems.end())
        return context.modelStateProblem({{u"return"_s, {u"System not found"_s}}});
    if (!hasWriteAccess(caller, it->vendorOrgNumber()))
        return SandboxResponse::empty(403);

    // One transaction: the flag, the client id rows, the changelog. The stored clientId array itself stays
    // (the service keeps that column), but the ids are free for other systems.
    it->isDeleted = true;
    const bool clientRowsDeleted = detachClientIds(context.state, systemId);
    logChange(context, caller, systemId, u"delete"_s, QJsonValue(QJsonValue::Null));
    context.stateChanged();
    // Quirk: success needs a deleted client row, so a system without (live) client ids answers 400.
    if (context.settings.deleteSystemWithoutClientIdsFails && !clientRowsDeleted)
        return context.aspNetProblem(400);
    return succeeded();
}

// ---- GET systemregister/vendor/{systemId}/changelog --------------------------------------------------

SandboxResponse changeLog(SandboxContext &context, const SandboxRequest &request, const SandboxCaller &caller)
{
    const QString systemId = request.parameter(u"systemId"_s);
    const auto it = context.state.systems.constFind(systemId);
    if (it == context.state.systems.cend())
        return SandboxResponse::text(404, u"System with ID "_s + systemId + u" not found."_s);
    if (!hasWriteAccess(caller, it->vendorOrgNumber()))
        return SandboxResponse::empty(403);

    // ORDER BY created DESC: newest first (ties: the later entry first).
    QJsonArray entries;
    for (auto record = context.state.changeLog.crbegin(); record != context.state.changeLog.crend();
         ++record) {
        if (record->systemId != systemId)
            continue;
        Altinn::ChangeLogEntry entry;
        entry.systemInternalId = it->internalId;
        entry.changedByOrgNumber = record->changedByOrgNumber;
        entry.changeType = record->changeType;
        entry.changedData = record->changedData;
        entry.clientId = record->clientId;
        entry.created = record->created;
        entries.append(entry.toJson());
    }
    return SandboxResponse::json(200, entries);
}

} // namespace

void SystemRegisterApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("POST", VendorPath, authorized(context, createSystem));
    router.add("GET", VendorPath, authorized(context, listSystems));
    router.add("GET", SystemPath, authorized(context, getSystem));
    router.add("PUT", SystemPath, authorized(context, updateSystem));
    router.add("PUT", SystemPath + u"/rights"_s, authorized(context, updateRights));
    router.add("PUT", SystemPath + u"/accesspackages"_s, authorized(context, updateAccessPackages));
    router.add("DELETE", SystemPath, authorized(context, deleteSystem));
    router.add("GET", SystemPath + u"/changelog"_s, authorized(context, changeLog));
}
