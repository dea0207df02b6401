#include "sandbox/IdPortenTokenEndpoint.h"

#include "auth/Jws.h"
#include "model/JsonNumber.h"
#include "sandbox/FormFields.h"
#include "sandbox/IdPortenClients.h"
#include "sandbox/IdPortenSessions.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClients.h"
#include "sandbox/SandboxContext.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto JwtBearerAssertion = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s;
constexpr auto Base64UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

/// An RFC 6749 §5.2 error: {"error", "error_description"}, never cached.
SandboxResponse tokenError(int status, const QString &error, const QString &description)
{
    return SandboxResponse::json(
        status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}})
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}

SandboxResponse invalidRequest(const QString &description)
{
    return tokenError(400, u"invalid_request"_s, description);
}

SandboxResponse invalidClient(const QString &description)
{
    return tokenError(401, u"invalid_client"_s, description);
}

SandboxResponse invalidGrant(const QString &description)
{
    return tokenError(400, u"invalid_grant"_s, description);
}

QString tokenEndpoint(const SandboxContext &context)
{
    return context.idportenIssuer() + u"/token"_s;
}

/// The audience of a client assertion: the issuer or the token endpoint, as a string or in an array.
bool isOwnAudience(const QJsonValue &audience, const SandboxContext &context)
{
    const QStringList own{context.idportenIssuer(), tokenEndpoint(context)};
    if (audience.isString())
        return own.contains(audience.toString());
    const QJsonArray values = audience.toArray();
    return std::any_of(values.cbegin(), values.cend(),
        [&own](const QJsonValue &value) { return value.isString() && own.contains(value.toString()); });
}

/**
 * private_key_jwt client authentication (RFC 7523 §2.2, OpenID Connect Core §9), in this order: assertion
 * type, a JWS signed RS256 with a kid, iss naming a registered client, sub = iss, client_id (when sent) =
 * iss, the kid registered for the client and not expired (sandbox clock), the signature, aud, iat/exp by
 * SandboxClients::assertionClock (exp at most 120 s ahead, 10 s skew), and a jti not used before. Every
 * failure is 401 invalid_client.
 */
std::variant<const SandboxIdPortenClient *, SandboxResponse> authenticate(
    const SandboxRequest &request, const FormFields &form, SandboxContext &context)
{
    if (!request.header("authorization").isEmpty() || form.has(u"client_secret"_s)) {
        return invalidClient(
            u"The sandbox's ID-porten takes private_key_jwt client authentication only: send "
            "client_assertion_type and client_assertion, and no client secret."_s);
    }
    if (form.value(u"client_assertion_type"_s) != JwtBearerAssertion)
        return invalidClient(u"client_assertion_type must be %1."_s.arg(JwtBearerAssertion));
    const auto assertion = Jws::decode(form.value(u"client_assertion"_s).toLatin1());
    if (!assertion)
        return invalidClient(u"client_assertion must be a signed JWT (JWS compact serialisation)."_s);
    if (assertion->header.value(u"alg"_s).toString() != u"RS256")
        return invalidClient(u"The client assertion must be signed with RS256."_s);
    const QString kid = assertion->header.value(u"kid"_s).toString();
    if (kid.isEmpty())
        return invalidClient(u"The client assertion's header needs a kid: the id of a key registered for the "
                             "client."_s);
    const QJsonObject &claims = assertion->payload;
    const QString clientId = claims.value(u"iss"_s).toString();
    const SandboxIdPortenClient *client = IdPortenClients::find(context.state, clientId);
    if (!client)
        return invalidClient(u"Unknown client: the assertion's iss names no registered client."_s);
    if (claims.value(u"sub"_s).toString() != clientId)
        return invalidClient(u"The client assertion's sub must equal its iss: the client id."_s);
    if (form.has(u"client_id"_s) && form.value(u"client_id"_s) != clientId)
        return invalidClient(u"client_id differs from the client assertion's iss."_s);
    const QJsonObject jwk = SandboxClients::registeredKey(client->keys, kid);
    if (jwk.isEmpty())
        return invalidClient(u"Unknown key identifier (kid) for the client."_s);
    if (SandboxClients::isKeyExpired(jwk, context.clock.now().toSecsSinceEpoch()))
        return invalidClient(u"The client's key has expired: register it again."_s);
    if (!Jws::verify(*assertion, RsaKey::fromPublicJwk(jwk)))
        return invalidClient(u"The client assertion's signature does not verify with the registered key."_s);
    if (!isOwnAudience(claims.value(u"aud"_s), context))
        return invalidClient(
            u"The client assertion's aud must be the issuer %1 (or the token endpoint)."_s.arg(
                context.idportenIssuer()));

    const auto seconds = [&claims](QStringView name) {
        return Altinn::JsonNumber::saturated(
            claims.value(name), -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger);
    };
    const auto issuedAt = seconds(u"iat");
    const auto expires = seconds(u"exp");
    if (!issuedAt || !expires)
        return invalidClient(u"The client assertion needs iat and exp, in seconds since 1970."_s);
    const qint64 now = SandboxClients::assertionClock(context).toSecsSinceEpoch();
    if (*issuedAt > now + SandboxClients::AllowedSkewSeconds)
        return invalidClient(u"The client assertion is issued in the future: check the computer's clock."_s);
    if (*expires < now - SandboxClients::AllowedSkewSeconds)
        return invalidClient(u"The client assertion has expired."_s);
    if (*expires
        > now + IdPortenTokenEndpoint::MaxAssertionLifetimeSeconds + SandboxClients::AllowedSkewSeconds)
        return invalidClient(u"The client assertion's exp may be at most %1 seconds ahead."_s.arg(
            IdPortenTokenEndpoint::MaxAssertionLifetimeSeconds));

    // Single use: a jti is remembered until its assertion's exp (plus skew) has passed, on the same clock.
    SandboxClients::forgetExpired(context.state.idportenUsedAssertionIds, now);
    const QString jti = claims.value(u"jti"_s).toString();
    if (jti.isEmpty())
        return invalidClient(u"The client assertion needs a jti: assertions are single-use."_s);
    if (context.state.idportenUsedAssertionIds.contains(jti))
        return invalidClient(u"The client assertion has been used before (same jti)."_s);
    context.state.idportenUsedAssertionIds.insert(jti, *expires + SandboxClients::AllowedSkewSeconds);
    return client;
}

