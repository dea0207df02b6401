#pragma once

#include "model/AccessPackageRef.h"
#include "model/RequestStatus.h"
#include "model/Right.h"
#include "model/SystemUserRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// `RequestSystemResponse` (standard) and `AgentRequestSystemResponse` (agent: no `rights` member).
struct SystemUserRequestResponse
{
    RequestKind kind = RequestKind::Standard;
    QString id; ///< lowercase GUID
    QString integrationTitle;
    QString externalRef;
    QString systemId;
    QString partyOrgNo;
    QList<Right> rights; ///< standard only; always written (possibly []) for standard
    QList<AccessPackageRef> accessPackages;
    RequestStatus status = RequestStatus::New;
    QString statusText; ///< the status string as received (kept for unknown values)
    std::optional<QString> redirectUrl;
    QString confirmUrl;
    bool escalated = false;
    QDateTime created; ///< UTC
    bool timedOut = false;

    static SystemUserRequestResponse fromJson(const QJsonObject &object, RequestKind kind);
    QJsonObject toJson() const;

    friend bool operator==(const SystemUserRequestResponse &, const SystemUserRequestResponse &) = default;
};

} // namespace Altinn
