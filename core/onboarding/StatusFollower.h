#pragma once

#include "altinn/ErrorExplainer.h"
#include "onboarding/LedgerSync.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class CustomerLedger;

namespace Onboarding {

/**
 * Follows every waiting customer of one ledger through the list endpoints (LedgerSync with only the
 * lists those customers need), instead of one poller per page (docs/customer-ledger.md):
 *
 * - at most one walk in flight;
 * - the wait between walks starts at 2 s and doubles up to 60 s while nothing changes; it goes back
 *   to 2 s only when a walk found a change or on a user action (followNow(), or wake() after the
 *   person sent a request) — never because a page was shown again;
 * - a failed walk (429, 5xx, no network) doubles the wait like "no change" (the transport has
 *   already honoured Retry-After for the GETs it retried); when the last answer still asked for a pause
 *   (Retry-After), no walk comes before it ends — not even on "Check now" — up to MaxRetryAfter;
 * - it runs only while someone subscribed and someone waits: views subscribe() while they are shown.
 *
 * A clock and a scheduler can be given (tests count calls against a fake clock).
 */
class StatusFollower : public QObject
{
    Q_OBJECT

public:
    /// The longest pause a Retry-After holds following up: a longer one is more likely a proxy's mistake
    /// than a plan, and the walk after it reads a new Retry-After anyway.
    static constexpr std::chrono::milliseconds MaxRetryAfter{15 * 60 * 1000};

    struct Intervals
    {
        std::chrono::milliseconds initial{2000};
        std::chrono::milliseconds maximum{60000};
    };
    /// Milliseconds since some fixed point.
    using Clock = std::function<qint64()>;
    /// Arranges for tick() after @p delay; a later call replaces an earlier one; a negative delay cancels.
    using Scheduler = std::function<void(std::chrono::milliseconds delay)>;

    StatusFollower(CustomerLedger *ledger, LedgerClients clients, QObject *parent = nullptr);
    ~StatusFollower() override;

    CustomerLedger *ledger() const { return m_ledger; }
    void setIntervals(Intervals intervals);
    Intervals intervals() const { return m_intervals; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }

    /// Follows while @p subscriber lives and until unsubscribe(); the first subscriber starts it.
    void subscribe(QObject *subscriber);
    void unsubscribe(QObject *subscriber);
    bool isFollowing() const { return !m_subscribers.isEmpty(); }

    bool isWalking() const { return m_sync.isBusy(); }
    /// The wait before the next walk (after the one in flight, if any).
    std::chrono::milliseconds nextInterval() const { return m_interval; }
    /// Until when (on the clock) Altinn asked for a pause with Retry-After; -1 when it did not.
    qint64 pausedUntil() const { return m_pausedUntil; }
    int walks() const { return m_walks; }

public Q_SLOTS:
    /// The person asked ("Check now"): walk now with the backoff back at its start.
    void followNow();
    /// Something was sent or changed by the person: start again at the short interval.
    void wake();
    /// The scheduled time has come (called by the timer or a test's scheduler).
    void tick();

Q_SIGNALS:
    void walkStarted();
    void walkFinished(const Onboarding::LedgerSync::Outcome &outcome);
    /// Once per outage; following goes on with backoff.
    void connectionProblem(const Altinn::Explanation &explanation);
    /// Altinn asked for a pause (Retry-After): no walk for @p pause, "Check now" included. Zero: a pause
    /// asked for earlier is over while Altinn still cannot be reached.
    void pausedByAltinn(std::chrono::milliseconds pause);
    void connectionRestored();

private:
    void walk();
    /// Walks now, or when Altinn's Retry-After pause ends.
    void walkWhenAllowed();
    void walkDone(const LedgerSync::Outcome &outcome);
    void schedule(std::chrono::milliseconds delay);
    void unschedule();
    void reschedule();
    qint64 now() const;
    LedgerSync::Parts partsToWalk() const;

    CustomerLedger *m_ledger;
    LedgerSync m_sync;
    Intervals m_intervals;
    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    Clock m_clock;
    Scheduler m_scheduler;
    QSet<QObject *> m_subscribers;
    QList<QMetaObject::Connection> m_subscriberConnections;
    qint64 m_lastWalkAt = -1;
    bool m_walkRequested = false; ///< followNow() during a walk: walk again right after it
    qint64 m_pausedUntil = -1; ///< the last failed walk's Retry-After, on the clock
    bool m_problemReported = false;
    int m_walks = 0;
};

} // namespace Onboarding
