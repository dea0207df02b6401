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
    return m_pacing.progress(m_total, int(m_summary.outcomes.size()),
        m_summary.counts.value(BulkChangeKind::Created), m_summary.counts.value(BulkChangeKind::Failed),
        m_slots.busyCount());
}

void BulkChangeRequestFlow::pump()
{
    while (m_running && !m_queue.empty()) {
        if (!m_pacing.mayStart(m_slots.busyCount()))
            return;
        Slot &slot = m_slots.free([this](Slot &made, int) {
            made.flow = std::make_unique<SubmitChangeRequestFlow>(m_changeRequests);
            connect(made.flow.get(), &SubmitChangeRequestFlow::finished, this,
                [this, &made](
                    const SubmitChangeRequestFlow::Outcome &outcome) { onFinished(made, outcome); });
        });
        auto [item, rateLimited] = std::move(m_queue.front());
        m_queue.pop_front();
        slot.item = std::move(item);
        slot.rateLimited = rateLimited;
        slot.busy = true;
        slot.flow->start(slot.item.input);
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
    if (!m_running || !m_queue.empty() || m_slots.anyBusy())
        return;
    m_running = false;
    m_pacing.end();
    if (m_ledger)
        m_ledger->saveSoon(); // on the ledger's writer: the UI thread does not wait
    m_summary.elapsedMs = m_pacing.elapsedMs();
    Q_EMIT progressChanged(progress());
    Q_EMIT finished(m_summary);
}

} // namespace Onboarding
