#pragma once

class Router;
class SandboxContext;

/// Change requests (§8).
class ChangeRequestApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
