#include "sandbox/MaskinportenApi.h"

#include "auth/Jws.h"
#include "model/AltinnUrns.h"
#include "model/JsonNumber.h"
#include "model/JsonObjectReader.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClients.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "validation/OrgNumber.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 AllowedSkewSeconds = SandboxClients::AllowedSkewSeconds;
const QSet<QString> ClientMembers{u"clientId"_s, u"orgNo"_s, u"scopes"_s, u"jwks"_s};
const auto ClientExample = u"{\"orgNo\": \"991825827\", \"scopes\": [\"…\"], \"jwks\": {\"keys\": […]}}"_s;
constexpr int AccessTokenLifetimeSeconds = 120;
const auto JwtBearer = u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s;

/// Claims a grant may carry (docs/altinn-behaviour.md#grant-claims); anything else is "Invalid assertion".
/// `sub` is tolerated: Altinn's own tests send it and it evidently works (uncertain in the spec).
const QSet<QString> AllowedGrantClaims{u"aud"_s, u"iss"_s, u"iat"_s, u"exp"_s, u"jti"_s, u"scope"_s,
    u"resource"_s, u"pid"_s, u"consumer_org"_s, u"iss_onbehalfof"_s, u"authorization_details"_s, u"sub"_s,
    u"nbf"_s};

/// The OAuth error body (docs/altinn-behaviour.md#error-body): description ends with a trace id; error_uri
/// names the MP code.
SandboxResponse tokenError(
    int status, const QString &error, const QString &description, const QString &code = {})
{
    const QString traceId = SandboxContext::newTraceId().mid(3, 32);
    QJsonObject body{{u"error"_s, error},
        {u"error_description"_s, QString(description + u" (trace_id: "_s + traceId + u')')}};
    if (!code.isEmpty())
        body.insert(u"error_uri"_s, QString(u"https://maskinporten.no/errors/"_s + code));
    return SandboxResponse::json(status, body);
}

SandboxResponse invalidGrant(const QString &description, const QString &code = {})
{
    return tokenError(400, u"invalid_grant"_s, description, code);
}

QString issuer(const SandboxContext &context)
{
    return context.baseUrl().toString();
}

/// The time grants are judged by: SandboxClients::assertionClock (real time unless `maskinportenClock` is
/// "sandbox"; docs/sandbox.md#post-sandboxclockadvancedaysn).
QDateTime grantClock(const SandboxContext &context)
{
    return SandboxClients::assertionClock(context);
}

/// The system user a system user grant names (docs/altinn-behaviour.md#system-user-matching).
const SandboxSystemUserRecord *findSystemUser(const SandboxContext &context,
    const SandboxMaskinportenClient &client, const QString &ownerOrgNo, const QString &externalRef)
{
    // The owner's system users with this externalRef, in id order (the index spares a scan of all users).
    const auto &userIds = context.state.index().systemUsersByOwner(context.state, ownerOrgNo, externalRef);
    for (const QString &userId : userIds) {
        const SandboxSystemUserRecord *found = SandboxLookups::liveSystemUserById(context.state, userId);
        if (!found || found->partyOrgNo != ownerOrgNo || found->externalRef != externalRef)
            continue;
        const SandboxSystemUserRecord &user = *found;
        const auto system = context.state.systems.constFind(user.systemId);
        if (system == context.state.systems.constEnd() || system->isDeleted
            || system->vendorOrgNumber() != client.orgNo)
            continue;
        const QStringList &clientIds = system->definition.clientIds;
        if (std::any_of(clientIds.cbegin(), clientIds.cend(), [&client](const QString &id) {
                return id.compare(client.clientId, Qt::CaseInsensitive) == 0;
            }))
            return &user;
    }
    return nullptr;
}

