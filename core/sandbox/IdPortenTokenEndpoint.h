#pragma once

#include <QString>

#include <memory>

class IdPortenSessions;
class Router;
class SandboxContext;

/**
 * POST /idporten/token of the sandbox's ID-porten (docs/sandbox.md#id-porten): the authorization code grant
 * with PKCE (S256) and private_key_jwt client authentication, checked in a fixed order; answers an ID token
 * and an access token signed by SandboxContext::idportenTokens(). A code is single-use: using it again
 * revokes the tokens issued for it (RFC 6749 §4.1.2; SandboxState::idportenRevokedTokenIds).
 */
class IdPortenTokenEndpoint
{
public:
    IdPortenTokenEndpoint() = delete;

    static constexpr int TokenLifetimeSeconds = 120;
    /// How far ahead a client assertion's exp may lie.
    static constexpr qint64 MaxAssertionLifetimeSeconds = 120;

    static void registerRoutes(
        Router &router, SandboxContext &context, std::shared_ptr<IdPortenSessions> sessions);

    /// The pairwise `sub` of @p pid for clients of @p orgNo: stable, and not the national identity number.
    static QString pairwiseSubject(const QString &pid, const QString &orgNo);
};
