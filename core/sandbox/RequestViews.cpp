#include "sandbox/RequestViews.h"

#include "sandbox/SandboxContext.h"

using namespace Qt::Literals::StringLiterals;

Altinn::SystemUserRequestResponse RequestViews::request(
    const SandboxContext &context, const SandboxRequestRecord &record, Escalated escalated)
{
    Altinn::SystemUserRequestResponse response;
    response.kind = record.kind;
    response.id = record.id;
    response.integrationTitle = record.integrationTitle;
    response.externalRef = record.externalRef;
    response.systemId = record.systemId;
    response.partyOrgNo = record.partyOrgNo;
    response.rights = record.rights;
    response.accessPackages = record.accessPackages;
    response.status = record.status;
    response.statusText = Altinn::RequestStatuses::toString(record.status);
    response.redirectUrl = record.redirectUrl;
    response.confirmUrl = context.requestConfirmUrl(record.kind, record.id);
    response.escalated = escalated == Escalated::Stored && record.escalated;
    response.created = record.created;
    response.timedOut = context.isTimedOut(record.created);
    return response;
}

Altinn::SystemUser RequestViews::systemUser(const SandboxSystemUserRecord &record)
{
    // productName and supplierName are not filled by the real service's mapping either
    // (docs/altinn-behaviour.md#system-user-lookups).
    Altinn::SystemUser user;
    user.id = record.id;
    user.integrationTitle = record.integrationTitle;
    user.systemId = record.systemId;
    user.reporteeOrgNo = record.partyOrgNo;
    user.created = record.created;
    user.isDeleted = record.isDeleted;
    user.supplierOrgno = record.supplierOrgNo;
    user.externalRef = record.externalRef;
    user.userType = record.kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s;
    return user;
}
