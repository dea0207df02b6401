#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Altinn {

/**
 * Turns an ApiResponse into an ApiResult the same way for every client: a non-2xx answer (or no
 * answer) fails with ApiResponse::toFailure(); a 2xx body that is not the JSON the call expects fails
 * with Kind::InvalidResponse.
 */
namespace ResponseParsing {

/// The JSON object of a success.
ApiResult<QJsonObject> object(const ApiResponse &response);
/// The JSON array of a success.
ApiResult<QJsonArray> array(const ApiResponse &response);
/// The JSON string of a success (POST systemregister/vendor answers the new internal id as "…").
ApiResult<QString> string(const ApiResponse &response);
/// Any success, the body ignored (DELETE answering 202 and the like).
ApiResult<Done> done(const ApiResponse &response);
/// The failure of @p failed (and its HTTP status) as a result of another type.
template <typename T, typename U> ApiResult<T> failedAs(const ApiResult<U> &failed)
{
    ApiResult<T> result = ApiResult<T>::failed(failed.failure);
    result.httpStatus = failed.httpStatus;
    return result;
}
/// Kind::InvalidResponse for a 2xx body that cannot be read.
ApiFailure invalidResponse(const QString &detail);

/// A success holding parse(object), or the failure.
template <typename T, typename Parse> ApiResult<T> mapObject(const ApiResponse &response, Parse parse)
{
    const ApiResult<QJsonObject> body = object(response);
    if (!body.ok())
        return failedAs<T>(body);
    return ApiResult<T>::success(parse(*body.value), body.httpStatus);
}

/// Applies @p parse to every object of a successful list; a failure is passed on.
template <typename T, typename Parse>
ApiResult<QList<T>> mapList(const ApiResult<QList<QJsonObject>> &objects, Parse parse)
{
    if (!objects.ok())
        return failedAs<QList<T>>(objects);
    QList<T> items;
    items.reserve(objects.value->size());
    for (const QJsonObject &item : *objects.value)
        items.append(parse(item));
    return ApiResult<QList<T>>::success(std::move(items), objects.httpStatus);
}

/// The object elements of a successful JSON array answer, parsed with @p parse.
template <typename T, typename Parse> ApiResult<QList<T>> mapArray(const ApiResponse &response, Parse parse)
{
    const ApiResult<QJsonArray> body = array(response);
    if (!body.ok())
        return failedAs<QList<T>>(body);
    QList<QJsonObject> objects;
    for (const QJsonValue &item : *body.value) {
        if (item.isObject())
            objects.append(item.toObject());
    }
    return mapList<T>(ApiResult<QList<QJsonObject>>::success(std::move(objects), body.httpStatus), parse);
}

} // namespace ResponseParsing

} // namespace Altinn