SandboxResponse handleToken(const SandboxRequest &request, SandboxContext &context)
{
    // 1. Form body with the JWT-bearer grant type.
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return tokenError(
            400, u"invalid_request"_s, u"Content-Type must be application/x-www-form-urlencoded."_s);
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grantType != JwtBearer)
        return tokenError(400, u"unsupported_grant_type"_s, u"Unsupported grant type: %1."_s.arg(grantType));

    // 2. A parsable JWS with an accepted alg and not both kid and x5c (a grant with neither is judged with
    // its client in step 3).
    const QByteArray assertion = form.queryItemValue(u"assertion"_s, QUrl::FullyDecoded).toLatin1();
    const auto grant = Jws::decode(assertion);
    if (!grant || !RsaKey::algorithmFromName(grant->header.value(u"alg"_s).toString()))
        return tokenError(
            400, u"invalid_request"_s, u"Invalid assertion. Invalid parameter value"_s, u"MP-011"_s);
    const bool hasKid = grant->header.contains(u"kid"_s);
    const bool hasX5c = grant->header.contains(u"x5c"_s);
    if (hasKid && hasX5c)
        return tokenError(
            400, u"invalid_request"_s, u"Invalid assertion. Invalid parameter value"_s, u"MP-011"_s);
    const QJsonObject &claims = grant->payload;

    // 3. The client named by iss, and the key named by kid.
    const QString clientId = claims.value(u"iss"_s).toString();
    const auto client = context.state.maskinportenClients.constFind(clientId.toLower());
    if (client == context.state.maskinportenClients.constEnd())
        return invalidGrant(
            u"Invalid assertion. Client authentication failed. Client not found"_s, u"MP-100"_s);
    // A client with registered keys wants a kid: an x5c, or no key reference at all, gets Maskinporten's
    // answer for that (docs/altinn-behaviour.md#grant-header). The sandbox has no business certificates, so
    // x5c gets it from a client without keys too. Neither kid nor x5c to a client without keys: nothing
    // names a key, a malformed grant (the real text is not known).
    if (!hasKid && !hasX5c && client->keys.isEmpty())
        return tokenError(
            400, u"invalid_request"_s, u"Invalid assertion. Invalid parameter value"_s, u"MP-011"_s);
    if (!hasKid) {
        return invalidGrant(
            u"Invalid assertion. Client authentication failed. Invalid JWT. The client requires "
            "pre-registered jwk and no key identifier (kid) provided"_s);
    }
    const QString kid = grant->header.value(u"kid"_s).toString();
    const QJsonObject jwk = SandboxClients::registeredKey(client->keys, kid);
    if (jwk.isEmpty())
        return invalidGrant(
            u"Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client."_s);
    // Keys are stamped at registration by the sandbox clock and age with it: time travel can expire them.
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    if (SandboxClients::isKeyExpired(jwk, now))
        return invalidGrant(u"Invalid assertion. Client authentication failed. Expired key."_s, u"MP-121"_s);

    // 4. Signature.
    if (!Jws::verify(*grant, RsaKey::fromPublicJwk(jwk)))
        return invalidGrant(
            u"Invalid assertion. Client authentication failed. Invalid JWT signature."_s, u"MP-124"_s);

    // 5. Audience: the issuer, exactly (trailing slash included).
    const QJsonValue audience = claims.value(u"aud"_s);
    if (!audience.isString() || audience.toString() != issuer(context))
        return invalidGrant(
            u"Invalid assertion. Client authentication failed. Invalid JWT claim aud."_s, u"MP-110"_s);

    // 6. Only documented claims.
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        if (!AllowedGrantClaims.contains(it.key()))
            return invalidGrant(u"Invalid assertion. Unknown claim: %1"_s.arg(it.key()));
    }

    // 7. Time, in the server's order: lifetime, issued in the future, expired (10 s skew), by grantClock().
    // Times are truncated to whole seconds and held at ±2^53 s: a time beyond that is as far off as any
    // other, gets the same answer (e.g. "too long lifetime" for exp = 1e308), and exp − iat cannot overflow.
    const auto seconds = [&claims](QStringView name) {
        return Altinn::JsonNumber::saturated(
            claims.value(name), -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger);
    };
    const auto issuedAtClaim = seconds(u"iat");
    const auto expiresClaim = seconds(u"exp");
    if (!issuedAtClaim || !expiresClaim)
        return tokenError(
            400, u"invalid_request"_s, u"Invalid assertion. Invalid parameter value"_s, u"MP-011"_s);
    const qint64 issuedAt = *issuedAtClaim;
    const qint64 expires = *expiresClaim;
    const qint64 grantNow = grantClock(context).toSecsSinceEpoch();
    if (expires - issuedAt > context.settings.maxGrantLifetimeSeconds)
        return invalidGrant(u"JWT has too long lifetime."_s);
    if (issuedAt > grantNow + AllowedSkewSeconds)
        return invalidGrant(u"Issue time is in the future."_s);
    if (expires < grantNow - AllowedSkewSeconds)
        return invalidGrant(u"JWT has expired."_s, u"MP-130"_s);

    // 8. Single use: a jti is remembered until its grant's exp (plus skew) has passed, on the same clock.
    SandboxClients::forgetExpired(context.state.usedGrantIds, grantNow);
    const QString jti = claims.value(u"jti"_s).toString();
    if (!jti.isEmpty() && context.state.usedGrantIds.contains(jti))
        return invalidGrant(u"Grant is used before"_s, u"MP-012"_s);

    // 9. Scopes must be on the client (every scope is taken as granted to the org in the sandbox).
    const QStringList scopes = claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return tokenError(
            400, u"invalid_scope"_s, u"Token request contains invalid scopes for client"_s, u"MP-200"_s);
    for (const QString &scope : scopes) {
        if (!client->scopes.contains(scope)) {
            return tokenError(400, u"invalid_scope"_s,
                u"Token request contains invalid scopes for client: %1"_s.arg(scope), u"MP-200"_s);
        }
    }

    QJsonObject token{
        {u"iss"_s, issuer(context)},
        {u"client_id"_s, client->clientId},
        {u"client_amr"_s, u"private_key_jwt"_s},
        {u"consumer"_s,
            QJsonObject{
                {u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, QString(u"0192:"_s + client->orgNo)}}},
        {u"scope"_s, scopes.join(u' ')},
        {u"token_type"_s, u"Bearer"_s},
        {u"iat"_s, now},
        {u"exp"_s, now + AccessTokenLifetimeSeconds},
        {u"jti"_s,
            QString::fromLatin1(SandboxContext::newGuid().toLatin1().toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
    };

    // 10. System user: type, fields, then the Altinn lookup (MP-301/302/303).
    if (claims.contains(u"authorization_details"_s)) {
        const QJsonArray details = claims.value(u"authorization_details"_s).toArray();
        if (details.size() != 1 || !details.first().isObject()) {
            return tokenError(400, u"invalid_authorization_details"_s,
                u"Invalid authorization details values"_s, u"MP-303"_s);
        }
        const QJsonObject entry = details.first().toObject();
        if (entry.value(u"type"_s).toString() != Altinn::Urns::SystemUserType) {
            return tokenError(400, u"invalid_authorization_details"_s,
                u"Unknown authorization details type"_s, u"MP-301"_s);
        }
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
            if (it.key() != u"type" && it.key() != u"systemuser_org" && it.key() != u"externalRef") {
                return tokenError(400, u"invalid_authorization_details"_s,
                    u"Unknown fields in the authorization details"_s, u"MP-302"_s);
            }
        }
        const QString ownerId = entry.value(u"systemuser_org"_s).toObject().value(u"ID"_s).toString();
        const QString ownerOrgNo = ownerId.startsWith(u"0192:") ? ownerId.mid(5) : QString();
        const QString externalRef =
            entry.contains(u"externalRef"_s) ? entry.value(u"externalRef"_s).toString() : ownerOrgNo;
        const SandboxSystemUserRecord *user =
            ownerOrgNo.isEmpty() ? nullptr : findSystemUser(context, *client, ownerOrgNo, externalRef);
        if (!user) {
            return tokenError(400, u"invalid_altinn_customer_configuration"_s,
                u"Invalid authorization details values"_s, u"MP-303"_s);
        }
        QJsonObject issued{
            {u"type"_s, Altinn::Urns::SystemUserType.toString()},
            {u"systemuser_org"_s,
                QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s},
                    {u"ID"_s, QString(u"0192:"_s + ownerOrgNo)}}},
            {u"systemuser_id"_s, QJsonArray{user->id}},
            {u"system_id"_s, user->systemId},
        };
        if (context.settings.systemUserTokenEchoesExternalRef && entry.contains(u"externalRef"_s))
            issued.insert(u"externalRef"_s, externalRef);
        token.insert(u"authorization_details"_s, QJsonArray{issued});
    }

    if (!jti.isEmpty())
        context.state.usedGrantIds.insert(jti, expires + AllowedSkewSeconds);
    return SandboxResponse::json(200,
        QJsonObject{{u"access_token"_s, QString::fromLatin1(context.tokens.sign(token))},
            {u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, AccessTokenLifetimeSeconds},
            {u"scope"_s, scopes.join(u' ')}});
}

