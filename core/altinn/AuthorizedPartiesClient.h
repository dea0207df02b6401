#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "model/AuthorizedParty.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Altinn {

class ApiTransport;
class Environment;

/**
 * What a caller may act for: GET {platform}accessmanagement/api/v1/enduser/authorizedparties
 * (docs/altinn-behaviour.md#authorized-parties). Unlike the vendor clients it sends a token it is given — an
 * Altinn token exchanged from a system user token (Onboarding::SystemUserTokenFetch) — never the vendor's.
 * Each call goes through a twin of the session's transport (timeouts, retries of the GET, activity log)
 * whose token source holds only that token; a 401 is not retried, as a new token would need a new
 * exchange.
 */
class AuthorizedPartiesClient : public QObject
{
    Q_OBJECT

public:
    /// The include flags; Altinn includes none of them unless asked (each defaults to false).
    struct Query
    {
        bool includeAccessPackages = true;
        bool includeResources = true;
        bool includeRoles = false;
        bool includeInstances = false;
    };

    explicit AuthorizedPartiesClient(ApiTransport *transport, QObject *parent = nullptr);

    /// The endpoint with @p query's flags (each written out, true or false).
    static QUrl url(const Environment &environment, const Query &query);

    /// Lists the parties with @p altinnToken as the bearer. The token is used for this call only.
    ApiOperation *list(const QByteArray &altinnToken, const Query &query,
        std::function<void(const ApiResult<QList<AuthorizedParty>> &)> done);

private:
    ApiTransport *m_transport;
};

} // namespace Altinn
