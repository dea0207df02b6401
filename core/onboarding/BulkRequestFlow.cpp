#include "onboarding/BulkRequestFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/ApiTransport.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "net/ActivityLog.h"
#include "onboarding/LedgerRecording.h"
#include "onboarding/RequestLookup.h"
#include "workspace/CustomerLedger.h"

#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

using BulkKind = BulkRequestFlow::CustomerOutcome::Kind;

struct BulkRequestFlow::Lane
{
    explicit Lane(const Altinn::ApiTransport &model)
        : transport(model.twin(&network))
        , requests(transport.get())
        , systemUsers(transport.get())
    { }

    QNetworkAccessManager network;
    std::unique_ptr<Altinn::ApiTransport> transport;
    Altinn::RequestClient requests;
    Altinn::SystemUserClient systemUsers;
};

struct BulkRequestFlow::Slot
{
    std::unique_ptr<SubmitRequestFlow> flow;
    QPointer<Altinn::ApiOperation> lookup;
    Item item;
    int index = 0; ///< its place among the slots: which clients it sends with (clientsFor)
    bool busy = false;
};

QString BulkRequestFlow::CustomerOutcome::kindId(BulkKind kind)
{
    switch (kind) {
    case BulkKind::Created:
        return u"created"_s;
    case BulkKind::AlreadyWaiting:
        return u"already-waiting"_s;
    case BulkKind::FoundAfterInterruption:
        return u"found-after-interruption"_s;
    case BulkKind::HasSystemUser:
        return u"has-system-user"_s;
    case BulkKind::NeedsAskingAgain:
        return u"needs-asking-again"_s;
    case BulkKind::Failed:
        break;
    }
    return u"failed"_s;
}

