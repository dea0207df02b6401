#include "sandbox/RequestApi.h"

#include "sandbox/RequestCreation.h"
#include "sandbox/RequestViews.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "sandbox/SandboxProblem.h"
#include "sandbox/SystemUserLookupApi.h"
#include "sandbox/TokenExchangeApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestKind;

namespace {

const QString Base = u"/authentication/api/v1/systemuser/request/"_s;

/// The relative path of a kind's routes after "systemuser/request/": "vendor" or "vendor/agent".
QString vendorPath(RequestKind kind)
{
    return kind == RequestKind::Agent ? u"vendor/agent"_s : u"vendor"_s;
}

/// The standard by-id and by-externalref answers copy no `escalated`; agent by-externalref returns the row.
RequestViews::Escalated externalRefEscalated(RequestKind kind)
{
    return kind == RequestKind::Agent ? RequestViews::Escalated::Stored
                                      : RequestViews::Escalated::AlwaysFalse;
}

/// docs/altinn-behaviour.md#reading-requests: GET vendor/{requestId} and vendor/agent/{requestId}.
SandboxResponse getById(const SandboxRequest &request, const SandboxContext &context, RequestKind kind)
{
    auto authorization = SandboxAuth::authorize(request, context, {SandboxScopes::RequestRead});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);
    const QString rawId = request.parameter(u"requestId"_s);
    const auto id = SandboxBinding::parseGuid(rawId);
    if (!id)
        return SandboxBinding::invalidValue(context, u"requestId"_s, rawId);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    // The other kind lives in the same table but is filtered out by the query: 404 like an unknown id.
    const SandboxRequestRecord *record = SandboxLookups::liveRequest(context.state, *id);
    if (!record || record->kind != kind)
        return SandboxProblems::RequestNotFound.response(context);
    if (!SandboxLookups::isOwnedBy(context.state, record->systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);
    // This path builds a fresh response without copying `escalated`
    // (docs/altinn-behaviour.md#request-responses).
    return SandboxResponse::json(
        200, RequestViews::request(context, *record, RequestViews::Escalated::AlwaysFalse).toJson());
}

/// docs/altinn-behaviour.md#reading-requests: GET
/// vendor[/agent]/byexternalref/{systemId}/{orgNo}/{externalRef}; segments are matched literally.
SandboxResponse getByExternalRef(
    const SandboxRequest &request, const SandboxContext &context, RequestKind kind)
{
    auto authorization = SandboxAuth::authorize(request, context, {SandboxScopes::RequestRead});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    const QString systemId = request.parameter(u"systemId"_s);
    const SandboxRequestRecord *record = SandboxLookups::requestByTriple(
        context.state, kind, systemId, request.parameter(u"orgNo"_s), request.parameter(u"externalRef"_s));
    if (!record)
        return SandboxProblems::RequestNotFound.response(context);
    if (!SandboxLookups::isOwnedBy(context.state, systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);
    return SandboxResponse::json(
        200, RequestViews::request(context, *record, externalRefEscalated(kind)).toJson());
}

/// docs/altinn-behaviour.md#request-lists: GET vendor[/agent]/bysystem/{systemId}[?token=]. Items after the
/// token's id in id order; the next token is the last item returned, or — with the off-by-one quirk — the
/// first item *not* returned, which the next page then skips (`id > token`).
SandboxResponse listBySystem(const SandboxRequest &request, const SandboxContext &context, RequestKind kind)
{
    auto authorization = SandboxAuth::authorize(request, context, {SandboxScopes::RequestRead});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);

    QString after; // "" sorts before every GUID, like Guid.Empty
    const QString token = request.queryValue(u"token"_s);
    if (!token.isEmpty()) {
        const auto id = SandboxBinding::decodeGuidToken(token);
        if (!id)
            return SandboxBinding::invalidValue(context, u"token"_s, token);
        after = *id;
    }
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    const QString systemId = request.parameter(u"systemId"_s);
    if (!SandboxLookups::isOwnedBy(context.state, systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);

    // Lowercase GUID strings sort the way PostgreSQL sorts uuids. One item more than a page tells whether
    // there is a next page; the system's index lets this read only that much. A request deleted since it
    // was indexed is taken out of the index on the way, so it is passed over once, not by every page.
    const qsizetype pageSize = context.settings.pageSize;
    QList<const SandboxRequestRecord *> rows;
    QStringList deleted;
    SandboxStateIndex &index = context.state.index();
    const auto &ids = index.requestsBySystem(context.state, kind, systemId);
    for (auto it = ids.upper_bound(after); it != ids.cend() && rows.size() <= pageSize; ++it) {
        const SandboxRequestRecord *record = SandboxLookups::liveRequest(context.state, *it);
        if (record && record->kind == kind && record->systemId == systemId)
            rows.append(record);
        else if (!record)
            deleted.append(*it);
    }
    for (const QString &id : std::as_const(deleted))
        index.requestDeleted(kind, systemId, id);
    QJsonObject links;
    if (rows.size() > pageSize) {
        const SandboxRequestRecord *tokenRow =
            context.settings.requestListSkipsItemAtPageBoundary ? rows.at(pageSize) : rows.at(pageSize - 1);
        const QString path = u"systemuser/request/%1/bysystem/%2?token=%3"_s.arg(vendorPath(kind),
            QString::fromLatin1(QUrl::toPercentEncoding(systemId)),
            SandboxBinding::encodeToken(tokenRow->id));
        links.insert(u"next"_s, context.platformUrl(path));
        rows = rows.first(pageSize);
    }
    QJsonArray data;
    for (const SandboxRequestRecord *record : std::as_const(rows)) // the list copies `escalated`
        data.append(RequestViews::request(context, *record, RequestViews::Escalated::Stored).toJson());
    return SandboxResponse::json(200, QJsonObject{{u"links"_s, links}, {u"data"_s, data}});
}

/// docs/altinn-behaviour.md#deleting-a-request: DELETE vendor/{requestId}, either kind.
SandboxResponse deleteRequest(const SandboxRequest &request, SandboxContext &context)
{
    auto authorization = SandboxAuth::authorize(request, context, {SandboxScopes::RequestWrite});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);
    const QString rawId = request.parameter(u"requestId"_s);
    const auto id = SandboxBinding::parseGuid(rawId);
    if (!id)
        return SandboxBinding::invalidValue(context, u"requestId"_s, rawId);

    if (!SandboxLookups::liveRequest(context.state, *id))
        return SandboxProblems::RequestNotFound.response(context);
    // The real service checks neither the consumer claim nor ownership here. With the quirk switched off
    // the sandbox answers a foreign (or consumer-less) caller like the other request endpoints do.
    if (!context.settings.requestDeleteSkipsOwnershipCheck
        && !SandboxLookups::isOwnedBy(
            context.state, context.state.requests.value(*id).systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);

    context.state.requests[*id].isDeleted = true;
    context.stateChanged();
    return SandboxResponse::empty(202);
}

} // namespace

void RequestApi::registerRoutes(Router &router, SandboxContext &context)
{
    for (const RequestKind kind : {RequestKind::Standard, RequestKind::Agent}) {
        const QString prefix = Base + vendorPath(kind);
        router.add("POST", prefix, [&context, kind](const SandboxRequest &request) {
            return RequestCreation::handle(request, context, kind);
        });
        router.add("GET", prefix + u"/{requestId}"_s,
            [&context, kind](const SandboxRequest &request) { return getById(request, context, kind); });
        router.add("GET", prefix + u"/byexternalref/{systemId}/{orgNo}/{externalRef}"_s,
            [&context, kind](
                const SandboxRequest &request) { return getByExternalRef(request, context, kind); });
        router.add("GET", prefix + u"/bysystem/{systemId}"_s,
            [&context, kind](const SandboxRequest &request) { return listBySystem(request, context, kind); });
    }
    router.add("DELETE", Base + u"vendor/{requestId}"_s,
        [&context](const SandboxRequest &request) { return deleteRequest(request, context); });

    SystemUserLookupApi::registerRoutes(router, context);
    TokenExchangeApi::registerRoutes(router, context);
}
