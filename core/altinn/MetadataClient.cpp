#include "altinn/MetadataClient.h"

#include "altinn/ApiPaths.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiTransport.h"
#include "altinn/ResponseParsing.h"
#include "model/JsonObjectReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

Q_LOGGING_CATEGORY(lcMetadata, "altinn.metadata")

const QString ResourcesCacheFile = u"resources.json"_s;

/// "nb", "nn" or "en" as asked for; anything else (and nothing) is Bokmål, the APIs' own default.
QString normalizedLanguage(const QString &language)
{
    const QString lower = language.trimmed().toLower();
    return lower == u"nn"_s || lower == u"en"_s ? lower : u"nb"_s;
}

QString packagesCacheFile(const QString &language)
{
    return u"accesspackages-"_s + normalizedLanguage(language) + u".json"_s;
}

ApiRequest packagesRequest(const QUrl &url, const QString &language)
{
    ApiRequest request = ApiRequest::get(url); // anonymous: no scopes
    request.headers.append({QByteArrayLiteral("Accept-Language"), normalizedLanguage(language).toLatin1()});
    return request;
}

/// What a worker hands back: the parsed value, or why there is none.
template <typename T> struct Parsed
{
    std::optional<T> value;
    QDateTime fetchedAt;
    QString error;
};

template <typename T> using FromArray = std::optional<T> (*)(const QJsonArray &);

std::optional<QList<ServiceResource>> resourcesFromArray(const QJsonArray &array)
{
    QList<ServiceResource> resources;
    resources.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            resources.append(ServiceResource::fromJson(value.toObject()));
    }
    return resources;
}

std::optional<AccessPackageTree> treeFromArray(const QJsonArray &array)
{
    return AccessPackageTree::fromJson(array);
}

/**
 * Runs @p work on the global thread pool and @p done with its result on @p context's thread. Parsing the
 * full resource registry takes far longer than a frame (BenchMetadataParse), so it must not run on the UI
 * thread. Only the promise is shared with the worker: when @p context is gone first, the watcher goes with
 * it and the result is dropped.
 */
template <typename T, typename Work, typename Done> void runInWorker(QObject *context, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        const T result = watcher->future().resultCount() > 0 ? watcher->future().result() : T();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

/// The cache file: `{"fetchedAt": "…", "data": <the server's JSON, byte for byte>}`. Keeping the server's
/// own JSON means a newer version of this program finds every member it may want to read.
template <typename T> Parsed<T> readCache(const QString &path, FromArray<T> fromArray)
{
    Parsed<T> parsed;
    QFile file(path);
    if (!file.exists())
        return parsed;
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.error = file.errorString();
        return parsed;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const JsonObjectReader reader(document.object());
    const auto data = reader.optionalArray(u"data");
    parsed.fetchedAt = reader.dateTime(u"fetchedAt");
    if (error.error != QJsonParseError::NoError || !data || !parsed.fetchedAt.isValid()) {
        parsed.error = u"unreadable cache file %1"_s.arg(path);
        qCWarning(lcMetadata).noquote() << parsed.error;
        return parsed;
    }
    parsed.value = fromArray(*data);
    return parsed;
}

bool writeCache(const QString &path, const QDateTime &fetchedAt, const QByteArray &json)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcMetadata).noquote() << "cannot create the cache folder for" << path;
        return false;
    }
    // Written next to the old copy and renamed over it, so a crash never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcMetadata).noquote() << "cannot write" << path << file.errorString();
        return false;
    }
    file.write(R"({"fetchedAt":")" + formatDateTime(fetchedAt).toLatin1() + R"(","data":)");
    file.write(json);
    file.write("}");
    if (!file.commit()) {
        qCWarning(lcMetadata).noquote() << "cannot write" << path << file.errorString();
        return false;
    }
    return true;
}

/// Parses a downloaded array body and, when @p cachePath is set, stores it.
template <typename T>
Parsed<T> parseDownload(const QByteArray &body, FromArray<T> fromArray, const QString &cachePath)
{
    Parsed<T> parsed;
    parsed.fetchedAt = QDateTime::currentDateTimeUtc();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        parsed.error =
            error.error != QJsonParseError::NoError ? error.errorString() : u"expected a JSON array"_s;
        return parsed;
    }
    parsed.value = fromArray(document.array());
    if (parsed.value && !cachePath.isEmpty())
        writeCache(cachePath, parsed.fetchedAt, body);
    return parsed;
}

