#include "sandbox/ChangeRequestApi.h"

#include "model/ChangeRequest.h"
#include "sandbox/RequestBodyBinder.h"
#include "sandbox/RequestCreation.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "sandbox/SandboxProblem.h"
#include "validation/RequestValidator.h"

#include <QJsonArray>
#include <QUrl>

#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString BasePath = u"/authentication/api/v1/systemuser/changerequest/vendor"_s;

// docs/altinn-behaviour.md#plain-text-messages: the controller's plain-text answers.
const QString MissingCorrelationIdText =
    u"Missing or invalid QueryParameter: correlation-id. Generate a unique UUID (RFC 4122) for this Change "
    "Request, and add as a Query Parameter."_s;
const QString SameIdText =
    u"The correlation-id should not be the same as the system-user-id. Generate a unique id."_s;

// Descriptors only the change-request path uses (Problem.cs); the others are in SandboxProblems.
constexpr SandboxProblem RequestCouldNotBeStored{
    404, u"AUTH-00012", u"An error occured when storing the Request."};
constexpr SandboxProblem ChangeRequestStatusNotNew{409, u"AUTH-00061",
    u"The Status of the Request is not New. Please generate a new CorrellationId for a new Change Request"};

const QString EmptyGuid = u"00000000-0000-0000-0000-000000000000"_s;

/// A query value as ASP.NET's Guid binder sees it: absent/empty binds to Guid.Empty without an error,
/// anything else must parse.
struct QueryGuid
{
    QString raw;
    std::optional<QString> value; ///< lowercase "D" format; EmptyGuid when absent
};

QueryGuid bindQueryGuid(const SandboxRequest &request, const QString &name)
{
    QueryGuid guid;
    guid.raw = request.queryValue(name);
    guid.value = guid.raw.trimmed().isEmpty() ? std::optional<QString>(EmptyGuid)
                                              : SandboxBinding::parseGuid(guid.raw);
    return guid;
}

const SandboxChangeRequestRecord *liveChangeRequest(const SandboxContext &context, const QString &id)
{
    const auto it = context.state.changeRequests.constFind(id);
    if (it == context.state.changeRequests.cend() || it->isDeleted)
        return nullptr;
    return &*it;
}

/// AuthenticationHelper.ValidateRedirectUrl: AUTH-00026 without allowed URLs, else AUTH-00021 unless one
/// matches on scheme, host, port and path.
std::optional<SandboxResponse> checkRedirect(
    const SandboxContext &context, const QString &redirectUrl, const SandboxSystem &system)
{
    const QStringList &allowed = system.definition.allowedRedirectUrls;
    if (allowed.isEmpty())
        return SandboxProblems::NoRedirectUrisFoundOnSystem.response(context);
    // The real service throws (500) on a URL .NET cannot parse; the sandbox answers AUTH-00021 instead.
    const QUrl requested(redirectUrl, QUrl::StrictMode);
    const bool matches =
        std::any_of(allowed.cbegin(), allowed.cend(), [&requested](const QString &candidate) {
            return Validation::RequestValidator::redirectUrlMatches(requested, QUrl(candidate));
        });
    if (!matches)
        return SandboxProblems::RedirectUriNotFound.response(context);
    return std::nullopt;
}

