#include "altinn/IdPortenClient.h"

#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/ResponseParsing.h"
#include "auth/ClientAssertion.h"
#include "model/JsonNumber.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

const QString WellKnownPath = u"/.well-known/openid-configuration"_s;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QByteArray formField(const char *name, const QByteArray &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
}

/// An answer that never reached the network, on the next event-loop turn like a real one.
template <typename T>
ApiOperation *failLater(QObject *parent, ApiFailure failure, std::function<void(const ApiResult<T> &)> done)
{
    auto *operation = new ApiOperation(parent);
    QMetaObject::invokeMethod(
        operation,
        [operation, failure = std::move(failure), done = std::move(done)] {
            done(ApiResult<T>::failed(
                operation->isCancelled() ? ApiFailure::of(ApiFailure::Kind::Cancelled) : failure));
            operation->finish();
        },
        Qt::QueuedConnection);
    return operation;
}

} // namespace

std::optional<IdPortenDiscovery> IdPortenDiscovery::fromJson(
    const QJsonObject &document, const QUrl &fetchedFrom, bool requireHttps, QString *problem)
{
    IdPortenDiscovery discovery;
    discovery.issuer = document.value(u"issuer"_s).toString();
    discovery.authorizationEndpoint = QUrl(document.value(u"authorization_endpoint"_s).toString());
    discovery.tokenEndpoint = QUrl(document.value(u"token_endpoint"_s).toString());
    discovery.jwksUri = QUrl(document.value(u"jwks_uri"_s).toString());
    discovery.scopesSupported = strings(document.value(u"scopes_supported"_s));
    const auto fail = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    // The issuer is the address the document was fetched from, without the well-known part (OpenID Connect
    // Discovery §4.3): a document naming another issuer is not this environment's.
    QString issuer = discovery.issuer;
    while (issuer.endsWith(u'/'))
        issuer.chop(1);
    if (issuer.isEmpty() || issuer + WellKnownPath != fetchedFrom.toString())
        return fail(u"the issuer \"%1\" is not the one the document was fetched from (%2)"_s.arg(
            discovery.issuer, fetchedFrom.toString()));
    for (const QUrl *endpoint :
        {&discovery.authorizationEndpoint, &discovery.tokenEndpoint, &discovery.jwksUri}) {
        if (!endpoint->isValid() || endpoint->isRelative()
            || (requireHttps && endpoint->scheme() != u"https"))
            return fail(u"an endpoint is missing or not %1: %2"_s.arg(
                requireHttps ? u"https"_s : u"absolute"_s, endpoint->toString()));
    }
    const QJsonValue methods = document.value(u"code_challenge_methods_supported"_s);
    if (methods.isArray() && !strings(methods).contains(u"S256"_s))
        return fail(u"PKCE with S256 is not offered"_s);
    return discovery;
}

IdPortenClient::IdPortenClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

QUrl IdPortenClient::discoveryUrl(const Environment &environment)
{
    switch (environment.kind()) {
    case Environment::Kind::Tt02:
        return QUrl(u"https://test.idporten.no"_s + WellKnownPath);
    case Environment::Kind::Production:
        return QUrl(u"https://idporten.no"_s + WellKnownPath);
    case Environment::Kind::Sandbox:
    case Environment::Kind::Custom:
        break;
    }
    return environment.platformBaseUrl().resolved(QUrl(u"idporten"_s + WellKnownPath));
}

std::optional<IdPortenError> IdPortenClient::errorOf(const ApiFailure &failure)
{
    if (failure.kind != ApiFailure::Kind::Http)
        return std::nullopt;
    return IdPortenError::fromTokenAnswer(failure.error.httpStatus, failure.error.rawBody);
}

QByteArray IdPortenClient::tokenRequestBody(
    const IdPortenDiscovery &discovery, const IdPortenTokenRequest &request, const QDateTime &now)
{
    const QByteArray assertion =
        ClientAssertion::sign(request.clientId, discovery.issuer, request.identity, now);
    if (assertion.isEmpty())
        return {};
    // Each value percent-encoded, so a '+' can never turn into a space on the way.
    return QByteArrayList{formField("grant_type", "authorization_code"),
        formField("code", request.code.toUtf8()), formField("redirect_uri", request.redirectUri.toEncoded()),
        formField("code_verifier", request.codeVerifier), formField("client_id", request.clientId.toUtf8()),
        formField("client_assertion_type", ClientAssertion::JwtBearerType.toUtf8()),
        formField("client_assertion", assertion)}
        .join('&');
}

