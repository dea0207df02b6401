#pragma once

class Router;
class SandboxContext;

/// Anonymous metadata (docs/altinn-behaviour.md#metadata-apis): resource registry and access packages.
class MetadataApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
