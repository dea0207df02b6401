#include "sandbox/SandboxDecisions.h"

#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "sandbox/SandboxProblem.h"

using namespace Qt::Literals::StringLiterals;

namespace SandboxDecisions {

namespace {

/// Ids arrive from URLs and forms: accept any GUID spelling, store keys are lowercase "D" format.
QString normalizedId(const QString &id)
{
    return SandboxBinding::parseGuid(id).value_or(id);
}

/// Right.Compare: the same attribute pairs in any order (the action is not compared).
bool sameRight(const Altinn::Right &a, const Altinn::Right &b)
{
    if (a.resource.size() != b.resource.size())
        return false;
    const auto containsAll = [](const Altinn::Right &left, const Altinn::Right &right) {
        return std::all_of(left.resource.cbegin(), left.resource.cend(),
            [&right](const Altinn::AttributePair &pair) { return right.resource.contains(pair); });
    };
    return containsAll(a, b) && containsAll(b, a);
}

SandboxChangeRequestRecord *liveChangeRequest(SandboxState &state, const QString &id)
{
    const auto it = state.changeRequests.find(id);
    return it == state.changeRequests.end() || it->isDeleted ? nullptr : &*it;
}

SandboxRequestRecord *liveRequest(SandboxState &state, const QString &id)
{
    const auto it = state.requests.find(id);
    return it == state.requests.end() || it->isDeleted ? nullptr : &*it;
}

/// Approval of a standard or agent request (RequestSystemUserService.ApproveAndCreate[Agent]SystemUser
/// without the portal's delegation checks).
Outcome approveRequest(SandboxContext &context, SandboxRequestRecord &request)
{
    if (request.status != Altinn::RequestStatus::New)
        return Outcome::AlreadyDecided;
    SandboxState &state = context.state;
    const QString externalRef = request.externalRef.isEmpty() ? request.partyOrgNo : request.externalRef;
    if (SandboxLookups::liveSystemUser(state, request.systemId, request.partyOrgNo, externalRef))
        return Outcome::SystemUserExists;

    const SandboxSystem *system = SandboxLookups::system(state, request.systemId);
    SandboxSystemUserRecord user;
    user.id = request.id; // docs/altinn-behaviour.md#status-lifecycle: the system user's id is the request id
    user.kind = request.kind;
    user.systemId = request.systemId;
    user.partyOrgNo = request.partyOrgNo;
    user.externalRef = externalRef;
    // The request carries the system's nb name already when it was created without a title. An explicit ""
    // title also falls back here (docs/altinn-behaviour.md#status-lifecycle); the real service would keep ""
    // (`IntegrationTitle ?? systemName`).
    user.integrationTitle = request.integrationTitle;
    if (user.integrationTitle.isEmpty() && system)
        user.integrationTitle = system->definition.name.value(u"nb"_s);
    user.supplierOrgNo = system ? system->vendorOrgNumber() : QString();
    user.rights = request.rights;
    user.accessPackages = request.accessPackages;
    user.created = context.clock.now();
    user.sequence = state.nextSystemUserSequence++;
    state.addSystemUser(user);

    request.status = Altinn::RequestStatus::Accepted;
    context.stateChanged();
    return Outcome::Done;
}

/// Approval of a change request: idempotent like the portal's (present required items and absent
/// unwanted items are skipped).
Outcome approveChange(SandboxContext &context, SandboxChangeRequestRecord &change)
{
    if (change.status != Altinn::RequestStatus::New)
        return Outcome::AlreadyDecided;
    const auto userIt = context.state.systemUsers.find(change.systemUserId);
    if (userIt == context.state.systemUsers.end() || userIt->isDeleted)
        return Outcome::SystemUserNotFound;
    SandboxSystemUserRecord &user = *userIt;

    for (const Altinn::Right &right : std::as_const(change.change.requiredRights)) {
        if (std::none_of(user.rights.cbegin(), user.rights.cend(),
                [&right](const Altinn::Right &held) { return sameRight(held, right); }))
            user.rights.append(right);
    }
    for (const Altinn::Right &right : std::as_const(change.change.unwantedRights))
        user.rights.removeIf([&right](const Altinn::Right &held) { return sameRight(held, right); });
    for (const Altinn::AccessPackageRef &package : std::as_const(change.change.requiredAccessPackages)) {
        if (!user.accessPackages.contains(package))
            user.accessPackages.append(package);
    }
    for (const Altinn::AccessPackageRef &package : std::as_const(change.change.unwantedAccessPackages))
        user.accessPackages.removeAll(package);

    change.status = Altinn::RequestStatus::Accepted;
    context.stateChanged();
    return Outcome::Done;
}

} // namespace

std::optional<RequestType> typeOf(const SandboxContext &context, const QString &id)
{
    const QString key = normalizedId(id);
    if (const SandboxRequestRecord *request = SandboxLookups::liveRequest(context.state, key))
        return request->kind == Altinn::RequestKind::Agent ? RequestType::Agent : RequestType::Standard;
    const auto change = context.state.changeRequests.constFind(key);
    if (change != context.state.changeRequests.constEnd() && !change->isDeleted)
        return RequestType::Change;
    return std::nullopt;
}

Outcome approve(SandboxContext &context, const QString &id)
{
    const QString key = normalizedId(id);
    if (SandboxRequestRecord *request = liveRequest(context.state, key))
        return approveRequest(context, *request);
    if (SandboxChangeRequestRecord *change = liveChangeRequest(context.state, key))
        return approveChange(context, *change);
    return Outcome::NotFound;
}

Outcome reject(SandboxContext &context, const QString &id)
{
    const QString key = normalizedId(id);
    Altinn::RequestStatus *status = nullptr;
    if (SandboxRequestRecord *request = liveRequest(context.state, key))
        status = &request->status;
    else if (SandboxChangeRequestRecord *change = liveChangeRequest(context.state, key))
        status = &change->status;
    if (!status)
        return Outcome::NotFound;
    if (*status != Altinn::RequestStatus::New)
        return Outcome::AlreadyDecided;
    *status = Altinn::RequestStatus::Rejected;
    context.stateChanged();
    return Outcome::Done;
}

SandboxResponse problemFor(const SandboxContext &context, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        break;
    case Outcome::NotFound:
        return SandboxProblems::RequestNotFound.response(context);
    case Outcome::AlreadyDecided:
        return SandboxProblems::RequestStatusNotNew.response(context);
    case Outcome::SystemUserExists:
        return SandboxProblems::SystemUserAlreadyExists.response(context);
    case Outcome::SystemUserNotFound:
        return SandboxProblems::SystemUserNotFound.response(context);
    }
    return SandboxResponse::empty(200);
}

} // namespace SandboxDecisions
