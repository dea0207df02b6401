#include "model/ChangeLogEntry.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

ChangeLogEntry ChangeLogEntry::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    ChangeLogEntry entry;
    entry.systemInternalId = reader.string(u"systemInternalId");
    entry.changedByOrgNumber = reader.string(u"changedByOrgNumber");
    entry.changeType = reader.string(u"changeType");
    // Whatever JSON was sent (an object for create/update, an array for rights/packages updates).
    if (reader.has(u"changedData"))
        entry.changedData = reader.value(u"changedData");
    entry.clientId = reader.string(u"clientId");
    entry.created = reader.dateTime(u"created");
    return entry;
}

QJsonObject ChangeLogEntry::toJson() const
{
    QJsonObject object{
        {u"systemInternalId"_s, systemInternalId},
        {u"changedByOrgNumber"_s, changedByOrgNumber},
        {u"changeType"_s, changeType},
        {u"clientId"_s, clientId},
    };
    if (!changedData.isNull() && !changedData.isUndefined())
        object.insert(u"changedData"_s, changedData);
    if (created.isValid())
        object.insert(u"created"_s, formatDateTime(created));
    return object;
}

} // namespace Altinn
