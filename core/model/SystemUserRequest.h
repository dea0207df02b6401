#pragma once

#include "model/AccessPackageRef.h"
#include "model/Right.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// Standard requests carry rights and packages; agent (client relationship) requests only packages.
enum class RequestKind { Standard, Agent };

/**
 * Body of POST systemuser/request/vendor (`CreateRequestSystemUser`) and, with kind Agent,
 * POST systemuser/request/vendor/agent (`CreateAgentRequestSystemUser`, no `rights`).
 * Optional members are left out of the JSON when unset: null and "" differ on the server.
 */
struct SystemUserRequest
{
    RequestKind kind = RequestKind::Standard;
    QString systemId;
    QString partyOrgNo;
    std::optional<QString> externalRef;
    std::optional<QString> integrationTitle;
    std::optional<QList<Right>> rights; ///< standard only; never written for agent
    std::optional<QList<AccessPackageRef>> accessPackages;
    std::optional<QString> redirectUrl;

    static SystemUserRequest fromJson(const QJsonObject &object, RequestKind kind);
    QJsonObject toJson() const;

    friend bool operator==(const SystemUserRequest &, const SystemUserRequest &) = default;
};

} // namespace Altinn
