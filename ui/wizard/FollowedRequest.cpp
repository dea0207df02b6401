#include "wizard/FollowedRequest.h"

namespace FollowedRequest {

std::optional<Altinn::SystemUserRequestResponse> of(const CustomerRecord &customer, const QString &systemId,
    const std::optional<Altinn::SystemUserRequestResponse> &known)
{
    // A change waiting for the customer is followed like a request: its link is the one to hand over.
    const bool change = customer.state == CustomerState::ChangePending;
    const QString id = change ? customer.changeRequestId : customer.requestId;
    if (id.isEmpty())
        return std::nullopt;
    Altinn::SystemUserRequestResponse request =
        known && known->id == id ? *known : Altinn::SystemUserRequestResponse();
    request.id = id;
    request.kind = customer.kind;
    request.partyOrgNo = customer.orgNo;
    request.externalRef = customer.effectiveExternalRef();
    request.systemId = systemId;
    const QString status = change ? customer.changeRequestStatus : customer.requestStatus;
    request.status = Altinn::RequestStatuses::fromString(status);
    request.statusText = status;
    request.confirmUrl = change ? customer.changeConfirmUrl : customer.confirmUrl;
    if (!change && customer.requestCreated.isValid())
        request.created = customer.requestCreated;
    request.timedOut = customer.state == CustomerState::WaitingTimedOut;
    return request;
}

Altinn::SystemUserRequestResponse ofChange(
    const Altinn::ChangeRequestResponse &change, Altinn::RequestKind kind)
{
    Altinn::SystemUserRequestResponse request;
    request.kind = kind;
    request.id = change.id;
    request.externalRef = change.externalRef;
    request.systemId = change.systemId;
    request.partyOrgNo = change.partyOrgNo;
    request.rights = change.requiredRights;
    request.accessPackages = change.requiredAccessPackages;
    request.status = change.status;
    request.statusText = change.statusText;
    request.confirmUrl = change.confirmUrl;
    request.created = change.created;
    request.timedOut = change.timedOut;
    return request;
}

} // namespace FollowedRequest
