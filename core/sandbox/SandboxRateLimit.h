#pragma once

#include "sandbox/SandboxHttp.h"

#include <QString>
#include <QtGlobal>

#include <deque>
#include <optional>

class SandboxContext;

/**
 * The optional rate limit (setting `rateLimitPerSecond`, docs/sandbox.md#rate-limit), for rehearsing
 * backoff: at most N requests to the Altinn APIs in any one second, then 429 with Retry-After.
 *
 * One window for all callers: every client reaches the sandbox from 127.0.0.1, so the address cannot tell
 * them apart, and a sandbox normally serves one vendor's tools at a time. The window slides: the times of
 * the requests let through in the last second are kept, so a burst right after a refusal is not let
 * through at a fixed second boundary. Refused requests are not counted, so a client that waits
 * Retry-After is served again.
 */
class SandboxRateLimit
{
public:
    static constexpr qint64 WindowMs = 1000;

    /// Whether the limit counts @p path ("/authentication/api/v1/…"): the Altinn APIs (`<service>/api/…`).
    /// The control API, Maskinporten (a service of its own, which a throttled client still needs for new
    /// tokens) and the approval pages (a person in a browser) are never limited.
    static bool appliesTo(const QString &path);

    /// Counts one request at @p nowMs (a monotonic clock) against @p perSecond (> 0): nullopt when it may
    /// go ahead, else the whole seconds (at least 1) until one would be let through.
    std::optional<int> admit(int perSecond, qint64 nowMs);
    void clear() { m_admitted.clear(); }

    /// The 429 answer with Retry-After: @p retryAfterSeconds.
    static SandboxResponse tooManyRequests(const SandboxContext &context, int retryAfterSeconds);

private:
    std::deque<qint64> m_admitted; ///< when the requests of the last second were let through, oldest first
};
