#include "model/SystemUserRequestResponse.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

SystemUserRequestResponse SystemUserRequestResponse::fromJson(const QJsonObject &object, RequestKind kind)
{
    const JsonObjectReader reader(object);
    SystemUserRequestResponse response;
    response.kind = kind;
    response.id = reader.string(u"id");
    response.integrationTitle = reader.string(u"integrationTitle");
    response.externalRef = reader.string(u"externalRef");
    response.systemId = reader.string(u"systemId");
    response.partyOrgNo = reader.string(u"partyOrgNo");
    if (kind == RequestKind::Standard)
        response.rights = Rights::fromJson(reader.array(u"rights"));
    response.accessPackages = AccessPackageRefs::fromJson(reader.array(u"accessPackages"));
    response.statusText = reader.string(u"status");
    response.status = RequestStatuses::fromString(response.statusText);
    response.redirectUrl = reader.optionalString(u"redirectUrl");
    response.confirmUrl = reader.string(u"confirmUrl");
    response.escalated = reader.boolean(u"escalated", false);
    response.created = reader.dateTime(u"created");
    response.timedOut = reader.boolean(u"timedOut", false);
    return response;
}

QJsonObject SystemUserRequestResponse::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"integrationTitle"_s, integrationTitle},
        {u"externalRef"_s, externalRef},
        {u"systemId"_s, systemId},
        {u"partyOrgNo"_s, partyOrgNo},
        {u"accessPackages"_s, AccessPackageRefs::toJson(accessPackages)},
        {u"status"_s, RequestStatuses::toWireString(status, statusText)},
        {u"confirmUrl"_s, confirmUrl},
        {u"escalated"_s, escalated},
        {u"timedOut"_s, timedOut},
    };
    // RequestSystemResponse always carries `rights`; AgentRequestSystemResponse has no such member.
    if (kind == RequestKind::Standard)
        object.insert(u"rights"_s, Rights::toJson(rights));
    if (redirectUrl)
        object.insert(u"redirectUrl"_s, *redirectUrl);
    if (created.isValid())
        object.insert(u"created"_s, formatDateTime(created));
    return object;
}

} // namespace Altinn
