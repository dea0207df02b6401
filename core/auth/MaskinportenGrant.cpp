#include "auth/MaskinportenGrant.h"

#include "auth/Jws.h"
#include "model/AltinnUrns.h"

#include <QJsonArray>

#include <openssl/rand.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QByteArray GrantRequest::cacheKey() const
{
    QStringList sortedScopes = scopes;
    sortedScopes.sort();
    sortedScopes.removeDuplicates();
    return QStringList{clientId, audience, sortedScopes.join(u' '), resource, systemUserOrg, externalRef}
        .join(QChar(0x1f))
        .toUtf8();
}

namespace MaskinportenGrant {

QString newJti()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {};
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20));
}

QJsonObject claims(const GrantRequest &request, const QDateTime &now, const QString &jti)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    // Only documented claims: Maskinporten rejects others with "Invalid assertion"
    // (docs/altinn-behaviour.md#grant-claims). No `sub`.
    QJsonObject claims{
        {u"aud"_s, request.audience},
        {u"iss"_s, request.clientId},
        {u"scope"_s, request.scopes.join(u' ')},
        {u"iat"_s, issuedAt},
        {u"exp"_s, issuedAt + std::clamp(request.lifetimeSeconds, 1, 120)},
        {u"jti"_s, jti},
    };
    if (!request.resource.isEmpty())
        claims.insert(u"resource"_s, request.resource);
    if (request.isSystemUserGrant()) {
        QJsonObject details{
            {u"type"_s, Altinn::Urns::SystemUserType.toString()},
            {u"systemuser_org"_s,
                QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s},
                    {u"ID"_s, QString(u"0192:"_s + request.systemUserOrg)}}},
        };
        if (!request.externalRef.isEmpty())
            details.insert(u"externalRef"_s, request.externalRef);
        claims.insert(u"authorization_details"_s, QJsonArray{details});
    }
    return claims;
}

QJsonObject header(const SigningIdentity &identity)
{
    if (!identity.certificateChain.isEmpty()) {
        QJsonArray chain;
        for (const QByteArray &der : identity.certificateChain)
            chain.append(QString::fromLatin1(der.toBase64())); // standard base64 with padding (RFC 7517 §4.7)
        return {{u"x5c"_s, chain}};
    }
    return {{u"kid"_s, identity.kid}};
}

QByteArray sign(const GrantRequest &request, const SigningIdentity &identity, const QDateTime &now)
{
    const QString jti = newJti();
    if (jti.isEmpty())
        return {};
    return Jws::sign(header(identity), claims(request, now, jti), identity.key, identity.algorithm);
}

} // namespace MaskinportenGrant
