#pragma once

#include "model/RequestStatus.h"
#include "model/SystemUserRequest.h"

#include <QCoreApplication>
#include <QString>

namespace Altinn {

struct SystemUserRequestResponse;

/// The words the user sees for a request's status and kind — one wording for every view and report.
class RequestStatusText
{
    Q_DECLARE_TR_FUNCTIONS(RequestStatusText)

public:
    /// "Waiting for approval", "Approved", …; Unknown gives "Unknown".
    static QString display(RequestStatus status);
    /// As display(status), with the server's own word for an unknown status and the `timedOut` flag.
    static QString display(const SystemUserRequestResponse &request);
    /// "Standard" or "Client relationships (agent)".
    static QString kind(RequestKind kind);
};

} // namespace Altinn
