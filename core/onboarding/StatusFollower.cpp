#include "onboarding/StatusFollower.h"

#include "net/RetryPolicy.h"
#include "workspace/CustomerLedger.h"

#include <QDateTime>

#include <algorithm>

namespace Onboarding {

StatusFollower::StatusFollower(CustomerLedger *ledger, LedgerClients clients, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_sync(ledger, clients)
    , m_interval(m_intervals.initial)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusFollower::tick);
    connect(&m_sync, &LedgerSync::finished, this, &StatusFollower::walkDone);
}

StatusFollower::~StatusFollower()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_subscriberConnections))
        disconnect(connection);
}

void StatusFollower::setIntervals(Intervals intervals)
{
    m_intervals = intervals;
    m_interval = intervals.initial;
}

qint64 StatusFollower::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void StatusFollower::subscribe(QObject *subscriber)
{
    if (!subscriber || m_subscribers.contains(subscriber))
        return;
    const bool first = m_subscribers.isEmpty();
    m_subscribers.insert(subscriber);
    m_subscriberConnections.append(
        connect(subscriber, &QObject::destroyed, this, [this, subscriber] { unsubscribe(subscriber); }));
    if (first)
        reschedule();
}

void StatusFollower::unsubscribe(QObject *subscriber)
{
    if (!m_subscribers.remove(subscriber))
        return;
    if (m_subscribers.isEmpty())
        unschedule(); // a walk in flight finishes; nothing follows it
}

void StatusFollower::followNow()
{
    m_interval = m_intervals.initial;
    if (m_sync.isBusy()) {
        m_walkRequested = true;
        return;
    }
    walkWhenAllowed();
}

void StatusFollower::walkWhenAllowed()
{
    // Altinn asked for a pause (Retry-After): the walk comes when it ends. Asking sooner would only be
    // answered 429 again.
    if (m_pausedUntil > now()) {
        schedule(std::chrono::milliseconds(m_pausedUntil - now()));
        return;
    }
    walk();
}

void StatusFollower::wake()
{
    m_interval = m_intervals.initial;
    if (!m_sync.isBusy())
        reschedule();
}

void StatusFollower::tick()
{
    if (m_sync.isBusy() || m_subscribers.isEmpty())
        return;
    walk();
}

LedgerSync::Parts StatusFollower::partsToWalk() const
{
    LedgerSync::Parts parts;
    for (const CustomerRecord &record : m_ledger->followed()) {
        if (record.state == CustomerState::ChangePending)
            parts |= LedgerSync::Part::ChangeRequests;
        else if (record.kind == Altinn::RequestKind::Agent)
            parts |= LedgerSync::Part::AgentRequests;
        else
            parts |= LedgerSync::Part::StandardRequests;
    }
    return parts;
}

void StatusFollower::walk()
{
    unschedule();
    m_walkRequested = false;
    const LedgerSync::Parts parts = partsToWalk();
    if (!parts)
        return; // nobody waits: nothing to ask Altinn
    m_lastWalkAt = now();
    ++m_walks;
    m_sync.setParts(parts);
    Q_EMIT walkStarted();
    m_sync.start();
}

void StatusFollower::walkDone(const LedgerSync::Outcome &outcome)
{
    if (outcome.cancelled)
        return;
    const bool wasPaused = m_pausedUntil >= 0;
    m_pausedUntil = -1;
    if (outcome.ok) {
        if (m_problemReported) {
            m_problemReported = false;
            Q_EMIT connectionRestored();
        }
        m_interval = outcome.changedKeys.isEmpty() ? std::min(m_interval * 2, m_intervals.maximum)
                                                   : m_intervals.initial;
    } else {
        m_interval = std::min(m_interval * 2, m_intervals.maximum);
        const std::optional<qint64> pause =
            Altinn::RetryPolicy::retryAfterMs(outcome.failure.retryAfter, QDateTime::currentDateTimeUtc());
        if (pause)
            m_pausedUntil = now() + std::min<qint64>(*pause, MaxRetryAfter.count());
        if (!m_problemReported) {
            m_problemReported = true;
            Q_EMIT connectionProblem(outcome.explanation);
        }
    }
    // The interval is measured from the start of the walk just finished.
    const qint64 startedAt = m_lastWalkAt;
    Q_EMIT walkFinished(outcome);
    if (m_pausedUntil > now())
        Q_EMIT pausedByAltinn(std::chrono::milliseconds(m_pausedUntil - now()));
    else if (wasPaused && !outcome.ok)
        Q_EMIT pausedByAltinn(std::chrono::milliseconds(0)); // still failing, but no longer asked to wait
    if (m_walkRequested) {
        m_walkRequested = false;
        walkWhenAllowed();
        return;
    }
    if (m_subscribers.isEmpty() || !partsToWalk())
        return;
    const qint64 due = std::max(startedAt + qint64(m_interval.count()), m_pausedUntil);
    schedule(std::chrono::milliseconds(std::max<qint64>(0, due - now())));
}

void StatusFollower::reschedule()
{
    if (m_subscribers.isEmpty() || m_sync.isBusy() || !partsToWalk())
        return;
    // Never sooner than the current interval after the last walk: a page shown again, or several
    // views subscribing, do not make Altinn answer more often.
    const qint64 due =
        std::max(m_lastWalkAt < 0 ? now() : m_lastWalkAt + qint64(m_interval.count()), m_pausedUntil);
    schedule(std::chrono::milliseconds(std::max<qint64>(0, due - now())));
}

void StatusFollower::schedule(std::chrono::milliseconds delay)
{
    if (m_scheduler) {
        m_scheduler(delay);
        return;
    }
    m_timer.start(delay);
}

void StatusFollower::unschedule()
{
    if (m_scheduler) {
        m_scheduler(std::chrono::milliseconds(-1));
        return;
    }
    m_timer.stop();
}

} // namespace Onboarding
