#include "sandbox/SystemRegisterApi.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

void SystemRegisterApi::registerRoutes(Router &router, SandboxContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}
