#include "altinn/ApiResponse.h"

namespace Altinn {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

ApiFailure ApiResponse::toFailure() const
{
    ApiFailure result = failure.isFailure()
        ? failure
        : ApiFailure::http(ApiError::fromHttp(status, header(QByteArrayLiteral("Content-Type")), body));
    result.attempts = attempts;
    if (result.kind == ApiFailure::Kind::Http)
        result.retryAfter = header(QByteArrayLiteral("Retry-After"));
    return result;
}

} // namespace Altinn
