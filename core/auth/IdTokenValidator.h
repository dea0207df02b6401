#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * Checks an OpenID Connect ID token the way a native app must before it trusts who logged in (OpenID
 * Connect Core §3.1.3.7; docs/id-porten.md): RS256 only, the signature against the key of the provider's
 * JWKS named by the header's kid, iss equal to the discovery issuer, aud containing the client id (and azp,
 * when present, equal to it), the nonce of this login, and exp in the future with a little clock skew. iat is
 * not held against this computer's clock (OpenID Connect leaves that to the client): the sandbox's clock may
 * have travelled ahead, and the nonce already ties the token to this login.
 */
class IdTokenValidator
{
    Q_DECLARE_TR_FUNCTIONS(IdTokenValidator)

public:
    enum class Problem {
        None,
        Malformed, ///< not a compact JWS with a JSON header and payload
        WrongAlgorithm, ///< alg is not RS256 ("none" included)
        UnknownKey, ///< no RSA key in the JWKS with the header's kid
        BadSignature,
        WrongIssuer,
        WrongAudience,
        WrongNonce,
        Expired,
    };

    struct Expectations
    {
        QString issuer; ///< from the discovery document, exactly
        QString clientId;
        QString nonce; ///< the one sent in the authorization request
        QDateTime now;
        qint64 skewSeconds = 120; ///< how far this computer's clock may be off
    };

    struct Result
    {
        Problem problem = Problem::Malformed;
        QJsonObject claims; ///< the payload; only trust it when ok()
        QString detail; ///< English, for the details part: which value did not match

        bool ok() const { return problem == Problem::None; }
    };

    IdTokenValidator() = delete;

    static Result validate(QByteArrayView idToken, const QJsonObject &jwks, const Expectations &expected);
    /// What @p problem means for the user, translated.
    static QString explain(Problem problem);
};
