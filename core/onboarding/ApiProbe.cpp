#include "onboarding/ApiProbe.h"

#include "altinn/ApiOperation.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

bool isThisComputer(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

ApiProbe::ApiProbe(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

QStringList ApiProbe::methods()
{
    return {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
}

QString ApiProbe::urlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return tr("Type the address of the API, e.g. https://api.example.no/resource.");
    if (!url.isValid() || url.isRelative())
        return tr(
            "This is not a complete address. Type it with https://, e.g. https://api.example.no/resource.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("Only web addresses (https://) can be called, not \"%1:\".").arg(url.scheme());
    if (url.host().isEmpty())
        return tr("The address has no server name.");
    if (!url.userInfo().isEmpty())
        return tr("Remove the user name and password from the address: the token is what authenticates.");
    // Over plain http anyone on the way could read the token and act as the system user with it.
    if (scheme == u"http" && !isThisComputer(url))
        return tr("The token would travel unencrypted. Use https:// (plain http:// is only allowed to this "
                  "computer).");
    return {};
}

bool ApiProbe::sendsBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "DELETE";
}

QByteArray ApiProbe::contentTypeFor(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError ? QByteArrayLiteral("application/json")
                                                   : QByteArrayLiteral("text/plain; charset=utf-8");
}

ApiOperation *ApiProbe::send(
    const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &token, Callback done)
{
    const QByteArray verb = method.toUpper();
    if (!methods().contains(QString::fromLatin1(verb)))
        return refuse(url, tr("The method %1 is not offered here.").arg(QString::fromLatin1(method)), done);
    if (const QString problem = urlProblem(url); !problem.isEmpty())
        return refuse(url, problem, std::move(done));

    ApiRequest request;
    request.method = verb;
    request.url = url;
    request.timeoutMs = m_timeoutMs;
    // No scopes: the transport must not add the vendor's token; the system user token goes in instead.
    if (!token.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
    if (sendsBody(verb) && !body.isEmpty()) {
        request.body = body;
        request.contentType = contentTypeFor(body);
    }
    return m_transport->send(request, std::move(done));
}

ApiOperation *ApiProbe::refuse(const QUrl &url, const QString &reason, Callback done)
{
    auto *operation = new ApiOperation(this);
    const QPointer<ApiOperation> guard(operation);
    // Like an answer, the refusal arrives from the event loop, never inside send().
    QMetaObject::invokeMethod(
        operation,
        [guard, url, reason, done = std::move(done)] {
            ApiResponse response;
            response.url = url;
            response.failure = guard->isCancelled()
                ? ApiFailure::of(ApiFailure::Kind::Cancelled, tr("The call was cancelled."))
                : ApiFailure::of(ApiFailure::Kind::Rejected, reason);
            done(response);
            if (guard)
                guard->finish();
        },
        Qt::QueuedConnection);
    return operation;
}

} // namespace Altinn
