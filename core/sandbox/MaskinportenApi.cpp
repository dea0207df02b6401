#include "sandbox/MaskinportenApi.h"

#include "auth/Base64Url.h"
#include "auth/Jws.h"
#include "model/JsonNumber.h"
#include "model/JsonObjectReader.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "validation/OrgNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 AllowedSkewSeconds = 10;
constexpr qint64 KeyLifetimeSeconds = 365LL * 24 * 60 * 60;
constexpr int MaxKeysPerClient = 5;
constexpr int MinModulusBits = 2048; ///< docs/altinn-behaviour.md#maskinporten-keys: RSA 2048 or more
constexpr int MaxModulusBits = 16384; ///< OpenSSL's limit for RSA signatures
constexpr int MaxClientIdLength = 200;
const QSet<QString> ClientMembers{u"clientId"_s, u"orgNo"_s, u"scopes"_s, u"jwks"_s};
const auto ClientExample = u"{\"orgNo\": \"991825827\", \"scopes\": [\"…\"], \"jwks\": {\"keys\": […]}}"_s;
constexpr int AccessTokenLifetimeSeconds = 120;
const auto JwtBearer = u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s;
const auto SystemUserType = u"urn:altinn:systemuser"_s;

/// Claims a grant may carry (docs/altinn-behaviour.md#grant-claims); anything else is "Invalid assertion".
/// `sub` is tolerated: Altinn's own tests send it and it evidently works (uncertain in the spec).
const QSet<QString> AllowedGrantClaims{u"aud"_s, u"iss"_s, u"iat"_s, u"exp"_s, u"jti"_s, u"scope"_s,
    u"resource"_s, u"pid"_s, u"consumer_org"_s, u"iss_onbehalfof"_s, u"authorization_details"_s, u"sub"_s,
    u"nbf"_s};

