#include "altinn/RequestClient.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/PagedFetcher.h"
#include "altinn/ResponseParsing.h"

#include <QJsonDocument>

namespace Altinn {
namespace {

/// systemuser/request/vendor[/agent]/ + @p path: agent requests are a separate namespace for lookups.
QUrl requestUrl(const ApiTransport *transport, RequestKind kind, const QString &path = {})
{
    QString full = QStringLiteral("systemuser/request/vendor");
    if (kind == RequestKind::Agent)
        full += QStringLiteral("/agent");
    if (!path.isEmpty())
        full += u'/' + path;
    return transport->environment().authenticationUrl(full);
}

auto responseParser(RequestKind kind)
{
    return [kind](const QJsonObject &object) {
        return SystemUserRequestResponse::fromJson(object, kind);
    };
}

} // namespace

RequestClient::RequestClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ApiOperation *RequestClient::create(
    const SystemUserRequest &request, std::function<void(const ApiResult<Created> &)> done)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return m_transport->send(
        ApiRequest::postJson(requestUrl(m_transport, request.kind), body, {AltinnScopes::RequestWrite}),
        [kind = request.kind, done = std::move(done)](const ApiResponse &response) {
            // 201: a new request. 200: the request already asked for this triple, whatever its status.
            done(ResponseParsing::mapObject<Created>(response, [&response, kind](const QJsonObject &object) {
                Created created;
                created.request = SystemUserRequestResponse::fromJson(object, kind);
                created.existing = response.status != 201;
                const QByteArray location = response.header(QByteArrayLiteral("Location"));
                if (!location.isEmpty())
                    created.location = response.url.resolved(QUrl::fromEncoded(location));
                return created;
            }));
        });
}

ApiOperation *RequestClient::get(const QString &requestId, RequestKind kind,
    std::function<void(const ApiResult<SystemUserRequestResponse> &)> done)
{
    return m_transport->send(ApiRequest::get(requestUrl(m_transport, kind, ApiPaths::segment(requestId)),
                                 {AltinnScopes::RequestRead}),
        [kind, done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<SystemUserRequestResponse>(response, responseParser(kind)));
        });
}

ApiOperation *RequestClient::byExternalRef(const QString &systemId, const QString &orgNo,
    const QString &externalRef, RequestKind kind,
    std::function<void(const ApiResult<SystemUserRequestResponse> &)> done)
{
    const QString path = QStringLiteral("byexternalref/") + ApiPaths::segment(systemId) + u'/'
        + ApiPaths::segment(orgNo) + u'/' + ApiPaths::segment(externalRef);
    return m_transport->send(
        ApiRequest::get(requestUrl(m_transport, kind, path), {AltinnScopes::RequestRead}),
        [kind, done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<SystemUserRequestResponse>(response, responseParser(kind)));
        });
}

ApiOperation *RequestClient::listBySystem(const QString &systemId, RequestKind kind,
    std::function<void(const ApiResult<QList<SystemUserRequestResponse>> &)> done, int maxPages)
{
    const QUrl firstPage =
        requestUrl(m_transport, kind, QStringLiteral("bysystem/") + ApiPaths::segment(systemId));
    return PagedFetcher::fetchAll<SystemUserRequestResponse>(this, m_transport, firstPage,
        {AltinnScopes::RequestRead}, maxPages, responseParser(kind), std::move(done));
}

ApiOperation *RequestClient::remove(
    const QString &requestId, std::function<void(const ApiResult<Done> &)> done)
{
    return m_transport->send(ApiRequest::deleteResource(
                                 requestUrl(m_transport, RequestKind::Standard, ApiPaths::segment(requestId)),
                                 {AltinnScopes::RequestWrite}),
        [done = std::move(done)](const ApiResponse &response) { done(ResponseParsing::done(response)); });
}

} // namespace Altinn
