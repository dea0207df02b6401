#pragma once

class Router;
class SandboxContext;

/// System register endpoints (altinn-api.md §4): systemregister/vendor….
class SystemRegisterApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
