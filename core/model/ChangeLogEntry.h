#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Altinn {

/// One entry of GET systemregister/vendor/{id}/changelog.
struct ChangeLogEntry
{
    QString systemInternalId;
    QString changedByOrgNumber;
    QString changeType; ///< create | update | rightsupdate | accesspackageupdate | delete | unknown
    QJsonValue changedData;
    QString clientId;
    QDateTime created;

    static ChangeLogEntry fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace Altinn
