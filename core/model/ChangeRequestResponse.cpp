#include "model/ChangeRequestResponse.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

ChangeRequestResponse ChangeRequestResponse::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    ChangeRequestResponse response;
    response.id = reader.string(u"id");
    response.externalRef = reader.string(u"externalRef");
    response.systemId = reader.string(u"systemId");
    response.systemUserId = reader.string(u"systemUserId");
    response.partyOrgNo = reader.string(u"partyOrgNo");
    response.requiredRights = Rights::fromJson(reader.array(u"requiredRights"));
    response.unwantedRights = Rights::fromJson(reader.array(u"unwantedRights"));
    response.requiredAccessPackages = AccessPackageRefs::fromJson(reader.array(u"requiredAccessPackages"));
    response.unwantedAccessPackages = AccessPackageRefs::fromJson(reader.array(u"unwantedAccessPackages"));
    response.statusText = reader.string(u"status");
    response.status = RequestStatuses::fromString(response.statusText);
    response.redirectUrl = reader.optionalString(u"redirectUrl");
    response.confirmUrl = reader.string(u"confirmUrl");
    response.created = reader.dateTime(u"created");
    response.timedOut = reader.boolean(u"timedOut", false);
    return response;
}

QJsonObject ChangeRequestResponse::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"externalRef"_s, externalRef},
        {u"systemId"_s, systemId},
        {u"systemUserId"_s, systemUserId},
        {u"partyOrgNo"_s, partyOrgNo},
        {u"requiredRights"_s, Rights::toJson(requiredRights)},
        {u"unwantedRights"_s, Rights::toJson(unwantedRights)},
        {u"requiredAccessPackages"_s, AccessPackageRefs::toJson(requiredAccessPackages)},
        {u"unwantedAccessPackages"_s, AccessPackageRefs::toJson(unwantedAccessPackages)},
        {u"status"_s, RequestStatuses::toWireString(status, statusText)},
        {u"confirmUrl"_s, confirmUrl}, // "" for NoChangeNeeded, still written
        {u"timedOut"_s, timedOut},
    };
    if (redirectUrl)
        object.insert(u"redirectUrl"_s, *redirectUrl);
    if (created.isValid())
        object.insert(u"created"_s, formatDateTime(created));
    return object;
}

} // namespace Altinn
