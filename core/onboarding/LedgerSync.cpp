#include "onboarding/LedgerSync.h"

#include "altinn/ApiOperation.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "workspace/CustomerLedger.h"

#include <QSet>

namespace Onboarding {
namespace {

using Altinn::RequestStatus;

QString keyOf(const Altinn::SystemUserRequestResponse &request)
{
    return CustomerRecord::keyOf(request.partyOrgNo, request.externalRef);
}

bool isWaiting(CustomerState state)
{
    return state == CustomerState::Waiting || state == CustomerState::WaitingTimedOut;
}

/// Of two answers for the same customer, the newer one tells where things stand.
template <typename T> void keepNewest(QHash<QString, T> &map, const QString &key, const T &item)
{
    const auto it = map.constFind(key);
    if (it == map.cend() || it->created < item.created)
        map.insert(key, item);
}

} // namespace

LedgerSync::LedgerSync(CustomerLedger *ledger, LedgerClients clients, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_clients(clients)
{ }

LedgerSync::~LedgerSync()
{
    ++m_generation;
    if (Altinn::ApiOperation *operation = m_operation.data())
        operation->cancel();
}

template <typename Callback> auto LedgerSync::guarded(Callback callback)
{
    // An answer that arrives after cancel() (or for an earlier walk) is dropped.
    return [self = QPointer<LedgerSync>(this), generation = m_generation, callback](const auto &result) {
        if (!self || generation != self->m_generation)
            return;
        self->m_operation.clear();
        callback(result);
    };
}

void LedgerSync::start()
{
    if (m_busy)
        return;
    m_busy = true;
    ++m_generation;
    m_pending = m_parts;
    m_requests.clear();
    m_systemUsers.clear();
    m_changeRequests.clear();
    m_lookedUp.clear();
    m_toLookUp.clear();
    m_lookups = 0;
    nextStep();
}

void LedgerSync::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    if (Altinn::ApiOperation *operation = m_operation.data()) {
        m_operation.clear();
        operation->cancel();
    }
    Outcome outcome;
    outcome.cancelled = true;
    outcome.failure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled);
    finish(outcome);
}

void LedgerSync::nextStep()
{
    const QString systemId = m_ledger->scope().systemId;
    const auto takeRequests = [this](Altinn::RequestKind kind) {
        return guarded(
            [this, kind](const Altinn::ApiResult<QList<Altinn::SystemUserRequestResponse>> &result) {
                if (!result.ok()) {
                    fail(result.failure,
                        kind == Altinn::RequestKind::Agent ? tr("reading the agent requests")
                                                           : tr("reading the requests"));
                    return;
                }
                for (const Altinn::SystemUserRequestResponse &request : *result.value)
                    keepNewest(m_requests, keyOf(request), request);
                nextStep();
            });
    };
    if (m_pending.testFlag(Part::StandardRequests)) {
        m_pending.setFlag(Part::StandardRequests, false);
        m_operation = m_clients.requests->listBySystem(
            systemId, Altinn::RequestKind::Standard, takeRequests(Altinn::RequestKind::Standard));
        return;
    }
    if (m_pending.testFlag(Part::AgentRequests)) {
        m_pending.setFlag(Part::AgentRequests, false);
        m_operation = m_clients.requests->listBySystem(
            systemId, Altinn::RequestKind::Agent, takeRequests(Altinn::RequestKind::Agent));
        return;
    }
    if (m_pending.testFlag(Part::SystemUsers)) {
        m_pending.setFlag(Part::SystemUsers, false);
        m_operation = m_clients.systemUsers->listBySystem(
            systemId, guarded([this](const Altinn::ApiResult<QList<Altinn::SystemUser>> &result) {
                if (!result.ok()) {
                    fail(result.failure, tr("reading the system users"));
                    return;
                }
                for (const Altinn::SystemUser &user : *result.value) {
                    if (!user.isDeleted)
                        keepNewest(
                            m_systemUsers, CustomerRecord::keyOf(user.reporteeOrgNo, user.externalRef), user);
                }
                nextStep();
            }));
        return;
    }
    if (m_pending.testFlag(Part::ChangeRequests)) {
        m_pending.setFlag(Part::ChangeRequests, false);
        m_operation = m_clients.changeRequests->listBySystem(
            systemId, guarded([this](const Altinn::ApiResult<QList<Altinn::ChangeRequestResponse>> &result) {
                if (!result.ok()) {
                    fail(result.failure, tr("reading the change requests"));
                    return;
                }
                for (const Altinn::ChangeRequestResponse &change : *result.value)
                    keepNewest(m_changeRequests, CustomerRecord::keyOf(change.partyOrgNo, change.externalRef),
                        change);
                nextStep();
            }));
        return;
    }
    // Known requests no list mentioned: skipped at a page boundary, or deleted. Ask for each by id.
    for (const CustomerRecord &record : m_ledger->customers()) {
        const bool kindWalked = m_parts.testFlag(
            record.kind == Altinn::RequestKind::Agent ? Part::AgentRequests : Part::StandardRequests);
        const bool requestMissing =
            kindWalked && !record.requestId.isEmpty() && !m_requests.contains(record.key());
        const bool changeMissing = m_parts.testFlag(Part::ChangeRequests) && !record.changeRequestId.isEmpty()
            && record.state == CustomerState::ChangePending && !m_changeRequests.contains(record.key());
        if (requestMissing || changeMissing)
            m_toLookUp.append(record.key());
    }
    lookUpMissing();
}