/// RFC 7636 §4.1 and §4.6: 43 to 128 unreserved characters whose SHA-256, base64url, is the challenge.
bool verifierMatches(const QString &verifier, const QString &challenge)
{
    const bool wellFormed = verifier.size() >= 43 && verifier.size() <= 128
        && std::all_of(verifier.cbegin(), verifier.cend(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                   || c == u'-' || c == u'.' || c == u'_' || c == u'~';
           });
    if (!wellFormed)
        return false;
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(Base64UrlOptions)) == challenge;
}

/// RFC 6749 §4.1.2: a code used twice revokes the tokens issued for it.
void revokeTokensOf(const IdPortenSessions::Code &code, SandboxContext &context)
{
    QHash<QString, qint64> &revoked = context.state.idportenRevokedTokenIds;
    SandboxClients::forgetExpired(
        revoked, context.clock.now().toSecsSinceEpoch() - SandboxClients::AllowedSkewSeconds);
    for (auto it = code.tokenIds.constBegin(); it != code.tokenIds.constEnd(); ++it)
        revoked.insert(it.key(), it.value());
}

SandboxResponse issueTokens(
    IdPortenSessions::Code &code, const SandboxIdPortenClient &client, const SandboxContext &context)
{
    const IdPortenAuthorization &asked = code.request;
    const qint64 issuedAt = context.clock.now().toSecsSinceEpoch();
    const qint64 expires = issuedAt + IdPortenTokenEndpoint::TokenLifetimeSeconds;
    const QString subject = IdPortenTokenEndpoint::pairwiseSubject(code.pid, client.orgNo);
    const QJsonArray amr{u"TestID"_s};
    const QString scope = asked.scopes.join(u' ');
    const QString idTokenId = IdPortenSessions::newId();
    const QString accessTokenId = IdPortenSessions::newId();
    const QJsonObject idToken{{u"iss"_s, context.idportenIssuer()}, {u"aud"_s, client.clientId},
        {u"sub"_s, subject}, {u"pid"_s, code.pid}, {u"acr"_s, asked.acr}, {u"amr"_s, amr},
        {u"auth_time"_s, code.authTime.toSecsSinceEpoch()}, {u"iat"_s, issuedAt}, {u"exp"_s, expires},
        {u"nonce"_s, asked.nonce}, {u"sid"_s, code.sid}, {u"jti"_s, idTokenId}, {u"locale"_s, asked.locale}};
    const QJsonObject accessToken{{u"iss"_s, context.idportenIssuer()}, {u"client_id"_s, client.clientId},
        {u"client_amr"_s, u"private_key_jwt"_s}, {u"token_type"_s, u"Bearer"_s}, {u"scope"_s, scope},
        {u"sub"_s, subject}, {u"pid"_s, code.pid}, {u"acr"_s, asked.acr}, {u"amr"_s, amr},
        {u"consumer"_s,
            QJsonObject{
                {u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, QString(u"0192:"_s + client.orgNo)}}},
        {u"iat"_s, issuedAt}, {u"exp"_s, expires}, {u"jti"_s, accessTokenId}};
    code.tokenIds.insert(idTokenId, expires);
    code.tokenIds.insert(accessTokenId, expires);
    const TokenAuthority &tokens = context.idportenTokens();
    return SandboxResponse::json(200,
        QJsonObject{{u"access_token"_s, QString::fromLatin1(tokens.sign(accessToken))},
            {u"id_token"_s, QString::fromLatin1(tokens.sign(idToken))}, {u"token_type"_s, u"Bearer"_s},
            {u"expires_in"_s, IdPortenTokenEndpoint::TokenLifetimeSeconds}, {u"scope"_s, scope}})
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}

