#pragma once

#include "model/AccessPackageRef.h"
#include "model/RequestStatus.h"
#include "model/Right.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// `ChangeRequestResponse`.
struct ChangeRequestResponse
{
    QString id; ///< the vendor's correlation id
    QString externalRef;
    QString systemId;
    QString systemUserId;
    QString partyOrgNo;
    QList<Right> requiredRights;
    QList<Right> unwantedRights;
    QList<AccessPackageRef> requiredAccessPackages;
    QList<AccessPackageRef> unwantedAccessPackages;
    RequestStatus status = RequestStatus::New;
    QString statusText;
    std::optional<QString> redirectUrl;
    QString confirmUrl; ///< "" for NoChangeNeeded
    QDateTime created;
    bool timedOut = false;

    static ChangeRequestResponse fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const ChangeRequestResponse &, const ChangeRequestResponse &) = default;
};

} // namespace Altinn
