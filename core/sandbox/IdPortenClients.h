#pragma once

#include "sandbox/SandboxState.h"

#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class Router;
class SandboxContext;

/**
 * The client registry of the sandbox's ID-porten (docs/sandbox.md#id-porten-clients-sandboxidportenclients),
 * the stand-in for the self-service portal: POST /sandbox/idporten/clients, GET …/{clientId},
 * PUT …/{clientId}/jwks and PUT …/{clientId}/scopes, like the Maskinporten registry. Clients are kept in
 * SandboxState::idportenClients and saved with the state.
 */
class IdPortenClients
{
public:
    IdPortenClients() = delete;

    static void registerRoutes(Router &router, SandboxContext &context);

    /// The client with @p clientId (any case); nullptr when none is registered.
    static const SandboxIdPortenClient *find(const SandboxState &state, const QString &clientId);
    /// True when the authorization response for @p client may go to @p redirectUri: one of its registered
    /// URIs exactly, or a loopback one with another port.
    static bool acceptsRedirectUri(const SandboxIdPortenClient &client, const QString &redirectUri);
    /// True for a scope the sandbox's ID-porten knows: openid, profile, altinn:instances.read,
    /// altinn:instances.write, or an app scope "<org>:<app>".
    static bool isKnownScope(const QString &scope);
    /// The org and app of an app scope "<org>:<app>" ("brg:aarsregnskap"); nullopt for other scopes.
    static std::optional<std::pair<QString, QString>> appScope(const QString &scope);
};
