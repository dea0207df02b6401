#include "sandbox/ChangeRequestApi.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

void ChangeRequestApi::registerRoutes(Router &router, SandboxContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}
