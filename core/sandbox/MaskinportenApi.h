#pragma once

class Router;
class SandboxContext;

/**
 * The sandbox's Maskinporten (maskinporten.md): metadata, /jwk and /token with the validation chain of
 * §5 in its order, plus the client registry that stands in for the self-service portal
 * (/sandbox/maskinporten/clients). Tokens are signed with the sandbox key that the Altinn endpoints trust.
 */
class MaskinportenApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
