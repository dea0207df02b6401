#pragma once

#include "altinn/ApiFailure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace Onboarding {

/// Where a bulk run stands, for a progress bar and "312 of 1,000 — about 2 min left".
struct BulkProgress
{
    int total = 0;
    int finished = 0;
    int inFlight = 0;
    int created = 0; ///< new requests or change requests
    int failed = 0;
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; ///< estimate; -1 until one customer is done
    bool paused = false;
    qint64 heldForMs = 0; ///< > 0 while Altinn asked us to wait (429/503 with Retry-After)
};

/**
 * The pace of a bulk run (docs/bulk-onboarding.md), shared by BulkRequestFlow and BulkChangeRequestFlow:
 * how many customers at a time, pause and resume, Altinn's "wait" (a 429, or a 503 with Retry-After, holds
 * every slot for as long as it asks), and the time left. Knows nothing of what is sent.
 */
class BulkPacing : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 16;
    /// The longest Retry-After honoured; a longer one is cut to this (and the customer retried then).
    static constexpr int MaxHoldMs = 120'000;
    /// A customer rate-limited more often than this ends as failed ("Altinn is busy").
    static constexpr int MaxRateLimitedAttempts = 8;

    explicit BulkPacing(QObject *parent = nullptr);

    /// 1…MaxConcurrency; takes effect for the next customer started.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }

    /// A run starts: the clock runs and tick() comes five times a second until end().
    void begin();
    void end();
    bool isRunning() const { return m_running; }

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    /// May one more customer start while @p busy are in flight? False while paused or held; after a hold
    /// ready() says when to ask again.
    bool mayStart(int busy);
    /**
     * True when @p failure means Altinn did not carry the call out and asks to wait (429, or 503 with
     * Retry-After), and the customer has been limited fewer than MaxRateLimitedAttempts times (@p attempt
     * counts this one). Every slot then waits Retry-After (or a doubling backoff without it).
     */
    bool holdFor(const Altinn::ApiFailure &failure, int attempt);

    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    /// How much longer Altinn asked us to wait; 0 when not held.
    qint64 heldForMs() const;
    /// Time left for @p total customers of which @p finished are done, from the pace so far (paused time
    /// left out); -1 before the first one.
    qint64 remainingMs(int finished, int total) const;
    /// A run's progress: the counts given, with the pace's clock, pause, hold and time left.
    BulkProgress progress(int total, int finished, int created, int failed, int inFlight) const;

Q_SIGNALS:
    /// A hold ended or the run was resumed: start what may start.
    void ready();
    void tick();

private:
    int m_concurrency = DefaultConcurrency;
    bool m_running = false;
    bool m_paused = false;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    qint64 m_pausedAt = 0;
    qint64 m_holdUntil = 0; ///< m_clock time before which nothing starts
    QTimer m_holdTimer;
    QTimer m_tickTimer;
};

/**
 * The slots of a bulk run, one per customer in flight, kept for the next customer (each holds its flow
 * objects). @p Slot has a `bool busy`.
 */
template <typename Slot> class BulkSlots
{
public:
    void clear() { m_slots.clear(); }
    int busyCount() const
    {
        return int(
            std::count_if(m_slots.cbegin(), m_slots.cend(), [](const auto &slot) { return slot->busy; }));
    }
    bool anyBusy() const { return busyCount() > 0; }
    /// A slot that is not busy; a new one when all are, which @p setUp prepares (connects its flows).
    template <typename SetUp> Slot &free(SetUp setUp)
    {
        for (const auto &slot : m_slots) {
            if (!slot->busy)
                return *slot;
        }
        m_slots.push_back(std::make_unique<Slot>());
        Slot &made = *m_slots.back();
        setUp(made, int(m_slots.size()) - 1);
        return made;
    }
    auto begin() const { return m_slots.cbegin(); }
    auto end() const { return m_slots.cend(); }

private:
    std::vector<std::unique_ptr<Slot>> m_slots;
};

} // namespace Onboarding
