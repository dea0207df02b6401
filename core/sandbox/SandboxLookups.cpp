#include "sandbox/SandboxLookups.h"

const SandboxRequestRecord *SandboxLookups::requestByTriple(const SandboxState &state,
    Altinn::RequestKind kind, const QString &systemId, const QString &partyOrgNo, const QString &externalRef)
{
    // Compared exactly, like the database's text columns.
    for (const SandboxRequestRecord &request : state.requests) {
        if (!request.isDeleted && request.kind == kind && request.systemId == systemId
            && request.partyOrgNo == partyOrgNo && request.externalRef == externalRef)
            return &request;
    }
    return nullptr;
}

const SandboxRequestRecord *SandboxLookups::liveRequest(const SandboxState &state, const QString &id)
{
    const auto it = state.requests.constFind(id);
    if (it == state.requests.constEnd() || it->isDeleted)
        return nullptr;
    return &*it;
}

const SandboxSystemUserRecord *SandboxLookups::liveSystemUser(
    const SandboxState &state, const QString &systemId, const QString &partyOrgNo, const QString &externalRef)
{
    for (const SandboxSystemUserRecord &user : state.systemUsers) {
        if (!user.isDeleted && user.systemId == systemId && user.partyOrgNo == partyOrgNo
            && user.externalRef == externalRef)
            return &user;
    }
    return nullptr;
}

const SandboxSystem *SandboxLookups::system(const SandboxState &state, const QString &systemId)
{
    const auto it = state.systems.constFind(systemId);
    return it == state.systems.constEnd() ? nullptr : &*it;
}

bool SandboxLookups::isOwnedBy(const SandboxState &state, const QString &systemId, const QString &vendorOrgNo)
{
    const SandboxSystem *found = system(state, systemId);
    return found && !vendorOrgNo.isEmpty() && found->vendorOrgNumber() == vendorOrgNo;
}
