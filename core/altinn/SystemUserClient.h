#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/SystemUser.h"

#include <QObject>

#include <functional>

namespace Altinn {

class ApiTransport;

/// Vendor lookups of system users (docs/altinn-behaviour.md#system-user-lookups).
class SystemUserClient : public QObject
{
    Q_OBJECT

public:
    explicit SystemUserClient(ApiTransport *transport, QObject *parent = nullptr);

    /// Every system user of @p systemId (all pages; needs systemregister.write).
    ApiOperation *listBySystem(const QString &systemId,
        std::function<void(const ApiResult<QList<SystemUser>> &)> done, int maxPages = 1000);
    /// byquery (needs systemuser.request.write); 404 → Kind::Http 404.
    ApiOperation *find(const QString &systemId, const QString &orgNo, const QString &externalRef,
        std::function<void(const ApiResult<SystemUser> &)> done);

    ApiTransport *transport() const { return m_transport; }

private:
    ApiTransport *m_transport;
};

} // namespace Altinn
