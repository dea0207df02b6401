#pragma once

class Router;
class SandboxContext;

/**
 * The sandbox control API (/sandbox/…): JSON, no token, loopback only. Health, reset, a state dump,
 * approve/reject/escalate without a browser as one of the organisation's test persons, time travel, settings
 * (quirks, problem shape, page size), the register's organisations and their persons, and injected faults.
 * Documented with curl examples in docs/sandbox.md.
 */
class ControlApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