ApiOperation *IdPortenClient::discovery(std::function<void(const ApiResult<IdPortenDiscovery> &)> done)
{
    if (m_discovery) {
        auto *operation = new ApiOperation(this);
        QMetaObject::invokeMethod(
            operation,
            [operation, known = *m_discovery, done = std::move(done)] {
                done(operation->isCancelled()
                        ? ApiResult<IdPortenDiscovery>::failed(ApiFailure::of(ApiFailure::Kind::Cancelled))
                        : ApiResult<IdPortenDiscovery>::success(known, 200));
                operation->finish();
            },
            Qt::QueuedConnection);
        return operation;
    }
    const QUrl url = discoveryUrl(m_transport->environment());
    const bool requireHttps = !m_transport->environment().isLocal();
    const QPointer<IdPortenClient> self(this);
    return m_transport->send(
        ApiRequest::get(url), [self, url, requireHttps, done = std::move(done)](const ApiResponse &response) {
            const ApiResult<QJsonObject> body = ResponseParsing::object(response);
            if (!body.ok()) {
                done(ResponseParsing::failedAs<IdPortenDiscovery>(body));
                return;
            }
            QString problem;
            const auto discovery = IdPortenDiscovery::fromJson(*body.value, url, requireHttps, &problem);
            if (!discovery) {
                done(ApiResult<IdPortenDiscovery>::failed(
                    ResponseParsing::invalidResponse(u"ID-porten's discovery document: "_s + problem)));
                return;
            }
            if (self)
                self->m_discovery = discovery;
            done(ApiResult<IdPortenDiscovery>::success(*discovery, body.httpStatus));
        });
}

ApiOperation *IdPortenClient::jwks(
    const QUrl &jwksUri, std::function<void(const ApiResult<QJsonObject> &)> done)
{
    return m_transport->send(ApiRequest::get(jwksUri), [done = std::move(done)](const ApiResponse &response) {
        const ApiResult<QJsonObject> body = ResponseParsing::object(response);
        if (body.ok() && !body.value->value(u"keys"_s).isArray()) {
            done(ApiResult<QJsonObject>::failed(
                ResponseParsing::invalidResponse(u"ID-porten's JWKS has no \"keys\" array"_s)));
            return;
        }
        done(body);
    });
}

ApiOperation *IdPortenClient::requestTokens(const IdPortenDiscovery &discovery,
    const IdPortenTokenRequest &request, std::function<void(const ApiResult<IdPortenTokens> &)> done)
{
    const QByteArray form = tokenRequestBody(discovery, request, QDateTime::currentDateTimeUtc());
    if (form.isEmpty()) {
        return failLater<IdPortenTokens>(this,
            ApiFailure::of(
                ApiFailure::Kind::Token, tr("The ID-porten client's key could not sign the request.")),
            std::move(done));
    }
    ApiRequest post;
    post.method = QByteArrayLiteral("POST");
    post.url = discovery.tokenEndpoint;
    post.body = form;
    post.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return m_transport->send(post, [done = std::move(done)](const ApiResponse &response) {
        const ApiResult<QJsonObject> body = ResponseParsing::object(response);
        if (!body.ok()) {
            done(ResponseParsing::failedAs<IdPortenTokens>(body));
            return;
        }
        IdPortenTokens tokens;
        tokens.accessToken = body.value->value(u"access_token"_s).toString().toLatin1();
        tokens.idToken = body.value->value(u"id_token"_s).toString().toLatin1();
        tokens.tokenType = body.value->value(u"token_type"_s).toString();
        // Saturated like Maskinporten's expires_in (MaskinportenTokenClient): a day at the most.
        tokens.expiresIn =
            Altinn::JsonNumber::saturated(body.value->value(u"expires_in"_s), 0, 24 * 60 * 60).value_or(0);
        tokens.scopes = body.value->value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
        if (tokens.accessToken.isEmpty() || tokens.idToken.isEmpty()) {
            done(ApiResult<IdPortenTokens>::failed(ResponseParsing::invalidResponse(
                u"ID-porten's token answer lacks access_token or id_token"_s)));
            return;
        }
        done(ApiResult<IdPortenTokens>::success(std::move(tokens), body.httpStatus));
    });
}

} // namespace Altinn
