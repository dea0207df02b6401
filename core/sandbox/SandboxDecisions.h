#pragma once

#include <QString>

#include <optional>

class SandboxContext;
struct SandboxResponse;

/**
 * The customer's decision on a request, shared by the approval pages and the control API.
 * Standard and agent requests: approve sets Accepted and creates the system user (id = request id,
 * integrationTitle = the request's or the system's nb name); reject sets Rejected.
 * Change requests: approve applies required/unwanted rights and packages to the system user.
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
};

enum class RequestType { Standard, Agent, Change };

/// Finds the live request of any type with @p id; nullopt when none.
std::optional<RequestType> typeOf(const SandboxContext &context, const QString &id);
Outcome approve(SandboxContext &context, const QString &id);
Outcome reject(SandboxContext &context, const QString &id);

/// The problem answer for an outcome other than Done (NotFound → 404 AUTH-00010, AlreadyDecided →
/// 409 AUTH-00013, SystemUserExists → 400 AUTH-00004, SystemUserNotFound → 404 AUTH-00015), in the
/// configured problem shape; Done gives an empty 200.
SandboxResponse problemFor(const SandboxContext &context, Outcome outcome);

} // namespace SandboxDecisions
