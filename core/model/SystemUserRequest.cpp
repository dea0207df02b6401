#include "model/SystemUserRequest.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

SystemUserRequest SystemUserRequest::fromJson(const QJsonObject &object, RequestKind kind)
{
    const JsonObjectReader reader(object);
    SystemUserRequest request;
    request.kind = kind;
    request.systemId = reader.string(u"systemId");
    request.partyOrgNo = reader.string(u"partyOrgNo");
    request.externalRef = reader.optionalString(u"externalRef");
    request.integrationTitle = reader.optionalString(u"integrationTitle");
    // The agent model has no `rights`: ASP.NET ignores such a member as unknown.
    if (kind == RequestKind::Standard)
        request.rights = Rights::fromOptionalJson(reader.optionalArray(u"rights"));
    request.accessPackages = AccessPackageRefs::fromOptionalJson(reader.optionalArray(u"accessPackages"));
    request.redirectUrl = reader.optionalString(u"redirectUrl");
    return request;
}

QJsonObject SystemUserRequest::toJson() const
{
    QJsonObject object{{u"systemId"_s, systemId}, {u"partyOrgNo"_s, partyOrgNo}};
    // Unset members are left out rather than sent as null or "": the server treats "" and null differently.
    if (externalRef)
        object.insert(u"externalRef"_s, *externalRef);
    if (integrationTitle)
        object.insert(u"integrationTitle"_s, *integrationTitle);
    if (kind == RequestKind::Standard && rights)
        object.insert(u"rights"_s, Rights::toJson(*rights));
    if (accessPackages)
        object.insert(u"accessPackages"_s, AccessPackageRefs::toJson(*accessPackages));
    if (redirectUrl)
        object.insert(u"redirectUrl"_s, *redirectUrl);
    return object;
}

} // namespace Altinn
