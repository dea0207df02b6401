#include "sandbox/SandboxDecisions.h"

#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "sandbox/SandboxProblem.h"
#include "sandbox/TestPersons.h"

#include <QJsonObject>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace SandboxDecisions {

namespace {

using Altinn::DelegationReason;

/// The approval problems of the end-user endpoints (docs/altinn-behaviour.md#problem-codes); titles give the
/// gist of the service's own.
constexpr SandboxProblem ApprovalProblems[] = {
    {403, u"AUTH-00014", u"The delegation check failed for an unknown reason."},
    {403, u"AUTH-00016", u"Delegation check failed: no role in ER or Altinn gives the approver this access."},
    {403, u"AUTH-00018", u"Delegation check failed: the approver has not been given this access directly."},
    {403, u"AUTH-00019",
        u"Delegation check failed: the service needs an explicit right in SRR, and the organisation has "
        u"none."},
    {403, u"AUTH-00020", u"Delegation check failed: the service needs a higher authentication level."},
    {400, u"AUTH-00053", u"The approver cannot delegate the requested access packages."},
    {403, u"AUTH-00066", u"Approving needs the access manager right (write) for the organisation."},
    {403, u"AUTH-00068",
        u"Delegation check failed: no access package held by the approver gives this access."},
    {403, u"AUTH-00069", u"Delegation check failed: the access list of the resource does not allow it."},
    {403, u"AUTH-00070", u"Delegation check failed: the resource cannot be delegated to anyone."},
    {403, u"AUTH-00071",
        u"Delegation check failed: the resource is a Maskinporten schema, which cannot be "
        u"delegated this way."},
};

const SandboxProblem *approvalProblem(QStringView code)
{
    const auto *it = std::find_if(std::begin(ApprovalProblems), std::end(ApprovalProblems),
        [code](const SandboxProblem &problem) { return code == QStringView(problem.code); });
    return it == std::end(ApprovalProblems) ? nullptr : &*it;
}

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

Decision outcome(Outcome value)
{
    Decision decision;
    decision.outcome = value;
    return decision;
}

/// Every blocking item as the answer: the first blocking right decides the code (the service maps the first
/// failing detail), packages only when no right blocks; @p rightsCode replaces the rights' own code (change
/// requests answer AUTH-00001).
Decision delegationFailure(const QList<DelegationReason> &reasons, const QString &rightsCode = {})
{
    Decision decision = outcome(Outcome::DelegationCheckFailed);
    decision.reasons = reasons;
    const auto firstResource = std::find_if(reasons.cbegin(), reasons.cend(),
        [](const DelegationReason &reason) { return reason.type == DelegationReason::Type::Resource; });
    if (firstResource == reasons.cend())
        decision.problemCode = u"AUTH-00053"_s;
    else if (!rightsCode.isEmpty())
        decision.problemCode = rightsCode;
    else
        decision.problemCode = DelegationReason::problemCodeFor(firstResource->codes.value(0));
    return decision;
}

/// The checks of approval, in the service's order, without changing anything.
Decision preflight(const SandboxContext &context, const QString &key, const QString &personId)
{
    const SandboxState &state = context.state;
    const SandboxRequestRecord *request = SandboxLookups::liveRequest(state, key);
    const SandboxChangeRequestRecord *change =
        request ? nullptr : SandboxLookups::liveChangeRequest(state, key);
    if (!request && !change)
        return outcome(Outcome::NotFound);
    const QString orgNo = request ? request->partyOrgNo : change->partyOrgNo;
    const auto person = TestPersons::find(orgNo, personId);
    if (!person)
        return outcome(Outcome::UnknownPerson);
    // The approve endpoints require the access-manager right before the service looks at the request.
    if (!person->isAccessManager())
        return outcome(Outcome::NotAccessManager);

    if (request) {
        if (request->status != Altinn::RequestStatus::New)
            return outcome(Outcome::AlreadyDecided);
        const QString externalRef =
            request->externalRef.isEmpty() ? request->partyOrgNo : request->externalRef;
        if (SandboxLookups::liveSystemUser(state, request->systemId, request->partyOrgNo, externalRef))
            return outcome(Outcome::SystemUserExists);
        // Agent requests are approved without a delegation check: the facilitator gives client packages
        // it is assigned, not rights it holds (docs/altinn-behaviour.md#approval-url-and-flow).
        if (request->kind == Altinn::RequestKind::Agent)
            return outcome(Outcome::Done);
        const QList<DelegationReason> reasons =
            TestPersons::undelegable(context, *person, request->rights, request->accessPackages);
        return reasons.isEmpty() ? outcome(Outcome::Done) : delegationFailure(reasons);
    }

    if (change->status != Altinn::RequestStatus::New)
        return outcome(Outcome::AlreadyDecided);
    const SandboxSystemUserRecord *user = SandboxLookups::liveSystemUserById(state, change->systemUserId);
    if (!user)
        return outcome(Outcome::SystemUserNotFound);
    // The required rights are checked all; of the required packages only those the system user lacks (the
    // service skips the rest, so an approval that changes nothing always passes).
    QList<Altinn::AccessPackageRef> missingPackages;
    for (const Altinn::AccessPackageRef &package : std::as_const(change->change.requiredAccessPackages)) {
        if (!user->accessPackages.contains(package))
            missingPackages.append(package);
    }
    const QList<DelegationReason> reasons =
        TestPersons::undelegable(context, *person, change->change.requiredRights, missingPackages);
    return reasons.isEmpty()
        ? outcome(Outcome::Done)
        : delegationFailure(reasons, QString::fromUtf16(SandboxProblems::RightsNotFoundOrNotDelegable.code));
}

/// Approval of a standard or agent request that passed its checks (RequestSystemUserService
/// .ApproveAndCreate[Agent]SystemUser).
void applyApproval(SandboxContext &context, SandboxRequestRecord &request)
{
    SandboxState &state = context.state;
    const QString externalRef = request.externalRef.isEmpty() ? request.partyOrgNo : request.externalRef;
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
}

/// Approval of a change request that passed its checks: idempotent like the portal's (present required items
/// and absent unwanted items are skipped).
void applyChange(SandboxContext &context, SandboxChangeRequestRecord &change)
{
    SandboxSystemUserRecord &user = context.state.systemUsers[change.systemUserId];
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
}

} // namespace