/// Validates and stamps a JWKS for the registry (SandboxClients::registryKeys,
/// docs/altinn-behaviour.md#maskinporten-keys).
std::optional<QJsonArray> registryKeys(const QJsonValue &jwks, qint64 now, QString *error)
{
    return SandboxClients::registryKeys(jwks, now, u"Maskinporten", error);
}

std::optional<QStringList> scopeList(const QJsonValue &value, QString *error)
{
    return SandboxClients::scopeList(value, u"altinn:authentication/systemregister.write", error);
}

/// A new client from the POST body: every member checked before anything is stored.
std::optional<SandboxMaskinportenClient> newClient(const QJsonObject &body, qint64 now, QString *error)
{
    // A misspelt member ("scope") would otherwise register a client without what it meant to give.
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!ClientMembers.contains(it.key())) {
            *error = u"Unknown member \"%1\" (known: clientId, orgNo, scopes, jwks)."_s.arg(it.key());
            return std::nullopt;
        }
    }
    SandboxMaskinportenClient client;
    const auto clientId = SandboxClients::clientId(body.value(u"clientId"_s), error);
    if (!clientId)
        return std::nullopt;
    client.clientId = *clientId;
    if (client.clientId.isEmpty())
        client.clientId = SandboxContext::newGuid();
    client.orgNo = body.value(u"orgNo"_s).toString();
    if (!Validation::OrgNumber::isValid(client.orgNo)) {
        *error = u"orgNo must be a valid 9-digit organisation number."_s;
        return std::nullopt;
    }
    if (body.contains(u"scopes"_s)) {
        const auto scopes = scopeList(body.value(u"scopes"_s), error);
        if (!scopes)
            return std::nullopt;
        client.scopes = *scopes;
    }
    // Without jwks the client has no keys yet; PUT …/jwks adds them, as in the self-service portal.
    if (body.contains(u"jwks"_s)) {
        const auto keys = registryKeys(body.value(u"jwks"_s), now, error);
        if (!keys)
            return std::nullopt;
        client.keys = *keys;
    }
    return client;
}

