#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"

#include <QObject>

#include <functional>

namespace Altinn {

class ApiTransport;

/// Change requests on an existing standard system user (docs/altinn-behaviour.md#change-requests).
class ChangeRequestClient : public QObject
{
    Q_OBJECT

public:
    explicit ChangeRequestClient(ApiTransport *transport, QObject *parent = nullptr);

    /// POST with a fresh correlation id (a UUID) unless @p correlationId is given.
    ApiOperation *create(const QString &systemUserId, const ChangeRequest &request,
        std::function<void(const ApiResult<ChangeRequestResponse> &)> done,
        const QString &correlationId = {});
    ApiOperation *get(
        const QString &requestId, std::function<void(const ApiResult<ChangeRequestResponse> &)> done);
    ApiOperation *byExternalRef(const QString &systemId, const QString &orgNo, const QString &externalRef,
        std::function<void(const ApiResult<ChangeRequestResponse> &)> done);
    /// Every change request of @p systemId (all pages, see PagedFetcher). A server that ignores the page
    /// token (docs/altinn-behaviour.md#pagination) answers page one again; the walk then stops with page one.
    ApiOperation *listBySystem(const QString &systemId,
        std::function<void(const ApiResult<QList<ChangeRequestResponse>> &)> done, int maxPages = 1000);
    ApiOperation *remove(const QString &requestId, std::function<void(const ApiResult<Done> &)> done);

private:
    ApiTransport *m_transport;
};

} // namespace Altinn
