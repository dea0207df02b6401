#include "sandbox/TokenAuthority.h"

#include "auth/Jws.h"
#include "model/JsonNumber.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 AllowedSkewSeconds = 10;
} // namespace

TokenAuthority::TokenAuthority(QString issuer)
    : m_issuer(std::move(issuer))
    , m_keyId(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
    , m_key(RsaKey::generate(2048))
{ }

QJsonObject TokenAuthority::jwks() const
{
    return {{u"keys"_s, QJsonArray{m_key.publicJwk(m_keyId)}}};
}

QByteArray TokenAuthority::sign(QJsonObject claims) const
{
    if (!claims.contains(u"iss"_s))
        claims.insert(u"iss"_s, m_issuer);
    return Jws::sign({{u"kid"_s, m_keyId}, {u"typ"_s, u"JWT"_s}}, claims, m_key);
}

QByteArray TokenAuthority::mintVendorToken(const QString &orgNo, const QStringList &scopes,
    const QDateTime &now, const QString &clientId, int lifetimeSeconds) const
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    return sign({
        {u"scope"_s, scopes.join(u' ')},
        {u"consumer"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, QString(u"0192:"_s + orgNo)}}},
        {u"client_id"_s, clientId},
        {u"client_amr"_s, u"private_key_jwt"_s},
        {u"token_type"_s, u"Bearer"_s},
        {u"iat"_s, issuedAt},
        {u"nbf"_s, issuedAt},
        {u"exp"_s, issuedAt + lifetimeSeconds},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
    });
}

std::optional<QJsonObject> TokenAuthority::verify(QByteArrayView token, const QDateTime &now) const
{
    const auto decoded = Jws::decode(token);
    if (!decoded || !Jws::verify(*decoded, m_key))
        return std::nullopt;
    const QJsonObject &claims = decoded->payload;
    if (claims.value(u"iss"_s).toString() != m_issuer)
        return std::nullopt;
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    // Held at ±2^53 s, so adding the skew cannot overflow whatever number the claim holds.
    const auto seconds = [&claims](QStringView name) {
        return Altinn::JsonNumber::saturated(
            claims.value(name), -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger);
    };
    const auto expires = seconds(u"exp");
    if (!expires || *expires + AllowedSkewSeconds < nowSeconds)
        return std::nullopt;
    if (claims.contains(u"nbf"_s)) {
        const auto notBefore = seconds(u"nbf");
        if (!notBefore || *notBefore - AllowedSkewSeconds > nowSeconds)
            return std::nullopt;
    }
    return claims;
}
