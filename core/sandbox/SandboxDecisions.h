#pragma once

#include "model/DelegationReason.h"

#include <QList>
#include <QString>

#include <optional>

class SandboxContext;
struct SandboxResponse;

/**
 * The customer's decision on a request, shared by the approval pages and the control API, taken by one of
 * the organisation's test persons (TestPersons; docs/sandbox.md#who-approves).
 * Standard and agent requests: approve sets Accepted and creates the system user (id = request id,
 * integrationTitle = the request's or the system's nb name); reject sets Rejected.
 * Change requests: approve applies required/unwanted rights and packages to the system user.
 *
 * Approval is all-or-nothing, as in Altinn: the person must hold the access-manager role, and for standard
 * requests be able to delegate every right and package asked for (agent requests need the role only; change
 * requests need every required right and every required package the system user lacks). Any failure leaves
 * the request New and creates or changes nothing.
 */
namespace SandboxDecisions {

enum class Outcome {
    Done, ///< the decision was recorded
    NotFound, ///< no live request, agent request or change request with this id
    AlreadyDecided, ///< status is not New → 409 AUTH-00013
    /// approve only: a live system user already exists for the request's triple (possible after the ""
    /// externalRef quirk, docs/altinn-behaviour.md#creating-a-request, stored duplicates) → 400 AUTH-00004;
    /// the status stays New
    SystemUserExists,
    /// approve of a change request only: its system user is gone → 404 AUTH-00015; the status stays New
    SystemUserNotFound,
    /// the acting person is not one of the organisation's test persons (the sandbox's own 400)
    UnknownPerson,
    /// approve or reject by a person without the access-manager role → 403 AUTH-00066
    NotAccessManager,
    /**
     * approve: the person cannot delegate something asked for → the first blocking right's code (403
     * AUTH-00016/18/19/20/68–71, AUTH-00014 for an unknown reason), else 400 AUTH-00053 for packages; a
     * change request's rights → 400 AUTH-00001. Decision::reasons lists every blocking resource and package.
     */
    DelegationCheckFailed,
    /// escalate of a change request: Altinn offers escalation for standard and agent requests only
    NotEscalatable,
};

enum class RequestType { Standard, Agent, Change };

/// What a person does with a request (the control API and the approval pages offer the same three).
enum class Action { Approve, Reject, Escalate };

/// An outcome with what a failed delegation check found.
struct Decision
{
    Outcome outcome = Outcome::Done;
    QString problemCode; ///< DelegationCheckFailed: the AUTH code answered
    QList<Altinn::DelegationReason> reasons; ///< DelegationCheckFailed: every blocking resource and package

    bool isDone() const { return outcome == Outcome::Done; }
};

/// Finds the live request of any type with @p id; nullopt when none.
std::optional<RequestType> typeOf(const SandboxContext &context, const QString &id);
/// The organisation (partyOrgNo) of the live request of any type with @p id; empty when none.
QString organisationOf(const SandboxContext &context, const QString &id);

/// Approval by @p personId (TestPersons), checked in the service's order: found, role, status, system user,
/// delegation.
Decision approveAs(SandboxContext &context, const QString &id, const QString &personId);
/// What approveAs() would answer, without changing anything.
Decision checkApproval(const SandboxContext &context, const QString &id, const QString &personId);
/// Rejection by @p personId: found, role, status.
Decision rejectAs(SandboxContext &context, const QString &id, const QString &personId);
/**
 * Escalation to the organisation's access managers (standard and agent requests): sets `escalated`. Any of
 * the organisation's persons may escalate, as in the service; the pages offer it to a person without the
 * access-manager role. A request that is no longer New answers AlreadyDecided.
 */
Decision escalate(SandboxContext &context, const QString &id, const QString &personId);
/// approveAs(), rejectAs() or escalate(), as @p action says.
Decision act(SandboxContext &context, const QString &id, Action action, const QString &personId);

/// approveAs() / rejectAs() by the full access manager (TestPersons::defaultApproverId()).
Outcome approve(SandboxContext &context, const QString &id);
Outcome reject(SandboxContext &context, const QString &id);

/// The problem answer for an outcome other than Done (NotFound → 404 AUTH-00010, AlreadyDecided →
/// 409 AUTH-00013, SystemUserExists → 400 AUTH-00004, SystemUserNotFound → 404 AUTH-00015,
/// NotAccessManager → 403 AUTH-00066), in the configured problem shape; Done gives an empty 200.
SandboxResponse problemFor(const SandboxContext &context, Outcome outcome);
/// As above; DelegationCheckFailed gives its code with the `delegationReasons` extension.
SandboxResponse problemFor(const SandboxContext &context, const Decision &decision);
/// The HTTP status problemFor() answers for @p decision.
int statusFor(const Decision &decision);

} // namespace SandboxDecisions
