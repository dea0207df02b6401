#include "sandbox/ControlApi.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

void ControlApi::registerRoutes(Router &router, SandboxContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}