SandboxResponse createChangeRequest(const SandboxRequest &request, SandboxContext &context)
{
    const auto authorized = SandboxAuth::authorize(request, context, {SandboxScopes::RequestWrite});
    if (const auto *response = std::get_if<SandboxResponse>(&authorized))
        return *response;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorized);

    // Model binding ([ApiController]) runs before the action and reports every failure together.
    const QByteArray contentType = request.header("content-type").toLower();
    if (!request.body.isEmpty() && !contentType.contains("json"))
        return context.aspNetProblem(415);
    const QueryGuid correlationId = bindQueryGuid(request, u"correlation-id"_s);
    const QueryGuid systemUserId = bindQueryGuid(request, u"system-user-id"_s);
    QMap<QString, QStringList> bindingErrors;
    if (!correlationId.value)
        bindingErrors.insert(u"correlation-id"_s, {u"The value '%1' is not valid."_s.arg(correlationId.raw)});
    if (!systemUserId.value)
        bindingErrors.insert(u"system-user-id"_s, {u"The value '%1' is not valid."_s.arg(systemUserId.raw)});
    // The [FromBody] ChangeRequestSystemUser, bound like the system user requests' bodies.
    auto body = RequestBodyBinder::bindChangeRequest(request.body);
    if (const auto *errors = std::get_if<RequestBodyBinder::Errors>(&body))
        bindingErrors.insert(*errors);
    if (!bindingErrors.isEmpty())
        return context.modelStateProblem(bindingErrors);
    const Altinn::ChangeRequest &change = std::get<Altinn::ChangeRequest>(body);
    const QString id = *correlationId.value;

    // docs/altinn-behaviour.md#change-requests, the controller's checks in its order.
    if (id == EmptyGuid)
        return SandboxResponse::text(400, MissingCorrelationIdText);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401); // a bare Unauthorized()
    // A missing system-user-id binds as Guid.Empty, which finds no system user.
    const auto userIt = context.state.systemUsers.constFind(*systemUserId.value);
    if (userIt == context.state.systemUsers.cend() || userIt->isDeleted)
        return SandboxProblems::SystemUserNotFound.response(context);
    const SandboxSystemUserRecord systemUser = *userIt;
    if (id == systemUser.id)
        return SandboxResponse::text(400, SameIdText);
    if (systemUser.supplierOrgNo != caller.orgNo)
        return context.aspNetProblem(401);

    if (change.isEmpty()) {
        // Nothing is stored; the answer only echoes the correlation id (no `created`, confirmUrl "").
        Altinn::ChangeRequestResponse response;
        response.id = id;
        response.externalRef = systemUser.externalRef;
        response.systemId = systemUser.systemId;
        response.systemUserId = systemUser.id;
        response.partyOrgNo = systemUser.partyOrgNo;
        response.status = Altinn::RequestStatus::NoChangeNeeded;
        response.redirectUrl = change.redirectUrl;
        response.confirmUrl = QString();
        return SandboxResponse::json(200, response.toJson());
    }

    // The same correlation id again: the stored change request, whatever its status and body, when the
    // caller owns its system (GetChangeRequestByGuid).
    const SandboxChangeRequestRecord *existing = liveChangeRequest(context, id);
    if (existing && SandboxLookups::isOwnedBy(context.state, existing->systemId, caller.orgNo))
        return SandboxResponse::json(200, ChangeRequestApi::responseFor(context, *existing).toJson());

    // CreateChangeRequest, then ValidateChangeRequest in its order.
    if (systemUser.kind == Altinn::RequestKind::Agent)
        return SandboxProblems::SystemUserNotFound.response(context);
    // ValidateStatus: an existing id gets here only when the caller does not own its system.
    if (existing) {
        return existing->status == Altinn::RequestStatus::New
            ? SandboxProblems::ExternalRequestIdPending.response(context)
            : ChangeRequestStatusNotNew.response(context);
    }
    const SandboxSystem *system = SandboxLookups::system(context.state, systemUser.systemId);
    if (!system || !SandboxLookups::isOwnedBy(context.state, systemUser.systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);
    if (!context.organisationName(systemUser.partyOrgNo))
        return SandboxProblems::ReporteeOrgNoNotFound.response(context);
    if (change.redirectUrl && !change.redirectUrl->isEmpty()) {
        if (auto problem = checkRedirect(context, *change.redirectUrl, *system))
            return *problem;
    }
    if (!change.requiredRights.isEmpty()) {
        if (auto problem = RequestCreation::checkRights(context, change.requiredRights, *system))
            return *problem;
    }
    if (!change.requiredAccessPackages.isEmpty()) {
        if (auto problem = RequestCreation::checkPackages(
                context, change.requiredAccessPackages, *system, Altinn::RequestKind::Standard))
            return *problem;
    }
    // The "unwanted" lists are not checked (docs/altinn-behaviour.md#change-requests).

    // The id is the table's primary key: a soft-deleted change request still holds it, the insert fails
    // and the service answers AUTH-00012 (404, sic).
    if (context.state.changeRequests.contains(id))
        return RequestCouldNotBeStored.response(context);

    SandboxChangeRequestRecord record;
    record.id = id;
    record.systemUserId = systemUser.id;
    record.systemId = systemUser.systemId;
    record.partyOrgNo = systemUser.partyOrgNo;
    record.externalRef = systemUser.externalRef;
    record.change = change;
    record.status = Altinn::RequestStatus::New;
    record.created = context.clock.now();
    context.state.addChangeRequest(record);
    context.stateChanged();

    return SandboxResponse::json(201, ChangeRequestApi::responseFor(context, record).toJson())
        .withHeader("Location", context.platformUrl(u"systemuser/changerequest/"_s + record.id).toUtf8());
}

