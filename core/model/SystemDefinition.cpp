#include "model/SystemDefinition.h"

#include "model/JsonObjectReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {
constexpr QStringView VendorPrefix = u"0192:";
} // namespace

QString SystemDefinition::vendorOrgNumber() const
{
    if (!vendorId.startsWith(VendorPrefix))
        return {};
    return vendorId.mid(VendorPrefix.size());
}

void SystemDefinition::setVendorOrgNumber(const QString &orgNumber)
{
    vendorId = VendorPrefix.toString() + orgNumber;
}

SystemDefinition SystemDefinition::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SystemDefinition system;
    system.id = reader.string(u"id");
    // The reader matches "ID", "id" and "Id" alike; `authority` and other vendor members are ignored.
    system.vendorId = JsonObjectReader(reader.object(u"vendor")).string(u"ID");
    system.name = LocalizedTexts::fromJson(reader.object(u"name"));
    system.description = LocalizedTexts::fromJson(reader.object(u"description"));
    // Absent and null both mean "no list" (the response leaves out null lists); [] stays [].
    system.rights = Rights::fromOptionalJson(reader.optionalArray(u"rights"));
    system.accessPackages = AccessPackageRefs::fromOptionalJson(reader.optionalArray(u"accessPackages"));
    system.clientIds = reader.stringList(u"clientId");
    system.isVisible = reader.boolean(u"isVisible", true);
    system.allowedRedirectUrls = reader.stringList(u"allowedRedirectUrls");
    system.isDeleted = reader.optionalBool(u"isDeleted");
    return system;
}

QJsonObject SystemDefinition::toRequestJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"vendor"_s, QJsonObject{{u"ID"_s, vendorId}}},
        {u"name"_s, LocalizedTexts::toJson(name)},
        {u"description"_s, LocalizedTexts::toJson(description)},
        {u"clientId"_s, QJsonArray::fromStringList(clientIds)},
        {u"isVisible"_s, isVisible},
        {u"allowedRedirectUrls"_s, QJsonArray::fromStringList(allowedRedirectUrls)},
    };
    if (rights)
        object.insert(u"rights"_s, Rights::toJson(*rights));
    if (accessPackages)
        object.insert(u"accessPackages"_s, AccessPackageRefs::toJson(*accessPackages));
    return object;
}

QJsonObject SystemDefinition::toResponseJson() const
{
    QJsonObject object = toRequestJson();
    object.insert(u"isDeleted"_s, isDeleted.value_or(false));
    return object;
}

} // namespace Altinn
