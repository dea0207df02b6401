#include "model/ChangeRequest.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

bool ChangeRequest::isEmpty() const
{
    return requiredRights.isEmpty() && unwantedRights.isEmpty() && requiredAccessPackages.isEmpty()
        && unwantedAccessPackages.isEmpty();
}

ChangeRequest ChangeRequest::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    ChangeRequest request;
    // Absent, null and wrong-typed lists all become [] (the server's defaults).
    request.requiredRights = Rights::fromJson(reader.array(u"requiredRights"));
    request.unwantedRights = Rights::fromJson(reader.array(u"unwantedRights"));
    request.requiredAccessPackages = AccessPackageRefs::fromJson(reader.array(u"requiredAccessPackages"));
    request.unwantedAccessPackages = AccessPackageRefs::fromJson(reader.array(u"unwantedAccessPackages"));
    request.redirectUrl = reader.optionalString(u"redirectUrl");
    return request;
}

QJsonObject ChangeRequest::toJson() const
{
    QJsonObject object{
        {u"requiredRights"_s, Rights::toJson(requiredRights)},
        {u"unwantedRights"_s, Rights::toJson(unwantedRights)},
        {u"requiredAccessPackages"_s, AccessPackageRefs::toJson(requiredAccessPackages)},
        {u"unwantedAccessPackages"_s, AccessPackageRefs::toJson(unwantedAccessPackages)},
    };
    if (redirectUrl)
        object.insert(u"redirectUrl"_s, *redirectUrl);
    return object;
}

} // namespace Altinn
