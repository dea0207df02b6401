#include "model/Right.h"

#include "model/JsonObjectReader.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

AttributePair AttributePair::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    return AttributePair{reader.string(u"id"), reader.string(u"value")};
}

QJsonObject AttributePair::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"value"_s, value}};
}

Right Right::forResource(const QString &resourceId)
{
    Right right;
    right.resource.append(AttributePair{QString::fromUtf16(ResourceAttributeId), resourceId});
    return right;
}

QString Right::resourceId() const
{
    for (const AttributePair &pair : resource) {
        if (pair.id == QStringView(ResourceAttributeId))
            return pair.value;
    }
    return {};
}

QString Right::identityKey() const
{
    // Same grouping as the server's HasDuplicateRights ("{action}:{id:value,id:value}"), with '|' after
    // the action so an action can never run into the first pair.
    QStringList pairs;
    pairs.reserve(resource.size());
    for (const AttributePair &pair : resource)
        pairs.append(pair.id + u':' + pair.value);
    return action.value_or(QString()) + u'|' + pairs.join(u',');
}

Right Right::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    Right right;
    right.action = reader.optionalString(u"action");
    const QJsonArray pairs = reader.array(u"resource");
    for (const QJsonValue &pair : pairs) {
        if (pair.isObject())
            right.resource.append(AttributePair::fromJson(pair.toObject()));
    }
    return right;
}

QJsonObject Right::toJson() const
{
    QJsonArray pairs;
    for (const AttributePair &pair : resource)
        pairs.append(pair.toJson());
    QJsonObject object{{u"resource"_s, pairs}};
    if (action)
        object.insert(u"action"_s, *action);
    return object;
}

namespace Rights {

QList<Right> fromJson(const QJsonArray &array)
{
    QList<Right> rights;
    for (const QJsonValue &item : array) {
        if (item.isObject())
            rights.append(Right::fromJson(item.toObject()));
    }
    return rights;
}

QJsonArray toJson(const QList<Right> &rights)
{
    QJsonArray array;
    for (const Right &right : rights)
        array.append(right.toJson());
    return array;
}

std::optional<QList<Right>> fromOptionalJson(const std::optional<QJsonArray> &array)
{
    if (!array)
        return std::nullopt;
    return fromJson(*array);
}

} // namespace Rights

} // namespace Altinn
