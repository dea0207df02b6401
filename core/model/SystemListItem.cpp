#include "model/SystemListItem.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

SystemListItem SystemListItem::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SystemListItem item;
    item.systemId = reader.string(u"systemId");
    item.systemVendorOrgNumber = reader.string(u"systemVendorOrgNumber");
    item.systemVendorOrgName = reader.string(u"systemVendorOrgName");
    item.name = LocalizedTexts::fromJson(reader.object(u"name"));
    item.description = LocalizedTexts::fromJson(reader.object(u"description"));
    item.rights = Rights::fromOptionalJson(reader.optionalArray(u"rights"));
    item.accessPackages = AccessPackageRefs::fromOptionalJson(reader.optionalArray(u"accessPackages"));
    item.isVisible = reader.boolean(u"isVisible", true);
    return item;
}

QJsonObject SystemListItem::toJson() const
{
    QJsonObject object{
        {u"systemId"_s, systemId},
        {u"systemVendorOrgNumber"_s, systemVendorOrgNumber},
        {u"systemVendorOrgName"_s, systemVendorOrgName},
        {u"name"_s, LocalizedTexts::toJson(name)},
        {u"description"_s, LocalizedTexts::toJson(description)},
        {u"isVisible"_s, isVisible},
    };
    if (rights)
        object.insert(u"rights"_s, Rights::toJson(*rights));
    if (accessPackages)
        object.insert(u"accessPackages"_s, AccessPackageRefs::toJson(*accessPackages));
    return object;
}

SystemListItem SystemListItem::fromDefinition(const SystemDefinition &system)
{
    SystemListItem item;
    item.systemId = system.id;
    item.systemVendorOrgNumber = system.vendorOrgNumber();
    // Not part of a system definition; the list the service returns carries "" here
    // (docs/altinn-behaviour.md#system-model).
    item.systemVendorOrgName = QString();
    item.name = system.name;
    item.description = system.description;
    item.rights = system.rights;
    item.accessPackages = system.accessPackages;
    item.isVisible = system.isVisible;
    return item;
}

} // namespace Altinn
