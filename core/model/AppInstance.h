#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Altinn {

/**
 * An instance of an Altinn app, as the app's `instances` API answers it
 * (docs/sandbox.md#the-simulated-altinn-app): the members a vendor's system needs to follow it up. The whole
 * answer is kept in `json`.
 */
struct AppInstance
{
    QString id; ///< "{instanceOwnerPartyId}/{instanceGuid}"
    QString instanceOwnerPartyId;
    /// Current apps write `instanceOwner.organizationNumber`, older ones (Storage's model)
    /// `organisationNumber`; either is read.
    QString organisationNumber;
    QString appId; ///< "{org}/{app}"
    QString org;
    QString appsSelfLink; ///< selfLinks.apps: where the instance can be read again
    QString currentTask; ///< process.currentTask.elementId ("Task_1"); empty when the process has ended
    QDateTime created;
    QString createdBy;
    QDateTime lastChanged;
    QJsonObject json; ///< the answer as it came

    /// The instance GUID: the part of `id` after the '/'.
    QString instanceGuid() const;

    static AppInstance fromJson(const QJsonObject &object);
};

} // namespace Altinn
