#include "altinn/RequestStatusText.h"

#include "model/SystemUserRequestResponse.h"

namespace Altinn {

QString RequestStatusText::display(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return tr("Waiting for approval");
    case RequestStatus::Accepted:
        return tr("Approved");
    case RequestStatus::Rejected:
    case RequestStatus::Denied:
        return tr("Rejected");
    case RequestStatus::Timedout:
        return tr("Timed out");
    case RequestStatus::NoChangeNeeded:
        return tr("No change needed");
    case RequestStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString RequestStatusText::display(const SystemUserRequestResponse &request)
{
    const QString text = request.status == RequestStatus::Unknown && !request.statusText.isEmpty()
        ? request.statusText
        : display(request.status);
    return request.timedOut ? tr("%1 (older than 180 days)").arg(text) : text;
}

QString RequestStatusText::kind(RequestKind kind)
{
    return kind == RequestKind::Agent ? tr("Client relationships (agent)") : tr("Standard");
}

} // namespace Altinn
