#include "wizard/RelativeTimeText.h"

QString RelativeTimeText::since(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return tr("at an unknown time");
    const qint64 seconds = moment.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    // Up to two days, hours say more than "1 day".
    if (hours < 48)
        return tr("%n hour(s) ago", nullptr, int(hours));
    return tr("%n day(s) ago", nullptr, int(hours / 24));
}