std::optional<RequestType> typeOf(const SandboxContext &context, const QString &id)
{
    const QString key = normalizedId(id);
    if (const SandboxRequestRecord *request = SandboxLookups::liveRequest(context.state, key))
        return request->kind == Altinn::RequestKind::Agent ? RequestType::Agent : RequestType::Standard;
    if (SandboxLookups::liveChangeRequest(context.state, key))
        return RequestType::Change;
    return std::nullopt;
}

QString organisationOf(const SandboxContext &context, const QString &id)
{
    const QString key = normalizedId(id);
    if (const SandboxRequestRecord *request = SandboxLookups::liveRequest(context.state, key))
        return request->partyOrgNo;
    if (const SandboxChangeRequestRecord *change = SandboxLookups::liveChangeRequest(context.state, key))
        return change->partyOrgNo;
    return {};
}

Decision checkApproval(const SandboxContext &context, const QString &id, const QString &personId)
{
    return preflight(context, normalizedId(id), personId);
}

Decision approveAs(SandboxContext &context, const QString &id, const QString &personId)
{
    const QString key = normalizedId(id);
    const Decision decision = preflight(context, key, personId);
    if (!decision.isDone())
        return decision; // all-or-nothing: nothing was created or changed
    const auto request = context.state.requests.find(key);
    if (request != context.state.requests.end() && !request->isDeleted)
        applyApproval(context, *request);
    else
        applyChange(context, context.state.changeRequests[key]);
    return decision;
}

Decision rejectAs(SandboxContext &context, const QString &id, const QString &personId)
{
    const QString key = normalizedId(id);
    Altinn::RequestStatus *status = nullptr;
    QString orgNo;
    if (const auto request = context.state.requests.find(key);
        request != context.state.requests.end() && !request->isDeleted) {
        status = &request->status;
        orgNo = request->partyOrgNo;
    } else if (const auto change = context.state.changeRequests.find(key);
               change != context.state.changeRequests.end() && !change->isDeleted) {
        status = &change->status;
        orgNo = change->partyOrgNo;
    }
    if (!status)
        return outcome(Outcome::NotFound);
    const auto person = TestPersons::find(orgNo, personId);
    if (!person)
        return outcome(Outcome::UnknownPerson);
    // The reject endpoints carry the same access-manager requirement as approve.
    if (!person->isAccessManager())
        return outcome(Outcome::NotAccessManager);
    if (*status != Altinn::RequestStatus::New)
        return outcome(Outcome::AlreadyDecided);
    *status = Altinn::RequestStatus::Rejected;
    context.stateChanged();
    return outcome(Outcome::Done);
}

