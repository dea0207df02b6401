#include "sandbox/ApprovalPageView.h"

#include "sandbox/SandboxContext.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace ApprovalPageView {

QString pageName(RequestType type)
{
    switch (type) {
    case RequestType::Agent:
        return u"agentrequest"_s;
    case RequestType::Change:
        return u"changerequest"_s;
    case RequestType::Standard:
        break;
    }
    return u"request"_s;
}

QString normalizedId(const QString &raw)
{
    const QUuid uuid = QUuid::fromString(raw.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

std::optional<RequestView> findRequest(const SandboxContext &context, RequestType type, const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    RequestView view;
    view.type = type;
    view.id = id;
    if (type == RequestType::Change) {
        const auto it = context.state.changeRequests.constFind(id);
        if (it == context.state.changeRequests.cend() || it->isDeleted)
            return std::nullopt;
        view.systemId = it->systemId;
        view.partyOrgNo = it->partyOrgNo;
        view.externalRef = it->externalRef;
        view.systemUserId = it->systemUserId;
        view.integrationTitle = context.state.systemUsers.value(it->systemUserId).integrationTitle;
        view.rights = it->change.requiredRights;
        view.unwantedRights = it->change.unwantedRights;
        view.packages = it->change.requiredAccessPackages;
        view.unwantedPackages = it->change.unwantedAccessPackages;
        view.status = it->status;
        view.redirectUrl = it->change.redirectUrl;
        view.created = it->created;
        return view;
    }
    const auto it = context.state.requests.constFind(id);
    const Altinn::RequestKind kind =
        type == RequestType::Agent ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
    // Each page shows its own kind only, like the portal's separate request and agentrequest pages.
    if (it == context.state.requests.cend() || it->isDeleted || it->kind != kind)
        return std::nullopt;
    view.systemId = it->systemId;
    view.partyOrgNo = it->partyOrgNo;
    view.externalRef = it->externalRef;
    view.integrationTitle = it->integrationTitle;
    view.rights = it->rights;
    view.packages = it->accessPackages;
    view.status = it->status;
    view.redirectUrl = it->redirectUrl;
    view.created = it->created;
    view.escalated = it->escalated;
    return view;
}

} // namespace ApprovalPageView
