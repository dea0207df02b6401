#include "altinn/PagedFetcher.h"

#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "model/PagedList.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

#include <memory>

namespace Altinn {
namespace {

Q_LOGGING_CATEGORY(lcPaging, "suw.altinn.paging")

const QString TokenParameter = QStringLiteral("token");

/// One run through the pages; kept alive by the callback of the request in flight.
struct PageRun : std::enable_shared_from_this<PageRun>
{
    ApiTransport *transport = nullptr;
    QUrl firstPage;
    QStringList scopes;
    int maxPages = 0;
    ApiOperation *operation = nullptr;
    PagedFetcher::Callback done;

    QList<QJsonObject> items;
    QSet<QString> followedTokens;
    QString currentToken;
    int pagesRead = 0;
    int lastStatus = 0;

    void fetch(const QUrl &url)
    {
        if (operation->isCancelled()) {
            done(ApiResult<QList<QJsonObject>>::failed(ApiFailure::of(ApiFailure::Kind::Cancelled)));
            return;
        }
        auto self = shared_from_this();
        transport->send(
            ApiRequest::get(url, scopes), [self](const ApiResponse &response) { self->onPage(response); },
            operation);
    }

    void onPage(const ApiResponse &response)
    {
        const ApiResult<QJsonObject> body = ResponseParsing::object(response);
        if (!body.ok()) {
            done(ResponseParsing::failedAs<QList<QJsonObject>>(body));
            return;
        }
        ++pagesRead;
        lastStatus = body.httpStatus;
        const auto page =
            PagedList<QJsonObject>::fromJson(*body.value, [](const QJsonObject &item) { return item; });
        if (!page.next) {
            items.append(page.data);
            finishWithItems();
            return;
        }
        const QUrl next = PagedFetcher::nextPageUrl(firstPage, *page.next);
        const QString token = QUrlQuery(next).queryItemValue(TokenParameter, QUrl::FullyEncoded);
        if (!currentToken.isEmpty() && token == currentToken) {
            // The server ignored the token and answered the same page again: nothing new here.
            qCWarning(lcPaging) << "the server ignored the page token; stopping after" << pagesRead - 1
                                << "page(s) of" << firstPage.path();
            finishWithItems();
            return;
        }
        items.append(page.data);
        if (!next.isValid()) {
            qCWarning(lcPaging) << "links.next carries no token; stopping after" << pagesRead << "page(s) of"
                                << firstPage.path();
            finishWithItems();
            return;
        }
        if (followedTokens.contains(token)) {
            qCWarning(lcPaging) << "the page token repeats; stopping after" << pagesRead << "page(s) of"
                                << firstPage.path();
            finishWithItems();
            return;
        }
        if (pagesRead >= maxPages) {
            qCWarning(lcPaging) << "stopping at the page limit" << maxPages << "of" << firstPage.path();
            finishWithItems();
            return;
        }
        followedTokens.insert(token);
        currentToken = token;
        fetch(next);
    }

    void finishWithItems() { done(ApiResult<QList<QJsonObject>>::success(std::move(items), lastStatus)); }
};

} // namespace

QUrl PagedFetcher::nextPageUrl(const QUrl &firstPage, const QUrl &next)
{
    const QString token = QUrlQuery(next).queryItemValue(TokenParameter, QUrl::FullyEncoded);
    if (token.isEmpty())
        return {};
    QUrlQuery query(firstPage);
    query.removeAllQueryItems(TokenParameter);
    query.addQueryItem(TokenParameter, token);
    QUrl url = firstPage;
    url.setQuery(query);
    return url;
}

void PagedFetcher::fetchAll(ApiTransport *transport, const QUrl &firstPage, const QStringList &scopes,
    int maxPages, ApiOperation *operation, Callback done)
{
    auto run = std::make_shared<PageRun>();
    run->transport = transport;
    run->firstPage = firstPage;
    run->scopes = scopes;
    run->maxPages = qMax(1, maxPages);
    run->operation = operation;
    run->done = std::move(done);
    run->fetch(firstPage);
}

} // namespace Altinn