BulkRequestFlow::BulkRequestFlow(Altinn::RequestClient *requests, Altinn::SystemUserClient *systemUsers,
    CustomerLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_requests(requests)
    , m_systemUsers(systemUsers)
    , m_ledger(ledger)
{
    connect(&m_pacing, &BulkPacing::ready, this, [this] { pump(); });
    connect(&m_pacing, &BulkPacing::tick, this, [this] { Q_EMIT progressChanged(progress()); });
}

BulkRequestFlow::~BulkRequestFlow()
{
    cancel();
}

QList<CustomerRecord> BulkRequestFlow::needingRequest(const QList<CustomerRecord> &customers)
{
    QList<CustomerRecord> needing;
    for (const CustomerRecord &customer : customers) {
        if (CustomerStates::nextAction(customer.state) == CustomerAction::SendRequest)
            needing.append(customer);
    }
    return needing;
}

Altinn::SystemUserRequest BulkRequestFlow::requestFor(
    const CustomerRecord &customer, const Altinn::SystemDefinition &system)
{
    Altinn::SystemUserRequest request;
    request.kind = customer.kind;
    request.systemId = system.id;
    request.partyOrgNo = customer.orgNo;
    if (!customer.externalRef.isEmpty())
        request.externalRef = customer.externalRef;
    // The customer's own subset when the imported list chose one; otherwise everything the system offers.
    const bool chosen = !customer.wantedRights.isEmpty() || !customer.wantedPackages.isEmpty();
    if (customer.kind == Altinn::RequestKind::Standard) {
        QList<Altinn::Right> rights;
        for (const Altinn::Right &right : system.rights.value_or(QList<Altinn::Right>())) {
            if (!chosen || customer.wantedRights.contains(right.resourceId()))
                rights.append(right);
        }
        request.rights = rights;
    }
    QList<Altinn::AccessPackageRef> packages;
    for (const Altinn::AccessPackageRef &package :
        system.accessPackages.value_or(QList<Altinn::AccessPackageRef>())) {
        if (!chosen || customer.wantedPackages.contains(package.urn))
            packages.append(package);
    }
    request.accessPackages = packages;
    return request;
}

QSet<QString> BulkRequestFlow::inDoubt(const CustomerLedger &ledger)
{
    QSet<QString> keys = RequestJournal(RequestJournal::pathFor(ledger.filePath())).readKeys();
    // Only customers whose record still says nothing was asked are in doubt; the rest have an answer.
    for (auto it = keys.begin(); it != keys.end();) {
        const auto record = ledger.find(*it);
        if (record && CustomerStates::nextAction(record->state) == CustomerAction::SendRequest)
            ++it;
        else
            it = keys.erase(it);
    }
    return keys;
}

void BulkRequestFlow::start(const Altinn::SystemDefinition &system, const QList<CustomerRecord> &customers)
{
    if (m_running || !m_requests || !m_systemUsers || !m_ledger)
        return;
    m_running = true;
    m_finishing = false;
    ++m_generation;
    m_system = system;
    m_summary = Summary();
    m_stillInDoubt.clear();
    m_queue.clear();
    m_journal = std::make_unique<RequestJournal>(RequestJournal::pathFor(m_ledger->filePath()));

    const QSet<QString> journalled = m_journal->readKeys();
    // Customers an interrupted run may have asked go first: their answer is owed to the ledger.
    for (const CustomerRecord &customer : customers) {
        if (journalled.contains(customer.key()))
            m_queue.push_back(Item{customer, true, 0});
    }
    for (const CustomerRecord &customer : customers) {
        if (!journalled.contains(customer.key()))
            m_queue.push_back(Item{customer, false, 0});
    }
    m_total = int(m_queue.size());
    // Journal lines of customers not in this run stay: they are still owed a look-up.
    for (const QString &key : journalled) {
        if (std::none_of(customers.cbegin(), customers.cend(),
                [&key](const CustomerRecord &customer) { return customer.key() == key; }))
            m_stillInDoubt.insert(key);
    }

    m_slots.clear();
    m_callCounter = {};
    if (Altinn::ActivityLog *log = m_activityLog)
        m_callCounter = connect(log, &Altinn::ActivityLog::entryAdded, this, [this] { ++m_summary.calls; });
    m_pacing.begin();
    // From the event loop: `finished` never comes inside start(), even for an empty list.
    QMetaObject::invokeMethod(
        this,
        [this] {
            pump();
            finishIfDone();
        },
        Qt::QueuedConnection);
}

void BulkRequestFlow::pause()
{
    if (!m_running)
        return;
    m_pacing.pause();
    Q_EMIT progressChanged(progress());
}

void BulkRequestFlow::resume()
{
    if (!m_running)
        return;
    m_pacing.resume(); // ready() starts what may start
    Q_EMIT progressChanged(progress());
}

void BulkRequestFlow::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_finishing = false;
    ++m_generation;
    m_pacing.end();
    disconnect(m_callCounter);
    for (const auto &slot : m_slots) {
        if (!slot->busy)
            continue;
        // A POST in flight may or may not have arrived: its journal line stays, and the next run looks
        // it up first. A look-up in flight changed nothing; its line stays as well.
        if (slot->lookup)
            slot->lookup->cancel();
        if (slot->flow)
            slot->flow->cancel();
        m_stillInDoubt.insert(slot->item.customer.key());
        slot->busy = false;
    }
    m_queue.clear();
    if (m_ledger)
        m_ledger->saveSoon();
}

BulkRequestFlow::Progress BulkRequestFlow::progress() const
{
    return m_pacing.progress(m_total, int(m_summary.outcomes.size()),
        m_summary.counts.value(BulkKind::Created), m_summary.counts.value(BulkKind::Failed),
        m_slots.busyCount());
}

void BulkRequestFlow::pump()
{
    if (!m_running)
        return;
    while (!m_queue.empty()) {
        if (!m_pacing.mayStart(m_slots.busyCount()))
            return;
        Slot &slot = m_slots.free([](Slot &made, int index) { made.index = index; });
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        launch(slot, std::move(item));
        if (!m_running)
            return; // the journal could not be written
    }
}

void BulkRequestFlow::launch(Slot &slot, Item item)
{
    slot.item = std::move(item);
    slot.busy = true;
    if (slot.item.lookUpFirst)
        lookUp(slot);
    else
        send(slot);
}

