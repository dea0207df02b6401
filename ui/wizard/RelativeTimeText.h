#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// How long ago something happened, in the UI language ("just now", "5 minutes ago", "3 days ago").
class RelativeTimeText
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTimeText)

public:
    RelativeTimeText() = delete;

    /// Time from @p moment to @p now; a moment in the future (clock skew) counts as "just now".
    static QString since(const QDateTime &moment, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
