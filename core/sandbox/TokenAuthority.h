#pragma once

#include "auth/RsaKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

/**
 * The sandbox's token-signing key: it signs the access tokens the sandbox Maskinporten issues and checks
 * the bearer tokens Altinn endpoints receive (signature, issuer, lifetime with 10 s skew —
 * docs/altinn-behaviour.md#authentication-and-scopes). The public key is published at /jwk.
 *
 * verify() remembers the tokens it found valid (by SHA-256 of the token) until they expire, so a client that
 * sends the same bearer token with every call costs one RSA verification, not one per call
 * (docs/sandbox.md#scale). verify() and the issuer may be used from any thread.
 */
class TokenAuthority
{
public:
    /// Signs with @p signingKey, or with a fresh 2048-bit key when it is null (about 0.1 s; do it off the UI
    /// thread in the wizard).
    explicit TokenAuthority(QString issuer, RsaKey signingKey = {});

    /// How many verified tokens verify() remembers at most.
    static constexpr qsizetype CacheCapacity = 4096;

    QString issuer() const;
    /// Also forgets the verified tokens: they were checked against the old issuer.
    void setIssuer(const QString &issuer);
    QString keyId() const { return m_keyId; }
    const RsaKey &key() const { return m_key; }
    /// {"keys": [public JWK]}
    QJsonObject jwks() const;

    /// Signs @p claims as an access token (RS256, kid); adds iss when missing.
    QByteArray sign(QJsonObject claims) const;

    /**
     * A Maskinporten-like vendor access token for tests and the token endpoint:
     * consumer {"authority": "iso6523-actorid-upis", "ID": "0192:<orgNo>"}, scope, client_id, iat/exp.
     */
    QByteArray mintVendorToken(const QString &orgNo, const QStringList &scopes, const QDateTime &now,
        const QString &clientId = QStringLiteral("00000000-0000-4000-8000-000000000000"),
        int lifetimeSeconds = 120) const;

    /**
     * The claims of a valid token: signed by this key, iss = issuer, nbf/exp around @p now (10 s skew).
     * A token verified before is taken from the cache, its nbf/exp checked against @p now all the same.
     */
    std::optional<QJsonObject> verify(QByteArrayView token, const QDateTime &now) const;
    /// How many verified tokens are remembered now (tests).
    qsizetype cachedTokenCount() const;
    /// At most @p capacity tokens are remembered from now on (CacheCapacity unless changed; tests).
    void setCacheCapacity(qsizetype capacity);

private:
    /// What a verified token's checks need again: its claims and lifetime.
    struct VerifiedToken
    {
        QJsonObject claims;
        qint64 expires = 0;
        std::optional<qint64> notBefore;
    };
    std::optional<QJsonObject> verifyUncached(
        QByteArrayView token, qint64 nowSeconds, VerifiedToken *verified) const;
    void remember(const QByteArray &digest, VerifiedToken verified, qint64 nowSeconds) const;

    QString m_issuer;
    QString m_keyId;
    RsaKey m_key;
    mutable QMutex
        m_cacheMutex; ///< guards the issuer and the cache: the server's thread and another may verify
    mutable QHash<QByteArray, VerifiedToken> m_cache; ///< SHA-256 of the token → what verify() found
    mutable std::deque<QByteArray> m_cacheOrder; ///< digests, oldest first (may name dropped ones)
    qsizetype m_cacheCapacity = CacheCapacity;
};
