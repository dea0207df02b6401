#pragma once

#include "model/AccessPackageRef.h"
#include "model/ChangeRequest.h"
#include "model/RequestStatus.h"
#include "model/Right.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "sandbox/CatalogueAdditions.h"
#include "sandbox/SandboxStateIndex.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// A registered system as the sandbox stores it (docs/altinn-behaviour.md#system-model).
struct SandboxSystem
{
    QString internalId; ///< GUID answered by create
    Altinn::SystemDefinition definition; ///< vendorId always "0192:<vendor org number>"; isDeleted unset
    bool isDeleted = false;
    QDateTime created;

    QString vendorOrgNumber() const { return definition.vendorOrgNumber(); }
};

/// One entry of a system's changelog (docs/altinn-behaviour.md#changelog).
struct SandboxChangeLogRecord
{
    QString systemId;
    QString changedByOrgNumber;
    QString changeType; ///< create | update | rightsupdate | accesspackageupdate | delete
    QJsonValue changedData;
    QString clientId; ///< the token's client_id
    QDateTime created;
};

/// A standard or agent system user request (docs/altinn-behaviour.md#system-user-requests).
struct SandboxRequestRecord
{
    QString id; ///< lowercase GUID
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    QString systemId;
    QString partyOrgNo;
    QString externalRef; ///< already defaulted to partyOrgNo where the server does
    QString integrationTitle;
    QList<Altinn::Right> rights;
    QList<Altinn::AccessPackageRef> accessPackages;
    Altinn::RequestStatus status = Altinn::RequestStatus::New;
    std::optional<QString> redirectUrl;
    QDateTime created;
    bool escalated = false;
    bool isDeleted = false;
};

/// A change request (docs/altinn-behaviour.md#change-requests).
struct SandboxChangeRequestRecord
{
    QString id; ///< the vendor's correlation id
    QString systemUserId;
    QString systemId;
    QString partyOrgNo;
    QString externalRef;
    Altinn::ChangeRequest change; ///< required/unwanted lists and redirectUrl
    Altinn::RequestStatus status = Altinn::RequestStatus::New;
    QDateTime created;
    bool isDeleted = false;
};

/// A system user, created when a request is approved; id = request id
/// (docs/altinn-behaviour.md#status-lifecycle).
struct SandboxSystemUserRecord
{
    QString id;
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    QString systemId;
    QString partyOrgNo; ///< the owner (reporteeOrgNo)
    QString externalRef;
    QString integrationTitle;
    QString supplierOrgNo;
    QList<Altinn::Right> rights;
    QList<Altinn::AccessPackageRef> accessPackages;
    QDateTime created;
    bool isDeleted = false;
    qint64 sequence = 0; ///< internal order of the vendor/bysystem list
};

/// A Maskinporten client as the self-service portal would hold it
/// (docs/altinn-behaviour.md#maskinporten-keys).
struct SandboxMaskinportenClient
{
    QString clientId;
    QString orgNo; ///< the owning organisation (the vendor)
    QStringList scopes; ///< scopes added to the client
    QJsonArray keys; ///< public JWKs, each with "kid" and an "exp" (epoch seconds, at most a year ahead)
    QDateTime created;
};

/// A client of the sandbox's ID-porten (docs/sandbox.md#id-porten), as the self-service portal would hold it.
struct SandboxIdPortenClient
{
    QString clientId;
    QString orgNo; ///< the owning organisation (the vendor): the access token's consumer
    QString clientName; ///< shown on the consent page
    QStringList redirectUris; ///< loopback ones match with any port (RFC 8252 §7.3), others exactly
    QStringList scopes; ///< scopes the client may ask for
    QJsonArray keys; ///< public JWKs for private_key_jwt, each with "kid" and an "exp" (epoch seconds)
    QDateTime created;
};

/// An instance of a simulated Altinn app (docs/sandbox.md#the-simulated-altinn-app).
struct SandboxAppInstance
{
    QString id; ///< the instance GUID, lowercase
    QString org; ///< the app owner's code, lowercase ("brg")
    QString app; ///< the app's name, lowercase ("aarsregnskap")
    QString ownerOrgNo; ///< the instance owner; its party id is derived from it (AppApi::partyIdOf)
    QString createdBy; ///< the system user that created it, or "person:<Altinn user id>"
    QDateTime created;
    QDateTime dueBefore; ///< invalid when not given
    QDateTime visibleAfter; ///< invalid when not given
};

/**
 * Everything the sandbox remembers. Plain data; the endpoint classes hold the rules.
 * Keys are ids as stored (system ids case-sensitive; GUIDs lowercase). Store new requests, change requests
 * and system users with add…(), which keep the index of the frequent lookups current (SandboxStateIndex).
 */
struct SandboxState
{
    QMap<QString, SandboxSystem> systems; ///< by system id
    QMap<QString, QString> clientIdOwners; ///< lower-cased client id → system id (live systems)
    QList<SandboxChangeLogRecord> changeLog;
    QMap<QString, SandboxRequestRecord> requests; ///< by id (GUID order = the list order)
    QMap<QString, SandboxChangeRequestRecord> changeRequests;
    QMap<QString, SandboxSystemUserRecord> systemUsers;
    qint64 nextSystemUserSequence = 1;
    QMap<QString, SandboxMaskinportenClient> maskinportenClients; ///< by client id (lower-case)
    QHash<QString, qint64> usedGrantIds; ///< jti → expiry (epoch seconds): a grant is single-use (MP-012)
    QMap<QString, SandboxIdPortenClient> idportenClients; ///< by client id (lower-case)
    /// ID-porten client assertions' jti → expiry (epoch seconds): an assertion is single-use. Not saved.
    QHash<QString, qint64> idportenUsedAssertionIds;
    /// jti → exp of ID-porten tokens revoked because their code was used twice (RFC 6749 §4.1.2); whoever
    /// accepts an ID-porten token asks IdPortenApi::isRevoked. Not saved: tokens live two minutes.
    QHash<QString, qint64> idportenRevokedTokenIds;
    /// What the vendor added to the catalogue (docs/sandbox.md#your-own-catalogue); SeedCatalogue follows it.
    CatalogueAdditions catalogueAdditions;
    /// Instances of the simulated apps, by instance GUID (docs/sandbox.md#the-simulated-altinn-app).
    QMap<QString, SandboxAppInstance> appInstances;

    QJsonObject toJson() const;
    /// The state toJson() wrote, every member's type checked; nullopt when anything does not fit, with the
    /// first problem in @p error: where and what was expected ("requests[2].status: expected one of …").
    static std::optional<SandboxState> fromJson(const QJsonObject &object, QString *error = nullptr);

    void addRequest(const SandboxRequestRecord &request);
    void addChangeRequest(const SandboxChangeRequestRecord &request);
    void addSystemUser(const SandboxSystemUserRecord &user);
    /// The index over the maps above; each lookup first catches up with maps that were changed directly.
    SandboxStateIndex &index() const { return m_index; }

private:
    mutable SandboxStateIndex m_index; ///< a cache of the maps: lookups through a const state fill it
};
