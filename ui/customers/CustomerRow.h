#pragma once

#include "model/RequestStatus.h"
#include "model/SystemUserRequest.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// One customer line of the customers view: a request (standard or agent), its system user if any,
/// or a system user whose request is gone.
struct CustomerRow
{
    /// What the status filter groups rows by.
    enum class StatusGroup { Waiting, Approved, Rejected, TimedOut, SystemUserOnly, Other };

    QString customerOrg;
    QString customerName; ///< from the sandbox register; empty elsewhere
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    bool hasRequest = false; ///< false: a system user without a matching request
    Altinn::RequestStatus status = Altinn::RequestStatus::New; ///< of the request
    bool timedOut = false; ///< the request is older than Altinn keeps open requests
    QString statusText; ///< the words shown for the status
    QString externalRef;
    QDateTime created; ///< UTC: of the request, else of the system user
    QString requestId;
    QString confirmUrl;
    QString systemUserId;

    bool hasSystemUser() const { return !systemUserId.isEmpty(); }

    StatusGroup statusGroup() const
    {
        using Altinn::RequestStatus;
        if (!hasRequest)
            return StatusGroup::SystemUserOnly;
        if (timedOut || status == RequestStatus::Timedout)
            return StatusGroup::TimedOut;
        switch (status) {
        case RequestStatus::New:
            return StatusGroup::Waiting;
        case RequestStatus::Accepted:
            return StatusGroup::Approved;
        case RequestStatus::Rejected:
        case RequestStatus::Denied:
            return StatusGroup::Rejected;
        default:
            return StatusGroup::Other;
        }
    }
};

Q_DECLARE_METATYPE(CustomerRow)