/// The downloads in flight of one client, by cache file (type-erased SharedDownload<T>).
using Downloads = QHash<QString, std::shared_ptr<void>>;

template <typename T> struct CachedCall;

/**
 * One GET of a cached file, shared by every call that needs the file while it is under way: two screens
 * opening at once ask the server once, and the answer is parsed once. A waiter that is cancelled answers
 * at once and leaves the others waiting; the request is aborted when nobody waits any more.
 */
template <typename T> struct SharedDownload
{
    QPointer<ApiOperation> request; ///< the transport's, for aborting
    std::vector<std::shared_ptr<CachedCall<T>>> waiting;

    /// No longer joinable: later calls start a download of their own.
    static void forget(
        const std::weak_ptr<Downloads> &downloads, const QString &path, const SharedDownload *shared)
    {
        const auto registry = downloads.lock();
        if (registry && registry->value(path).get() == shared)
            registry->remove(path);
    }
};

/// One cached GET (resource list, package export) from start to callback.
template <typename T> struct CachedCall : std::enable_shared_from_this<CachedCall<T>>
{
    using Result = ApiResult<MetadataClient::Cached<T>>;

    ApiTransport *transport = nullptr;
    /// Guarded: the client (the operation's parent) may be deleted while a request is still in flight.
    QPointer<ApiOperation> operation;
    ApiRequest request;
    QString cachePath;
    FromArray<T> fromArray = nullptr;
    std::function<void(const Result &)> done;
    /// The client's registry; weak, as the registry holds the waiting calls (the client owns it).
    std::weak_ptr<Downloads> downloads;
    /// The copy read before downloading (nullopt when not read yet): the answer if the download fails.
    std::optional<Parsed<T>> cachedCopy;

    void start(MetadataClient::CachePolicy policy)
    {
        if (policy == MetadataClient::CachePolicy::Refresh) {
            download(std::nullopt);
            return;
        }
        loadCache([self = this->shared_from_this()](const Parsed<T> &cached) {
            if (self->operation->isCancelled())
                return self->deliver(Result::failed(ApiFailure::of(ApiFailure::Kind::Cancelled)));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (cached.value && cached.fetchedAt.secsTo(now) < MetadataClient::MaxCacheAgeSeconds
                && cached.fetchedAt <= now.addSecs(60)) {
                return self->deliver(Result::success(
                    MetadataClient::Cached<T>{*cached.value, true, false, cached.fetchedAt}, 0));
            }
            self->download(cached);
        });
    }

    template <typename Then> void loadCache(Then then)
    {
        if (!operation)
            return;
        runInWorker<Parsed<T>>(
            operation, [path = cachePath, parse = fromArray] { return readCache<T>(path, parse); },
            std::move(then));
    }

    /// @p cached is the copy read before downloading, or nullopt when it has not been read yet.
    void download(std::optional<Parsed<T>> cached)
    {
        if (!operation)
            return;
        cachedCopy = std::move(cached);
        const auto registry = downloads.lock();
        if (!registry)
            return; // the client is gone
        std::shared_ptr<void> &slot = (*registry)[cachePath];
        if (slot) {
            join(std::static_pointer_cast<SharedDownload<T>>(slot));
            return;
        }
        auto shared = std::make_shared<SharedDownload<T>>();
        slot = shared;
        join(shared);
        shared->request = transport->send(request,
            [shared, downloads = downloads, path = cachePath, parse = fromArray,
                owner = QPointer<QObject>(operation->parent())](const ApiResponse &response) {
                if (!response.isSuccess()) {
                    SharedDownload<T>::forget(downloads, path, shared.get());
                    const ApiFailure failure = response.toFailure();
                    for (const auto &waiter : std::exchange(shared->waiting, {})) {
                        // Aborted because its last waiter left: one that joined since asks again.
                        if (failure.kind == ApiFailure::Kind::Cancelled)
                            waiter->download(waiter->cachedCopy);
                        else
                            waiter->fallBack(waiter->cachedCopy, failure);
                    }
                    return;
                }
                if (!owner)
                    return;
                // 204 is the export's (and search's) empty answer.
                const QByteArray body = response.status == 204 ? QByteArrayLiteral("[]") : response.body;
                const int status = response.status;
                runInWorker<Parsed<T>>(
                    owner, [body, parse, path] { return parseDownload<T>(body, parse, path); },
                    [shared, downloads, path, status](const Parsed<T> &parsed) {
                        SharedDownload<T>::forget(downloads, path, shared.get());
                        for (const auto &waiter : std::exchange(shared->waiting, {})) {
                            if (!parsed.value)
                                waiter->fallBack(
                                    waiter->cachedCopy, ResponseParsing::invalidResponse(parsed.error));
                            else
                                waiter->deliver(Result::success(
                                    MetadataClient::Cached<T>{*parsed.value, false, false, parsed.fetchedAt},
                                    status));
                        }
                    });
            });
    }

    /// Waits for @p shared; cancelling this call answers it at once.
    void join(const std::shared_ptr<SharedDownload<T>> &shared)
    {
        shared->waiting.push_back(this->shared_from_this());
        QObject::connect(operation, &ApiOperation::cancelRequested, operation,
            [weakShared = std::weak_ptr<SharedDownload<T>>(shared),
                weakSelf = std::weak_ptr<CachedCall>(this->shared_from_this())] {
                const auto download = weakShared.lock();
                const auto self = weakSelf.lock();
                if (!download || !self)
                    return;
                auto &waiting = download->waiting;
                const auto it = std::find(waiting.begin(), waiting.end(), self);
                if (it == waiting.end())
                    return; // answered already
                waiting.erase(it);
                self->deliver(Result::failed(ApiFailure::of(ApiFailure::Kind::Cancelled)));
                if (waiting.empty()) {
                    SharedDownload<T>::forget(self->downloads, self->cachePath, download.get());
                    if (download->request)
                        download->request->cancel();
                }
            });
    }

    /// The download failed: an older copy beats no answer.
    void fallBack(const std::optional<Parsed<T>> &cached, const ApiFailure &failure)
    {
        const auto answer = [self = this->shared_from_this(), failure](const Parsed<T> &copy) {
            if (!self->operation)
                return;
            if (!copy.value || self->operation->isCancelled()) {
                Result result = Result::failed(failure);
                return self->deliver(result);
            }
            qCInfo(lcMetadata).noquote()
                << "download failed; using the cached copy from" << formatDateTime(copy.fetchedAt);
            Result result = Result::success(
                MetadataClient::Cached<T>{*copy.value, true, true, copy.fetchedAt}, failure.httpStatus());
            result.failure = failure;
            self->deliver(result);
        };
        if (cached)
            answer(*cached);
        else
            loadCache(answer);
    }

    /// Runs the callback once; a cancel that came while a worker was busy still answers Cancelled.
    void deliver(const Result &result)
    {
        if (!operation)
            return;
        const bool cancelled = operation->isCancelled() && result.failure.kind != ApiFailure::Kind::Cancelled;
        done(cancelled ? Result::failed(ApiFailure::of(ApiFailure::Kind::Cancelled)) : result);
        operation->finish();
    }
};

