#include "onboarding/BulkChangeRequestFlow.h"

#include "onboarding/LedgerRecording.h"
#include "workspace/CustomerLedger.h"

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

using BulkChangeKind = BulkChangeRequestFlow::CustomerOutcome::Kind;

QString BulkChangeRequestFlow::CustomerOutcome::kindId(BulkChangeKind kind)
{
    switch (kind) {
    case BulkChangeKind::Created:
        return u"created"_s;
    case BulkChangeKind::Existing:
        return u"existing"_s;
    case BulkChangeKind::NothingToChange:
        return u"nothing-to-change"_s;
    case BulkChangeKind::Failed:
        break;
    }
    return u"failed"_s;
}

BulkChangeRequestFlow::BulkChangeRequestFlow(
    Altinn::ChangeRequestClient *changeRequests, CustomerLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_changeRequests(changeRequests)
    , m_ledger(ledger)
{
    connect(&m_pacing, &BulkPacing::ready, this, [this] { pump(); });
    connect(&m_pacing, &BulkPacing::tick, this, [this] { Q_EMIT progressChanged(progress()); });
}

BulkChangeRequestFlow::~BulkChangeRequestFlow()
{
    cancel();
}

void BulkChangeRequestFlow::start(const QList<Item> &items)
{
    if (m_running || !m_changeRequests)
        return;
    m_running = true;
    m_summary = Summary();
    m_queue.clear();
    m_slots.clear();
    for (const Item &item : items)
        m_queue.emplace_back(item, 0);
    m_total = int(items.size());
    m_pacing.begin();
    QMetaObject::invokeMethod(
        this,
        [this] {
            pump();
            finishIfDone();
        },
        Qt::QueuedConnection);
}

void BulkChangeRequestFlow::pause()
{
    m_pacing.pause();
    Q_EMIT progressChanged(progress());
}

void BulkChangeRequestFlow::resume()
{
    m_pacing.resume();
    Q_EMIT progressChanged(progress());
}

void BulkChangeRequestFlow::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_pacing.end();
    for (const auto &slot : m_slots) {
        if (slot->busy && slot->flow)
            slot->flow->cancel();
        slot->busy = false;
    }
    m_queue.clear();
    if (m_ledger)
        m_ledger->saveSoon();
}

BulkChangeRequestFlow::Progress BulkChangeRequestFlow::progress() const
{
    Progress progress;
    progress.total = m_total;
    progress.finished = int(m_summary.outcomes.size());
    progress.created = m_summary.counts.value(BulkChangeKind::Created);
    progress.failed = m_summary.counts.value(BulkChangeKind::Failed);
    for (const auto &slot : m_slots)
        progress.inFlight += slot->busy ? 1 : 0;
    progress.paused = m_pacing.isPaused();
    progress.elapsedMs = m_pacing.elapsedMs();
    progress.heldForMs = m_pacing.heldForMs();
    progress.remainingMs = m_pacing.remainingMs(progress.finished, progress.total);
    return progress;
}

void BulkChangeRequestFlow::pump()
{
    while (m_running && !m_queue.empty()) {
        Slot *free = nullptr;
        int busy = 0;
        for (const auto &slot : m_slots) {
            if (slot->busy)
                ++busy;
            else if (!free)
                free = slot.get();
        }
        if (!m_pacing.mayStart(busy))
            return;
        if (!free) {
            m_slots.push_back(std::make_unique<Slot>());
            free = m_slots.back().get();
            free->flow = std::make_unique<SubmitChangeRequestFlow>(m_changeRequests);
            connect(free->flow.get(), &SubmitChangeRequestFlow::finished, this,
                [this, free](
                    const SubmitChangeRequestFlow::Outcome &outcome) { onFinished(*free, outcome); });
        }
        auto [item, rateLimited] = std::move(m_queue.front());
        m_queue.pop_front();
        free->item = std::move(item);
        free->rateLimited = rateLimited;
        free->busy = true;
        free->flow->start(free->item.input);
    }
}

void BulkChangeRequestFlow::onFinished(Slot &slot, const SubmitChangeRequestFlow::Outcome &sent)
{
    if (!m_running || !slot.busy)
        return;
    slot.busy = false;
    using SentKind = SubmitChangeRequestFlow::Outcome::Kind;
    if (sent.kind == SentKind::Failed && m_pacing.holdFor(sent.failure, slot.rateLimited + 1)) {
        // Not carried out: the same input (and correlation id) goes again after the wait.
        ++m_summary.rateLimited;
        m_queue.emplace_front(slot.item, slot.rateLimited + 1);
        pump();
        return;
    }
    CustomerOutcome outcome;
    outcome.key = slot.item.key;
    outcome.orgNo = slot.item.orgNo;
    outcome.name = slot.item.name;
    if (sent.changeRequest) {
        outcome.confirmUrl = sent.changeRequest->confirmUrl;
        LedgerRecording::changeRequest(m_ledger, *sent.changeRequest);
    }
    switch (sent.kind) {
    case SentKind::Created:
        outcome.kind = BulkChangeKind::Created;
        outcome.text = tr("Change request sent. Waiting for the customer.");
        break;
    case SentKind::Existing:
        outcome.kind = BulkChangeKind::Existing;
        outcome.text = tr("This change request was sent before; it is waiting for the customer.");
        break;
    case SentKind::NothingToChange:
        outcome.kind = BulkChangeKind::NothingToChange;
        outcome.text = tr("The system user has what was asked for already; nothing was sent.");
        break;
    case SentKind::Failed:
        outcome.kind = BulkChangeKind::Failed;
        outcome.text = sent.explanation.summary;
        if (!sent.explanation.remedy.isEmpty())
            outcome.text += u' ' + sent.explanation.remedy;
        break;
    }
    m_summary.outcomes.append(outcome);
    ++m_summary.counts[outcome.kind];
    Q_EMIT customerFinished(outcome);
    pump();
    finishIfDone();
}

void BulkChangeRequestFlow::finishIfDone()
{
    if (!m_running || !m_queue.empty())
        return;
    for (const auto &slot : m_slots) {
        if (slot->busy)
            return;
    }
    m_running = false;
    m_pacing.end();
    if (m_ledger)
        m_ledger->saveSoon(); // on the ledger's writer: the UI thread does not wait
    m_summary.elapsedMs = m_pacing.elapsedMs();
    Q_EMIT progressChanged(progress());
    Q_EMIT finished(m_summary);
}

} // namespace Onboarding
