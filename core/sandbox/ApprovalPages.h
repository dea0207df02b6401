#pragma once

class Router;
class SandboxContext;

/// The customer's approval pages (§7) at the real paths, HTML, translated.
class ApprovalPages
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
