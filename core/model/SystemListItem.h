#pragma once

#include "model/AccessPackageRef.h"
#include "model/LocalizedText.h"
#include "model/Right.h"
#include "model/SystemDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// One item of GET systemregister/vendor (RegisteredSystemDTO): note `systemId`, not `id`.
struct SystemListItem
{
    QString systemId;
    QString systemVendorOrgNumber;
    QString systemVendorOrgName;
    LocalizedText name;
    LocalizedText description;
    std::optional<QList<Right>> rights = QList<Right>{};
    std::optional<QList<AccessPackageRef>> accessPackages = QList<AccessPackageRef>{};
    bool isVisible = true;

    static SystemListItem fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    /// The list item the service would produce for @p system.
    static SystemListItem fromDefinition(const SystemDefinition &system);

    friend bool operator==(const SystemListItem &, const SystemListItem &) = default;
};

} // namespace Altinn
