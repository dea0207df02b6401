#pragma once

class Router;
class SandboxContext;

/**
 * System register endpoints (docs/altinn-behaviour.md#system-register): systemregister/vendor…, with the
 * service's check order, status codes and bodies. Every endpoint accepts systemregister.write or .admin (the
 * service's ScopeSystemRegisterWrite policy); .admin also passes the ownership checks.
 *
 * Sandbox choices where the service is unclear or crashes:
 * - PUT …/rights and …/accesspackages of an unknown system answer 404 with the PUT text
 *   "System with ID '…' not found." (the service throws and answers 500).
 * - Unhandled exceptions outside the create action's try/catch (PUT with `"rights": null`, a redirect URL
 *   the database's uri domain refuses, a missing language with the 500 quirk on) answer ASP.NET's 500
 * problem.
 * - Changelog `changedData` is the JSON body as sent (the service stores its bound model re-serialised).
 */
class SystemRegisterApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
