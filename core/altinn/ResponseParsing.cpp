#include "altinn/ResponseParsing.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Altinn::ResponseParsing {
namespace {

template <typename T> ApiResult<T> failedWith(const ApiResponse &response, ApiFailure failure)
{
    ApiResult<T> result = ApiResult<T>::failed(std::move(failure));
    result.httpStatus = response.status;
    return result;
}

/// The JSON document of a success; the failure of anything else.
ApiResult<QJsonDocument> document(const ApiResponse &response)
{
    if (!response.isSuccess())
        return failedWith<QJsonDocument>(response, response.toFailure());
    QJsonParseError error;
    QJsonDocument parsed = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        return failedWith<QJsonDocument>(response, invalidResponse(error.errorString()));
    return ApiResult<QJsonDocument>::success(std::move(parsed), response.status);
}

} // namespace

ApiFailure invalidResponse(const QString &detail)
{
    return ApiFailure::of(ApiFailure::Kind::InvalidResponse, detail);
}

ApiResult<QJsonObject> object(const ApiResponse &response)
{
    const ApiResult<QJsonDocument> parsed = document(response);
    if (!parsed.ok())
        return failedAs<QJsonObject>(parsed);
    if (!parsed.value->isObject())
        return failedWith<QJsonObject>(response, invalidResponse(QStringLiteral("expected a JSON object")));
    return ApiResult<QJsonObject>::success(parsed.value->object(), response.status);
}

ApiResult<QJsonArray> array(const ApiResponse &response)
{
    const ApiResult<QJsonDocument> parsed = document(response);
    if (!parsed.ok())
        return failedAs<QJsonArray>(parsed);
    if (!parsed.value->isArray())
        return failedWith<QJsonArray>(response, invalidResponse(QStringLiteral("expected a JSON array")));
    return ApiResult<QJsonArray>::success(parsed.value->array(), response.status);
}

ApiResult<QString> string(const ApiResponse &response)
{
    if (!response.isSuccess())
        return failedWith<QString>(response, response.toFailure());
    // QJsonDocument holds only objects and arrays: read the bare JSON string as the element of an array.
    const QJsonArray wrapped = QJsonDocument::fromJson('[' + response.body + ']').array();
    if (wrapped.size() != 1 || !wrapped.first().isString())
        return failedWith<QString>(response, invalidResponse(QStringLiteral("expected a JSON string")));
    return ApiResult<QString>::success(wrapped.first().toString(), response.status);
}

ApiResult<Done> done(const ApiResponse &response)
{
    if (!response.isSuccess())
        return failedWith<Done>(response, response.toFailure());
    return ApiResult<Done>::success(Done(), response.status);
}

} // namespace Altinn::ResponseParsing
