#pragma once

#include "auth/RsaKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// What to ask Maskinporten for: a plain vendor token, or a system user token for one customer.
struct GrantRequest
{
    QString audience; ///< the issuer exactly, with its trailing slash ("https://test.maskinporten.no/")
    QString clientId; ///< becomes `iss`
    QStringList scopes;
    QString systemUserOrg; ///< customer org number; empty for a vendor token
    QString externalRef; ///< optional; Altinn defaults it to the customer org number
    QString resource; ///< optional RFC 8707 audience restriction
    int lifetimeSeconds = 120;

    bool isSystemUserGrant() const { return !systemUserOrg.isEmpty(); }
    /// The full identity a token is cached under (docs/altinn-behaviour.md#token-caching): client, audience,
    /// sorted scopes, …
    QByteArray cacheKey() const;
};

/// How the grant is signed: a registered key (kid) or a business certificate chain (x5c).
struct SigningIdentity
{
    RsaKey key;
    QString kid; ///< used when certificateChain is empty
    QList<QByteArray> certificateChain; ///< DER, leaf first; sent as x5c (standard base64)
    RsaKey::Algorithm algorithm = RsaKey::Algorithm::RS256;
};

/// The JWT-bearer grant of docs/altinn-behaviour.md#maskinporten-grant.
namespace MaskinportenGrant {
/// A fresh UUIDv4 from OpenSSL's CSPRNG: a grant can be used only once.
QString newJti();
QJsonObject claims(const GrantRequest &request, const QDateTime &now, const QString &jti);
QJsonObject header(const SigningIdentity &identity);
/// The signed grant (compact JWS); empty when the key cannot sign.
QByteArray sign(const GrantRequest &request, const SigningIdentity &identity, const QDateTime &now);
} // namespace MaskinportenGrant
