#include "net/RetryPolicy.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

bool RetryPolicy::shouldRetry(int status, int attempt) const
{
    if (attempt >= maxAttempts)
        return false;
    // 501 and 505 say the server will never do it; the others are passing overload or outage.
    return status == 0 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter) const
{
    return delayMs(attempt, retryAfter, QDateTime::currentDateTimeUtc());
}

int RetryPolicy::delayMs(int attempt, const QByteArray &retryAfter, const QDateTime &now) const
{
    const qint64 cap = std::max(maxDelayMs, 0);
    if (const std::optional<qint64> asked = retryAfterMs(retryAfter, now))
        return static_cast<int>(std::min(*asked, cap));
    qint64 delay = std::max(initialDelayMs, 0);
    for (int i = 1; i < attempt && delay < cap; ++i)
        delay *= 2;
    return static_cast<int>(std::min(delay, cap));
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &retryAfter, const QDateTime &now)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Digit by digit, stopping at the cap: any length of digits is a wait, and "seconds * 1000" on
        // whatever number was sent must not overflow (a negative wait made the retry timer never fire).
        qint64 seconds = 0;
        for (const char digit : value) {
            seconds = seconds * 10 + (digit - '0');
            if (seconds * 1000 >= MaxRetryAfterMs)
                return MaxRetryAfterMs;
        }
        return seconds * 1000;
    }
    if (const QDateTime date = parseHttpDate(value); date.isValid())
        return std::clamp<qint64>(now.msecsTo(date), 0, MaxRetryAfterMs);
    return std::nullopt;
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    // IMF-fixdate first (what every current server sends), then the two obsolete forms.
    static const QString formats[] = {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s,
        u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s};
    for (const QString &format : formats) {
        QDateTime date = QLocale::c().toDateTime(text, format);
        if (date.isValid()) {
            // Two-digit RFC 850 years are read as 19xx by Qt; nobody sends dates from the last century.
            if (date.date().year() < 1970)
                date = date.addYears(100);
            date.setTimeSpec(Qt::UTC);
            return date;
        }
    }
    return {};
}

} // namespace Altinn
