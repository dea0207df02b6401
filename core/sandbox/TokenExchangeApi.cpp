#include "sandbox/TokenExchangeApi.h"

#include "auth/Jws.h"
#include "sandbox/IdPortenApi.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 AltinnTokenLifetimeSeconds = 30 * 60; // GeneralSettings.JwtValidityMinutes
// Altinn's person party ids start around 50 million; with nine digits added they stay below 1100000000, the
// smallest organisation party id (1000000000 + an organisation number, AppApi::partyIdOf).
constexpr qint64 PersonPartyIdOffset = 50000000;

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

    // A person's Altinn token (signed with the same sandbox key, and carrying the copied consumer) is no
    // Maskinporten token; the real exchange would not find Maskinporten's signature on it.
    if (original->contains(u"pid"_s) || original->contains(u"urn:altinn:userid"_s))
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

/// Whether @p claims' amr (an array in ID-porten's tokens, a string tolerated) names @p method.
bool hasAmr(const QJsonObject &claims, QStringView method)
{
    const QJsonValue amr = claims.value(u"amr"_s);
    const QJsonArray methods = amr.isArray() ? amr.toArray() : QJsonArray{amr};
    return std::any_of(methods.cbegin(), methods.cend(),
        [method](const QJsonValue &value) { return value.toString() == method; });
}

/// The ID-porten assurance level as Altinn's authentication level; 0 for anything below substantial.
int authLevelOf(const QString &acr)
{
    if (acr == u"idporten-loa-high")
        return 4;
    return acr == u"idporten-loa-substantial" ? 3 : 0;
}

/**
 * AuthenticationController.AuthenticateIdPortenToken: a valid token of the sandbox ID-porten becomes an
 * Altinn token for the person. As Altinn does, the new token keeps the ID-porten token's exp (iat and nbf
 * are now), so it is valid no longer than the token it came from.
 */
SandboxResponse exchangeIdPorten(const QByteArray &token, const SandboxContext &context)
{
    const QDateTime now = context.clock.now();
    const auto original = context.idportenTokens().verify(token, now);
    if (!original)
        return context.aspNetProblem(401);
    // The tokens of an authorization code that was used twice are revoked (RFC 6749 section 4.1.2).
    if (IdPortenApi::isRevoked(context, *original))
        return context.aspNetProblem(401);
    const QString pid = original->value(u"pid"_s).toString();
    const auto userId = TokenExchangeApi::personUserId(pid);
    const auto partyId = TokenExchangeApi::personPartyId(pid);
    if (!userId || !partyId) // Altinn finds no user profile without a national identity number
        return context.aspNetProblem(401);

    QJsonObject claims;
    for (const auto claim :
        {u"scope", u"client_id", u"client_amr", u"acr", u"amr", u"pid", u"consumer", u"exp"}) {
        const QString name = QStringView(claim).toString();
        if (original->contains(name))
            claims.insert(name, original->value(name));
    }
    claims.insert(u"nameid"_s, QString::number(*userId));
    claims.insert(u"urn:altinn:userid"_s, QString::number(*userId)); // a string in Altinn's tokens
    claims.insert(u"urn:altinn:username"_s, QString());
    claims.insert(u"urn:altinn:partyid"_s, *partyId);
    claims.insert(u"urn:altinn:authenticatemethod"_s,
        hasAmr(*original, u"TestID") ? u"IdportenTestId"_s : u"NotDefined"_s);
    claims.insert(u"urn:altinn:authlevel"_s, authLevelOf(original->value(u"acr"_s).toString()));
    claims.insert(u"sid"_s, SandboxContext::newGuid());
    claims.insert(u"jti"_s, SandboxContext::newGuid());
    const qint64 issuedAt = now.toSecsSinceEpoch();
    claims.insert(u"iat"_s, issuedAt);
    claims.insert(u"nbf"_s, issuedAt);
    // Signed by the sandbox key with Altinn's issuer (context.tokens'), like the Maskinporten branch.
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
    if (provider == u"id-porten")
        return exchangeIdPorten(token, context);
    // The sandbox has no Altinn Studio issuer, so no such token can validate.
    if (provider == u"altinnstudio")
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

std::optional<qint64> TokenExchangeApi::personUserId(const QString &pid)
{
    if (pid.size() != 11
        || !std::all_of(pid.cbegin(), pid.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return pid.first(9).toLongLong();
}

std::optional<qint64> TokenExchangeApi::personPartyId(const QString &pid)
{
    const auto userId = personUserId(pid);
    if (!userId)
        return std::nullopt;
    return PersonPartyIdOffset + *userId;
}