void LedgerSync::lookUpMissing()
{
    if (m_toLookUp.isEmpty() || m_lookups >= MaxLookups) {
        apply();
        return;
    }
    const QString key = m_toLookUp.takeFirst();
    const std::optional<CustomerRecord> record = m_ledger->find(key);
    if (!record) {
        lookUpMissing();
        return;
    }
    ++m_lookups;
    const bool requestMissing = !record->requestId.isEmpty() && !m_requests.contains(key)
        && m_parts.testFlag(
            record->kind == Altinn::RequestKind::Agent ? Part::AgentRequests : Part::StandardRequests);
    if (requestMissing) {
        m_operation = m_clients.requests->get(record->requestId, record->kind,
            guarded([this, key](const Altinn::ApiResult<Altinn::SystemUserRequestResponse> &result) {
                if (result.ok()) {
                    m_requests.insert(key, *result.value);
                    m_lookedUp.insert(key, true);
                } else if (result.failure.httpStatus() == 404) {
                    m_lookedUp.insert(key, false); // deleted: absent for certain
                } else if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                    return;
                }
                // Any other failure leaves the customer as it was: not knowing is not "gone".
                lookUpMissing();
            }));
        return;
    }
    m_operation = m_clients.changeRequests->get(record->changeRequestId,
        guarded([this, key](const Altinn::ApiResult<Altinn::ChangeRequestResponse> &result) {
            if (result.ok())
                m_changeRequests.insert(key, *result.value);
            lookUpMissing();
        }));
}

CustomerRecord LedgerSync::reconcile(const CustomerRecord &known, const Facts &facts)
{
    CustomerRecord record = known;
    const bool hadSystemUser = !known.systemUserId.isEmpty() || known.state == CustomerState::Approved
        || known.state == CustomerState::ChangePending || known.state == CustomerState::SystemUserDeleted;

    if (facts.request) {
        const Altinn::SystemUserRequestResponse &request = *facts.request;
        record.kind = request.kind;
        record.requestId = request.id;
        record.requestStatus = Altinn::RequestStatuses::toWireString(request.status, request.statusText);
        // An answer without the link (a list, a GET of a change's view) does not erase the one known for
        // this same request.
        if (!request.confirmUrl.isEmpty() || request.id != known.requestId)
            record.confirmUrl = request.confirmUrl;
        record.requestCreated = request.created;
    }
    if (facts.changeRequest) {
        record.changeRequestId = facts.changeRequest->id;
        record.changeRequestStatus = Altinn::RequestStatuses::toWireString(
            facts.changeRequest->status, facts.changeRequest->statusText);
        if (!facts.changeRequest->confirmUrl.isEmpty() || facts.changeRequest->id != known.changeRequestId)
            record.changeConfirmUrl = facts.changeRequest->confirmUrl;
    }

    // Is the system user live? The list says so when it was read; otherwise an accepted request
    // means it was created (its id is the request's id).
    bool live = false;
    if (facts.systemUsersKnown)
        live = facts.systemUser.has_value();
    else if (facts.request)
        live = facts.request->status == RequestStatus::Accepted;
    else if (!facts.requestKnown)
        live = known.state == CustomerState::Approved || known.state == CustomerState::ChangePending;
    if (live) {
        // An approved request's system user has the request's id.
        if (facts.systemUser)
            record.systemUserId = facts.systemUser->id;
        else if (facts.request && facts.request->status == RequestStatus::Accepted)
            record.systemUserId = facts.request->id;
        else if (record.systemUserId.isEmpty())
            record.systemUserId = record.requestId;
        const bool changeWaiting = facts.changeRequest
            ? facts.changeRequest->status == RequestStatus::New
            : !facts.changeRequestsKnown && known.state == CustomerState::ChangePending;
        record.state = changeWaiting ? CustomerState::ChangePending : CustomerState::Approved;
        record.lastError.clear();
        return record;
    }

    if (facts.request) {
        switch (facts.request->status) {
        case RequestStatus::New:
            record.state = facts.request->timedOut ? CustomerState::WaitingTimedOut : CustomerState::Waiting;
            break;
        case RequestStatus::Accepted: // accepted, yet no live system user: the customer deleted it
            record.state = CustomerState::SystemUserDeleted;
            break;
        case RequestStatus::Rejected:
        case RequestStatus::Denied:
            record.state = CustomerState::Rejected;
            break;
        case RequestStatus::Timedout:
            record.state = CustomerState::WaitingTimedOut;
            break;
        case RequestStatus::NoChangeNeeded:
        case RequestStatus::Unknown:
            break;
        }
        record.lastError.clear();
        return record;
    }

    if (hadSystemUser && (facts.systemUsersKnown || facts.requestKnown)) {
        // The system user is gone (deleting it in the portal deletes its request too).
        record.state = CustomerState::SystemUserDeleted;
        return record;
    }
    if (facts.requestKnown && !known.requestId.isEmpty()
        && (isWaiting(known.state) || known.state == CustomerState::Rejected)) {
        // The request was deleted (by the vendor, or cleaned up): nothing is waiting any more.
        record.requestId.clear();
        record.requestStatus.clear();
        record.confirmUrl.clear();
        record.requestCreated = {};
        record.state = CustomerState::NotAsked;
    }
    return record;
}

