#include "sandbox/MetadataApi.h"

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

void MetadataApi::registerRoutes(Router &router, SandboxContext &context)
{
    Q_UNUSED(router)
    Q_UNUSED(context)
}
