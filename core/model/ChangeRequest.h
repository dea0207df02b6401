#pragma once

#include "model/AccessPackageRef.h"
#include "model/Right.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// Body of POST systemuser/changerequest/vendor (`ChangeRequestSystemUser`); lists default to [].
struct ChangeRequest
{
    QList<Right> requiredRights;
    QList<Right> unwantedRights;
    QList<AccessPackageRef> requiredAccessPackages;
    QList<AccessPackageRef> unwantedAccessPackages;
    std::optional<QString> redirectUrl;

    bool isEmpty() const; ///< all four lists empty: the server answers NoChangeNeeded
    static ChangeRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const ChangeRequest &, const ChangeRequest &) = default;
};

} // namespace Altinn
