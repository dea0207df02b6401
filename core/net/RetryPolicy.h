#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Altinn {

/// When and how long to wait before repeating an idempotent request (network errors, 429, 5xx).
struct RetryPolicy
{
    /// The longest wait a Retry-After is read as (a day): a server may send any number, and a wait in
    /// milliseconds must stay far from the integer limits whatever it sent.
    static constexpr qint64 MaxRetryAfterMs = qint64(24) * 60 * 60 * 1000;

    int maxAttempts = 3; ///< including the first
    int initialDelayMs = 500; ///< doubled per attempt
    int maxDelayMs = 8000; ///< also caps Retry-After
    /// Retry a GET/HEAD that answered @p status (0 = no answer) on attempt @p attempt (1-based)?
    bool shouldRetry(int status, int attempt) const;
    /// Delay before attempt @p attempt + 1: Retry-After (seconds or HTTP date) when given, else backoff;
    /// never more than maxDelayMs, never negative.
    int delayMs(int attempt, const QByteArray &retryAfter) const;
    /// The same, with @p now as the current time (for a Retry-After date).
    int delayMs(int attempt, const QByteArray &retryAfter, const QDateTime &now) const;

    /**
     * The wait a Retry-After value asks for (RFC 9110 §10.2.3: delay-seconds or an HTTP-date), in
     * milliseconds from @p now, saturated to 0…MaxRetryAfterMs — "9223372036854775807" is a day, a date in
     * the past is 0. nullopt when the value is neither form (empty, "-5", "soon").
     */
    static std::optional<qint64> retryAfterMs(const QByteArray &retryAfter, const QDateTime &now);

    /// An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, RFC 850 or asctime) as UTC; invalid when it is none.
    static QDateTime parseHttpDate(const QByteArray &value);
};

} // namespace Altinn
