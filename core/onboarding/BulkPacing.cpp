#include "onboarding/BulkPacing.h"

#include "net/RetryPolicy.h"

#include <algorithm>

namespace Onboarding {

BulkPacing::BulkPacing(QObject *parent)
    : QObject(parent)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &BulkPacing::ready);
    m_tickTimer.setInterval(200);
    connect(&m_tickTimer, &QTimer::timeout, this, &BulkPacing::tick);
}

void BulkPacing::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, MaxConcurrency);
}

void BulkPacing::begin()
{
    m_running = true;
    m_paused = false;
    m_pausedMs = 0;
    m_holdUntil = 0;
    m_clock.start();
    m_tickTimer.start();
}

void BulkPacing::end()
{
    m_running = false;
    m_paused = false;
    m_holdTimer.stop();
    m_tickTimer.stop();
}

void BulkPacing::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_pausedAt = m_clock.elapsed();
}

void BulkPacing::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_pausedMs += m_clock.elapsed() - m_pausedAt;
    Q_EMIT ready();
}

bool BulkPacing::mayStart(int busy)
{
    if (!m_running || m_paused || busy >= m_concurrency)
        return false;
    const qint64 now = m_clock.elapsed();
    if (now < m_holdUntil) {
        if (!m_holdTimer.isActive())
            m_holdTimer.start(int(m_holdUntil - now));
        return false;
    }
    return true;
}

bool BulkPacing::holdFor(const Altinn::ApiFailure &failure, int attempt)
{
    const int status = failure.httpStatus();
    const bool busy = status == 429 || (status == 503 && !failure.retryAfter.isEmpty());
    if (!busy || attempt > MaxRateLimitedAttempts)
        return false;
    // Retry-After when given (capped), else the same doubling backoff the transport uses for GETs.
    Altinn::RetryPolicy policy;
    policy.maxDelayMs = MaxHoldMs;
    const int delayMs = std::max(1000, policy.delayMs(attempt, failure.retryAfter));
    const qint64 until = m_clock.elapsed() + delayMs;
    if (until > m_holdUntil) {
        m_holdUntil = until;
        m_holdTimer.start(delayMs);
    }
    return true;
}

qint64 BulkPacing::heldForMs() const
{
    return m_clock.isValid() ? std::max<qint64>(0, m_holdUntil - m_clock.elapsed()) : 0;
}

qint64 BulkPacing::remainingMs(int finished, int total) const
{
    if (finished <= 0 || !m_clock.isValid())
        return -1;
    const qint64 now = m_clock.elapsed();
    const qint64 working = now - m_pausedMs - (m_paused ? now - m_pausedAt : 0);
    if (working <= 0)
        return -1;
    const double perCustomerMs = double(working) / finished;
    return qint64(perCustomerMs * (total - finished)) + heldForMs();
}

BulkProgress BulkPacing::progress(int total, int finished, int created, int failed, int inFlight) const
{
    BulkProgress progress;
    progress.total = total;
    progress.finished = finished;
    progress.created = created;
    progress.failed = failed;
    progress.inFlight = inFlight;
    progress.paused = isPaused();
    progress.elapsedMs = elapsedMs();
    progress.heldForMs = heldForMs();
    progress.remainingMs = remainingMs(finished, total);
    return progress;
}

} // namespace Onboarding
