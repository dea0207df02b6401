#pragma once

#include "model/AccessPackageRef.h"
#include "model/ChangeRequest.h"
#include "model/Right.h"
#include "model/SystemDefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Onboarding {

/**
 * What a change request asks for, worked out from what the customer's system user has and what the
 * person now wants it to have (both within what the system offers). Rights are compared by their
 * identity (resource and action), packages by URN. Used by the wizard's change-request mode and the CLI.
 */
struct ChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlan)

public:
    QList<Altinn::Right> currentRights;
    QList<Altinn::AccessPackageRef> currentPackages;
    QList<Altinn::Right> wantedRights;
    QList<Altinn::AccessPackageRef> wantedPackages;

    /// Required = wanted and not held; unwanted = held and not wanted.
    Altinn::ChangeRequest toChangeRequest() const;
    bool hasChanges() const { return !toChangeRequest().isEmpty(); }
    /// Wanted items the system does not offer (the request would be refused): resource ids and URNs.
    QStringList notOffered(const Altinn::SystemDefinition &system) const;
    /// One line per change for a preview ("Add: …", "Remove: …"), names through @p nameOf.
    QStringList preview(const std::function<QString(const QString &id)> &nameOf) const;
};

} // namespace Onboarding
