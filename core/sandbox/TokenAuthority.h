#pragma once

#include "auth/RsaKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The sandbox's token-signing key: it signs the access tokens the sandbox Maskinporten issues and checks
 * the bearer tokens Altinn endpoints receive (signature, issuer, lifetime with 10 s skew —
 * docs/altinn-behaviour.md#authentication-and-scopes). The public key is published at /jwk.
 */
class TokenAuthority
{
public:
    /// Generates a fresh 2048-bit key (about 0.1 s; do it off the UI thread in the wizard).
    explicit TokenAuthority(QString issuer);

    QString issuer() const { return m_issuer; }
    void setIssuer(const QString &issuer) { m_issuer = issuer; }
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

    /// The claims of a valid token: signed by this key, iss = issuer, nbf/exp around @p now (10 s skew).
    std::optional<QJsonObject> verify(QByteArrayView token, const QDateTime &now) const;

private:
    QString m_issuer;
    QString m_keyId;
    RsaKey m_key;
};
