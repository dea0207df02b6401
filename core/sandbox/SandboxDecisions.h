#pragma once

#include <QString>

#include <optional>

class SandboxContext;

/**
 * The customer's decision on a request, shared by the approval pages and the control API.
 * Standard and agent requests: approve sets Accepted and creates the system user (id = request id,
 * integrationTitle = the request's or the system's nb name); reject sets Rejected.
 * Change requests: approve applies required/unwanted rights and packages to the system user.
 */
namespace SandboxDecisions {

enum class Outcome {
    Done,           ///< the decision was recorded
    NotFound,       ///< no live request, agent request or change request with this id
    AlreadyDecided, ///< status is not New → 409 AUTH-00013
};

enum class RequestType { Standard, Agent, Change };

/// Finds the live request of any type with @p id; nullopt when none.
std::optional<RequestType> typeOf(const SandboxContext &context, const QString &id);
Outcome approve(SandboxContext &context, const QString &id);
Outcome reject(SandboxContext &context, const QString &id);

} // namespace SandboxDecisions
