#pragma once

class Router;
class SandboxContext;

/// Anonymous metadata (§10): resource registry and access packages.
class MetadataApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
