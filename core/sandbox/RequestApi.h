#pragma once

class Router;
class SandboxContext;

/**
 * System user requests (docs/altinn-behaviour.md#system-user-requests) under
 * /authentication/api/v1/systemuser/request/vendor…; also registers the vendor lookups of system users
 * (docs/altinn-behaviour.md#system-user-lookups, SystemUserLookupApi) and exchange/maskinporten
 * (#token-exchange, TokenExchangeApi), which share its controller family in the real service.
 */
class RequestApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
