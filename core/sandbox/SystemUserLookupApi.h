#pragma once

class Router;
class SandboxContext;

/// The vendor's lookups of system users (docs/altinn-behaviour.md#system-user-lookups):
/// systemuser/vendor/byquery and systemuser/vendor/bysystem/{systemId}. Registered by RequestApi.
class SystemUserLookupApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
