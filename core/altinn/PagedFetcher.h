#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "altinn/ResponseParsing.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Altinn {

class ApiTransport;

/**
 * Reads every page of a paginated list ({"links": {"next"?}, "data": […]},
 * docs/altinn-behaviour.md#pagination). Only the `token` parameter of `links.next` is used, against the first
 * page's URL on the configured host: `next` may name an internal host
 * (docs/altinn-behaviour.md#next-link-host), and a `next` pointing elsewhere must never be followed.
 *
 * It stops when `next` is absent, when `next` carries no token, when a token comes back that was already
 * followed (the server made no progress: the changeRequestListIgnoresToken quirk answers page one again
 * with the same `next`; that repeated page is dropped), or after @p maxPages pages. In those last cases
 * the items read so far are the answer (a warning is logged): a partial list beats no list.
 */
class PagedFetcher
{
public:
    using Callback = std::function<void(const ApiResult<QList<QJsonObject>> &)>;

    /// Fetches @p firstPage and the pages after it as part of @p operation (not finished here);
    /// @p done runs exactly once, with Kind::Cancelled when @p operation was cancelled.
    static void fetchAll(ApiTransport *transport, const QUrl &firstPage, const QStringList &scopes,
        int maxPages, ApiOperation *operation, Callback done);

    /// The client-facing form: a new operation owned by @p owner; each item parsed with @p parse.
    template <typename T, typename Parse>
    static ApiOperation *fetchAll(QObject *owner, ApiTransport *transport, const QUrl &firstPage,
        const QStringList &scopes, int maxPages, Parse parse,
        std::function<void(const ApiResult<QList<T>> &)> done)
    {
        auto *operation = new ApiOperation(owner);
        fetchAll(transport, firstPage, scopes, maxPages, operation,
            [operation, parse = std::move(parse), done = std::move(done)](
                const ApiResult<QList<QJsonObject>> &objects) {
                done(ResponseParsing::mapList<T>(objects, parse));
                operation->finish();
            });
        return operation;
    }

    /// @p firstPage with the `token` of @p next (kept percent-encoded as received); invalid without one.
    static QUrl nextPageUrl(const QUrl &firstPage, const QUrl &next);
};

} // namespace Altinn
