#pragma once

#include "model/AccessPackageRef.h"
#include "model/Right.h"
#include "model/SystemUserRequest.h"
#include "sandbox/SandboxHttp.h"

#include <QList>

#include <optional>

class SandboxContext;
struct SandboxSystem;

/**
 * POST systemuser/request/vendor and …/vendor/agent: the exact decision sequence of
 * docs/altinn-behaviour.md#creating-a-request and docs/altinn-behaviour.md#agent-requests, as
 * RequestSystemUserController and RequestSystemUserService run it.
 */
class RequestCreation
{
public:
    static SandboxResponse handle(
        const SandboxRequest &request, SandboxContext &context, Altinn::RequestKind kind);

    /// SystemUserService.ValidateRights: every requested right must equal one of the system's rights
    /// (same number of attribute pairs, every pair of the system's right present; `action` ignored), and
    /// no more rights than the system has. nullopt when valid, else the 400 AUTH-00001 answer.
    static std::optional<SandboxResponse> checkRights(
        const SandboxContext &context, const QList<Altinn::Right> &rights, const SandboxSystem &system);
    /// SystemUserService.ValidateAccessPackages: more packages than the system has → AUTH-00063 without
    /// details; packages not in the system → AUTH-00063 with `NotFoundPackages`; packages that are not
    /// assignable (standard) or not delegable (agent) → AUTH-00064/65 with `NotDelegablePackages`.
    static std::optional<SandboxResponse> checkPackages(const SandboxContext &context,
        const QList<Altinn::AccessPackageRef> &packages, const SandboxSystem &system,
        Altinn::RequestKind kind);
};