void BulkRequestFlow::lookUp(Slot &slot)
{
    ++m_summary.rechecked;
    Slot *target = &slot;
    const quint64 generation = m_generation;
    slot.lookup = RequestLookup::byTriple(m_requests, requestFor(slot.item.customer, m_system),
        [this, target, generation](const RequestLookup::Result &result) {
            // A cancelled run's slots may be gone: only the current run's answers are looked at.
            if (generation != m_generation || !m_running)
                return;
            Slot &current = *target;
            if (!current.busy)
                return;
            switch (result.found) {
            case RequestLookup::Result::Found::Exists: {
                LedgerRecording::request(m_ledger, *result.request, current.item.customer.name);
                CustomerOutcome outcome;
                outcome.kind = BulkKind::FoundAfterInterruption;
                outcome.text = tr("Sent before the interruption; found at Altinn, nothing sent again.");
                outcome.requestId = result.request->id;
                outcome.confirmUrl = result.request->confirmUrl;
                complete(current, outcome);
                return;
            }
            case RequestLookup::Result::Found::Absent:
                // Altinn has nothing for this customer: the interrupted POST never arrived.
                current.item.lookUpFirst = false;
                send(current);
                return;
            case RequestLookup::Result::Found::Unknown:
                break;
            }
            if (holdFor(result.failure, current))
                return;
            // Still unknown whether the earlier POST arrived: keep it in doubt, never send blindly.
            m_stillInDoubt.insert(current.item.customer.key());
            CustomerOutcome outcome;
            outcome.kind = BulkKind::Failed;
            outcome.text = tr("Could not check whether the interrupted run reached Altinn; nothing was sent. "
                              "Run the send again later.");
            complete(current, outcome);
        });
}

void BulkRequestFlow::send(Slot &slot)
{
    QString error;
    if (!m_journal->recordSending(slot.item.customer.key(), &error)) {
        slot.busy = false;
        m_queue.push_front(slot.item);
        stopWithJournalError(error);
        return;
    }
    if (!slot.flow) {
        const auto [requests, systemUsers] = clientsFor(slot.index);
        slot.flow = std::make_unique<SubmitRequestFlow>(requests, systemUsers);
        Slot *target = &slot;
        connect(slot.flow.get(), &SubmitRequestFlow::finished, this,
            [this, target](const SubmitRequestFlow::Outcome &outcome) { onSent(*target, outcome); });
    }
    slot.flow->start(requestFor(slot.item.customer, m_system));
}

std::pair<Altinn::RequestClient *, Altinn::SystemUserClient *> BulkRequestFlow::clientsFor(int index)
{
    const int lane = index / SlotsPerLane;
    if (lane == 0 || !m_requests->transport())
        return {m_requests, m_systemUsers};
    while (int(m_lanes.size()) < lane)
        m_lanes.push_back(std::make_unique<Lane>(*m_requests->transport()));
    Lane &chosen = *m_lanes[std::size_t(lane - 1)];
    return {&chosen.requests, &chosen.systemUsers};
}

void BulkRequestFlow::onSent(Slot &slot, const SubmitRequestFlow::Outcome &outcome)
{
    if (!m_running || !slot.busy)
        return;
    if (outcome.kind == SubmitRequestFlow::Outcome::Kind::Failed && !outcome.answerLost
        && holdFor(outcome.failure, slot))
        return;
    // The request may exist (no answer or a 5xx, and the look-up failed too): the customer stays in the
    // journal and the next run looks it up before asking again.
    if (outcome.mayExist)
        m_stillInDoubt.insert(slot.item.customer.key());
    LedgerRecording::requestOutcome(m_ledger, outcome, slot.item.customer.name);
    complete(slot, outcomeOf(outcome));
}

bool BulkRequestFlow::holdFor(const Altinn::ApiFailure &failure, Slot &slot)
{
    if (!m_pacing.holdFor(failure, slot.item.rateLimited + 1))
        return false;
    ++slot.item.rateLimited;
    ++m_summary.rateLimited;
    slot.busy = false;
    m_queue.push_front(slot.item);
    Q_EMIT progressChanged(progress());
    pump();
    return true;
}

void BulkRequestFlow::complete(Slot &slot, CustomerOutcome outcome)
{
    slot.busy = false;
    const CustomerRecord &customer = slot.item.customer;
    outcome.key = customer.key();
    outcome.orgNo = customer.orgNo;
    outcome.name = customer.name;
    m_summary.outcomes.append(outcome);
    ++m_summary.counts[outcome.kind];
    Q_EMIT customerFinished(outcome);
    if (!m_running)
        return;
    pump();
    finishIfDone();
}

