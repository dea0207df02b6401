#pragma once

#include "wizard/OnboardingWizard.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * The screens the wizard can open at start (`systemuser-wizard --open NAME`): the home screen, each of
 * the eight wizard pages, the customers screen and the person screen, by a short English name that stays the
 * same in every language (scripts and documentation use it).
 */
class StartScreen
{
public:
    enum class Kind { Home, WizardPage, Customers, Person };

    Kind kind = Kind::Home;
    OnboardingWizard::PageId page = OnboardingWizard::PageId::Profile; ///< for Kind::WizardPage

    /// "home", "profile", "maskinporten", "system", "publish", "request", "approval", "token", "summary",
    /// "customers", "person", in the order of the flow.
    static QStringList names();
    /// The screen @p name names (case and surrounding spaces ignored); nullopt when unknown.
    static std::optional<StartScreen> fromName(const QString &name);
};
