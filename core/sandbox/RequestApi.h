#pragma once

class Router;
class SandboxContext;

/// System user requests (§5) and vendor lookups of system users (§6), plus exchange/maskinporten (§1.2).
class RequestApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
