#include "model/AccessPackageRef.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

AccessPackageRef AccessPackageRef::fromJson(const QJsonObject &object)
{
    return AccessPackageRef{JsonObjectReader(object).string(u"urn")};
}

QJsonObject AccessPackageRef::toJson() const
{
    return QJsonObject{{u"urn"_s, urn}};
}

namespace AccessPackageRefs {

QList<AccessPackageRef> fromJson(const QJsonArray &array)
{
    QList<AccessPackageRef> packages;
    for (const QJsonValue &item : array) {
        if (item.isObject())
            packages.append(AccessPackageRef::fromJson(item.toObject()));
    }
    return packages;
}

QJsonArray toJson(const QList<AccessPackageRef> &packages)
{
    QJsonArray array;
    for (const AccessPackageRef &package : packages)
        array.append(package.toJson());
    return array;
}

std::optional<QList<AccessPackageRef>> fromOptionalJson(const std::optional<QJsonArray> &array)
{
    if (!array)
        return std::nullopt;
    return fromJson(*array);
}

} // namespace AccessPackageRefs

} // namespace Altinn
