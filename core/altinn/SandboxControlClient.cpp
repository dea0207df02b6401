#include "altinn/SandboxControlClient.h"

#include "altinn/ApiPaths.h"
#include "altinn/ApiTransport.h"
#include "altinn/ResponseParsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Altinn {
namespace {

/// The body of a control-API write that needs none: the sandbox takes writes only as JSON (with that
/// Content-Type), so that a web page cannot send them (docs/sandbox.md#browser-protections).
const QByteArray EmptyJsonBody = QByteArrayLiteral("{}");

/// An operation that never reached the network: answered on the next event-loop turn, like a real one.
template <typename T>
ApiOperation *answerLater(QObject *parent, ApiFailure failure, std::function<void(const ApiResult<T> &)> done)
{
    auto *operation = new ApiOperation(parent);
    QMetaObject::invokeMethod(
        operation,
        [operation, failure = std::move(failure), done = std::move(done)] {
            done(ApiResult<T>::failed(failure));
            operation->finish();
        },
        Qt::QueuedConnection);
    return operation;
}

/// Sends @p request; @p toResult turns the answer into the call's result (ResponseParsing).
template <typename T, typename ToResult>
ApiOperation *sendAndParse(ApiTransport *transport, const ApiRequest &request, ToResult toResult,
    std::function<void(const ApiResult<T> &)> done)
{
    return transport->send(
        request, [toResult = std::move(toResult), done = std::move(done)](const ApiResponse &response) {
            done(toResult(response));
        });
}

ApiResult<QString> clientIdOf(const ApiResponse &response)
{
    const ApiResult<QJsonObject> body = ResponseParsing::object(response);
    if (!body.ok())
        return ResponseParsing::failedAs<QString>(body);
    const QString id = body.value->value(u"clientId"_s).toString();
    if (id.isEmpty())
        return ApiResult<QString>::failed(ResponseParsing::invalidResponse(u"no clientId in the answer"_s));
    return ApiResult<QString>::success(id, body.httpStatus);
}

} // namespace

SandboxControlClient::SandboxControlClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

bool SandboxControlClient::refuseWhenNotLocal(const std::function<void(const ApiFailure &)> &fail) const
{
    if (m_transport->environment().isLocal())
        return false;
    fail(ApiFailure::of(ApiFailure::Kind::Rejected,
        u"The sandbox control API exists only in the built-in sandbox or a local systemuser-sandbox."_s));
    return true;
}

ApiOperation *SandboxControlClient::health(std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    ApiRequest request = ApiRequest::get(m_transport->environment().sandboxControlUrl(u"health"_s));
    request.timeoutMs = 3000;
    return sendAndParse<Done>(m_transport, request, ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::createClient(const QString &orgNo, const QString &clientId,
    const QStringList &scopes, const QJsonObject &publicJwk,
    std::function<void(const ApiResult<QString> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<QString>(this, failure, done); }))
        return refused;
    QJsonObject body{{u"orgNo"_s, orgNo}, {u"scopes"_s, QJsonArray::fromStringList(scopes)},
        {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{publicJwk}}}}};
    if (!clientId.isEmpty())
        body.insert(u"clientId"_s, clientId);
    return sendAndParse<QString>(m_transport,
        ApiRequest::postJson(m_transport->environment().sandboxControlUrl(u"maskinporten/clients"_s),
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}),
        clientIdOf, std::move(done));
}

ApiOperation *SandboxControlClient::client(
    const QString &clientId, std::function<void(const ApiResult<SandboxMaskinportenClientInfo> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal([&](const ApiFailure &failure) {
            refused = answerLater<SandboxMaskinportenClientInfo>(this, failure, done);
        }))
        return refused;
    const auto parse = [](const ApiResponse &response) {
        return ResponseParsing::mapObject<SandboxMaskinportenClientInfo>(
            response, [](const QJsonObject &object) {
                SandboxMaskinportenClientInfo info;
                info.clientId = object.value(u"clientId"_s).toString();
                info.orgNo = object.value(u"orgNo"_s).toString();
                for (const QJsonValue &scope : object.value(u"scopes"_s).toArray())
                    info.scopes.append(scope.toString());
                info.keys = object.value(u"jwks"_s).toObject().value(u"keys"_s).toArray();
                return info;
            });
    };
    return sendAndParse<SandboxMaskinportenClientInfo>(m_transport,
        ApiRequest::get(m_transport->environment().sandboxControlUrl(
            u"maskinporten/clients/"_s + ApiPaths::segment(clientId))),
        parse, std::move(done));
}

