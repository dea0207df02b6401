#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/ChangeLogEntry.h"
#include "model/SystemDefinition.h"
#include "model/SystemListItem.h"
#include "model/UpdateResult.h"

#include <QObject>

#include <functional>

namespace Altinn {

class ApiTransport;

/**
 * The vendor side of the system register (docs/altinn-behaviour.md#system-register). Updates are always get →
 * merge → put: the registered definition is fetched and only the members the caller set are replaced, so a
 * PUT never drops fields the user did not touch (the PUT replaces the whole system).
 */
class SystemRegisterClient : public QObject
{
    Q_OBJECT

public:
    /// Which members of a local definition replace the registered ones in update().
    enum class Field {
        Name = 0x1,
        Description = 0x2,
        Rights = 0x4,
        AccessPackages = 0x8,
        ClientIds = 0x10,
        RedirectUrls = 0x20,
        IsVisible = 0x40,
        All = 0x7f,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    explicit SystemRegisterClient(ApiTransport *transport, QObject *parent = nullptr);

    ApiOperation *list(std::function<void(const ApiResult<QList<SystemListItem>> &)> done);
    ApiOperation *get(const QString &systemId, std::function<void(const ApiResult<SystemDefinition> &)> done);
    /// POST; the value is the id the server answered with.
    ApiOperation *create(
        const SystemDefinition &system, std::function<void(const ApiResult<QString> &)> done);
    /**
     * GET the registered system, replace @p fields with those of @p local, PUT the result. The value
     * is the definition that was sent. A 404 on the GET fails with Kind::Http 404 (nothing is created).
     */
    ApiOperation *update(const SystemDefinition &local, Fields fields,
        std::function<void(const ApiResult<SystemDefinition> &)> done);
    /**
     * update() for a caller that has just read @p registered: PUT the merge of @p registered and @p local
     * without reading it again. The value is the definition that was sent.
     */
    ApiOperation *updateFrom(const SystemDefinition &registered, const SystemDefinition &local, Fields fields,
        std::function<void(const ApiResult<SystemDefinition> &)> done);
    /// The merge update() performs, for previews: @p registered with @p fields taken from @p local.
    static SystemDefinition merged(
        const SystemDefinition &registered, const SystemDefinition &local, Fields fields);

    ApiOperation *updateRights(const QString &systemId, const QList<Right> &rights,
        std::function<void(const ApiResult<UpdateResult> &)> done);
    ApiOperation *updateAccessPackages(const QString &systemId, const QList<AccessPackageRef> &packages,
        std::function<void(const ApiResult<UpdateResult> &)> done);
    ApiOperation *remove(const QString &systemId, std::function<void(const ApiResult<UpdateResult> &)> done);
    ApiOperation *changelog(
        const QString &systemId, std::function<void(const ApiResult<QList<ChangeLogEntry>> &)> done);

private:
    /// PUTs @p sent (a whole system) as part of @p operation; @p done gets @p sent on success.
    void put(const SystemDefinition &sent, ApiOperation *operation,
        const std::function<void(const ApiResult<SystemDefinition> &)> &done);

    ApiTransport *m_transport;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SystemRegisterClient::Fields)

} // namespace Altinn
