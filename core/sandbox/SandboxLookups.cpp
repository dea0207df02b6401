#include "sandbox/SandboxLookups.h"

const SandboxRequestRecord *SandboxLookups::requestByTriple(const SandboxState &state,
    Altinn::RequestKind kind, const QString &systemId, const QString &partyOrgNo, const QString &externalRef)
{
    // Compared exactly, like the database's text columns. The index gives the candidates in id order.
    const auto &ids = state.index().requestsByTriple(state, kind, systemId, partyOrgNo, externalRef);
    for (const QString &id : ids) {
        const SandboxRequestRecord *request = liveRequest(state, id);
        if (request && request->kind == kind && request->systemId == systemId
            && request->partyOrgNo == partyOrgNo && request->externalRef == externalRef)
            return request;
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
    const auto &ids = state.index().systemUsersByTriple(state, systemId, partyOrgNo, externalRef);
    for (const QString &id : ids) {
        const SandboxSystemUserRecord *user = liveSystemUserById(state, id);
        if (user && user->systemId == systemId && user->partyOrgNo == partyOrgNo
            && user->externalRef == externalRef)
            return user;
    }
    return nullptr;
}

const SandboxSystemUserRecord *SandboxLookups::liveSystemUserById(
    const SandboxState &state, const QString &id)
{
    const auto it = state.systemUsers.constFind(id);
    if (it == state.systemUsers.constEnd() || it->isDeleted)
        return nullptr;
    return &*it;
}

const SandboxChangeRequestRecord *SandboxLookups::liveChangeRequest(
    const SandboxState &state, const QString &id)
{
    const auto it = state.changeRequests.constFind(id);
    if (it == state.changeRequests.constEnd() || it->isDeleted)
        return nullptr;
    return &*it;
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
