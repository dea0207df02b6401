#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "altinn/Environment.h"
#include "model/AccessPackageTree.h"
#include "model/ServiceResource.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Altinn {

class ApiTransport;

/**
 * The public metadata APIs for choosing rights (docs/altinn-behaviour.md#metadata-apis): the resource
 * registry and the access package export, both anonymous GETs. Answers are cached on disk per environment
 * (and per language for packages) under the cache location, so pickers work offline and open instantly;
 * `refresh` forces a new download. When the network fails and a cached copy exists, the cached copy
 * is returned with `fromCache` and `stale` set. Calls that need the same file while it is being downloaded
 * share that one request (screens opening together ask once).
 */
class MetadataClient : public QObject
{
    Q_OBJECT

public:
    /// A value with where it came from. When `stale` is set, the result's `failure` says why the download
    /// failed (the result is still ok()).
    template <typename T> struct Cached
    {
        T value;
        bool fromCache = false;
        bool stale = false; ///< the download failed; this is an older copy
        QDateTime fetchedAt; ///< when the value was downloaded (UTC)
    };
    using ResourcesCallback = std::function<void(const ApiResult<Cached<QList<ServiceResource>>> &)>;
    using ResourceCallback = std::function<void(const ApiResult<ServiceResource> &)>;
    using PackagesCallback = std::function<void(const ApiResult<Cached<AccessPackageTree>> &)>;
    using PackageCallback = std::function<void(const ApiResult<AccessPackageInfo> &)>;

    enum class CachePolicy { PreferCache, Refresh };

    /// A cached copy younger than this is used without asking the server (CachePolicy::PreferCache).
    static constexpr qint64 MaxCacheAgeSeconds = 24 * 60 * 60;

    /// @p cacheDirectory defaults to QStandardPaths::CacheLocation + "/metadata/<environment id>" (plus a
    /// short hash of the base URL for a custom environment, so two servers never share a cache).
    explicit MetadataClient(
        ApiTransport *transport, const QString &cacheDirectory = {}, QObject *parent = nullptr);

    QString cacheDirectory() const { return m_cacheDirectory; }

    /// GET resourcelist (the whole registry; cached).
    ApiOperation *resources(ResourcesCallback done, CachePolicy policy = CachePolicy::PreferCache);
    /// GET search?title=…  (case-insensitive server-side filter; not cached).
    ApiOperation *searchResources(const QString &text, ResourcesCallback done);
    /// GET {identifier}; 404 → Kind::Http with status 404.
    ApiOperation *resource(const QString &identifier, ResourceCallback done);

    /// GET export with Accept-Language @p language (nb/nn/en; cached per language). 204 = empty tree.
    ApiOperation *accessPackages(
        const QString &language, PackagesCallback done, CachePolicy policy = CachePolicy::PreferCache);
    /// GET search?term=… → the packages found, best first, grouped by area
    /// (AccessPackageTree::fromSearchHits). 204 = empty tree. Not cached.
    ApiOperation *searchAccessPackages(const QString &term, const QString &language, PackagesCallback done);
    /// GET package/urn/{urn}.
    ApiOperation *accessPackage(const QString &urn, const QString &language, PackageCallback done);

    /// The resource list as the registry sends it (a JSON array); nullopt when it is not one. Takes tens of
    /// milliseconds for a full registry, so the client runs it on a worker thread; safe on any thread.
    static std::optional<QList<ServiceResource>> parseResourceList(const QByteArray &json);
    static QString defaultCacheDirectory(const Environment &environment);

private:
    ApiTransport *m_transport;
    QString m_cacheDirectory;
    /// The cached GETs under way, by cache file: a call needing the same file joins the one in flight.
    std::shared_ptr<QHash<QString, std::shared_ptr<void>>> m_downloads;
};

} // namespace Altinn
