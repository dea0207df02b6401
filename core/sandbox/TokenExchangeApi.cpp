#include "sandbox/TokenExchangeApi.h"

#include "auth/Jws.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 AltinnTokenLifetimeSeconds = 30 * 60; // GeneralSettings.JwtValidityMinutes

/// The org number after the ':' of an iso6523-actorid-upis consumer claim; empty when unusable.
QString consumerOrgNumber(const QJsonObject &claims)
{
    const QJsonObject consumer = claims.value(u"consumer"_s).toObject();
    if (consumer.value(u"authority"_s).toString() != u"iso6523-actorid-upis")
        return {};
    const QStringList parts = consumer.value(u"ID"_s).toString().split(u':');
    return parts.size() >= 2 ? parts.at(1) : QString();
}

/// AuthenticationController.AuthenticateMaskinportenToken.
SandboxResponse exchangeMaskinporten(const QByteArray &token, bool test, const SandboxContext &context)
{
    const QDateTime now = context.clock.now();
    const auto original = context.tokens.verify(token, now);
    if (!original)
        return context.aspNetProblem(401);
    const QString orgNumber = consumerOrgNumber(*original);
    if (orgNumber.isEmpty())
        return context.aspNetProblem(401);

    QJsonObject claims = *original; // every claim is copied, authorization_details included
    for (const auto claim : {u"aud", u"iss", u"client_amr", u"sid"})
        claims.remove(QStringView(claim));
    // `urn:altinn:org` only for service owners; the sandbox knows Digdir's code, which test=true turns into
    // the test organisation ttd.
    if (claims.value(u"scope"_s).toString().contains(u"altinn:serviceowner") && orgNumber == u"991825827")
        claims.insert(u"urn:altinn:org"_s, test ? u"ttd"_s : u"digdir"_s);
    claims.insert(u"urn:altinn:orgNumber"_s, orgNumber);
    claims.insert(u"urn:altinn:authenticatemethod"_s, u"maskinporten"_s);
    claims.insert(u"urn:altinn:authlevel"_s, 3);
    claims.insert(u"sid"_s, SandboxContext::newGuid());
    const qint64 issuedAt = now.toSecsSinceEpoch();
    claims.insert(u"iat"_s, issuedAt);
    claims.insert(u"nbf"_s, issuedAt);
    claims.insert(u"exp"_s, issuedAt + AltinnTokenLifetimeSeconds);
    // Signed by the sandbox key with the sandbox issuer, so the Altinn endpoints accept it like the original.
    return SandboxResponse::text(200, QString::fromLatin1(context.tokens.sign(claims)));
}

SandboxResponse exchange(const SandboxRequest &request, const SandboxContext &context)
{
    // [FromQuery] bool test: binding runs before the action.
    bool test = false;
    if (request.hasQueryValue(u"test"_s)) {
        const QString value = request.queryValue(u"test"_s).trimmed();
        if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            test = true;
        else if (!value.isEmpty() && value.compare(u"false"_s, Qt::CaseInsensitive) != 0)
            return SandboxBinding::invalidValue(context, u"test"_s, value);
    }

    // [AllowAnonymous]: the action reads the header itself.
    const QByteArray authorization = request.header("authorization");
    QByteArray token;
    if (authorization.size() > 7 && authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = authorization.mid(7).trimmed();
    if (token.isEmpty() || !Jws::decode(token))
        return context.aspNetProblem(401);

    const QString provider = request.parameter(u"tokenProvider"_s).toLower();
    if (provider == u"maskinporten")
        return exchangeMaskinporten(token, test, context);
    // The sandbox has no ID-porten or Altinn Studio issuer, so no such token can validate.
    if (provider == u"id-porten" || provider == u"altinnstudio")
        return context.aspNetProblem(401);
    return SandboxResponse::text(400,
        u"Invalid token provider: %1. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'."_s
            .arg(request.parameter(u"tokenProvider"_s)));
}

} // namespace

void TokenExchangeApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/authentication/api/v1/exchange/{tokenProvider}"_s,
        [&context](const SandboxRequest &request) { return exchange(request, context); });
}
