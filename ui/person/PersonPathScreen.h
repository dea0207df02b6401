#pragma once

#include "onboarding/IdPortenLoginFlow.h"

#include <QPointer>
#include <QWidget>

class PathComparisonDialog;
class PathSideBySideSection;
class PersonInstanceSection;
class PersonIntroSection;
class PersonLoginSection;
class QScrollArea;
class WizardContext;

/**
 * "Log in as a person (ID-porten)" from the home screen (`--open person`): the other way an end-user
 * system talks to an Altinn app, beside system users. Sections top to bottom: what it is (with "Which way
 * fits your system?"), the login, an instance created as the person, and the same with the customer's
 * system user side by side. Built on first use by the main window; Escape or the context bar's back button
 * returns to the start screen, and what was done here stays until the session changes.
 */
class PersonPathScreen : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPathScreen(WizardContext *context, QWidget *parent = nullptr);

    /// The login's browser (QDesktopServices::openUrl unless a test plays it).
    void setBrowserOpener(Onboarding::IdPortenLoginFlow::BrowserOpener opener);

    /// "Which way fits your system?" (opened once, raised when open).
    void openComparison();
    /// The comparison while it is open, else null.
    PathComparisonDialog *comparisonDialog() const;

    /// Where the keyboard starts when the screen is shown: the login.
    void focusFirst();

    PersonIntroSection *introSection() const { return m_intro; }
    PersonLoginSection *loginSection() const { return m_login; }
    PersonInstanceSection *instanceSection() const { return m_instance; }
    PathSideBySideSection *sideBySideSection() const { return m_sideBySide; }

Q_SIGNALS:
    /// Escape: back to the start screen.
    void backRequested();

private:
    void loginChanged();
    void scrollTo(QWidget *widget);

    PersonIntroSection *m_intro;
    PersonLoginSection *m_login;
    PersonInstanceSection *m_instance;
    PathSideBySideSection *m_sideBySide;
    QScrollArea *m_scrollArea = nullptr;
    QPointer<PathComparisonDialog> m_comparison;
};
