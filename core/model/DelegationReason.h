#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Altinn {

/**
 * One resource or access package an approver could not delegate, and why — an entry of the
 * `delegationReasons` extension of a failed approval (docs/altinn-behaviour.md#approval-url-and-flow).
 *
 * Altinn's problem extensions are strings, so the member holds a JSON array written as text:
 * `"[{\"type\":\"resource\",\"id\":\"ske-krav-og-betalinger\",\"codes\":[\"MissingRoleAccess\"]}]"`.
 */
struct DelegationReason
{
    enum class Type { Resource, Package };

    Type type = Type::Resource;
    QString id; ///< resource identifier, or package URN
    /// Access management's reason codes: "MissingRoleAccess", "MissingDelegationAccess",
    /// "MissingSrrRightAccess", "InsufficientAuthenticationLevel", "AccessListValidationFail",
    /// "MissingPackageAccess", "ResourceNotDelegable", "ResourceIsMaskinPortenSchema", "Unknown".
    QStringList codes;

    friend bool operator==(const DelegationReason &, const DelegationReason &) = default;

    /// The problem extension member's name.
    static QString extensionName();
    /// The extension's text (a JSON array, compact).
    static QString toExtension(const QList<DelegationReason> &reasons);
    /// Reads the extension's text; entries it cannot read are left out (empty for anything that is not an
    /// array).
    static QList<DelegationReason> fromExtension(const QString &text);
    /// The AUTH-000NN code a reason code stands for (MissingRoleAccess → AUTH-00016, …); AUTH-00014 for
    /// codes it does not know.
    static QString problemCodeFor(const QString &reasonCode);
    /// True for reasons no person can overcome: the resource itself cannot be delegated.
    bool blocksEveryone() const;
};

} // namespace Altinn
