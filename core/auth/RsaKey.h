#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

/**
 * An RSA key (private or public only) held in memory through OpenSSL 3's EVP API.
 * Copies share the same key. The private part never leaves this object except through
 * an explicit export, which callers hand to the keychain only.
 */
class RsaKey
{
public:
    enum class Algorithm { RS256, RS384, RS512 };

    RsaKey() = default;

    /// A new key pair of @p bits (2048, 3072 or 4096); null on failure.
    static RsaKey generate(int bits = 2048);
    /// A public key from a JWK with kty "RSA", "n" and "e"; null when malformed.
    static RsaKey fromPublicJwk(const QJsonObject &jwk);
    /// A key from PEM: a private key (PKCS#1 or PKCS#8, unencrypted) or a public key; null on failure.
    static RsaKey fromPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_hasPrivate; }
    int bits() const;

    /// The public JWK: kty, n, e, and kid/alg/use when given.
    QJsonObject publicJwk(const QString &kid = {}, const QString &alg = QStringLiteral("RS256"),
        const QString &use = QStringLiteral("sig")) const;
    /// {"keys": [publicJwk(kid)]} — the set the self-service portal and its API take.
    QJsonObject publicJwks(const QString &kid) const;
    QByteArray publicPem() const;
    /// A key id that says whose key it is, where it is for and when it was made, e.g.
    /// "991825827-tt02-2026-11-23" — unique enough and readable in the self-service portal
    /// (docs/altinn-behaviour.md#grant-header: pick a globally unique kid; Maskinporten does not derive it).
    static QString suggestKid(const QString &vendorOrgNumber, const QString &environment, const QDate &date);
    /// PKCS#8 PEM of the private key (for the keychain only); empty for a public key.
    QByteArray privatePkcs8Pem() const;
    /// RFC 7638 thumbprint (SHA-256, base64url) — a stable fingerprint to show users.
    QString thumbprint() const;

    /// RSASSA-PKCS1-v1_5 signature of @p data; empty when this is not a private key.
    QByteArray sign(Algorithm algorithm, const QByteArray &data) const;
    bool verify(Algorithm algorithm, const QByteArray &data, const QByteArray &signature) const;

    static QString algorithmName(Algorithm algorithm);
    static std::optional<Algorithm> algorithmFromName(QStringView name);

private:
    RsaKey(std::shared_ptr<evp_pkey_st> key, bool hasPrivate);

    std::shared_ptr<evp_pkey_st> m_key;
    bool m_hasPrivate = false;
};
