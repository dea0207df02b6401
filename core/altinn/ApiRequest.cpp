#include "altinn/ApiRequest.h"

namespace Altinn {
namespace {

ApiRequest withBody(
    const QByteArray &method, const QUrl &url, const QByteArray &json, const QStringList &scopes)
{
    ApiRequest request;
    request.method = method;
    request.url = url;
    request.body = json;
    request.contentType = QByteArrayLiteral("application/json");
    request.scopes = scopes;
    return request;
}

} // namespace

ApiRequest ApiRequest::get(const QUrl &url, const QStringList &scopes)
{
    ApiRequest request;
    request.url = url;
    request.scopes = scopes;
    return request;
}

ApiRequest ApiRequest::deleteResource(const QUrl &url, const QStringList &scopes)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.url = url;
    request.scopes = scopes;
    return request;
}

ApiRequest ApiRequest::postJson(const QUrl &url, const QByteArray &json, const QStringList &scopes)
{
    return withBody(QByteArrayLiteral("POST"), url, json, scopes);
}

ApiRequest ApiRequest::putJson(const QUrl &url, const QByteArray &json, const QStringList &scopes)
{
    return withBody(QByteArrayLiteral("PUT"), url, json, scopes);
}

} // namespace Altinn
