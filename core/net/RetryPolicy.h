#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Altinn {

/// When and how long to wait before repeating an idempotent request (network errors, 429, 5xx).
struct RetryPolicy
{
    int maxAttempts = 3; ///< including the first
    int initialDelayMs = 500; ///< doubled per attempt
    int maxDelayMs = 8000; ///< also caps Retry-After
    /// Retry a GET/HEAD that answered @p status (0 = no answer) on attempt @p attempt (1-based)?
    bool shouldRetry(int status, int attempt) const;
    /// Delay before attempt @p attempt + 1: Retry-After (seconds or HTTP date) when given, else backoff.
    int delayMs(int attempt, const QByteArray &retryAfter) const;
    /// The same, with @p now as the current time (for a Retry-After date).
    int delayMs(int attempt, const QByteArray &retryAfter, const QDateTime &now) const;

    /// An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, RFC 850 or asctime) as UTC; invalid when it is none.
    static QDateTime parseHttpDate(const QByteArray &value);
};

} // namespace Altinn
