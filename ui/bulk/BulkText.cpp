#include "bulk/BulkText.h"

#include <QPalette>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

QString BulkText::duration(qint64 ms, const QLocale &locale)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    return tr("%1 h %2 min").arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
}

QString BulkText::progressLine(const Onboarding::BulkProgress &progress, const QLocale &locale)
{
    const QString done = locale.toString(progress.finished);
    const QString total = locale.toString(progress.total);
    if (progress.remainingMs < 0 || progress.finished >= progress.total)
        return tr("%1 of %2").arg(done, total);
    return tr("%1 of %2 — about %3 left").arg(done, total, duration(progress.remainingMs, locale));
}

QString BulkText::orgNumber(const QString &orgNo)
{
    if (orgNo.size() != 9)
        return orgNo;
    return orgNo.left(3) + u' ' + orgNo.mid(3, 3) + u' ' + orgNo.right(3);
}

QString BulkText::customer(const QString &name, const QString &orgNo)
{
    if (name.trimmed().isEmpty())
        return orgNumber(orgNo);
    return tr("%1 (%2)").arg(name.trimmed(), orgNumber(orgNo));
}

QString BulkText::outcomeLabel(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Created:
        return tr("Request sent");
    case OutcomeKind::AlreadyWaiting:
        return tr("Was waiting already");
    case OutcomeKind::FoundAfterInterruption:
        return tr("Found after the interruption");
    case OutcomeKind::HasSystemUser:
        return tr("Has the system user already");
    case OutcomeKind::NeedsAskingAgain:
        return tr("Must be asked again");
    case OutcomeKind::Failed:
        break;
    }
    return tr("Failed");
}

bool BulkText::isProblem(OutcomeKind kind)
{
    return kind == OutcomeKind::Failed || kind == OutcomeKind::NeedsAskingAgain;
}

QList<BulkText::OutcomeKind> BulkText::outcomeKinds()
{
    return {OutcomeKind::Created, OutcomeKind::FoundAfterInterruption, OutcomeKind::AlreadyWaiting,
        OutcomeKind::HasSystemUser, OutcomeKind::NeedsAskingAgain, OutcomeKind::Failed};
}

QColor BulkText::severityColour(const QPalette &palette, bool error)
{
    // The same hues as the style sheet's field messages on a light base, lighter ones on a dark base.
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    if (error)
        return darkBase ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x16, 0x1a);
    return darkBase ? QColor(0xff, 0xc8, 0x5c) : QColor(0x7a, 0x4b, 0x00);
}
