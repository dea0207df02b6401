#include "sandbox/TokenAuthority.h"

#include "auth/Jws.h"
#include "model/JsonNumber.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QUuid>

#include <openssl/sha.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 AllowedSkewSeconds = 10;

/// SHA-256 of @p data, through OpenSSL: its SHA instructions make this a fraction of a microsecond for a
/// token, where QCryptographicHash (portable C) takes several — on every authenticated call.
QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()),
        reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

/// The time check of verify(), for a fresh token and a remembered one alike.
bool withinLifetime(qint64 expires, const std::optional<qint64> &notBefore, qint64 nowSeconds)
{
    if (expires + AllowedSkewSeconds < nowSeconds)
        return false;
    return !notBefore || *notBefore - AllowedSkewSeconds <= nowSeconds;
}
} // namespace

TokenAuthority::TokenAuthority(QString issuer, RsaKey signingKey)
    : m_issuer(std::move(issuer))
    , m_keyId(u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
    , m_key(signingKey.isNull() ? RsaKey::generate(2048) : std::move(signingKey))
{ }

QString TokenAuthority::issuer() const
{
    QMutexLocker lock(&m_cacheMutex);
    return m_issuer;
}

void TokenAuthority::setIssuer(const QString &issuer)
{
    QMutexLocker lock(&m_cacheMutex);
    m_issuer = issuer;
    m_cache.clear();
    m_cacheOrder.clear();
}

QJsonObject TokenAuthority::jwks() const
{
    return {{u"keys"_s, QJsonArray{m_key.publicJwk(m_keyId)}}};
}

QByteArray TokenAuthority::sign(QJsonObject claims) const
{
    if (!claims.contains(u"iss"_s))
        claims.insert(u"iss"_s, issuer());
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
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    // Only valid tokens are remembered, so a tampered or foreign one (another digest) is always checked in
    // full; a remembered one still has to be within its lifetime at @p now, which may have moved either way.
    const QByteArray digest = sha256(token);
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto known = m_cache.constFind(digest);
        if (known != m_cache.cend()) {
            if (!withinLifetime(known->expires, known->notBefore, nowSeconds))
                return std::nullopt;
            return known->claims;
        }
    }
    VerifiedToken verified;
    auto claims = verifyUncached(token, nowSeconds, &verified);
    if (claims)
        remember(digest, std::move(verified), nowSeconds);
    return claims;
}

qsizetype TokenAuthority::cachedTokenCount() const
{
    QMutexLocker lock(&m_cacheMutex);
    return m_cache.size();
}

void TokenAuthority::setCacheCapacity(qsizetype capacity)
{
    QMutexLocker lock(&m_cacheMutex);
    m_cacheCapacity = std::max<qsizetype>(1, capacity);
    m_cache.clear();
    m_cacheOrder.clear();
}

std::optional<QJsonObject> TokenAuthority::verifyUncached(
    QByteArrayView token, qint64 nowSeconds, VerifiedToken *verified) const
{
    const auto decoded = Jws::decode(token);
    if (!decoded || !Jws::verify(*decoded, m_key))
        return std::nullopt;
    const QJsonObject &claims = decoded->payload;
    if (claims.value(u"iss"_s).toString() != issuer())
        return std::nullopt;
    // Held at ±2^53 s, so adding the skew cannot overflow whatever number the claim holds.
    const auto seconds = [&claims](QStringView name) {
        return Altinn::JsonNumber::saturated(
            claims.value(name), -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger);
    };
    const auto expires = seconds(u"exp");
    if (!expires)
        return std::nullopt;
    std::optional<qint64> notBefore;
    if (claims.contains(u"nbf"_s)) {
        notBefore = seconds(u"nbf");
        if (!notBefore)
            return std::nullopt;
    }
    if (!withinLifetime(*expires, notBefore, nowSeconds))
        return std::nullopt;
    *verified = {claims, *expires, notBefore};
    return claims;
}

void TokenAuthority::remember(const QByteArray &digest, VerifiedToken verified, qint64 nowSeconds) const
{
    QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() >= m_cacheCapacity) {
        // Full: first drop what has expired, then the oldest, so the cache stays within its bound.
        m_cache.removeIf([nowSeconds](const QHash<QByteArray, VerifiedToken>::iterator &entry) {
            return entry->expires + AllowedSkewSeconds < nowSeconds;
        });
        std::erase_if(m_cacheOrder, [this](const QByteArray &known) { return !m_cache.contains(known); });
        while (m_cache.size() >= m_cacheCapacity && !m_cacheOrder.empty()) {
            m_cache.remove(m_cacheOrder.front());
            m_cacheOrder.pop_front();
        }
    }
    if (!m_cache.contains(digest))
        m_cacheOrder.push_back(digest);
    m_cache.insert(digest, std::move(verified));
}
