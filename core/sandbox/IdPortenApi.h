#pragma once

#include <QJsonObject>

class Router;
class SandboxContext;

/**
 * The sandbox's ID-porten, an OpenID Connect provider under /idporten (docs/sandbox.md#id-porten; the real
 * one is https://test.idporten.no): discovery, JWKS, the authorization endpoint with its login and consent
 * pages (IdPortenPages), the token endpoint (IdPortenTokenEndpoint) and the client registry in the control
 * API (IdPortenClients). A native app logs one of IdPortenPersons in with the authorization code flow,
 * PKCE (S256) and private_key_jwt. Logins under way and codes live in memory only (IdPortenSessions).
 */
class IdPortenApi
{
public:
    IdPortenApi() = delete;

    static void registerRoutes(Router &router, SandboxContext &context);

    /**
     * True when the ID-porten token with @p claims (already verified with context.idportenTokens()) has been
     * revoked: its authorization code was used a second time (RFC 6749 §4.1.2). Whoever accepts ID-porten
     * tokens asks this after verifying them. Reads SandboxState::idportenRevokedTokenIds.
     */
    static bool isRevoked(const SandboxContext &context, const QJsonObject &claims);
};
