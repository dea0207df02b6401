#pragma once

#include <QDateTime>
#include <QString>

/**
 * Where a picker's catalogue (resource registry, access packages) stands. The pickers only show it;
 * loading is done by whoever owns the metadata client, so the pickers work offline and in tests.
 */
struct MetadataState
{
    enum class Kind {
        Ready, ///< fresh data shown
        Loading, ///< a download is under way (cached data may be shown meanwhile)
        Offline, ///< the download failed; an older cached copy is shown
        Failed, ///< nothing could be loaded
    };

    Kind kind = Kind::Ready;
    QDateTime cachedAt; ///< Offline: when the shown copy was downloaded
    QString message; ///< Failed: what went wrong and what to do, translated

    static MetadataState ready() { return {}; }
    static MetadataState loading() { return {Kind::Loading, {}, {}}; }
    static MetadataState offline(const QDateTime &cachedAt) { return {Kind::Offline, cachedAt, {}}; }
    static MetadataState failed(const QString &message) { return {Kind::Failed, {}, message}; }
};
