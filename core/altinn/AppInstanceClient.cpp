#include "altinn/AppInstanceClient.h"

#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/ResponseParsing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

/// No scopes: the transport must not put the vendor's token in; the system user token goes in instead.
ApiRequest withToken(ApiRequest request, const QByteArray &token)
{
    request.scopes.clear();
    if (!token.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    return request;
}

} // namespace

AppInstanceClient::AppInstanceClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

QByteArray AppInstanceClient::createBody(const QString &ownerOrgNo)
{
    const QJsonObject body{{u"instanceOwner"_s, QJsonObject{{u"organisationNumber"_s, ownerOrgNo}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiOperation *AppInstanceClient::createInstance(const QString &org, const QString &app,
    const QString &ownerOrgNo, const QByteArray &token,
    std::function<void(const ApiResult<AppInstance> &)> done)
{
    const QUrl url = m_transport->environment().appUrl(org, app, u"instances/create"_s);
    if (!url.isValid())
        return refuse(
            tr("\"%1\" is not an app owner's code (letters, digits and '-').").arg(org), std::move(done));
    return m_transport->send(withToken(ApiRequest::postJson(url, createBody(ownerOrgNo), {}), token),
        [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<AppInstance>(response, AppInstance::fromJson));
        });
}

ApiOperation *AppInstanceClient::instance(const QString &org, const QString &app,
    const QString &instanceOwnerPartyId, const QString &instanceGuid, const QByteArray &token,
    std::function<void(const ApiResult<AppInstance> &)> done)
{
    const QUrl url = m_transport->environment().appUrl(org, app,
        u"instances/"_s + ApiPaths::segment(instanceOwnerPartyId) + u'/' + ApiPaths::segment(instanceGuid));
    if (!url.isValid())
        return refuse(
            tr("\"%1\" is not an app owner's code (letters, digits and '-').").arg(org), std::move(done));
    return m_transport->send(
        withToken(ApiRequest::get(url), token), [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<AppInstance>(response, AppInstance::fromJson));
        });
}

ApiOperation *AppInstanceClient::refuse(
    const QString &reason, std::function<void(const ApiResult<AppInstance> &)> done)
{
    auto *operation = new ApiOperation(this);
    const QPointer<ApiOperation> guard(operation);
    QMetaObject::invokeMethod(
        operation,
        [guard, reason, done = std::move(done)] {
            const bool cancelled = guard && guard->isCancelled();
            done(ApiResult<AppInstance>::failed(ApiFailure::of(
                cancelled ? ApiFailure::Kind::Cancelled : ApiFailure::Kind::Rejected, reason)));
            if (guard)
                guard->finish();
        },
        Qt::QueuedConnection);
    return operation;
}

} // namespace Altinn
