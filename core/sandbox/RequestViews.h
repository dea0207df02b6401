#pragma once

#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"

class SandboxContext;
struct SandboxRequestRecord;
struct SandboxSystemUserRecord;

/// Turns stored requests and system users into the answers the vendor endpoints write
/// (docs/altinn-behaviour.md#request-responses, #system-user-lookups).
class RequestViews
{
public:
    /// Whether the answer carries the stored `escalated` flag. Several read paths of the real service
    /// build a fresh response object without copying it, so they always say false
    /// (docs/altinn-behaviour.md#request-responses).
    enum class Escalated { Stored, AlwaysFalse };

    /// RequestSystemResponse / AgentRequestSystemResponse with a freshly built confirmUrl and `timedOut`
    /// computed against the sandbox clock.
    static Altinn::SystemUserRequestResponse request(
        const SandboxContext &context, const SandboxRequestRecord &record, Escalated escalated);
    /// SystemUserExternalDTO.
    static Altinn::SystemUser systemUser(const SandboxSystemUserRecord &record);
};
