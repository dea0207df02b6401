#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Altinn {

class ApiTransport;

/// An organisation of the sandbox's Central Coordinating Register.
struct Organisation
{
    QString orgNo;
    QString name;
};

/// A client of the sandbox's Maskinporten registry, as GET sandbox/maskinporten/clients/{id} shows it.
struct SandboxMaskinportenClientInfo
{
    QString clientId;
    QString orgNo;
    QStringList scopes;
    QJsonArray keys; ///< public JWKs, each with the `exp` the sandbox gave it
};

/**
 * The sandbox's control API (docs/sandbox.md): what happens outside the vendor's reach — the
 * Maskinporten self-service portal (client registration), the customer's approval — plus health and
 * the register's organisations. Refuses (Kind::Rejected) on environments that are not local.
 */
class SandboxControlClient : public QObject
{
    Q_OBJECT

public:
    explicit SandboxControlClient(ApiTransport *transport, QObject *parent = nullptr);

    ApiOperation *health(std::function<void(const ApiResult<Done> &)> done);
    /// POST sandbox/maskinporten/clients only: 201 with the client id; a @p clientId that exists fails
    /// with Kind::Http 409 (nothing is replaced). An empty @p clientId lets the sandbox choose one.
    ApiOperation *createClient(const QString &orgNo, const QString &clientId, const QStringList &scopes,
        const QJsonObject &publicJwk, std::function<void(const ApiResult<QString> &)> done);
    /// GET sandbox/maskinporten/clients/{id}: the client with its keys; 404 when there is none.
    ApiOperation *client(
        const QString &clientId, std::function<void(const ApiResult<SandboxMaskinportenClientInfo> &)> done);
    /// PUT sandbox/maskinporten/clients/{id}/jwks: replaces every key with @p publicJwk.
    ApiOperation *replaceClientKeys(const QString &clientId, const QJsonObject &publicJwk,
        std::function<void(const ApiResult<Done> &)> done);
    /// PUT sandbox/maskinporten/clients/{id}/scopes: replaces every scope.
    ApiOperation *replaceClientScopes(const QString &clientId, const QStringList &scopes,
        std::function<void(const ApiResult<Done> &)> done);
    ApiOperation *approveRequest(const QString &requestId, std::function<void(const ApiResult<Done> &)> done);
    ApiOperation *rejectRequest(const QString &requestId, std::function<void(const ApiResult<Done> &)> done);
    ApiOperation *organisations(std::function<void(const ApiResult<QList<Organisation>> &)> done);

private:
    bool refuseWhenNotLocal(const std::function<void(const ApiFailure &)> &fail) const;

    ApiTransport *m_transport;
};

} // namespace Altinn
