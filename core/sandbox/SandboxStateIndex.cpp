#include "sandbox/SandboxStateIndex.h"

#include "sandbox/SandboxState.h"

#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace {

/// One string for several key fields. The unit separator cannot be typed in a form; should a value contain
/// it, two keys may share a group, which is harmless because callers check the records they find.
QString keyOf(std::initializer_list<QStringView> parts)
{
    QString key;
    bool first = true;
    for (const QStringView part : parts) {
        if (!first)
            key.append(QChar(0x1f));
        key.append(part);
        first = false;
    }
    return key;
}

QStringView kindKey(Altinn::RequestKind kind)
{
    return kind == Altinn::RequestKind::Agent ? u"a" : u"s";
}

template <typename Group> const Group &groupOf(const QHash<QString, Group> &groups, const QString &key)
{
    static const Group none;
    const auto it = groups.constFind(key);
    return it == groups.cend() ? none : it.value();
}

} // namespace

const SandboxStateIndex::Ids &SandboxStateIndex::requestsByTriple(const SandboxState &state,
    Altinn::RequestKind kind, const QString &systemId, const QString &partyOrgNo, const QString &externalRef)
{
    ensureRequests(state);
    return groupOf(m_requestsByTriple, keyOf({kindKey(kind), systemId, partyOrgNo, externalRef}));
}

const SandboxStateIndex::Ids &SandboxStateIndex::requestsBySystem(
    const SandboxState &state, Altinn::RequestKind kind, const QString &systemId)
{
    ensureRequests(state);
    return groupOf(m_requestsBySystem, keyOf({kindKey(kind), systemId}));
}

const SandboxStateIndex::Ids &SandboxStateIndex::changeRequestsByTriple(
    const SandboxState &state, const QString &systemId, const QString &partyOrgNo, const QString &externalRef)
{
    ensureChangeRequests(state);
    return groupOf(m_changeRequestsByTriple, keyOf({systemId, partyOrgNo, externalRef}));
}

const SandboxStateIndex::Ids &SandboxStateIndex::changeRequestsBySystem(
    const SandboxState &state, const QString &systemId)
{
    ensureChangeRequests(state);
    return groupOf(m_changeRequestsBySystem, systemId);
}

const SandboxStateIndex::Ids &SandboxStateIndex::systemUsersByTriple(
    const SandboxState &state, const QString &systemId, const QString &partyOrgNo, const QString &externalRef)
{
    ensureSystemUsers(state);
    return groupOf(m_systemUsersByTriple, keyOf({systemId, partyOrgNo, externalRef}));
}

const SandboxStateIndex::Ids &SandboxStateIndex::systemUsersByOwner(
    const SandboxState &state, const QString &partyOrgNo, const QString &externalRef)
{
    ensureSystemUsers(state);
    return groupOf(m_systemUsersByOwner, keyOf({partyOrgNo, externalRef}));
}

const SandboxStateIndex::SequencedIds &SandboxStateIndex::systemUsersBySystem(
    const SandboxState &state, const QString &systemId)
{
    ensureSystemUsers(state);
    return groupOf(m_systemUsersBySystem, systemId);
}

void SandboxStateIndex::requestDeleted(Altinn::RequestKind kind, const QString &systemId, const QString &id)
{
    const auto group = m_requestsBySystem.find(keyOf({kindKey(kind), systemId}));
    if (group != m_requestsBySystem.end())
        group->erase(id);
}

void SandboxStateIndex::changeRequestDeleted(const QString &systemId, const QString &id)
{
    const auto group = m_changeRequestsBySystem.find(systemId);
    if (group != m_changeRequestsBySystem.end())
        group->erase(id);
}

void SandboxStateIndex::systemUserDeleted(const QString &systemId, qint64 sequence, const QString &id)
{
    const auto group = m_systemUsersBySystem.find(systemId);
    if (group != m_systemUsersBySystem.end())
        group->erase({sequence, id});
}

void SandboxStateIndex::requestAdded(
    const SandboxState &state, const SandboxRequestRecord &request, bool wasNew)
{
    // Only a current index can take one more record; anything else is indexed again when next asked.
    if (wasNew && m_requestCount == state.requests.size() - 1) {
        indexRequest(request);
        ++m_requestCount;
    } else {
        m_requestCount = -1;
    }
}

void SandboxStateIndex::changeRequestAdded(
    const SandboxState &state, const SandboxChangeRequestRecord &request, bool wasNew)
{
    if (wasNew && m_changeRequestCount == state.changeRequests.size() - 1) {
        indexChangeRequest(request);
        ++m_changeRequestCount;
    } else {
        m_changeRequestCount = -1;
    }
}

void SandboxStateIndex::systemUserAdded(
    const SandboxState &state, const SandboxSystemUserRecord &user, bool wasNew)
{
    if (wasNew && m_systemUserCount == state.systemUsers.size() - 1) {
        indexSystemUser(user);
        ++m_systemUserCount;
    } else {
        m_systemUserCount = -1;
    }
}

void SandboxStateIndex::invalidate()
{
    m_requestCount = -1;
    m_changeRequestCount = -1;
    m_systemUserCount = -1;
}

void SandboxStateIndex::ensureRequests(const SandboxState &state)
{
    if (m_requestCount == state.requests.size())
        return;
    m_requestsByTriple.clear();
    m_requestsBySystem.clear();
    for (const SandboxRequestRecord &request : state.requests)
        indexRequest(request);
    m_requestCount = state.requests.size();
}

void SandboxStateIndex::ensureChangeRequests(const SandboxState &state)
{
    if (m_changeRequestCount == state.changeRequests.size())
        return;
    m_changeRequestsByTriple.clear();
    m_changeRequestsBySystem.clear();
    for (const SandboxChangeRequestRecord &request : state.changeRequests)
        indexChangeRequest(request);
    m_changeRequestCount = state.changeRequests.size();
}

void SandboxStateIndex::ensureSystemUsers(const SandboxState &state)
{
    if (m_systemUserCount == state.systemUsers.size())
        return;
    m_systemUsersByTriple.clear();
    m_systemUsersByOwner.clear();
    m_systemUsersBySystem.clear();
    for (const SandboxSystemUserRecord &user : state.systemUsers)
        indexSystemUser(user);
    m_systemUserCount = state.systemUsers.size();
}

void SandboxStateIndex::indexRequest(const SandboxRequestRecord &request)
{
    const QStringView kind = kindKey(request.kind);
    m_requestsByTriple[keyOf({kind, request.systemId, request.partyOrgNo, request.externalRef})].insert(
        request.id);
    if (!request.isDeleted)
        m_requestsBySystem[keyOf({kind, request.systemId})].insert(request.id);
}

void SandboxStateIndex::indexChangeRequest(const SandboxChangeRequestRecord &request)
{
    m_changeRequestsByTriple[keyOf({request.systemId, request.partyOrgNo, request.externalRef})].insert(
        request.id);
    if (!request.isDeleted)
        m_changeRequestsBySystem[request.systemId].insert(request.id);
}

void SandboxStateIndex::indexSystemUser(const SandboxSystemUserRecord &user)
{
    m_systemUsersByTriple[keyOf({user.systemId, user.partyOrgNo, user.externalRef})].insert(user.id);
    m_systemUsersByOwner[keyOf({user.partyOrgNo, user.externalRef})].insert(user.id);
    if (!user.isDeleted)
        m_systemUsersBySystem[user.systemId].insert({user.sequence, user.id});
}
