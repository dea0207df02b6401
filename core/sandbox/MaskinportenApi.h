#pragma once

class Router;
class SandboxContext;

/**
 * The sandbox's Maskinporten (docs/altinn-behaviour.md#maskinporten-grant): metadata, /jwk and /token with
 * the validation chain of docs/altinn-behaviour.md#maskinporten-check-order, plus the client registry that
 * stands in for the self-service portal
 * (/sandbox/maskinporten/clients). Tokens are signed with the sandbox key that the Altinn endpoints trust.
 */
class MaskinportenApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
