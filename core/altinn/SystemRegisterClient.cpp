#include "altinn/SystemRegisterClient.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/ResponseParsing.h"

#include <QJsonDocument>

namespace Altinn {
namespace {

const QStringList Scopes{AltinnScopes::SystemRegisterWrite};

QUrl vendorUrl(const ApiTransport *transport, const QString &systemId = {}, const QString &suffix = {})
{
    QString path = QStringLiteral("systemregister/vendor");
    if (!systemId.isEmpty())
        path += u'/' + ApiPaths::segment(systemId) + suffix;
    return transport->environment().authenticationUrl(path);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

/// PUT and DELETE answer {"succeeded": true}; anything else is not a confirmation.
ApiResult<UpdateResult> updateResult(const ApiResponse &response)
{
    return ResponseParsing::mapObject<UpdateResult>(response, UpdateResult::fromJson);
}

} // namespace

SystemRegisterClient::SystemRegisterClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ApiOperation *SystemRegisterClient::list(std::function<void(const ApiResult<QList<SystemListItem>> &)> done)
{
    return m_transport->send(ApiRequest::get(vendorUrl(m_transport), Scopes),
        [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapArray<SystemListItem>(response, SystemListItem::fromJson));
        });
}

ApiOperation *SystemRegisterClient::get(
    const QString &systemId, std::function<void(const ApiResult<SystemDefinition> &)> done)
{
    return m_transport->send(ApiRequest::get(vendorUrl(m_transport, systemId), Scopes),
        [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<SystemDefinition>(response, SystemDefinition::fromJson));
        });
}

ApiOperation *SystemRegisterClient::create(
    const SystemDefinition &system, std::function<void(const ApiResult<QString> &)> done)
{
    return m_transport->send(
        ApiRequest::postJson(vendorUrl(m_transport), compact(system.toRequestJson()), Scopes),
        [done = std::move(done)](const ApiResponse &response) { done(ResponseParsing::string(response)); });
}

ApiOperation *SystemRegisterClient::update(const SystemDefinition &local, Fields fields,
    std::function<void(const ApiResult<SystemDefinition> &)> done)
{
    auto *operation = new ApiOperation(this);
    auto finish = [operation, done = std::move(done)](const ApiResult<SystemDefinition> &result) {
        done(result);
        operation->finish();
    };
    m_transport->send(
        ApiRequest::get(vendorUrl(m_transport, local.id), Scopes),
        [this, operation, local, fields, finish](const ApiResponse &response) {
            const auto registered =
                ResponseParsing::mapObject<SystemDefinition>(response, SystemDefinition::fromJson);
            if (!registered.ok()) {
                finish(registered);
                return;
            }
            if (operation->isCancelled()) {
                finish(ApiResult<SystemDefinition>::failed(ApiFailure::of(ApiFailure::Kind::Cancelled)));
                return;
            }
            put(merged(*registered.value, local, fields), operation, finish);
        },
        operation);
    return operation;
}

ApiOperation *SystemRegisterClient::updateFrom(const SystemDefinition &registered,
    const SystemDefinition &local, Fields fields,
    std::function<void(const ApiResult<SystemDefinition> &)> done)
{
    auto *operation = new ApiOperation(this);
    put(merged(registered, local, fields), operation,
        [operation, done = std::move(done)](const ApiResult<SystemDefinition> &result) {
            done(result);
            operation->finish();
        });
    return operation;
}

void SystemRegisterClient::put(const SystemDefinition &sent, ApiOperation *operation,
    const std::function<void(const ApiResult<SystemDefinition> &)> &done)
{
    m_transport->send(
        ApiRequest::putJson(vendorUrl(m_transport, sent.id), compact(sent.toRequestJson()), Scopes),
        [sent, done](const ApiResponse &answer) {
            const ApiResult<UpdateResult> confirmed = updateResult(answer);
            if (!confirmed.ok()) {
                done(ResponseParsing::failedAs<SystemDefinition>(confirmed));
                return;
            }
            done(ApiResult<SystemDefinition>::success(sent, confirmed.httpStatus));
        },
        operation);
}

SystemDefinition SystemRegisterClient::merged(
    const SystemDefinition &registered, const SystemDefinition &local, Fields fields)
{
    // Start from the registered system so the id, the vendor and every member the caller did not name
    // are sent back exactly as stored: the PUT replaces the whole system.
    SystemDefinition result = registered;
    result.isDeleted.reset(); // response only
    if (fields.testFlag(Field::Name))
        result.name = local.name;
    if (fields.testFlag(Field::Description))
        result.description = local.description;
    if (fields.testFlag(Field::Rights))
        result.rights = local.rights;
    if (fields.testFlag(Field::AccessPackages))
        result.accessPackages = local.accessPackages;
    if (fields.testFlag(Field::ClientIds))
        result.clientIds = local.clientIds;
    if (fields.testFlag(Field::RedirectUrls))
        result.allowedRedirectUrls = local.allowedRedirectUrls;
    if (fields.testFlag(Field::IsVisible))
        result.isVisible = local.isVisible;
    return result;
}

ApiOperation *SystemRegisterClient::updateRights(const QString &systemId, const QList<Right> &rights,
    std::function<void(const ApiResult<UpdateResult> &)> done)
{
    return m_transport->send(ApiRequest::putJson(vendorUrl(m_transport, systemId, QStringLiteral("/rights")),
                                 compact(Rights::toJson(rights)), Scopes),
        [done = std::move(done)](const ApiResponse &response) { done(updateResult(response)); });
}

ApiOperation *SystemRegisterClient::updateAccessPackages(const QString &systemId,
    const QList<AccessPackageRef> &packages, std::function<void(const ApiResult<UpdateResult> &)> done)
{
    return m_transport->send(
        ApiRequest::putJson(vendorUrl(m_transport, systemId, QStringLiteral("/accesspackages")),
            compact(AccessPackageRefs::toJson(packages)), Scopes),
        [done = std::move(done)](const ApiResponse &response) { done(updateResult(response)); });
}

ApiOperation *SystemRegisterClient::remove(
    const QString &systemId, std::function<void(const ApiResult<UpdateResult> &)> done)
{
    return m_transport->send(ApiRequest::deleteResource(vendorUrl(m_transport, systemId), Scopes),
        [done = std::move(done)](const ApiResponse &response) { done(updateResult(response)); });
}

ApiOperation *SystemRegisterClient::changelog(
    const QString &systemId, std::function<void(const ApiResult<QList<ChangeLogEntry>> &)> done)
{
    return m_transport->send(
        ApiRequest::get(vendorUrl(m_transport, systemId, QStringLiteral("/changelog")), Scopes),
        [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapArray<ChangeLogEntry>(response, ChangeLogEntry::fromJson));
        });
}

} // namespace Altinn