QJsonObject clientJson(const SandboxMaskinportenClient &client)
{
    return {{u"clientId"_s, client.clientId}, {u"orgNo"_s, client.orgNo},
        {u"scopes"_s, QJsonArray::fromStringList(client.scopes)},
        {u"jwks"_s, QJsonObject{{u"keys"_s, client.keys}}},
        {u"created"_s, Altinn::formatDateTime(client.created)}};
}

/// RFC 9110 IMF-fixdate, always in English ("Mon, 23 Nov 2026 09:40:00 GMT").
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

void MaskinportenApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/.well-known/oauth-authorization-server"_s, [&context](const SandboxRequest &) {
        const QString base = issuer(context);
        return SandboxResponse::json(200,
            QJsonObject{{u"issuer"_s, base}, {u"token_endpoint"_s, QString(base + u"token"_s)},
                {u"jwks_uri"_s, QString(base + u"jwk"_s)},
                {u"grant_types_supported"_s, QJsonArray{JwtBearer}},
                {u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"private_key_jwt"_s}},
                {u"token_endpoint_auth_signing_alg_values_supported"_s,
                    QJsonArray{u"RS256"_s, u"RS384"_s, u"RS512"_s}},
                {u"authorization_details_types_supported"_s,
                    QJsonArray{Altinn::Urns::SystemUserType.toString(), u"urn:altinn:consent"_s}}});
    });
    router.add("GET", u"/jwk"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, context.tokens.jwks()); });
    router.add("POST", u"/token"_s, [&context](const SandboxRequest &request) {
        // Like Maskinporten, every answer carries the server's Date, by the clock grants are judged by:
        // clients use it to tell the user how far their own clock is off (the usual cause of "expired"
        // grants), so it must not be the travelled sandbox clock unless grants follow that one too.
        SandboxResponse response =
            handleToken(request, context).withHeader("Date", httpDate(grantClock(context)));
        context.stateChanged(); // the used jti list changed either way
        return response;
    });

    router.add("POST", u"/sandbox/maskinporten/clients"_s, [&context](const SandboxRequest &request) {
        QString error;
        const auto body = SandboxClients::objectBody(request, ClientExample, &error);
        auto client = body ? newClient(*body, context.clock.now().toSecsSinceEpoch(), &error) : std::nullopt;
        if (!client)
            return SandboxClients::controlError(400, error);
        // Checked after the body: a re-run that posts the same id gets 409 and can compare with GET.
        if (context.state.maskinportenClients.contains(client->clientId.toLower()))
            return SandboxClients::controlError(409, u"A client with this id already exists."_s);
        client->created = context.clock.now();
        context.state.maskinportenClients.insert(client->clientId.toLower(), *client);
        context.stateChanged();
        return SandboxResponse::json(201, QJsonObject{{u"clientId"_s, client->clientId}})
            .withHeader("Location",
                issuer(context).toUtf8() + "sandbox/maskinporten/clients/"
                    + QUrl::toPercentEncoding(client->clientId));
    });
    router.add(
        "GET", u"/sandbox/maskinporten/clients/{clientId}"_s, [&context](const SandboxRequest &request) {
            const auto client =
                context.state.maskinportenClients.constFind(request.parameter(u"clientId"_s).toLower());
            if (client == context.state.maskinportenClients.constEnd())
                return SandboxClients::controlError(404, u"No client with this id."_s);
            return SandboxResponse::json(200, clientJson(*client));
        });
    router.add(
        "PUT", u"/sandbox/maskinporten/clients/{clientId}/jwks"_s, [&context](const SandboxRequest &request) {
            auto client = context.state.maskinportenClients.find(request.parameter(u"clientId"_s).toLower());
            if (client == context.state.maskinportenClients.end())
                return SandboxClients::controlError(404, u"No client with this id."_s);
            QString error;
            // Replace-all, like the self-service API; re-posting a key renews its one-year expiry.
            const auto jwks = SandboxClients::objectBody(request, u"{\"keys\": [public RSA JWKs]}"_s, &error);
            const auto keys =
                jwks ? registryKeys(*jwks, context.clock.now().toSecsSinceEpoch(), &error) : std::nullopt;
            if (!keys)
                return SandboxClients::controlError(400, error);
            client->keys = *keys;
            context.stateChanged();
            return SandboxResponse::json(200, clientJson(*client));
        });
    router.add("PUT", u"/sandbox/maskinporten/clients/{clientId}/scopes"_s,
        [&context](const SandboxRequest &request) {
            auto client = context.state.maskinportenClients.find(request.parameter(u"clientId"_s).toLower());
            if (client == context.state.maskinportenClients.end())
                return SandboxClients::controlError(404, u"No client with this id."_s);
            QString error;
            const auto body = SandboxClients::objectBody(request, u"{\"scopes\": [\"…\"]}"_s, &error);
            const auto scopes = body ? scopeList(body->value(u"scopes"_s), &error) : std::nullopt;
            if (!scopes)
                return SandboxClients::controlError(400, error);
            // Replace-all, like ticking the client's scopes in the self-service portal.
            client->scopes = *scopes;
            context.stateChanged();
            return SandboxResponse::json(200, clientJson(*client));
        });
}
