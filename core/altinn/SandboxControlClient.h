#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/DelegationReason.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

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

/// A client of the sandbox's ID-porten (docs/sandbox.md#id-porten), as GET sandbox/idporten/clients/{id}
/// shows it.
struct SandboxIdPortenClientInfo
{
    QString clientId;
    QString orgNo;
    QString clientName;
    QStringList redirectUris;
    QStringList scopes;
    QJsonArray keys; ///< public JWKs
};

/// What one write to the vendor's own catalogue (docs/sandbox.md#your-own-catalogue) added, and replaced
/// (an entry with the same key was there: in the seed or added before).
struct SandboxCatalogueCounts
{
    int added = 0;
    int replaced = 0;
    int areasAdded = 0; ///< access packages only: the areas and area groups that came with them
    int areaGroupsAdded = 0;
};

/// One of the made-up persons of an organisation who act on the sandbox's approval pages
/// (docs/sandbox.md#who-approves), as GET sandbox/organisations/{orgNo}/persons shows them.
struct SandboxPerson
{
    QString id; ///< "person-1"
    QString name;
    QStringList roles; ///< "tilgangsstyrer", "daglig-leder"
    bool accessManager = false;
    QString lacks; ///< "nothing", "accessManagerRole", "firstRequested"
    QString description; ///< the sandbox's English sentence
    // Asked for with a request:
    std::optional<bool> canApprove; ///< whether approving it as this person would succeed
    QString problemCode; ///< what approving it would answer, when it would fail ("AUTH-00066", …)
    QList<DelegationReason> blocked; ///< what the person could not delegate
    bool canEscalate = false;
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
    /// POST sandbox/idporten/clients: 201 with the client id; an existing @p client.clientId fails with
    /// Kind::Http 409 (nothing is replaced).
    ApiOperation *createIdPortenClient(
        const SandboxIdPortenClientInfo &client, std::function<void(const ApiResult<QString> &)> done);
    /// GET sandbox/idporten/clients/{id}; 404 when there is none.
    ApiOperation *idportenClient(
        const QString &clientId, std::function<void(const ApiResult<SandboxIdPortenClientInfo> &)> done);
    /// PUT sandbox/idporten/clients/{id}/jwks: replaces every key with @p publicJwk.
    ApiOperation *replaceIdPortenClientKeys(const QString &clientId, const QJsonObject &publicJwk,
        std::function<void(const ApiResult<Done> &)> done);
    /// PUT sandbox/idporten/clients/{id}/scopes: replaces every scope.
    ApiOperation *replaceIdPortenClientScopes(const QString &clientId, const QStringList &scopes,
        std::function<void(const ApiResult<Done> &)> done);
    ApiOperation *approveRequest(const QString &requestId, std::function<void(const ApiResult<Done> &)> done);
    ApiOperation *rejectRequest(const QString &requestId, std::function<void(const ApiResult<Done> &)> done);
    /// POST sandbox/reset: forgets every client, system, request, system user and catalogue addition;
    /// the settings stay (docs/sandbox.md#post-sandboxreset).
    ApiOperation *reset(std::function<void(const ApiResult<Done> &)> done);
    ApiOperation *organisations(std::function<void(const ApiResult<QList<Organisation>> &)> done);
    /// GET sandbox/organisations/{orgNo}/persons[?requestId=]: the organisation's test persons; with
    /// @p requestId (may be empty) also what approving that request as each of them would do.
    ApiOperation *persons(const QString &orgNo, const QString &requestId,
        std::function<void(const ApiResult<QList<SandboxPerson>> &)> done);
    /**
     * Approval as @p personId (empty: the full access manager). All-or-nothing: a failure is Kind::Http with
     * the problem's code (403 AUTH-00066 not an access manager; 403 AUTH-00016/18/19/20/68–71, 400
     * AUTH-00053 or, for change requests, 400 AUTH-00001 when something cannot be delegated) and
     * `error.extensions["delegationReasons"]` listing what blocked (DelegationReason::fromExtension).
     */
    ApiOperation *approveRequest(
        const QString &requestId, const QString &personId, std::function<void(const ApiResult<Done> &)> done);
    /// POST sandbox/requests/{id}/escalate as @p personId (empty: the general manager): `escalated`
    /// becomes true (standard and agent requests; a change request is refused with 400).
    ApiOperation *escalateRequest(
        const QString &requestId, const QString &personId, std::function<void(const ApiResult<Done> &)> done);

    // The vendor's own catalogue (docs/sandbox.md#your-own-catalogue). An entry whose key the catalogue has
    // (seed or added) is replaced, so sending the same entries again changes nothing. The sandbox takes at
    // most 1 MiB of JSON per call (Onboarding::SandboxCatalogueImport::batches()).
    using CatalogueCallback = std::function<void(const ApiResult<SandboxCatalogueCounts> &)>;
    /// POST sandbox/catalogue/resources: ServiceResource objects, as resourcelist answers them.
    ApiOperation *addCatalogueResources(const QJsonArray &resources, CatalogueCallback done);
    /// POST sandbox/catalogue/accesspackages?language=…: area groups of an export fetched in @p language
    /// (nb, nn, en); the names are stored in that language.
    ApiOperation *addCatalogueAccessPackages(
        const QJsonArray &areaGroups, const QString &language, CatalogueCallback done);
    /// POST sandbox/catalogue/organisations: {"orgNo", "name"} objects.
    ApiOperation *addCatalogueOrganisations(const QJsonArray &organisations, CatalogueCallback done);
    /// GET sandbox/catalogue: what was added, {"resources", "areaGroups", "areas", "packages",
    /// "organisations"}.
    ApiOperation *catalogueAdditions(std::function<void(const ApiResult<QJsonObject> &)> done);
    /// DELETE sandbox/catalogue: removes every addition; the answer's "removed" holds the counts.
    ApiOperation *clearCatalogueAdditions(std::function<void(const ApiResult<QJsonObject> &)> done);

private:
    bool refuseWhenNotLocal(const std::function<void(const ApiFailure &)> &fail) const;
    /// PUT @p json to @p path of the control API (a client's jwks or scopes).
    ApiOperation *putControl(
        const QString &path, const QJsonObject &json, std::function<void(const ApiResult<Done> &)> done);
    /// POSTs @p entries to a catalogue endpoint and reads the counts it answers.
    ApiOperation *postCatalogue(const QUrl &url, const QJsonArray &entries, CatalogueCallback done);

    ApiTransport *m_transport;
};

} // namespace Altinn
