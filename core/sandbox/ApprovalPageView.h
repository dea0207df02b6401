#pragma once

#include "model/AccessPackageRef.h"
#include "model/RequestStatus.h"
#include "model/Right.h"
#include "sandbox/SandboxDecisions.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class SandboxContext;

/// The request an approval page (ApprovalPages) shows, read from the sandbox's state.
namespace ApprovalPageView {

using RequestType = SandboxDecisions::RequestType;

/// What a page shows of a standard, agent or change request.
struct RequestView
{
    RequestType type = RequestType::Standard;
    QString id;
    QString systemId;
    QString partyOrgNo;
    QString externalRef;
    QString integrationTitle; ///< change requests: the system user's
    QString systemUserId; ///< change requests only
    QList<Altinn::Right> rights; ///< change requests: required rights
    QList<Altinn::AccessPackageRef> packages; ///< change requests: required packages
    QList<Altinn::Right> unwantedRights;
    QList<Altinn::AccessPackageRef> unwantedPackages;
    Altinn::RequestStatus status = Altinn::RequestStatus::New;
    std::optional<QString> redirectUrl;
    QDateTime created;
    bool escalated = false; ///< standard and agent requests: sent on to the organisation's access managers
};

/// The page's name in its path: "request", "agentrequest" or "changerequest".
QString pageName(RequestType type);

/// Request ids are lowercase GUIDs; anything that is not a GUID finds nothing.
QString normalizedId(const QString &raw);

/// The live request of @p type with the (normalized) @p id; nullopt when there is none of that kind.
std::optional<RequestView> findRequest(const SandboxContext &context, RequestType type, const QString &id);

} // namespace ApprovalPageView
