#pragma once

#include "home/HomePage.h"
#include "wizard/OnboardingWizard.h"

#include <QMainWindow>
#include <QPointer>

class ActivityLogView;
class AppSettings;
class ContextBar;
class CustomersScreen;
class PersonPathScreen;
class DemoConductor;
class PresenterMode;
class ProductionBand;
class QDockWidget;
class QStackedWidget;
class QVBoxLayout;
class SandboxHost;
class Translator;
class WizardContext;

/**
 * The application window: a context bar (profile, environment, language), the production band when
 * the profile works in production, and below them the home screen or the onboarding wizard. Changing
 * the language takes effect at once and is remembered.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p sandbox is the in-process sandbox (may be null); the context bar follows its state. It is started
    /// on demand (SandboxHost::startWhenNeeded): by startSandboxIfProfileNeedsIt(), leaving the home page, a
    /// page.
    MainWindow(Translator &translator, AppSettings &settings, SandboxHost *sandbox = nullptr,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    HomePage *homePage() const { return m_homePage; }
    WizardContext *wizardContext() const { return m_context; }
    /// The wizard while it is shown, else null.
    OnboardingWizard *wizard() const { return m_wizard; }

    /// Starts the sandbox when the current profile works in it (main: after the first frame). Without a
    /// profile, or with a TT02 or production one, it waits until something needs it.
    void startSandboxIfProfileNeedsIt();
    /// Enters the wizard for @p task, as the home screen's cards do.
    void startTask(HomePage::Task task);
    /// Enters the wizard where the user left off ("Continue where you left off").
    void resume();
    /// Back to the home screen (the wizard is closed; drafts are kept).
    void showHome();
    /// The customers of the current profile's system ("Check a customer's system user").
    void showCustomers();
    /// "Log in as a person (ID-porten)": the person path beside system users.
    void showPerson();
    /**
     * Opens the screen StartScreen::fromName(@p name) names (`--open`): home, a wizard page or the
     * customers. Starts the built-in sandbox if the screen may need it and waits for it to answer first, so
     * pages show their content rather than "starting". False when the name is unknown.
     */
    bool openScreen(const QString &name);
    /// The customers screen, built on first use.
    CustomersScreen *customersScreen();
    /// The person screen, built on first use.
    PersonPathScreen *personScreen();
    /// Presenter mode (larger text, identifiers masked); its toggle is in the context bar.
    PresenterMode *presenterMode() const { return m_presenter; }
    /// The guided demo (its band shows above the wizard while it runs), built on first use.
    DemoConductor *demo();
    /// The activity log dock (every HTTP call, redacted); hidden until asked for.
    QDockWidget *activityDock() const { return m_activityDock; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActivityDock();
    /// Every screen but home may need the sandbox, unless the profile works in TT02 or production.
    void startSandboxOffHome();
    void retranslateUi();
    void updateResumeOffer();
    OnboardingWizard *openWizard();
    /// Removes the wizard from the window (drafts are flushed first).
    void closeWizard();

    Translator &m_translator;
    AppSettings &m_settings;
    QWidget *m_central;
    QVBoxLayout *m_centralLayout = nullptr;
    QStackedWidget *m_pages;
    HomePage *m_homePage;
    WizardContext *m_context;
    ProductionBand *m_productionBand = nullptr;
    QPointer<OnboardingWizard> m_wizard;
    CustomersScreen *m_customersScreen = nullptr;
    PersonPathScreen *m_personScreen = nullptr;
    DemoConductor *m_demo = nullptr;
    PresenterMode *m_presenter = nullptr;
    QDockWidget *m_activityDock = nullptr;
    ActivityLogView *m_activityView = nullptr;
    ContextBar *m_contextBar = nullptr;
    SandboxHost *m_sandbox;
};
