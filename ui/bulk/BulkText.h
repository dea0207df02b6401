#pragma once

#include "onboarding/BulkRequestFlow.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPalette;

/**
 * The words and numbers the bulk dialogs share: durations ("about 2 min"), progress lines ("312 of
 * 1,000 — about 2 min left"), organisation numbers as people read them ("974 760 673") and each
 * bulk outcome in plain words. Numbers always in the locale of the chosen language.
 */
class BulkText
{
    Q_DECLARE_TR_FUNCTIONS(BulkText)

public:
    using OutcomeKind = Onboarding::BulkRequestFlow::CustomerOutcome::Kind;

    BulkText() = delete;

    /// "45 s", "3 min", "1 h 20 min" (rounded up, never "0 s").
    static QString duration(qint64 ms, const QLocale &locale);
    /// "312 of 1,000 — about 2 min left", or "312 of 1,000" while no estimate exists.
    static QString progressLine(const Onboarding::BulkProgress &progress, const QLocale &locale);
    /// "974 760 673" for nine digits; anything else as it is.
    static QString orgNumber(const QString &orgNo);
    /// "Kunde AS (974 760 673)", or the formatted number alone without a name.
    static QString customer(const QString &name, const QString &orgNo);
    /// A short label for an outcome kind ("Sent", "Already waiting", …), translated.
    static QString outcomeLabel(OutcomeKind kind);
    /// Failed, or needs a person to act (asked before and rejected): what "only problems" shows.
    static bool isProblem(OutcomeKind kind);
    /// Every outcome kind, in the order summaries list them.
    static QList<OutcomeKind> outcomeKinds();

    /// A text colour for errors (red) or warnings (amber) readable on @p palette's base, light or dark.
    static QColor severityColour(const QPalette &palette, bool error);
};
