#pragma once

#include "altinn/ApiFailure.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QUrl>

namespace Altinn {

/// What came back from one ApiRequest (after retries). A server answer of any status is not a failure
/// here: `failure` is set only when there was no usable answer (network, timeout, cancel, token).
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url; ///< the URL that was called
    qint64 durationMs = 0; ///< of the last attempt
    int attempts = 0;
    ApiFailure failure; ///< Kind::None when the server answered

    bool answered() const { return !failure.isFailure(); }
    bool isSuccess() const { return answered() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    /// The failure to hand to a caller: the transport failure, or Kind::Http with the parsed error body.
    ApiFailure toFailure() const;
};

} // namespace Altinn