/// The token request, checked in the order of docs/sandbox.md#id-porten-token-endpoint.
SandboxResponse handleToken(
    const SandboxRequest &request, SandboxContext &context, IdPortenSessions &sessions)
{
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return invalidRequest(u"Content-Type must be application/x-www-form-urlencoded."_s);
    const FormFields form = FormFields::parse(request.body);
    if (const QStringList repeated = form.repeatedNames(); !repeated.isEmpty())
        return invalidRequest(
            u"Each parameter may be sent once (RFC 6749 §3.2): %1."_s.arg(repeated.join(u", ")));
    const QString grantType = form.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return invalidRequest(u"grant_type is missing: send grant_type=authorization_code."_s);
    if (grantType != u"authorization_code")
        return tokenError(400, u"unsupported_grant_type"_s,
            u"Unsupported grant type: %1. The sandbox's ID-porten takes authorization_code."_s.arg(
                grantType));

    const auto authenticated = authenticate(request, form, context);
    if (const auto *refusal = std::get_if<SandboxResponse>(&authenticated))
        return *refusal;
    const SandboxIdPortenClient &client = *std::get<const SandboxIdPortenClient *>(authenticated);

    for (const QString &name : {u"code"_s, u"redirect_uri"_s, u"code_verifier"_s}) {
        if (form.value(name).isEmpty())
            return invalidRequest(u"%1 is missing."_s.arg(name));
    }
    IdPortenSessions::Code *code = sessions.code(form.value(u"code"_s));
    if (!code || code->request.clientId.compare(client.clientId, Qt::CaseInsensitive) != 0)
        return invalidGrant(u"Unknown authorization code."_s);
    if (code->used) {
        revokeTokensOf(*code, context);
        return invalidGrant(
            u"The authorization code has been used before; the tokens issued for it are revoked."_s);
    }
    // Spent by its client's first token request, whatever the answer.
    code->used = true;
    if (IdPortenSessions::isExpired(*code, context.clock.now()))
        return invalidGrant(u"The authorization code has expired: a code is valid for %1 seconds."_s.arg(
            IdPortenSessions::CodeLifetimeSeconds));
    if (form.value(u"redirect_uri"_s) != code->request.redirectUri)
        return invalidGrant(u"redirect_uri differs from the one of the authorization request."_s);
    if (!verifierMatches(form.value(u"code_verifier"_s), code->request.codeChallenge))
        return invalidGrant(u"code_verifier does not match the code_challenge (S256)."_s);
    return issueTokens(*code, client, context);
}

} // namespace

void IdPortenTokenEndpoint::registerRoutes(
    Router &router, SandboxContext &context, std::shared_ptr<IdPortenSessions> sessions)
{
    router.add("POST", u"/idporten/token"_s, [&context, sessions](const SandboxRequest &request) {
        return handleToken(request, context, *sessions);
    });
}

QString IdPortenTokenEndpoint::pairwiseSubject(const QString &pid, const QString &orgNo)
{
    // Salted so that the sub cannot be told from a plain hash of the national identity number.
    const QByteArray input = "sandbox-idporten-sub\n" + orgNo.toUtf8() + '\n' + pid.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(input, QCryptographicHash::Sha256).toBase64(Base64UrlOptions));
}
