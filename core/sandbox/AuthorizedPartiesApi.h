#pragma once

#include <QString>

class Router;
class SandboxContext;

/**
 * GET /accessmanagement/api/v1/enduser/authorizedparties (docs/sandbox.md#authorized-parties,
 * docs/altinn-behaviour.md#authorized-parties): the parties the caller may act for. Answers an Altinn token
 * exchanged from a system user token with the system user's owner and what the customer delegated to it —
 * its rights as `authorizedResources`, its access packages as `authorizedAccessPackages` (codes, as Altinn
 * writes them) — each only when the query asks for it. Checks as Altinn does: a valid, exchanged token
 * (401), the scope altinn:accessmanagement/authorizedparties or altinn:portal/enduser (403), the query
 * (400), then who is calling (401 "Unknown user type" for a token that is neither a person's nor a system
 * user's).
 */
class AuthorizedPartiesApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);

    /// The sandbox's party UUID of organisation @p orgNo: name-based, the same the simulated app gives it.
    static QString partyUuidOf(const QString &orgNo);
    /// The organisation form read off the end of a register name ("… AS" → "AS"); empty when none.
    static QString unitTypeOf(const QString &name);
};