ApiOperation *SandboxControlClient::replaceClientKeys(
    const QString &clientId, const QJsonObject &publicJwk, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    const QUrl url = m_transport->environment().sandboxControlUrl(
        u"maskinporten/clients/"_s + ApiPaths::segment(clientId) + u"/jwks"_s);
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{publicJwk}}}).toJson(QJsonDocument::Compact);
    return sendAndParse<Done>(
        m_transport, ApiRequest::putJson(url, json, {}), ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::replaceClientScopes(
    const QString &clientId, const QStringList &scopes, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    const QUrl url = m_transport->environment().sandboxControlUrl(
        u"maskinporten/clients/"_s + ApiPaths::segment(clientId) + u"/scopes"_s);
    const QByteArray json = QJsonDocument(QJsonObject{{u"scopes"_s, QJsonArray::fromStringList(scopes)}})
                                .toJson(QJsonDocument::Compact);
    return sendAndParse<Done>(
        m_transport, ApiRequest::putJson(url, json, {}), ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::createIdPortenClient(
    const SandboxIdPortenClientInfo &client, std::function<void(const ApiResult<QString> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<QString>(this, failure, done); }))
        return refused;
    QJsonObject body{{u"orgNo"_s, client.orgNo}, {u"clientName"_s, client.clientName},
        {u"redirectUris"_s, QJsonArray::fromStringList(client.redirectUris)},
        {u"scopes"_s, QJsonArray::fromStringList(client.scopes)},
        {u"jwks"_s, QJsonObject{{u"keys"_s, client.keys}}}};
    if (!client.clientId.isEmpty())
        body.insert(u"clientId"_s, client.clientId);
    return sendAndParse<QString>(m_transport,
        ApiRequest::postJson(m_transport->environment().sandboxControlUrl(u"idporten/clients"_s),
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}),
        clientIdOf, std::move(done));
}

ApiOperation *SandboxControlClient::idportenClient(
    const QString &clientId, std::function<void(const ApiResult<SandboxIdPortenClientInfo> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal([&](const ApiFailure &failure) {
            refused = answerLater<SandboxIdPortenClientInfo>(this, failure, done);
        }))
        return refused;
    const auto parse = [](const ApiResponse &response) {
        return ResponseParsing::mapObject<SandboxIdPortenClientInfo>(response, [](const QJsonObject &object) {
            SandboxIdPortenClientInfo info;
            info.clientId = object.value(u"clientId"_s).toString();
            info.orgNo = object.value(u"orgNo"_s).toString();
            info.clientName = object.value(u"clientName"_s).toString();
            for (const QJsonValue &uri : object.value(u"redirectUris"_s).toArray())
                info.redirectUris.append(uri.toString());
            for (const QJsonValue &scope : object.value(u"scopes"_s).toArray())
                info.scopes.append(scope.toString());
            info.keys = object.value(u"jwks"_s).toObject().value(u"keys"_s).toArray();
            return info;
        });
    };
    return sendAndParse<SandboxIdPortenClientInfo>(m_transport,
        ApiRequest::get(m_transport->environment().sandboxControlUrl(
            u"idporten/clients/"_s + ApiPaths::segment(clientId))),
        parse, std::move(done));
}

ApiOperation *SandboxControlClient::replaceIdPortenClientKeys(
    const QString &clientId, const QJsonObject &publicJwk, std::function<void(const ApiResult<Done> &)> done)
{
    return putControl(u"idporten/clients/"_s + ApiPaths::segment(clientId) + u"/jwks"_s,
        QJsonObject{{u"keys"_s, QJsonArray{publicJwk}}}, std::move(done));
}

ApiOperation *SandboxControlClient::replaceIdPortenClientScopes(
    const QString &clientId, const QStringList &scopes, std::function<void(const ApiResult<Done> &)> done)
{
    return putControl(u"idporten/clients/"_s + ApiPaths::segment(clientId) + u"/scopes"_s,
        QJsonObject{{u"scopes"_s, QJsonArray::fromStringList(scopes)}}, std::move(done));
}

