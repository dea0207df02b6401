#pragma once

class Router;
class SandboxContext;

/**
 * GET /authentication/api/v1/exchange/{tokenProvider}[?test=true] (docs/altinn-behaviour.md#token-exchange):
 * a valid sandbox Maskinporten token is re-issued as an "Altinn" token with the same claims plus Altinn's
 * own, answered as text/plain. Registered by RequestApi.
 */
class TokenExchangeApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
