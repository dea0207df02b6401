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
    int timeoutMs = 30000; ///< transfer timeout per attempt

    /// GET and HEAD may be retried on network errors, 429 and 5xx; POST, PUT and DELETE never are.
    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }

    static ApiRequest get(const QUrl &url, const QStringList &scopes = {});
    static ApiRequest deleteResource(const QUrl &url, const QStringList &scopes);
    static ApiRequest postJson(const QUrl &url, const QByteArray &json, const QStringList &scopes);
    static ApiRequest putJson(const QUrl &url, const QByteArray &json, const QStringList &scopes);
};

} // namespace Altinn