void LedgerSync::apply()
{
    QSet<QString> keys;
    for (const CustomerRecord &record : m_ledger->customers())
        keys.insert(record.key());
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        keys.insert(it.key());
    for (auto it = m_systemUsers.cbegin(); it != m_systemUsers.cend(); ++it)
        keys.insert(it.key());
    for (auto it = m_changeRequests.cbegin(); it != m_changeRequests.cend(); ++it)
        keys.insert(it.key());

    Outcome outcome;
    outcome.ok = true;
    outcome.lookups = m_lookups;
    QList<CustomerRecord> changed;
    for (const QString &key : std::as_const(keys)) {
        std::optional<CustomerRecord> known = m_ledger->find(key);
        const bool isNew = !known;
        if (!known) {
            CustomerRecord fresh;
            if (const auto request = m_requests.constFind(key); request != m_requests.cend()) {
                fresh.orgNo = request->partyOrgNo;
                fresh.externalRef = request->externalRef;
                fresh.kind = request->kind;
            } else if (const auto user = m_systemUsers.constFind(key); user != m_systemUsers.cend()) {
                fresh.orgNo = user->reporteeOrgNo;
                fresh.externalRef = user->externalRef;
                fresh.kind =
                    user->userType == u"agent" ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
            } else if (const auto change = m_changeRequests.constFind(key);
                       change != m_changeRequests.cend()) {
                fresh.orgNo = change->partyOrgNo;
                fresh.externalRef = change->externalRef;
            }
            if (fresh.orgNo.isEmpty())
                continue;
            known = fresh;
        }
        Facts facts;
        if (const auto request = m_requests.constFind(key); request != m_requests.cend())
            facts.request = *request;
        const bool kindWalked = m_parts.testFlag(
            known->kind == Altinn::RequestKind::Agent ? Part::AgentRequests : Part::StandardRequests);
        const bool lookupFailed =
            !known->requestId.isEmpty() && kindWalked && !facts.request && !m_lookedUp.contains(key);
        facts.requestKnown = kindWalked && !lookupFailed;
        facts.systemUsersKnown = m_parts.testFlag(Part::SystemUsers);
        if (const auto user = m_systemUsers.constFind(key); user != m_systemUsers.cend())
            facts.systemUser = *user;
        facts.changeRequestsKnown = m_parts.testFlag(Part::ChangeRequests);
        if (const auto change = m_changeRequests.constFind(key); change != m_changeRequests.cend())
            facts.changeRequest = *change;

        const CustomerRecord updated = reconcile(*known, facts);
        if (isNew || !(updated == *known)) {
            changed.append(updated);
            outcome.changedKeys.append(key);
            if (isNew)
                ++outcome.added;
        }
    }
    m_ledger->upsertAll(changed);
    if (m_parts == AllParts)
        m_ledger->setSyncedAt(QDateTime::currentDateTimeUtc());
    finish(outcome);
}

void LedgerSync::fail(const Altinn::ApiFailure &failure, const QString &operation)
{
    if (failure.kind == Altinn::ApiFailure::Kind::Cancelled)
        return; // cancel() has reported already
    Outcome outcome;
    outcome.failure = failure;
    outcome.explanation = Altinn::ErrorExplainer::explain(failure, operation);
    finish(outcome);
}

void LedgerSync::finish(Outcome outcome)
{
    m_busy = false;
    ++m_generation;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