Decision escalate(SandboxContext &context, const QString &id, const QString &personId)
{
    const QString key = normalizedId(id);
    const auto request = context.state.requests.find(key);
    if (request == context.state.requests.end() || request->isDeleted) {
        return outcome(SandboxLookups::liveChangeRequest(context.state, key) ? Outcome::NotEscalatable
                                                                             : Outcome::NotFound);
    }
    if (!TestPersons::find(request->partyOrgNo, personId))
        return outcome(Outcome::UnknownPerson);
    // The service sets the flag whatever the status; the portal offers escalation only while the request
    // waits, and so does the sandbox (docs/sandbox.md#choices-where-the-specification-is-uncertain).
    if (request->status != Altinn::RequestStatus::New)
        return outcome(Outcome::AlreadyDecided);
    if (!request->escalated) {
        request->escalated = true;
        context.stateChanged();
    }
    return outcome(Outcome::Done);
}

Outcome approve(SandboxContext &context, const QString &id)
{
    return approveAs(context, id, TestPersons::defaultApproverId()).outcome;
}

Outcome reject(SandboxContext &context, const QString &id)
{
    return rejectAs(context, id, TestPersons::defaultApproverId()).outcome;
}

SandboxResponse problemFor(const SandboxContext &context, Outcome value)
{
    return problemFor(context, outcome(value));
}

SandboxResponse problemFor(const SandboxContext &context, const Decision &decision)
{
    switch (decision.outcome) {
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
    case Outcome::NotAccessManager:
        return approvalProblem(u"AUTH-00066")->response(context);
    case Outcome::DelegationCheckFailed: {
        const QMap<QString, QString> extensions{
            {DelegationReason::extensionName(), DelegationReason::toExtension(decision.reasons)}};
        if (decision.problemCode == QStringView(SandboxProblems::RightsNotFoundOrNotDelegable.code))
            return SandboxProblems::RightsNotFoundOrNotDelegable.response(context, extensions);
        const SandboxProblem *problem = approvalProblem(decision.problemCode);
        return (problem ? *problem : ApprovalProblems[0]).response(context, extensions);
    }
    case Outcome::UnknownPerson:
        return SandboxResponse::json(400,
            QJsonObject{{u"error"_s,
                u"person must be one of the organisation's test persons: person-1 (access manager), person-2 "
                u"(general manager) or person-3 (access manager lacking the first thing asked for); GET "
                u"/sandbox/organisations/{orgNo}/persons lists them"_s}});
    case Outcome::NotEscalatable:
        return SandboxResponse::json(400,
            QJsonObject{{u"error"_s,
                u"a change request cannot be escalated: Altinn offers escalation to an access manager for "
                u"standard and agent requests only"_s}});
    }
    return SandboxResponse::empty(200);
}

int statusFor(const Decision &decision)
{
    switch (decision.outcome) {
    case Outcome::Done:
        break;
    case Outcome::NotFound:
        return SandboxProblems::RequestNotFound.status;
    case Outcome::AlreadyDecided:
        return SandboxProblems::RequestStatusNotNew.status;
    case Outcome::SystemUserExists:
        return SandboxProblems::SystemUserAlreadyExists.status;
    case Outcome::SystemUserNotFound:
        return SandboxProblems::SystemUserNotFound.status;
    case Outcome::NotAccessManager:
        return approvalProblem(u"AUTH-00066")->status;
    case Outcome::DelegationCheckFailed: {
        if (decision.problemCode == QStringView(SandboxProblems::RightsNotFoundOrNotDelegable.code))
            return SandboxProblems::RightsNotFoundOrNotDelegable.status;
        const SandboxProblem *problem = approvalProblem(decision.problemCode);
        return problem ? problem->status : ApprovalProblems[0].status;
    }
    case Outcome::UnknownPerson:
    case Outcome::NotEscalatable:
        return 400;
    }
    return 200;
}

Decision act(SandboxContext &context, const QString &id, Action action, const QString &personId)
{
    switch (action) {
    case Action::Approve:
        return approveAs(context, id, personId);
    case Action::Reject:
        return rejectAs(context, id, personId);
    case Action::Escalate:
        return escalate(context, id, personId);
    }
    Q_UNREACHABLE();
}

} // namespace SandboxDecisions
