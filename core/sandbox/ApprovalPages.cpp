#include "sandbox/ApprovalPages.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

void ApprovalPages::registerRoutes(Router &router, SandboxContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}
