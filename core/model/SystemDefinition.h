#pragma once

#include "model/AccessPackageRef.h"
#include "model/LocalizedText.h"
#include "model/Right.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Altinn {

/**
 * A system in the system register. One type for the input model `RegisterSystemRequest`
 * (POST/PUT body) and the output model `RegisteredSystemResponse` (GET vendor/{id}).
 */
struct SystemDefinition
{
    QString id; ///< "<vendorOrgNo>_<slug>"
    QString vendorId; ///< the `vendor.ID` value, "0192:<orgno>"
    LocalizedText name; ///< needs nb, nn and en
    LocalizedText description;
    /// Absent (null) and empty differ on the wire: a system created with null rights gets no `rights` member.
    std::optional<QList<Right>> rights = QList<Right>{};
    std::optional<QList<AccessPackageRef>> accessPackages = QList<AccessPackageRef>{};
    QStringList clientIds; ///< JSON member `clientId`
    bool isVisible = true;
    QStringList allowedRedirectUrls; ///< kept as given (strings), validated separately
    std::optional<bool> isDeleted; ///< response only

    /// The org number after "0192:" in vendorId, or empty.
    QString vendorOrgNumber() const;
    /// Sets vendorId to "0192:" + @p orgNumber.
    void setVendorOrgNumber(const QString &orgNumber);

    /// Accepts either model, any member casing; unknown members ignored.
    static SystemDefinition fromJson(const QJsonObject &object);
    /// RegisterSystemRequest body: no `isDeleted`; `vendor` as {"ID": …}; null members left out.
    QJsonObject toRequestJson() const;
    /// RegisteredSystemResponse: as Altinn writes it, `isDeleted` included (false when unset).
    QJsonObject toResponseJson() const;

    friend bool operator==(const SystemDefinition &, const SystemDefinition &) = default;
};

} // namespace Altinn
