#pragma once

class Router;
class SandboxContext;

/**
 * System user requests (§5) under /authentication/api/v1/systemuser/request/vendor…; also registers the
 * vendor lookups of system users (§6, SystemUserLookupApi) and exchange/maskinporten (§1.2,
 * TokenExchangeApi), which share its controller family in the real service.
 */
class RequestApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
