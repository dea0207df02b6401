#include "altinn/ChangeRequestClient.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/PagedFetcher.h"
#include "altinn/ResponseParsing.h"

#include <QJsonDocument>
#include <QUuid>

namespace Altinn {
namespace {

QUrl changeRequestUrl(const ApiTransport *transport, const QString &path = {})
{
    QString full = QStringLiteral("systemuser/changerequest/vendor");
    if (!path.isEmpty())
        full += u'/' + path;
    return transport->environment().authenticationUrl(full);
}

void answer(
    const ApiResponse &response, const std::function<void(const ApiResult<ChangeRequestResponse> &)> &done)
{
    done(ResponseParsing::mapObject<ChangeRequestResponse>(response, ChangeRequestResponse::fromJson));
}

} // namespace

ChangeRequestClient::ChangeRequestClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ApiOperation *ChangeRequestClient::create(const QString &systemUserId, const ChangeRequest &request,
    std::function<void(const ApiResult<ChangeRequestResponse> &)> done, const QString &correlationId)
{
    // The correlation id becomes the change request's id; repeating it returns the earlier one
    // (docs/altinn-behaviour.md#change-requests).
    const QString correlation =
        correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : correlationId;
    const QUrl url = ApiPaths::withQuery(changeRequestUrl(m_transport),
        {{QStringLiteral("correlation-id"), correlation}, {QStringLiteral("system-user-id"), systemUserId}});
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return m_transport->send(ApiRequest::postJson(url, body, {AltinnScopes::RequestWrite}),
        [done = std::move(done)](const ApiResponse &response) { answer(response, done); });
}

ApiOperation *ChangeRequestClient::get(
    const QString &requestId, std::function<void(const ApiResult<ChangeRequestResponse> &)> done)
{
    return m_transport->send(ApiRequest::get(changeRequestUrl(m_transport, ApiPaths::segment(requestId)),
                                 {AltinnScopes::RequestRead}),
        [done = std::move(done)](const ApiResponse &response) { answer(response, done); });
}

ApiOperation *ChangeRequestClient::byExternalRef(const QString &systemId, const QString &orgNo,
    const QString &externalRef, std::function<void(const ApiResult<ChangeRequestResponse> &)> done)
{
    const QString path = QStringLiteral("byexternalref/") + ApiPaths::segment(systemId) + u'/'
        + ApiPaths::segment(orgNo) + u'/' + ApiPaths::segment(externalRef);
    return m_transport->send(
        ApiRequest::get(changeRequestUrl(m_transport, path), {AltinnScopes::RequestRead}),
        [done = std::move(done)](const ApiResponse &response) { answer(response, done); });
}

ApiOperation *ChangeRequestClient::listBySystem(const QString &systemId,
    std::function<void(const ApiResult<QList<ChangeRequestResponse>> &)> done, int maxPages)
{
    const QUrl firstPage =
        changeRequestUrl(m_transport, QStringLiteral("bysystem/") + ApiPaths::segment(systemId));
    return PagedFetcher::fetchAll<ChangeRequestResponse>(this, m_transport, firstPage,
        {AltinnScopes::RequestRead}, maxPages, ChangeRequestResponse::fromJson, std::move(done));
}

ApiOperation *ChangeRequestClient::remove(
    const QString &requestId, std::function<void(const ApiResult<Done> &)> done)
{
    return m_transport->send(
        ApiRequest::deleteResource(
            changeRequestUrl(m_transport, ApiPaths::segment(requestId)), {AltinnScopes::RequestWrite}),
        [done = std::move(done)](const ApiResponse &response) { done(ResponseParsing::done(response)); });
}

} // namespace Altinn
