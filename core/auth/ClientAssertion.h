#pragma once

#include "auth/MaskinportenGrant.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * private_key_jwt client authentication (RFC 7523 §2.2, OpenID Connect Core §9) as ID-porten takes it
 * (docs/id-porten.md): a JWT signed RS256 with the client's registered key, `kid` in the header, iss =
 * sub = the client id, aud = the issuer, a fresh jti, iat and an exp one minute later. Sent as
 * client_assertion with client_assertion_type JwtBearerType. Like a Maskinporten grant it is used once.
 */
namespace ClientAssertion {

inline constexpr QStringView JwtBearerType = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
constexpr int LifetimeSeconds = 60;

QJsonObject claims(
    const QString &clientId, const QString &audience, const QDateTime &now, const QString &jti);
/// The signed assertion; empty when the key cannot sign.
QByteArray sign(
    const QString &clientId, const QString &audience, const SigningIdentity &identity, const QDateTime &now);

} // namespace ClientAssertion
