#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace Altinn {

/// One HTTP call as a client describes it; ApiTransport adds the token, timeout and retries.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body; ///< sent as is; empty for GET/DELETE
    QByteArray contentType; ///< "application/json" when there is a JSON body
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers (Accept-Language, …)
    /// Maskinporten scopes the vendor token must carry; empty = anonymous call (metadata APIs).
    QStringList scopes;
    /// Room for the largest answers (the resource list, the access package export: the seed export is
    /// 0.2 MiB), far below what would strain memory. A call that may need more sets its own.
    static constexpr qint64 DefaultMaxBodyBytes = qint64(16) * 1024 * 1024;
    static constexpr int DefaultDeadlineMs = 60000;

    int timeoutMs = 30000; ///< transfer timeout per attempt: the longest silence while waiting or reading
    /// The longest the whole call may take — token, every attempt with its answer body, and the waits
    /// between them — however steadily the server trickles. 0 = no deadline.
    int deadlineMs = DefaultDeadlineMs;
    /// An answer body larger than this is not read: the call ends with Kind::InvalidResponse. 0 = no limit.
    qint64 maxBodyBytes = DefaultMaxBodyBytes;

    /// GET and HEAD may be retried on network errors, 429 and 5xx; POST, PUT and DELETE never are.
    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }

    static ApiRequest get(const QUrl &url, const QStringList &scopes = {});
    static ApiRequest deleteResource(const QUrl &url, const QStringList &scopes);
    static ApiRequest postJson(const QUrl &url, const QByteArray &json, const QStringList &scopes);
    static ApiRequest putJson(const QUrl &url, const QByteArray &json, const QStringList &scopes);
};

} // namespace Altinn
