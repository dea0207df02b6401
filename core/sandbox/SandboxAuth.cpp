#include "sandbox/SandboxAuth.h"

using namespace Qt::Literals::StringLiterals;

namespace SandboxAuth {

std::variant<SandboxCaller, SandboxResponse> authorize(
    const SandboxRequest &request, const SandboxContext &context, const QStringList &anyOfScopes)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return SandboxResponse::empty(401);
    const auto claims =
        context.tokens.verify(QByteArrayView(authorization).sliced(7).trimmed(), context.clock.now());
    if (!claims)
        return SandboxResponse::empty(401);

    SandboxCaller caller;
    caller.claims = *claims;
    QString scopeText = claims->value(u"scope"_s).toString();
    if (scopeText.isEmpty())
        scopeText = claims->value(u"urn:altinn:scope"_s).toString();
    caller.scopes = scopeText.split(u' ', Qt::SkipEmptyParts);
    caller.clientId = claims->value(u"client_id"_s).toString();
    const QString consumerId = claims->value(u"consumer"_s).toObject().value(u"ID"_s).toString();
    if (consumerId.startsWith(u"0192:"))
        caller.orgNo = consumerId.mid(5);

    if (!anyOfScopes.isEmpty()
        && std::none_of(anyOfScopes.cbegin(), anyOfScopes.cend(),
            [&caller](const QString &scope) { return caller.hasScope(scope); }))
        return SandboxResponse::empty(403);
    return caller;
}

} // namespace SandboxAuth
