#include "sandbox/SandboxRateLimit.h"

#include "sandbox/SandboxContext.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

bool SandboxRateLimit::appliesTo(const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    return segments.size() >= 2 && segments.at(0).compare(u"sandbox"_s, Qt::CaseInsensitive) != 0
        && segments.at(1).compare(u"api"_s, Qt::CaseInsensitive) == 0;
}

std::optional<int> SandboxRateLimit::admit(int perSecond, qint64 nowMs)
{
    while (!m_admitted.empty() && m_admitted.front() <= nowMs - WindowMs)
        m_admitted.pop_front();
    const auto allowed = static_cast<std::size_t>(std::max(perSecond, 1));
    if (m_admitted.size() < allowed) {
        m_admitted.push_back(nowMs);
        return std::nullopt;
    }
    // A limit lowered meanwhile leaves more in the window than it allows: the surplus has to age out first.
    const qint64 freeAtMs = m_admitted.at(m_admitted.size() - allowed) + WindowMs;
    const qint64 waitMs = std::max<qint64>(1, freeAtMs - nowMs);
    return static_cast<int>(
        (waitMs + 999) / 1000); // whole seconds, rounded up, so a client that waits is served
}

SandboxResponse SandboxRateLimit::tooManyRequests(const SandboxContext &context, int retryAfterSeconds)
{
    // Altinn documents no rate limit, so the real body is unknown. The sandbox answers as the service's
    // ASP.NET pipeline answers a bare status: its default problem (title "Too Many Requests", status,
    // traceId; .NET has no `type` for 429), which clients already parse. A gateway in front of the real
    // service might send another body; clients should rely on the status and Retry-After only.
    SandboxResponse response = context.aspNetProblem(429);
    response.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}
