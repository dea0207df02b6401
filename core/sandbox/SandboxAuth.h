#pragma once

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxHttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

/// The caller behind a valid bearer token.
struct SandboxCaller
{
    QJsonObject claims;
    QString orgNo; ///< from consumer.ID after "0192:"; empty when the token has no consumer claim
    QStringList scopes;
    QString clientId; ///< client_id claim

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    bool hasConsumer() const { return !orgNo.isEmpty(); }
};

/// Scopes of docs/altinn-behaviour.md#authentication-and-scopes.
namespace SandboxScopes {
inline const QString SystemRegisterWrite = QStringLiteral("altinn:authentication/systemregister.write");
inline const QString SystemRegisterAdmin = QStringLiteral("altinn:authentication/systemregister.admin");
inline const QString RequestWrite = QStringLiteral("altinn:authentication/systemuser.request.write");
inline const QString RequestRead = QStringLiteral("altinn:authentication/systemuser.request.read");
} // namespace SandboxScopes

namespace SandboxAuth {
/**
 * Checks the bearer token like Altinn's JwtCookie handler
 * (docs/altinn-behaviour.md#authentication-and-scopes): missing or invalid → 401 with an empty body; valid
 * but with none of @p anyOfScopes (from `scope` or `urn:altinn:scope`) → 403 with an empty body. Otherwise
 * the caller. An empty @p anyOfScopes accepts any valid token.
 */
std::variant<SandboxCaller, SandboxResponse> authorize(
    const SandboxRequest &request, const SandboxContext &context, const QStringList &anyOfScopes);
} // namespace SandboxAuth