template <typename T>
ApiOperation *startCached(QObject *owner, ApiTransport *transport, std::shared_ptr<Downloads> downloads,
    ApiRequest request, const QString &cachePath, FromArray<T> fromArray,
    std::function<void(const ApiResult<MetadataClient::Cached<T>> &)> done,
    MetadataClient::CachePolicy policy)
{
    auto call = std::make_shared<CachedCall<T>>();
    call->transport = transport;
    call->operation = new ApiOperation(owner);
    call->request = std::move(request);
    call->cachePath = cachePath;
    call->fromArray = fromArray;
    call->done = std::move(done);
    call->downloads = std::move(downloads);
    call->start(policy);
    return call->operation;
}

} // namespace

MetadataClient::MetadataClient(ApiTransport *transport, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cacheDirectory(
          cacheDirectory.isEmpty() ? defaultCacheDirectory(transport->environment()) : cacheDirectory)
    , m_downloads(std::make_shared<QHash<QString, std::shared_ptr<void>>>())
{ }

QString MetadataClient::defaultCacheDirectory(const Environment &environment)
{
    QString folder = environment.id();
    if (environment.kind() == Environment::Kind::Custom) {
        const QByteArray hash = QCryptographicHash::hash(
            environment.platformBaseUrl().toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha256);
        folder += u'-' + QString::fromLatin1(hash.toHex().left(8));
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/metadata/"_s + folder;
}

std::optional<QList<ServiceResource>> MetadataClient::parseResourceList(const QByteArray &json)
{
    return parseDownload<QList<ServiceResource>>(json, resourcesFromArray, {}).value;
}

ApiOperation *MetadataClient::resources(ResourcesCallback done, CachePolicy policy)
{
    const QUrl url = m_transport->environment().resourceRegistryUrl(u"resourcelist"_s);
    return startCached<QList<ServiceResource>>(this, m_transport, m_downloads, ApiRequest::get(url),
        m_cacheDirectory + u'/' + ResourcesCacheFile, resourcesFromArray, std::move(done), policy);
}

ApiOperation *MetadataClient::searchResources(const QString &text, ResourcesCallback done)
{
    const QUrl url = ApiPaths::withQuery(
        m_transport->environment().resourceRegistryUrl(u"search"_s), {{u"title"_s, text}});
    auto *operation = new ApiOperation(this);
    m_transport->send(
        ApiRequest::get(url),
        [operation = QPointer<ApiOperation>(operation), done = std::move(done)](const ApiResponse &response) {
            using Result = ApiResult<Cached<QList<ServiceResource>>>;
            if (!operation)
                return;
            if (!response.isSuccess()) {
                done(Result::failed(response.toFailure()));
                operation->finish();
                return;
            }
            // An empty title matches everything: the answer may be the whole registry.
            const int status = response.status;
            runInWorker<Parsed<QList<ServiceResource>>>(
                operation,
                [body = response.body] {
                    return parseDownload<QList<ServiceResource>>(body, resourcesFromArray, {});
                },
                [operation, done, status](const Parsed<QList<ServiceResource>> &parsed) {
                    if (operation->isCancelled())
                        done(Result::failed(ApiFailure::of(ApiFailure::Kind::Cancelled)));
                    else if (parsed.value)
                        done(Result::success({*parsed.value, false, false, parsed.fetchedAt}, status));
                    else
                        done(Result::failed(ResponseParsing::invalidResponse(parsed.error)));
                    operation->finish();
                });
        },
        operation);
    return operation;
}

ApiOperation *MetadataClient::resource(const QString &identifier, ResourceCallback done)
{
    const QUrl url = m_transport->environment().resourceRegistryUrl(ApiPaths::segment(identifier));
    return m_transport->send(ApiRequest::get(url), [done = std::move(done)](const ApiResponse &response) {
        done(ResponseParsing::mapObject<ServiceResource>(response, ServiceResource::fromJson));
    });
}

ApiOperation *MetadataClient::accessPackages(
    const QString &language, PackagesCallback done, CachePolicy policy)
{
    const QUrl url = m_transport->environment().accessPackagesUrl(u"export"_s);
    return startCached<AccessPackageTree>(this, m_transport, m_downloads, packagesRequest(url, language),
        m_cacheDirectory + u'/' + packagesCacheFile(language), treeFromArray, std::move(done), policy);
}

ApiOperation *MetadataClient::searchAccessPackages(
    const QString &term, const QString &language, PackagesCallback done)
{
    const QUrl url =
        ApiPaths::withQuery(m_transport->environment().accessPackagesUrl(u"search"_s), {{u"term"_s, term}});
    return m_transport->send(
        packagesRequest(url, language), [done = std::move(done)](const ApiResponse &response) {
            using Result = ApiResult<Cached<AccessPackageTree>>;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (response.status == 204) { // nothing found
                done(Result::success({AccessPackageTree(), false, false, now}, response.status));
                return;
            }
            // A few hundred hits at most: quick enough to read here.
            const ApiResult<QJsonArray> hits = ResponseParsing::array(response);
            if (!hits.ok()) {
                done(Result::failed(hits.failure));
                return;
            }
            done(Result::success(
                {AccessPackageTree::fromSearchHits(*hits.value), false, false, now}, response.status));
        });
}

ApiOperation *MetadataClient::accessPackage(const QString &urn, const QString &language, PackageCallback done)
{
    const QUrl url = m_transport->environment().accessPackagesUrl(u"package/urn/"_s + ApiPaths::segment(urn));
    return m_transport->send(
        packagesRequest(url, language), [done = std::move(done)](const ApiResponse &response) {
            done(ResponseParsing::mapObject<AccessPackageInfo>(response, AccessPackageInfo::fromJson));
        });
}

} // namespace Altinn
