#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Altinn {

/// One `authorizedInstances` entry: an instance of a resource the subject may act on.
struct AuthorizedInstance
{
    QString resourceId;
    QString instanceId;
    QString instanceRef;

    friend bool operator==(const AuthorizedInstance &, const AuthorizedInstance &) = default;
};

/**
 * `AuthorizedPartyDto` of accessmanagement/api/v1/enduser/authorizedparties
 * (docs/altinn-behaviour.md#authorized-parties): a party the caller — a person or a system user — may act
 * for, with what it holds there. Read leniently: names case-insensitive, unknown members ignored.
 */
struct AuthorizedParty
{
    /// Subunits nest; real hierarchies are two levels deep. Deeper levels than this are not read.
    static constexpr int MaxDepth = 8;

    QString partyUuid;
    QString name;
    QString organizationNumber; ///< organisations only
    QString parentId; ///< the main unit's partyUuid, for a subunit
    QString personId; ///< persons only
    qint64 partyId = 0;
    QString type; ///< "Organization", "Person", "SelfIdentified", … as sent
    QString unitType; ///< "AS", "BEDR", …
    bool isDeleted = false;
    bool onlyHierarchyElementWithNoAccess = false;
    QStringList authorizedAccessPackages; ///< as sent: package codes ("regnskapsforer-lonn") or URNs
    QStringList authorizedResources; ///< resource registry identifiers
    QStringList authorizedRoles;
    QList<AuthorizedInstance> authorizedInstances;
    QList<AuthorizedParty> subunits;

    /// The packages as URNs ("urn:altinn:accesspackage:<code>"), whichever form Altinn sent.
    QStringList accessPackageUrns() const;

    static AuthorizedParty fromJson(const QJsonObject &object, int depth = 0);
    /// Altinn's casing; for the CLI's output.
    QJsonObject toJson() const;

    friend bool operator==(const AuthorizedParty &, const AuthorizedParty &) = default;
};

namespace AuthorizedParties {
/**
 * The parties of an answer: the paginated envelope `{"links": …, "data": [party…]}` the enduser endpoint
 * sends, or a bare array (the older accessmanagement/api/v1/authorizedparties). An array nested in `data`
 * (as Altinn's own documentation example shows) is flattened. Non-object elements are skipped; nullopt
 * when the body is neither shape.
 */
std::optional<QList<AuthorizedParty>> fromJson(const QJsonValue &body);
/// `{"links": {"next": null}, "data": [...]}` — the envelope, as the CLI prints it.
QJsonObject toJson(const QList<AuthorizedParty> &parties);
/// "urn:altinn:accesspackage:<code>" for a bare code; a URN stays as it is.
QString packageUrn(const QString &codeOrUrn);
} // namespace AuthorizedParties

} // namespace Altinn
