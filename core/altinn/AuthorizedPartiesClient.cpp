#include "altinn/AuthorizedPartiesClient.h"

#include "altinn/AccessTokenSource.h"
#include "altinn/AltinnScopes.h"
#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/Environment.h"
#include "altinn/ResponseParsing.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

/**
 * One call's token: a transport twin whose token source hands out the token it was given. After a 401
 * it has no other: the transport's one retry with a fresh token ends at once with that 401.
 */
class FixedTokenCall : public QObject, public AccessTokenSource
{
public:
    FixedTokenCall(ApiTransport *transport, QByteArray token, QObject *parent)
        : QObject(parent)
        , m_token(std::move(token))
        , m_transport(transport->twin(transport->network(), this))
    {
        m_transport->setTokenSource(this);
    }

    ApiTransport *transport() const { return m_transport; }

    void accessToken(const QStringList &scopes, Callback done) override
    {
        Q_UNUSED(scopes)
        if (!m_refused) {
            done(Outcome{m_token, {}});
            return;
        }
        ApiError error;
        error.httpStatus = 401;
        ApiFailure failure = ApiFailure::http(error);
        failure.detail = u"Altinn did not accept the exchanged token."_s;
        done(Outcome{{}, failure});
    }
    void invalidate(const QStringList &scopes) override
    {
        Q_UNUSED(scopes)
        m_refused = true;
    }

private:
    QByteArray m_token;
    ApiTransport *m_transport;
    bool m_refused = false;
};

QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

ApiResult<QList<AuthorizedParty>> parse(const ApiResponse &response)
{
    using Result = ApiResult<QList<AuthorizedParty>>;
    if (!response.isSuccess())
        return Result::failed(response.toFailure());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    const QJsonValue body =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const auto parties =
        error.error == QJsonParseError::NoError ? AuthorizedParties::fromJson(body) : std::nullopt;
    if (!parties) {
        Result result = Result::failed(ResponseParsing::invalidResponse(
            error.error != QJsonParseError::NoError ? error.errorString()
                                                    : u"expected {\"data\": [...]} or a JSON array"_s));
        result.httpStatus = response.status;
        return result;
    }
    return Result::success(*parties, response.status);
}

} // namespace

AuthorizedPartiesClient::AuthorizedPartiesClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

QUrl AuthorizedPartiesClient::url(const Environment &environment, const Query &query)
{
    return ApiPaths::withQuery(
        environment.platformBaseUrl().resolved(QUrl(u"accessmanagement/api/v1/enduser/authorizedparties"_s)),
        {{u"includeAccessPackages"_s, flag(query.includeAccessPackages)},
            {u"includeResources"_s, flag(query.includeResources)},
            {u"includeRoles"_s, flag(query.includeRoles)},
            {u"includeInstances"_s, flag(query.includeInstances)}});
}

ApiOperation *AuthorizedPartiesClient::list(const QByteArray &altinnToken, const Query &query,
    std::function<void(const ApiResult<QList<AuthorizedParty>> &)> done)
{
    auto *operation = new ApiOperation(this);
    auto *call = new FixedTokenCall(m_transport, altinnToken, this);
    // The scope only makes the transport ask the call's token source; the token carries its own scopes.
    call->transport()->send(
        ApiRequest::get(url(m_transport->environment(), query), {AltinnScopes::AuthorizedParties}),
        [operation, call, done = std::move(done)](const ApiResponse &response) {
            done(parse(response));
            operation->finish();
            call->deleteLater();
        },
        operation);
    return operation;
}

} // namespace Altinn
