#pragma once

#include "model/SystemDefinition.h"
#include "workspace/Profile.h"

#include <QCoreApplication>
#include <QString>

namespace Onboarding {

/**
 * The guided demo's data and narration (docs/guided-demo.md), widget-free so a command line could tell
 * the same story: the demo vendor and customer of the sandbox's register, the demo profile (a key for this
 * run only), the demo system with its texts in nb/nn/en, and for each of the eight steps — one per page
 * of the wizard — what happens, why, what Altinn or Maskinporten does and what the customer sees.
 */
class DemoScenario
{
    Q_DECLARE_TR_FUNCTIONS(DemoScenario)

public:
    static constexpr int StepCount = 8;

    /// One step's narration, translated into the current language.
    struct Step
    {
        QString title;
        QString now; ///< what happens now
        QString why;
        QString service; ///< what Altinn or Maskinporten does
        QString customer; ///< what the customer will see
    };

    /// The id of the demo profile: the demo never touches the user's own profiles.
    static QString profileId();
    /// The vendor the demo acts as, an organisation of the sandbox's register.
    static QString vendorOrgNumber();
    /// The customer the demo asks, an organisation of the sandbox's register.
    static QString customerOrgNumber();
    static QString systemId();
    /// The right the demo system asks for: an Altinn app, so page 7 can create an instance of it.
    static QString appResourceId();
    /// Where the customer returns after approving (an example domain).
    static QString redirectUrl();

    /// A new demo profile: the sandbox, the demo vendor, a key kept for this run only.
    static Profile profile();
    /// The demo system, listing the Maskinporten client @p clientId.
    static Altinn::SystemDefinition system(const QString &clientId);
    /// An external reference of its own for each run: the sandbox keeps system users between runs.
    static QString newExternalRef();

    /// Step @p number (1 to StepCount); empty texts outside that range.
    static Step step(int number);
};

} // namespace Onboarding
