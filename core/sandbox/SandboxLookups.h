#pragma once

#include "model/SystemUserRequest.h"
#include "sandbox/SandboxState.h"

#include <QString>

/// Queries over SandboxState that mirror the real service's repository queries
/// (docs/altinn-behaviour.md#system-user-requests, #system-user-lookups). The triple lookups go through
/// SandboxStateIndex, so they do not grow with the number of requests.
class SandboxLookups
{
public:
    /// The live (not deleted) request of @p kind for the triple; the first in id order when the ""
    /// externalRef quirk (docs/altinn-behaviour.md#creating-a-request) has stored several. nullptr when none.
    static const SandboxRequestRecord *requestByTriple(const SandboxState &state, Altinn::RequestKind kind,
        const QString &systemId, const QString &partyOrgNo, const QString &externalRef);
    /// The live request with @p id (any kind); nullptr when none or deleted.
    static const SandboxRequestRecord *liveRequest(const SandboxState &state, const QString &id);
    /// The live system user of either kind for the triple; nullptr when none.
    static const SandboxSystemUserRecord *liveSystemUser(const SandboxState &state, const QString &systemId,
        const QString &partyOrgNo, const QString &externalRef);
    /// The live system user with @p id; nullptr when none or deleted.
    static const SandboxSystemUserRecord *liveSystemUserById(const SandboxState &state, const QString &id);
    /// The live change request with @p id; nullptr when none or deleted.
    static const SandboxChangeRequestRecord *liveChangeRequest(const SandboxState &state, const QString &id);
    /// The system with @p systemId, soft-deleted ones included (the service still finds them); nullptr when
    /// unknown.
    static const SandboxSystem *system(const SandboxState &state, const QString &systemId);
    /// True when @p systemId is known and registered to @p vendorOrgNo (the AUTH-00011 check).
    static bool isOwnedBy(const SandboxState &state, const QString &systemId, const QString &vendorOrgNo);
};