ApiOperation *SandboxControlClient::putControl(
    const QString &path, const QJsonObject &json, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    return sendAndParse<Done>(m_transport,
        ApiRequest::putJson(m_transport->environment().sandboxControlUrl(path),
            QJsonDocument(json).toJson(QJsonDocument::Compact), {}),
        ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::approveRequest(
    const QString &requestId, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    const QUrl url = m_transport->environment().sandboxControlUrl(u"requests/"_s + requestId + u"/approve"_s);
    return sendAndParse<Done>(
        m_transport, ApiRequest::postJson(url, EmptyJsonBody, {}), ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::rejectRequest(
    const QString &requestId, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    const QUrl url = m_transport->environment().sandboxControlUrl(u"requests/"_s + requestId + u"/reject"_s);
    return sendAndParse<Done>(
        m_transport, ApiRequest::postJson(url, EmptyJsonBody, {}), ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::reset(std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    return sendAndParse<Done>(m_transport,
        ApiRequest::postJson(m_transport->environment().sandboxControlUrl(u"reset"_s), EmptyJsonBody, {}),
        ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::organisations(
    std::function<void(const ApiResult<QList<Organisation>> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal([&](const ApiFailure &failure) {
            refused = answerLater<QList<Organisation>>(this, failure, done);
        }))
        return refused;
    const auto parse = [](const ApiResponse &response) {
        return ResponseParsing::mapArray<Organisation>(response, [](const QJsonObject &object) {
            return Organisation{object.value(u"orgNo"_s).toString(), object.value(u"name"_s).toString()};
        });
    };
    return sendAndParse<QList<Organisation>>(m_transport,
        ApiRequest::get(m_transport->environment().sandboxControlUrl(u"organisations"_s)), parse,
        std::move(done));
}

namespace {

/// The control API's body naming who acts: {"person": id}, or `{}` for the sandbox's default.
QByteArray personBody(const QString &personId)
{
    if (personId.trimmed().isEmpty())
        return EmptyJsonBody;
    return QJsonDocument(QJsonObject{{u"person"_s, personId.trimmed()}}).toJson(QJsonDocument::Compact);
}

SandboxPerson personFrom(const QJsonObject &object)
{
    SandboxPerson person;
    person.id = object.value(u"id"_s).toString();
    person.name = object.value(u"name"_s).toString();
    for (const QJsonValue &role : object.value(u"roles"_s).toArray())
        person.roles.append(role.toString());
    person.accessManager = object.value(u"accessManager"_s).toBool();
    person.lacks = object.value(u"lacks"_s).toString();
    person.description = object.value(u"description"_s).toString();
    if (object.value(u"canApprove"_s).isBool())
        person.canApprove = object.value(u"canApprove"_s).toBool();
    person.problemCode = object.value(u"problemCode"_s).toString();
    const QJsonArray blocked = object.value(u"blocked"_s).toArray();
    person.blocked = DelegationReason::fromExtension(
        QString::fromUtf8(QJsonDocument(blocked).toJson(QJsonDocument::Compact)));
    person.canEscalate = object.value(u"canEscalate"_s).toBool();
    return person;
}

} // namespace

ApiOperation *SandboxControlClient::persons(const QString &orgNo, const QString &requestId,
    std::function<void(const ApiResult<QList<SandboxPerson>> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal([&](const ApiFailure &failure) {
            refused = answerLater<QList<SandboxPerson>>(this, failure, done);
        }))
        return refused;
    QUrl url = m_transport->environment().sandboxControlUrl(
        u"organisations/"_s + ApiPaths::segment(orgNo) + u"/persons"_s);
    if (!requestId.isEmpty())
        url = ApiPaths::withQuery(url, {{u"requestId"_s, requestId}});
    const auto parse = [](const ApiResponse &response) {
        return ResponseParsing::mapArray<SandboxPerson>(response, personFrom);
    };
    return sendAndParse<QList<SandboxPerson>>(m_transport, ApiRequest::get(url), parse, std::move(done));
}

ApiOperation *SandboxControlClient::approveRequest(
    const QString &requestId, const QString &personId, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    const QUrl url = m_transport->environment().sandboxControlUrl(
        u"requests/"_s + ApiPaths::segment(requestId) + u"/approve"_s);
    return sendAndParse<Done>(m_transport, ApiRequest::postJson(url, personBody(personId), {}),
        ResponseParsing::done, std::move(done));
}

ApiOperation *SandboxControlClient::escalateRequest(
    const QString &requestId, const QString &personId, std::function<void(const ApiResult<Done> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<Done>(this, failure, done); }))
        return refused;
    const QUrl url = m_transport->environment().sandboxControlUrl(
        u"requests/"_s + ApiPaths::segment(requestId) + u"/escalate"_s);
    return sendAndParse<Done>(m_transport, ApiRequest::postJson(url, personBody(personId), {}),
        ResponseParsing::done, std::move(done));
}

namespace {

SandboxCatalogueCounts catalogueCountsFrom(const QJsonObject &object)
{
    SandboxCatalogueCounts counts;
    counts.added = object.value(u"added"_s).toInt();
    counts.replaced = object.value(u"replaced"_s).toInt();
    counts.areasAdded = object.value(u"areas"_s).toObject().value(u"added"_s).toInt();
    counts.areaGroupsAdded = object.value(u"areaGroups"_s).toObject().value(u"added"_s).toInt();
    return counts;
}

} // namespace

ApiOperation *SandboxControlClient::postCatalogue(
    const QUrl &url, const QJsonArray &entries, CatalogueCallback done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal([&](const ApiFailure &failure) {
            refused = answerLater<SandboxCatalogueCounts>(this, failure, done);
        }))
        return refused;
    const auto parse = [](const ApiResponse &response) {
        return ResponseParsing::mapObject<SandboxCatalogueCounts>(response, catalogueCountsFrom);
    };
    return sendAndParse<SandboxCatalogueCounts>(m_transport,
        ApiRequest::postJson(url, QJsonDocument(entries).toJson(QJsonDocument::Compact), {}), parse,
        std::move(done));
}

ApiOperation *SandboxControlClient::addCatalogueResources(const QJsonArray &resources, CatalogueCallback done)
{
    return postCatalogue(
        m_transport->environment().sandboxControlUrl(u"catalogue/resources"_s), resources, std::move(done));
}

ApiOperation *SandboxControlClient::addCatalogueAccessPackages(
    const QJsonArray &areaGroups, const QString &language, CatalogueCallback done)
{
    return postCatalogue(
        ApiPaths::withQuery(m_transport->environment().sandboxControlUrl(u"catalogue/accesspackages"_s),
            {{u"language"_s, language}}),
        areaGroups, std::move(done));
}

ApiOperation *SandboxControlClient::addCatalogueOrganisations(
    const QJsonArray &organisations, CatalogueCallback done)
{
    return postCatalogue(m_transport->environment().sandboxControlUrl(u"catalogue/organisations"_s),
        organisations, std::move(done));
}

ApiOperation *SandboxControlClient::catalogueAdditions(
    std::function<void(const ApiResult<QJsonObject> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<QJsonObject>(this, failure, done); }))
        return refused;
    return sendAndParse<QJsonObject>(m_transport,
        ApiRequest::get(m_transport->environment().sandboxControlUrl(u"catalogue"_s)),
        ResponseParsing::object, std::move(done));
}

ApiOperation *SandboxControlClient::clearCatalogueAdditions(
    std::function<void(const ApiResult<QJsonObject> &)> done)
{
    ApiOperation *refused = nullptr;
    if (refuseWhenNotLocal(
            [&](const ApiFailure &failure) { refused = answerLater<QJsonObject>(this, failure, done); }))
        return refused;
    // A control-API write, so JSON even without content (docs/sandbox.md#browser-protections).
    ApiRequest request =
        ApiRequest::deleteResource(m_transport->environment().sandboxControlUrl(u"catalogue"_s), {});
    request.body = EmptyJsonBody;
    request.contentType = QByteArrayLiteral("application/json");
    return sendAndParse<QJsonObject>(m_transport, request, ResponseParsing::object, std::move(done));
}

} // namespace Altinn
