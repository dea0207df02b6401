#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "altinn/Environment.h"
#include "auth/IdPortenError.h"
#include "auth/MaskinportenGrant.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Altinn {

class ApiTransport;

/// What ID-porten's discovery document (OpenID Connect Discovery 1.0) says, checked.
struct IdPortenDiscovery
{
    QString
        issuer; ///< exactly as the ID token's iss and the client assertion's aud ("https://test.idporten.no")
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QStringList scopesSupported;

    /// The document, or nullopt and a @p problem (English, for the details) when it lacks an endpoint,
    /// does not offer S256, or names another issuer than the one it was fetched for (@p fetchedFrom).
    static std::optional<IdPortenDiscovery> fromJson(
        const QJsonObject &document, const QUrl &fetchedFrom, bool requireHttps, QString *problem);
};

/// The token endpoint's answer to an authorization code.
struct IdPortenTokens
{
    QByteArray accessToken;
    QByteArray idToken;
    QString tokenType;
    qint64 expiresIn = 0; ///< seconds, as answered
    QStringList scopes; ///< granted, from `scope`
};

/// What the code is exchanged with.
struct IdPortenTokenRequest
{
    QString code;
    QUrl redirectUri; ///< exactly as in the authorization request
    QByteArray codeVerifier;
    QString clientId;
    SigningIdentity identity; ///< signs the client assertion (RS256, kid)
};

/**
 * ID-porten over HTTP (docs/id-porten.md): the discovery document (fetched once per client), the JWKS and
 * the token request with an authorization code, PKCE and private_key_jwt. Every call goes through the
 * session's ApiTransport — time-outs, a deadline, cancel, TLS rules, retried GETs, never a repeated POST,
 * and the redacted ActivityLog (the code, the verifier, the assertion and the tokens never appear there).
 */
class IdPortenClient : public QObject
{
    Q_OBJECT

public:
    explicit IdPortenClient(ApiTransport *transport, QObject *parent = nullptr);

    /// Where the discovery document of @p environment's ID-porten is: test.idporten.no in TT02,
    /// idporten.no in production, {base}idporten/ on the sandbox and custom servers.
    static QUrl discoveryUrl(const Environment &environment);
    /// The OAuth error of a failed token request (Kind::Http); nullopt for other failures.
    static std::optional<IdPortenError> errorOf(const ApiFailure &failure);
    /// The form body of the token request, the assertion signed for @p now; empty when the key cannot sign.
    static QByteArray tokenRequestBody(
        const IdPortenDiscovery &discovery, const IdPortenTokenRequest &request, const QDateTime &now);

    /// The discovery document: from memory after the first success.
    ApiOperation *discovery(std::function<void(const ApiResult<IdPortenDiscovery> &)> done);
    /// The provider's signing keys.
    ApiOperation *jwks(const QUrl &jwksUri, std::function<void(const ApiResult<QJsonObject> &)> done);
    /// POST token endpoint: grant_type=authorization_code with the code, verifier and a client assertion.
    ApiOperation *requestTokens(const IdPortenDiscovery &discovery, const IdPortenTokenRequest &request,
        std::function<void(const ApiResult<IdPortenTokens> &)> done);

private:
    ApiTransport *m_transport;
    std::optional<IdPortenDiscovery> m_discovery;
};

} // namespace Altinn
