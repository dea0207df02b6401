#pragma once

class Router;
class SandboxContext;

/// The sandbox control API (/sandbox/…), documented in docs/sandbox.md.
class ControlApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
