#include "model/SystemUser.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

SystemUser SystemUser::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SystemUser user;
    user.id = reader.string(u"id");
    user.integrationTitle = reader.string(u"integrationTitle");
    user.systemId = reader.string(u"systemId");
    user.productName = reader.string(u"productName");
    user.reporteeOrgNo = reader.string(u"reporteeOrgNo");
    user.created = reader.dateTime(u"created");
    user.isDeleted = reader.boolean(u"isDeleted", false);
    user.supplierName = reader.string(u"supplierName");
    user.supplierOrgno = reader.string(u"supplierOrgno");
    user.externalRef = reader.string(u"externalRef");
    user.userType = reader.string(u"userType");
    return user;
}

QJsonObject SystemUser::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"integrationTitle"_s, integrationTitle},
        {u"systemId"_s, systemId},
        {u"productName"_s, productName},
        {u"reporteeOrgNo"_s, reporteeOrgNo},
        {u"isDeleted"_s, isDeleted},
        {u"supplierName"_s, supplierName},
        {u"supplierOrgno"_s, supplierOrgno},
        {u"externalRef"_s, externalRef},
        {u"userType"_s, userType},
    };
    if (created.isValid())
        object.insert(u"created"_s, formatDateTime(created));
    return object;
}

} // namespace Altinn