SandboxResponse getChangeRequest(const SandboxRequest &request, const SandboxContext &context)
{
    const auto authorized = SandboxAuth::authorize(request, context, {SandboxScopes::RequestRead});
    if (const auto *response = std::get_if<SandboxResponse>(&authorized))
        return *response;
    const QString raw = request.parameter(u"requestId"_s);
    const auto requestId = SandboxBinding::parseGuid(raw);
    if (!requestId)
        return SandboxBinding::invalidValue(context, u"requestId"_s, raw);
    const SandboxCaller &caller = std::get<SandboxCaller>(authorized);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    const SandboxChangeRequestRecord *record = liveChangeRequest(context, *requestId);
    if (!record)
        return SandboxProblems::RequestNotFound.response(context);
    if (!SandboxLookups::isOwnedBy(context.state, record->systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);
    return SandboxResponse::json(200, ChangeRequestApi::responseFor(context, *record).toJson());
}

SandboxResponse getByExternalRef(const SandboxRequest &request, const SandboxContext &context)
{
    const auto authorized = SandboxAuth::authorize(request, context, {SandboxScopes::RequestRead});
    if (const auto *response = std::get_if<SandboxResponse>(&authorized))
        return *response;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorized);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    const QString systemId = request.parameter(u"systemId"_s);
    const QString orgNo = request.parameter(u"orgNo"_s);
    const QString externalRef = request.parameter(u"externalRef"_s);
    // "Returns one of the change requests for that triple": the sandbox takes the first in id order.
    const SandboxChangeRequestRecord *found = nullptr;
    const auto &ids =
        context.state.index().changeRequestsByTriple(context.state, systemId, orgNo, externalRef);
    for (const QString &id : ids) {
        const SandboxChangeRequestRecord *record = SandboxLookups::liveChangeRequest(context.state, id);
        if (record && record->systemId == systemId && record->partyOrgNo == orgNo
            && record->externalRef == externalRef) {
            found = record;
            break;
        }
    }
    // The change request is looked up before the system's owner is checked.
    if (!found)
        return SandboxProblems::RequestNotFound.response(context);
    if (!SandboxLookups::isOwnedBy(context.state, systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);
    Altinn::ChangeRequestResponse response = ChangeRequestApi::responseFor(context, *found);
    if (context.settings.changeRequestByExternalRefDropsPackages) {
        // docs/altinn-behaviour.md#change-requests quirk: this path copies only the rights into its answer.
        response.requiredAccessPackages.clear();
        response.unwantedAccessPackages.clear();
    }
    return SandboxResponse::json(200, response.toJson());
}

SandboxResponse listBySystem(const SandboxRequest &request, const SandboxContext &context)
{
    const auto authorized = SandboxAuth::authorize(request, context, {SandboxScopes::RequestRead});
    if (const auto *response = std::get_if<SandboxResponse>(&authorized))
        return *response;
    // Opaque<Guid>? token: bound (and rejected when malformed) even though the query ignores it.
    std::optional<QString> from;
    const QString token = request.queryValue(u"token"_s);
    if (!token.isEmpty()) {
        from = SandboxBinding::decodeGuidToken(token);
        if (!from)
            return SandboxBinding::invalidValue(context, u"token"_s, token);
    }
    const SandboxCaller &caller = std::get<SandboxCaller>(authorized);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    const QString systemId = request.parameter(u"systemId"_s);
    if (!SandboxLookups::isOwnedBy(context.state, systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);

    // The repository has no ORDER BY; the sandbox lists in id order. Page.Create takes pageSize items and
    // makes item pageSize+1 the token. Without the quirk a token continues at its id (inclusive, nothing
    // skipped); with it the token is ignored, as the real query does, and page one comes back.
    const bool honourToken = from && !context.settings.changeRequestListIgnoresToken;
    const qsizetype pageSize = std::max(1, context.settings.pageSize);
    QList<const SandboxChangeRequestRecord *> items; // one more than a page tells whether there is a next
    QStringList deleted; // since indexed: taken out of the index, so that no later page passes them again
    SandboxStateIndex &index = context.state.index();
    const auto &ids = index.changeRequestsBySystem(context.state, systemId);
    for (auto it = honourToken ? ids.lower_bound(*from) : ids.cbegin();
         it != ids.cend() && items.size() <= pageSize; ++it) {
        const SandboxChangeRequestRecord *record = SandboxLookups::liveChangeRequest(context.state, *it);
        if (record && record->systemId == systemId)
            items.append(record);
        else if (!record)
            deleted.append(*it);
    }
    for (const QString &id : std::as_const(deleted))
        index.changeRequestDeleted(systemId, id);
    QJsonObject links;
    if (items.size() > pageSize) {
        links.insert(u"next"_s,
            context.platformUrl(u"systemuser/changerequest/vendor/bysystem/"_s
                + QString::fromLatin1(QUrl::toPercentEncoding(systemId)) + u"?token="_s
                + SandboxBinding::encodeToken(items.at(pageSize)->id)));
        items.resize(pageSize);
    }
    QJsonArray data;
    for (const SandboxChangeRequestRecord *record : std::as_const(items)) {
        QJsonObject item = ChangeRequestApi::responseFor(context, *record).toJson();
        item.remove(u"confirmUrl"_s); // the list's items carry no confirmUrl (null, so left out)
        data.append(item);
    }
    return SandboxResponse::json(200, QJsonObject{{u"links"_s, links}, {u"data"_s, data}});
}

SandboxResponse deleteChangeRequest(const SandboxRequest &request, SandboxContext &context)
{
    const auto authorized = SandboxAuth::authorize(request, context, {SandboxScopes::RequestWrite});
    if (const auto *response = std::get_if<SandboxResponse>(&authorized))
        return *response;
    const QString raw = request.parameter(u"requestId"_s);
    const auto requestId = SandboxBinding::parseGuid(raw);
    if (!requestId)
        return SandboxBinding::invalidValue(context, u"requestId"_s, raw);
    // Like the request DELETE, the code checks neither the consumer claim nor ownership.
    const auto it = context.state.changeRequests.find(*requestId);
    if (it == context.state.changeRequests.end() || it->isDeleted)
        return SandboxProblems::RequestNotFound.response(context);
    it->isDeleted = true;
    context.stateChanged();
    return SandboxResponse::empty(202);
}

} // namespace

Altinn::ChangeRequestResponse ChangeRequestApi::responseFor(
    const SandboxContext &context, const SandboxChangeRequestRecord &record)
{
    Altinn::ChangeRequestResponse response;
    response.id = record.id;
    response.externalRef = record.externalRef;
    response.systemId = record.systemId;
    response.systemUserId = record.systemUserId;
    response.partyOrgNo = record.partyOrgNo;
    response.requiredRights = record.change.requiredRights;
    response.unwantedRights = record.change.unwantedRights;
    response.requiredAccessPackages = record.change.requiredAccessPackages;
    response.unwantedAccessPackages = record.change.unwantedAccessPackages;
    response.status = record.status;
    response.redirectUrl = record.change.redirectUrl;
    response.confirmUrl = context.confirmUrl(u"changerequest"_s, record.id);
    response.created = record.created;
    response.timedOut = context.isTimedOut(record.created);
    return response;
}

void ChangeRequestApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("POST", BasePath,
        [&context](const SandboxRequest &request) { return createChangeRequest(request, context); });
    router.add("GET", BasePath + u"/{requestId}"_s,
        [&context](const SandboxRequest &request) { return getChangeRequest(request, context); });
    router.add("GET", BasePath + u"/byexternalref/{systemId}/{orgNo}/{externalRef}"_s,
        [&context](const SandboxRequest &request) { return getByExternalRef(request, context); });
    router.add("GET", BasePath + u"/bysystem/{systemId}"_s,
        [&context](const SandboxRequest &request) { return listBySystem(request, context); });
    router.add("DELETE", BasePath + u"/{requestId}"_s,
        [&context](const SandboxRequest &request) { return deleteChangeRequest(request, context); });
}