void BulkRequestFlow::finishIfDone()
{
    if (!m_running || m_finishing || !m_queue.empty() || m_slots.anyBusy())
        return;
    // Busy until `finished`: the ledger may still be saving.
    m_finishing = true;
    m_pacing.end();
    disconnect(m_callCounter);
    m_summary.elapsedMs = m_pacing.elapsedMs();
    // The ledger first, then the journal: a crash between the two only costs a look-up next time. The
    // save runs on the ledger's writer, so the UI thread does not wait for it.
    const quint64 generation = m_generation;
    const auto clearJournal = [this, generation](bool ledgerSaved) {
        if (generation != m_generation)
            return; // cancelled meanwhile
        m_running = false;
        m_finishing = false;
        QString error;
        if (!ledgerSaved)
            m_summary.journalError =
                tr("The customer list could not be saved; the journal is kept, so the next "
                   "run looks these customers up first.");
        else if (!m_journal->keepOnly(m_stillInDoubt, &error))
            m_summary.journalError = error;
        Q_EMIT progressChanged(progress());
        Q_EMIT finished(m_summary);
    };
    if (!m_ledger || !m_ledger->hasUnsavedChanges()) {
        clearJournal(true);
        return;
    }
    auto *waiter = new QObject(this);
    connect(m_ledger, &CustomerLedger::saved, waiter, [waiter, clearJournal] {
        waiter->deleteLater();
        clearJournal(true);
    });
    connect(m_ledger, &CustomerLedger::saveFailed, waiter, [waiter, clearJournal] {
        waiter->deleteLater();
        clearJournal(false);
    });
    m_ledger->saveSoon();
}

void BulkRequestFlow::stopWithJournalError(const QString &error)
{
    // Without the journal a lost answer could not be told from a request never sent: stop sending.
    m_summary.journalError = tr("Stopped before asking more customers: %1").arg(error);
    for (Item &item : m_queue) {
        CustomerOutcome outcome;
        outcome.key = item.customer.key();
        outcome.orgNo = item.customer.orgNo;
        outcome.name = item.customer.name;
        outcome.kind = BulkKind::Failed;
        outcome.text = tr("Not sent: the run stopped because its journal could not be written.");
        m_summary.outcomes.append(outcome);
        ++m_summary.counts[BulkKind::Failed];
        Q_EMIT customerFinished(outcome);
    }
    m_queue.clear();
    finishIfDone();
}

BulkRequestFlow::CustomerOutcome BulkRequestFlow::outcomeOf(const SubmitRequestFlow::Outcome &sent)
{
    using SentKind = SubmitRequestFlow::Outcome::Kind;
    CustomerOutcome outcome;
    outcome.answerLost = sent.answerLost;
    if (sent.request) {
        outcome.requestId = sent.request->id;
        outcome.confirmUrl = sent.request->confirmUrl;
    }
    switch (sent.kind) {
    case SentKind::Created:
        outcome.kind = BulkKind::Created;
        outcome.text = sent.answerLost
            ? tr("Request sent (its answer was lost; found at Altinn afterwards). Waiting for the customer.")
            : tr("Request sent. Waiting for the customer.");
        break;
    case SentKind::ExistingReturned:
        outcome.kind = BulkKind::AlreadyWaiting;
        outcome.text = tr("A request was waiting already; nothing new was sent. Send the customer its link.");
        break;
    case SentKind::ExistingRejected:
        outcome.kind = BulkKind::NeedsAskingAgain;
        outcome.text = tr("An earlier request was rejected or timed out. Open the customer to delete it and "
                          "ask again.");
        break;
    case SentKind::SystemUserExists:
        outcome.kind = BulkKind::HasSystemUser;
        outcome.text = tr("The customer has this system user already; nothing was sent.");
        break;
    case SentKind::Failed:
        outcome.kind = BulkKind::Failed;
        outcome.text = sent.explanation.summary;
        if (!sent.explanation.remedy.isEmpty())
            outcome.text += u' ' + sent.explanation.remedy;
        break;
    }
    return outcome;
}

} // namespace Onboarding
