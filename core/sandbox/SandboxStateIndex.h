#pragma once

#include "model/SystemUserRequest.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <set>
#include <utility>

struct SandboxState;
struct SandboxRequestRecord;
struct SandboxChangeRequestRecord;
struct SandboxSystemUserRecord;

/**
 * Indexes over SandboxState for the lookups the vendor endpoints run on every call — the request of a
 * (system, org, externalRef) triple, a system's request list, the system user of a triple — so that they
 * cost O(log n) instead of a scan over every record (docs/sandbox.md#scale).
 *
 * Each group holds record ids in id order: callers take records by id and check every field, so a group may
 * hold more than matches but never misses one. The triple groups keep deleted records; the groups behind
 * the `bysystem` lists leave them out (records are never undeleted), and a list that meets one deleted since
 * takes it out (…Deleted()), so a page costs O(log n + page) however many were deleted. SandboxState::add…()
 * keep the index current; a map changed behind its back (tests insert records directly, a state file is
 * loaded) is noticed by its size and indexed again on the next lookup. The fields used as keys never change
 * after a record is stored.
 *
 * A copy starts empty and indexes its state when first asked: copying a state (the snapshot a save takes,
 * SandboxServer) then costs nothing, and the original's index is never shared, so it is not copied either
 * when the original next changes.
 */
class SandboxStateIndex
{
public:
    using Ids = std::set<QString>;
    using SequencedIds = std::set<std::pair<qint64, QString>>; ///< (sequence, id) in list order

    SandboxStateIndex() = default;
    SandboxStateIndex(const SandboxStateIndex &) noexcept { invalidate(); }
    SandboxStateIndex &operator=(const SandboxStateIndex &other)
    {
        if (this != &other) {
            *this = SandboxStateIndex();
            invalidate();
        }
        return *this;
    }
    SandboxStateIndex(SandboxStateIndex &&) noexcept = default;
    SandboxStateIndex &operator=(SandboxStateIndex &&) noexcept = default;
    ~SandboxStateIndex() = default;

    const Ids &requestsByTriple(const SandboxState &state, Altinn::RequestKind kind, const QString &systemId,
        const QString &partyOrgNo, const QString &externalRef);
    const Ids &requestsBySystem(const SandboxState &state, Altinn::RequestKind kind, const QString &systemId);
    const Ids &changeRequestsByTriple(const SandboxState &state, const QString &systemId,
        const QString &partyOrgNo, const QString &externalRef);
    const Ids &changeRequestsBySystem(const SandboxState &state, const QString &systemId);
    const Ids &systemUsersByTriple(const SandboxState &state, const QString &systemId,
        const QString &partyOrgNo, const QString &externalRef);
    /// System users by owner and externalRef, any system (the Maskinporten grant's lookup).
    const Ids &systemUsersByOwner(
        const SandboxState &state, const QString &partyOrgNo, const QString &externalRef);
    const SequencedIds &systemUsersBySystem(const SandboxState &state, const QString &systemId);

    /// Takes a deleted record out of its system's list group (the triple groups keep it).
    void requestDeleted(Altinn::RequestKind kind, const QString &systemId, const QString &id);
    void changeRequestDeleted(const QString &systemId, const QString &id);
    void systemUserDeleted(const QString &systemId, qint64 sequence, const QString &id);

    /// Call after the record was inserted into its map; @p wasNew is false when it replaced one.
    void requestAdded(const SandboxState &state, const SandboxRequestRecord &request, bool wasNew);
    void changeRequestAdded(
        const SandboxState &state, const SandboxChangeRequestRecord &request, bool wasNew);
    void systemUserAdded(const SandboxState &state, const SandboxSystemUserRecord &user, bool wasNew);

private:
    /// Forgets everything; the next lookup of each kind indexes its map again.
    void invalidate();
    void ensureRequests(const SandboxState &state);
    void ensureChangeRequests(const SandboxState &state);
    void ensureSystemUsers(const SandboxState &state);
    void indexRequest(const SandboxRequestRecord &request);
    void indexChangeRequest(const SandboxChangeRequestRecord &request);
    void indexSystemUser(const SandboxSystemUserRecord &user);

    // How many records of each map are indexed; -1 = index again before the next lookup.
    qsizetype m_requestCount = 0;
    qsizetype m_changeRequestCount = 0;
    qsizetype m_systemUserCount = 0;

    QHash<QString, Ids> m_requestsByTriple;
    QHash<QString, Ids> m_requestsBySystem;
    QHash<QString, Ids> m_changeRequestsByTriple;
    QHash<QString, Ids> m_changeRequestsBySystem;
    QHash<QString, Ids> m_systemUsersByTriple;
    QHash<QString, Ids> m_systemUsersByOwner;
    QHash<QString, SequencedIds> m_systemUsersBySystem;
};
