#pragma once

#include "onboarding/OnboardingSummary.h"

#include <QCoreApplication>
#include <QString>

namespace Altinn {

/**
 * The Summary page's "Save report": a self-contained HTML document (inline CSS, no scripts, no
 * external resources) in the UI language. It stays within QTextDocument's subset (h1–h3, p, ul,
 * tables with border attributes, simple CSS) so the ui layer can also print it to PDF.
 *
 * Never contains secrets: the summary carries no tokens or keys, and every text is passed through
 * Redaction (JWTs and PEM keys replaced) before it is HTML-escaped.
 */
class OnboardingReport
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingReport)

public:
    OnboardingReport() = delete;

    static QString html(const OnboardingSummary &summary);
    /// "onboarding-991825827_demo-2026-03-02.<extension>": safe on every file system.
    static QString suggestedFileName(const OnboardingSummary &summary, const QString &extension);
};

} // namespace Altinn
