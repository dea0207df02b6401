#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"

#include <QObject>

#include <functional>

namespace Altinn {

class ApiTransport;

/**
 * System user requests, standard and agent (docs/altinn-behaviour.md#system-user-requests). Creating tells
 * 201 (created) from 200 (an existing request for the same system, customer and external ref was returned —
 * whatever its status). Lists follow `links.next` to the end, reusing only its `token` parameter against the
 * configured host (a `next` pointing elsewhere is never followed).
 */
class RequestClient : public QObject
{
    Q_OBJECT

public:
    struct Created
    {
        SystemUserRequestResponse request;
        bool existing = false; ///< 200: an earlier request was returned instead of a new one
        QUrl location; ///< the Location header of a 201
    };

    explicit RequestClient(ApiTransport *transport, QObject *parent = nullptr);

    ApiOperation *create(
        const SystemUserRequest &request, std::function<void(const ApiResult<Created> &)> done);
    ApiOperation *get(const QString &requestId, RequestKind kind,
        std::function<void(const ApiResult<SystemUserRequestResponse> &)> done);
    ApiOperation *byExternalRef(const QString &systemId, const QString &orgNo, const QString &externalRef,
        RequestKind kind, std::function<void(const ApiResult<SystemUserRequestResponse> &)> done);
    /**
     * Every request of @p systemId (all pages, see PagedFetcher). @p maxPages guards against a server
     * that loops. A server with the page-boundary bug (docs/altinn-behaviour.md#pagination) loses one request
     * per boundary; the list still ends cleanly with what it answered.
     */
    ApiOperation *listBySystem(const QString &systemId, RequestKind kind,
        std::function<void(const ApiResult<QList<SystemUserRequestResponse>> &)> done, int maxPages = 1000);
    /// DELETE (standard and agent requests share the path).
    ApiOperation *remove(const QString &requestId, std::function<void(const ApiResult<Done> &)> done);

    ApiTransport *transport() const { return m_transport; }

private:
    ApiTransport *m_transport;
};

} // namespace Altinn