/// Printable ASCII only (space included): no control characters that could reach a header or a log line.
bool isPrintable(const QString &text)
{
    return std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

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

/// The time grants are judged by (docs/sandbox.md#post-sandboxclockadvancedaysn): real time by default — a
/// real Maskinporten and the vendor's computer share it, so time travel leaves the clients' grants valid —
/// or the travelled sandbox clock when `maskinportenClock` is "sandbox". Keys and issued tokens always
/// follow the sandbox clock, like every Altinn-side time.
QDateTime grantClock(const SandboxContext &context)
{
    return context.settings.maskinportenClock == SandboxSettings::MaskinportenClock::Sandbox
        ? context.clock.now()
        : QDateTime::currentDateTimeUtc();
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
    QJsonObject jwk;
    for (const QJsonValue &key : client->keys) {
        if (key.toObject().value(u"kid"_s).toString() == kid)
            jwk = key.toObject();
    }
    if (jwk.isEmpty())
        return invalidGrant(
            u"Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client."_s);
    // Keys are stamped at registration by the sandbox clock and age with it: time travel can expire them.
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    // The registry stamps every key with a whole-number exp; a key without one counts as expired.
    const auto keyExpires = Altinn::JsonNumber::wholeNumber(jwk.value(u"exp"_s));
    if (!keyExpires || *keyExpires < now)
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
    for (auto it = context.state.usedGrantIds.begin(); it != context.state.usedGrantIds.end();) {
        it = it.value() < grantNow ? context.state.usedGrantIds.erase(it) : std::next(it);
    }
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
        if (entry.value(u"type"_s).toString() != SystemUserType) {
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
            {u"type"_s, SystemUserType},
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

/// Why @p value cannot be registered as a client's public signing key
/// (docs/altinn-behaviour.md#maskinporten-keys), or an empty string when it can: an RSA public JWK with kid,
/// n and e (base64url, RFC 7518 §6.3.1), a modulus of 2048 bits or more and an odd exponent above 1, for
/// RS256/384/512 signatures.
QString publicKeyProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return u"expected a JWK object"_s;
    const QJsonObject key = value.toObject();
    for (const auto privatePart : {u"d", u"p", u"q", u"dp", u"dq", u"qi", u"oth"}) {
        if (key.contains(privatePart))
            return u"holds a private part (\"%1\"); register the public key only"_s.arg(privatePart);
    }
    if (key.value(u"kty"_s) != u"RSA"_s)
        return u"kty must be \"RSA\": Maskinporten takes RSA keys only"_s;
    const QJsonValue kid = key.value(u"kid"_s);
    if (!kid.isString() || kid.toString().trimmed().isEmpty() || !isPrintable(kid.toString()))
        return u"kid must be a non-empty string: the name a grant's header gives the key"_s;
    if (key.contains(u"alg"_s) && !RsaKey::algorithmFromName(key.value(u"alg"_s).toString()))
        return u"alg must be RS256, RS384 or RS512 when it is given"_s;
    if (key.contains(u"use"_s) && key.value(u"use"_s) != u"sig"_s)
        return u"use must be \"sig\" when it is given: the key signs grants"_s;
    const auto number = [&key](const QString &name) -> std::optional<QByteArray> {
        const QJsonValue text = key.value(name);
        auto bytes = text.isString() ? Base64Url::decode(text.toString().toLatin1()) : std::nullopt;
        while (bytes && bytes->startsWith('\0'))
            bytes->remove(0, 1);
        if (!bytes || bytes->isEmpty())
            return std::nullopt;
        return bytes;
    };
    const auto modulus = number(u"n"_s);
    if (!modulus)
        return u"n must be the modulus in base64url (not empty, not zero)"_s;
    if (modulus->size() > MaxModulusBits / 8 || (modulus->back() & 1) == 0)
        return u"n is no RSA modulus (an odd number of at most %1 bits)"_s.arg(MaxModulusBits);
    const auto exponent = number(u"e"_s);
    if (!exponent || exponent->size() > 8 || (exponent->back() & 1) == 0
        || (exponent->size() == 1 && exponent->front() == '\1'))
        return u"e must be the public exponent in base64url: an odd number above 1 (usually \"AQAB\", 65537)"_s;
    const RsaKey parsed = RsaKey::fromPublicJwk(key);
    if (parsed.isNull())
        return u"n and e do not make an RSA public key"_s;
    if (parsed.bits() < MinModulusBits)
        return u"the modulus has %1 bits; Maskinporten needs at least %2"_s.arg(parsed.bits())
            .arg(MinModulusBits);
    return {};
}

/// Validates and stamps a JWKS for the registry: public RSA signing keys with distinct kids, at most five,
/// each with a one-year expiry. Members of the set other than `keys` are ignored (RFC 7517 §5).
std::optional<QJsonArray> registryKeys(const QJsonValue &jwks, qint64 now, QString *error)
{
    const QJsonValue keysValue = jwks.toObject().value(u"keys"_s);
    if (!jwks.isObject() || !keysValue.isArray()) {
        *error = u"jwks must be a JWK set: {\"keys\": [public RSA JWKs with kty, kid, n and e]}."_s;
        return std::nullopt;
    }
    const QJsonArray keys = keysValue.toArray();
    if (keys.size() > MaxKeysPerClient) {
        *error = u"A client can have at most %1 keys."_s.arg(MaxKeysPerClient);
        return std::nullopt;
    }
    QJsonArray stamped;
    QSet<QString> kids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (const QString problem = publicKeyProblem(keys.at(i)); !problem.isEmpty()) {
            *error = u"keys[%1]: %2."_s.arg(i).arg(problem);
            return std::nullopt;
        }
        QJsonObject key = keys.at(i).toObject();
        const QString kid = key.value(u"kid"_s).toString();
        if (kids.contains(kid)) {
            *error = u"Two keys have the kid %1."_s.arg(kid);
            return std::nullopt;
        }
        kids.insert(kid);
        key.insert(u"exp"_s, now + KeyLifetimeSeconds);
        stamped.append(key);
    }
    return stamped;
}

/// A client's scopes: an array of scope names (RFC 6749 §3.3: non-empty, printable ASCII without spaces,
/// `"` or `\`, since a grant's `scope` separates them with spaces).
std::optional<QStringList> scopeList(const QJsonValue &value, QString *error)
{
    if (!value.isArray()) {
        *error = u"scopes must be an array of scope names, e.g. "
                 "{\"scopes\": [\"altinn:authentication/systemregister.write\"]}: the client's whole list."_s;
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QStringList scopes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString scope = array.at(i).toString();
        const bool valid = array.at(i).isString() && !scope.isEmpty()
            && std::all_of(scope.cbegin(), scope.cend(),
                [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\'; });
        if (!valid) {
            *error =
                u"scopes[%1] must be a scope name: a non-empty string of printable ASCII without spaces."_s
                    .arg(i);
            return std::nullopt;
        }
        scopes.append(scope);
    }
    return scopes;
}

/// The body of a registry call as a JSON object; nullopt with a message naming @p example otherwise.
std::optional<QJsonObject> objectBody(const SandboxRequest &request, const QString &example, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The body is not valid JSON (%1 at byte %2); send a JSON object such as %3."_s.arg(
            parseError.errorString(), QString::number(parseError.offset), example);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"The body must be a JSON object such as %1."_s.arg(example);
        return std::nullopt;
    }
    return document.object();
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
    const QJsonValue clientId = body.value(u"clientId"_s);
    if (!clientId.isUndefined() && !clientId.isNull()) {
        // RFC 6749 client ids are printable ASCII; the id also goes into URLs and the Location header.
        if (!clientId.isString() || clientId.toString().size() > MaxClientIdLength
            || !isPrintable(clientId.toString()) || clientId.toString().trimmed() != clientId.toString()) {
            *error = u"clientId must be a string of at most %1 printable ASCII characters (or left out for a "
                     "generated one)."_s.arg(MaxClientIdLength);
            return std::nullopt;
        }
        client.clientId = clientId.toString();
    }
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

SandboxResponse controlError(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, message}});
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
                    QJsonArray{SystemUserType, u"urn:altinn:consent"_s}}});
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
        const auto body = objectBody(request, ClientExample, &error);
        auto client = body ? newClient(*body, context.clock.now().toSecsSinceEpoch(), &error) : std::nullopt;
        if (!client)
            return controlError(400, error);
        // Checked after the body: a re-run that posts the same id gets 409 and can compare with GET.
        if (context.state.maskinportenClients.contains(client->clientId.toLower()))
            return controlError(409, u"A client with this id already exists."_s);
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
                return controlError(404, u"No client with this id."_s);
            return SandboxResponse::json(200, clientJson(*client));
        });
    router.add(
        "PUT", u"/sandbox/maskinporten/clients/{clientId}/jwks"_s, [&context](const SandboxRequest &request) {
            auto client = context.state.maskinportenClients.find(request.parameter(u"clientId"_s).toLower());
            if (client == context.state.maskinportenClients.end())
                return controlError(404, u"No client with this id."_s);
            QString error;
            // Replace-all, like the self-service API; re-posting a key renews its one-year expiry.
            const auto jwks = objectBody(request, u"{\"keys\": [public RSA JWKs]}"_s, &error);
            const auto keys =
                jwks ? registryKeys(*jwks, context.clock.now().toSecsSinceEpoch(), &error) : std::nullopt;
            if (!keys)
                return controlError(400, error);
            client->keys = *keys;
            context.stateChanged();
            return SandboxResponse::json(200, clientJson(*client));
        });
    router.add("PUT", u"/sandbox/maskinporten/clients/{clientId}/scopes"_s,
        [&context](const SandboxRequest &request) {
            auto client = context.state.maskinportenClients.find(request.parameter(u"clientId"_s).toLower());
            if (client == context.state.maskinportenClients.end())
                return controlError(404, u"No client with this id."_s);
            QString error;
            const auto body = objectBody(request, u"{\"scopes\": [\"…\"]}"_s, &error);
            const auto scopes = body ? scopeList(body->value(u"scopes"_s), &error) : std::nullopt;
            if (!scopes)
                return controlError(400, error);
            // Replace-all, like ticking the client's scopes in the self-service portal.
            client->scopes = *scopes;
            context.stateChanged();
            return SandboxResponse::json(200, clientJson(*client));
        });
}
