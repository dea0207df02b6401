#pragma once

#include "model/ChangeRequestResponse.h"

class Router;
class SandboxContext;
struct SandboxChangeRequestRecord;

/// Change requests (docs/altinn-behaviour.md#change-requests): more or fewer rights and packages on an
/// existing standard system user.
class ChangeRequestApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);

    /// The ChangeRequestResponse for a stored change request, with its confirmUrl and `timedOut` flag
    /// (also used by the control API).
    static Altinn::ChangeRequestResponse responseFor(
        const SandboxContext &context, const SandboxChangeRequestRecord &record);
};
