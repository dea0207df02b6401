#include "onboarding/ChangePlan.h"

#include <QSet>

namespace Onboarding {
namespace {

QSet<QString> rightKeys(const QList<Altinn::Right> &rights)
{
    QSet<QString> keys;
    for (const Altinn::Right &right : rights)
        keys.insert(right.identityKey());
    return keys;
}

QSet<QString> packageKeys(const QList<Altinn::AccessPackageRef> &packages)
{
    QSet<QString> keys;
    for (const Altinn::AccessPackageRef &package : packages)
        keys.insert(package.urn);
    return keys;
}

} // namespace

Altinn::ChangeRequest ChangePlan::toChangeRequest() const
{
    Altinn::ChangeRequest request;
    const QSet<QString> heldRights = rightKeys(currentRights);
    const QSet<QString> wantedRightKeys = rightKeys(wantedRights);
    for (const Altinn::Right &right : wantedRights) {
        if (!heldRights.contains(right.identityKey()))
            request.requiredRights.append(right);
    }
    for (const Altinn::Right &right : currentRights) {
        if (!wantedRightKeys.contains(right.identityKey()))
            request.unwantedRights.append(right);
    }
    const QSet<QString> heldPackages = packageKeys(currentPackages);
    const QSet<QString> wantedPackageKeys = packageKeys(wantedPackages);
    for (const Altinn::AccessPackageRef &package : wantedPackages) {
        if (!heldPackages.contains(package.urn))
            request.requiredAccessPackages.append(package);
    }
    for (const Altinn::AccessPackageRef &package : currentPackages) {
        if (!wantedPackageKeys.contains(package.urn))
            request.unwantedAccessPackages.append(package);
    }
    return request;
}

QStringList ChangePlan::notOffered(const Altinn::SystemDefinition &system) const
{
    const QSet<QString> offeredRights = rightKeys(system.rights.value_or(QList<Altinn::Right>()));
    const QSet<QString> offeredPackages =
        packageKeys(system.accessPackages.value_or(QList<Altinn::AccessPackageRef>()));
    QStringList missing;
    for (const Altinn::Right &right : wantedRights) {
        if (!offeredRights.contains(right.identityKey()))
            missing.append(right.resourceId());
    }
    for (const Altinn::AccessPackageRef &package : wantedPackages) {
        if (!offeredPackages.contains(package.urn))
            missing.append(package.urn);
    }
    return missing;
}

QStringList ChangePlan::preview(const std::function<QString(const QString &id)> &nameOf) const
{
    const Altinn::ChangeRequest request = toChangeRequest();
    QStringList lines;
    for (const Altinn::Right &right : request.requiredRights)
        lines.append(tr("Add: %1").arg(nameOf(right.resourceId())));
    for (const Altinn::AccessPackageRef &package : request.requiredAccessPackages)
        lines.append(tr("Add: %1").arg(nameOf(package.urn)));
    for (const Altinn::Right &right : request.unwantedRights)
        lines.append(tr("Remove: %1").arg(nameOf(right.resourceId())));
    for (const Altinn::AccessPackageRef &package : request.unwantedAccessPackages)
        lines.append(tr("Remove: %1").arg(nameOf(package.urn)));
    return lines;
}

} // namespace Onboarding
