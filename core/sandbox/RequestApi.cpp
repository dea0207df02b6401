#include "sandbox/RequestApi.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

void RequestApi::registerRoutes(Router &router, SandboxContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}
