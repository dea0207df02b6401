#pragma once

#include "altinn/Environment.h"
#include "onboarding/OnboardingSummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace Altinn {

/**
 * The "what is pending" and "what to do next" lists of the Summary page and the onboarding report,
 * worked out from what was done (OnboardingSummary) and a few facts about the system. Plain sentences
 * in the UI language; approval links are included (they are not secret — the customer opens them).
 */
class OnboardingAdvice
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingAdvice)

public:
    OnboardingAdvice() = delete;

    /// What the summary alone does not say.
    struct Facts
    {
        Environment::Kind environment = Environment::Kind::Sandbox;
        bool systemPublished = false; ///< the registered system matches the draft
        QStringList clientIds; ///< of the registered system
    };

    /// Requests waiting for the customer (with their links), expired or rejected ones.
    static QStringList pendingItems(const OnboardingSummary &summary);
    /// The next things to do, most urgent first; always ends with onboarding the next customer once the
    /// system is published.
    static QStringList nextSteps(const OnboardingSummary &summary, const Facts &facts);
    /// pendingItems() and nextSteps() filled into @p summary.
    static void fill(OnboardingSummary &summary, const Facts &facts);
};

} // namespace Altinn
