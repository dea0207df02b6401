#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Altinn {

/// `SystemUserExternalDTO`: a system user as the vendor sees it.
struct SystemUser
{
    QString id; ///< equals the id of the request it was created from
    QString integrationTitle;
    QString systemId;
    QString productName;
    QString reporteeOrgNo;
    QDateTime created;
    bool isDeleted = false;
    QString supplierName;
    QString supplierOrgno;
    QString externalRef;
    QString userType; ///< "standard" or "agent"

    static SystemUser fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const SystemUser &, const SystemUser &) = default;
};

} // namespace Altinn
