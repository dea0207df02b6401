#pragma once

#include <QString>

#include <optional>

class Router;
class SandboxContext;

/**
 * GET /authentication/api/v1/exchange/{tokenProvider}[?test=true] (docs/altinn-behaviour.md#token-exchange),
 * answered as text/plain:
 *
 * - `maskinporten`: a valid sandbox Maskinporten token is re-issued as an "Altinn" token with the same
 *   claims plus Altinn's own;
 * - `id-porten`: a valid token of the sandbox ID-porten (SandboxContext::idportenTokens()) becomes an Altinn
 *   token for the person: user id, party id, authentication method and level, and the person's pid, scope
 *   and client.
 *
 * Each provider takes only its own issuer's tokens. Registered by RequestApi.
 */
class TokenExchangeApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);

    /// The sandbox's Altinn user id (`urn:altinn:userid`) of the person with national identity number
    /// @p pid: its first nine digits (birth date and individual number), stable; nullopt unless 11 digits.
    static std::optional<qint64> personUserId(const QString &pid);
    /// The person's party id (`urn:altinn:partyid`): 50000000 + personUserId(), below every organisation's
    /// AppApi::partyIdOf(); nullopt unless @p pid is 11 digits.
    static std::optional<qint64> personPartyId(const QString &pid);
};
