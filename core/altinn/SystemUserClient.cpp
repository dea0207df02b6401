#include "altinn/SystemUserClient.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/PagedFetcher.h"
#include "altinn/ResponseParsing.h"

namespace Altinn {

SystemUserClient::SystemUserClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ApiOperation *SystemUserClient::listBySystem(
    const QString &systemId, std::function<void(const ApiResult<QList<SystemUser>> &)> done, int maxPages)
{
    // Listing system users is a system register operation: it needs systemregister.write
    // (docs/altinn-behaviour.md#scope-per-endpoint).
    const QUrl firstPage = m_transport->environment().authenticationUrl(
        QStringLiteral("systemuser/vendor/bysystem/") + ApiPaths::segment(systemId));
    return PagedFetcher::fetchAll<SystemUser>(this, m_transport, firstPage,
        {AltinnScopes::SystemRegisterWrite}, maxPages, SystemUser::fromJson, std::move(done));
}

ApiOperation *SystemUserClient::find(const QString &systemId, const QString &orgNo,
    const QString &externalRef, std::function<void(const ApiResult<SystemUser> &)> done)
{
    QList<QPair<QString, QString>> query{
        {QStringLiteral("system-id"), systemId}, {QStringLiteral("orgno"), orgNo}};
    // Left out when empty: the server then defaults it to the org number.
    if (!externalRef.isEmpty())
        query.append({QStringLiteral("external-ref"), externalRef});
    const QUrl url = ApiPaths::withQuery(
        m_transport->environment().authenticationUrl(QStringLiteral("systemuser/vendor/byquery")), query);
    // A GET that still needs the write scope (docs/altinn-behaviour.md#scope-per-endpoint).
    return m_transport->send(ApiRequest::get(url, {AltinnScopes::RequestWrite}),
        [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<SystemUser>(response, SystemUser::fromJson));
        });
}

} // namespace Altinn
