#include "auth/ClientAssertion.h"

#include "auth/Jws.h"

using namespace Qt::Literals::StringLiterals;

namespace ClientAssertion {

QJsonObject claims(const QString &clientId, const QString &audience, const QDateTime &now, const QString &jti)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    return QJsonObject{
        {u"iss"_s, clientId},
        {u"sub"_s, clientId},
        {u"aud"_s, audience},
        {u"jti"_s, jti},
        {u"iat"_s, issuedAt},
        {u"exp"_s, issuedAt + LifetimeSeconds},
    };
}

QByteArray sign(
    const QString &clientId, const QString &audience, const SigningIdentity &identity, const QDateTime &now)
{
    const QString jti = MaskinportenGrant::newJti();
    if (jti.isEmpty() || identity.kid.isEmpty())
        return {};
    // Always the key id: ID-porten picks the registered key by it.
    return Jws::sign(QJsonObject{{u"kid"_s, identity.kid}}, claims(clientId, audience, now, jti),
        identity.key, RsaKey::Algorithm::RS256);
}

} // namespace ClientAssertion
