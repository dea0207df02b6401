#include "auth/IdTokenValidator.h"

#include "auth/Jws.h"
#include "auth/RsaKey.h"
#include "model/JsonNumber.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

IdTokenValidator::Result failure(
    IdTokenValidator::Problem problem, const QString &detail, const QJsonObject &claims = {})
{
    return IdTokenValidator::Result{problem, claims, detail};
}

/// The RSA key of @p jwks with @p kid; without a kid, the set's only key.
RsaKey keyFor(const QJsonObject &jwks, const QString &kid)
{
    const QJsonArray keys = jwks.value(u"keys"_s).toArray();
    for (const QJsonValue &value : keys) {
        const QJsonObject jwk = value.toObject();
        if (jwk.value(u"kty"_s).toString() != u"RSA")
            continue;
        const QString use = jwk.value(u"use"_s).toString();
        if (!use.isEmpty() && use != u"sig")
            continue;
        if (jwk.value(u"kid"_s).toString() == kid || (kid.isEmpty() && keys.size() == 1))
            return RsaKey::fromPublicJwk(jwk);
    }
    return {};
}

std::optional<qint64> seconds(const QJsonValue &value)
{
    // Saturated, as every time claim the project reads: a hostile 1e300 must not overflow the cast.
    return Altinn::JsonNumber::saturated(
        value, -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger);
}

} // namespace

IdTokenValidator::Result IdTokenValidator::validate(
    QByteArrayView idToken, const QJsonObject &jwks, const Expectations &expected)
{
    const auto decoded = Jws::decode(idToken);
    if (!decoded)
        return failure(Problem::Malformed, u"not a compact JWS"_s);
    const QJsonObject &claims = decoded->payload;
    // Only RS256, whatever the header says: "none" or an HMAC with the public key must never pass.
    const QString algorithm = decoded->header.value(u"alg"_s).toString();
    if (algorithm != u"RS256")
        return failure(Problem::WrongAlgorithm, u"alg is \"%1\", expected RS256"_s.arg(algorithm), claims);
    const QString kid = decoded->header.value(u"kid"_s).toString();
    const RsaKey key = keyFor(jwks, kid);
    if (key.isNull())
        return failure(
            Problem::UnknownKey, u"no RSA signing key with kid \"%1\" in the JWKS"_s.arg(kid), claims);
    if (!Jws::verify(*decoded, key))
        return failure(
            Problem::BadSignature, u"the signature does not verify with kid \"%1\""_s.arg(kid), claims);

    const QString issuer = claims.value(u"iss"_s).toString();
    if (issuer != expected.issuer)
        return failure(
            Problem::WrongIssuer, u"iss is \"%1\", expected \"%2\""_s.arg(issuer, expected.issuer), claims);

    const QJsonValue audience = claims.value(u"aud"_s);
    const bool forUs = audience.isArray() ? audience.toArray().contains(expected.clientId)
                                          : audience.toString() == expected.clientId;
    const QString authorizedParty = claims.value(u"azp"_s).toString();
    if (!forUs || (!authorizedParty.isEmpty() && authorizedParty != expected.clientId)) {
        return failure(Problem::WrongAudience,
            u"aud/azp do not name the client \"%1\""_s.arg(expected.clientId), claims);
    }

    // A login without a nonce in the token, or with another one, is a replayed or foreign token.
    const QString nonce = claims.value(u"nonce"_s).toString();
    if (expected.nonce.isEmpty() || nonce != expected.nonce)
        return failure(Problem::WrongNonce, u"the nonce does not match this login"_s, claims);

    const qint64 now = expected.now.toSecsSinceEpoch();
    const std::optional<qint64> expires = seconds(claims.value(u"exp"_s));
    if (!expires || *expires + expected.skewSeconds <= now)
        return failure(Problem::Expired, u"exp is missing or in the past"_s, claims);
    return Result{Problem::None, claims, {}};
}

QString IdTokenValidator::explain(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Malformed:
        return tr("ID-porten's ID token could not be read.");
    case Problem::WrongAlgorithm:
    case Problem::UnknownKey:
    case Problem::BadSignature:
        return tr("The ID token's signature does not check out against ID-porten's published keys: the "
                  "login cannot be trusted.");
    case Problem::WrongIssuer:
        return tr("The ID token was issued by another server than the ID-porten of this environment.");
    case Problem::WrongAudience:
        return tr("The ID token was issued to another client than yours.");
    case Problem::WrongNonce:
        return tr("The ID token does not belong to this login (its nonce differs): it may be replayed.");
    case Problem::Expired:
        return tr("The ID token is not valid at this computer's time. Check that the clock is right.");
    }
    return {};
}
