#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/AppInstance.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Altinn {

class ApiTransport;

/**
 * An Altinn app's instance API (docs/sandbox.md#the-simulated-altinn-app) on the app's own host
 * (Environment::appUrl), called with a system user token as the bearer — not the vendor's token: the app
 * asks whether that system user may act for the instance owner. Goes through the session's ApiTransport,
 * so it gets its time-outs, TLS rules and redacted ActivityLog entries. Creating is a write: it is never
 * sent twice, and an answer that did not come back is ApiFailure::answerLost (the instance may exist).
 */
class AppInstanceClient : public QObject
{
    Q_OBJECT

public:
    explicit AppInstanceClient(ApiTransport *transport, QObject *parent = nullptr);

    /// The JSON body of a create: {"instanceOwner": {"organisationNumber": @p ownerOrgNo}}.
    static QByteArray createBody(const QString &ownerOrgNo);

    /// POST {org}/{app}/instances/create for organisation @p ownerOrgNo. 201 → the new instance.
    ApiOperation *createInstance(const QString &org, const QString &app, const QString &ownerOrgNo,
        const QByteArray &token, std::function<void(const ApiResult<AppInstance> &)> done);
    /// GET {org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}.
    ApiOperation *instance(const QString &org, const QString &app, const QString &instanceOwnerPartyId,
        const QString &instanceGuid, const QByteArray &token,
        std::function<void(const ApiResult<AppInstance> &)> done);

    ApiTransport *transport() const { return m_transport; }

private:
    /// Kind::Rejected from the event loop (never inside the call), for an address that cannot be built.
    ApiOperation *refuse(const QString &reason, std::function<void(const ApiResult<AppInstance> &)> done);

    ApiTransport *m_transport;
};

} // namespace Altinn
