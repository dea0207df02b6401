#include "shell/MainWindow.h"

#include "activity/ActivityLogView.h"
#include "bulk/ApprovalNotifier.h"
#include "common/ScreenMasking.h"
#include "customers/CustomersView.h"
#include "demo/DemoConductor.h"
#include "demo/DemoNarrationPanel.h"
#include "home/HomePage.h"
#include "i18n/Translator.h"
#include "model/SystemUserRequestResponse.h"
#include "person/PersonPathScreen.h"
#include "sandbox/SandboxHost.h"
#include "shell/AboutDialog.h"
#include "shell/ContextBar.h"
#include "shell/CustomersScreen.h"
#include "shell/PresenterMode.h"
#include "shell/StartScreen.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/ProductionBand.h"
#include "wizard/WizardContext.h"
#include "workspace/AppSettings.h"
#include "workspace/DraftStore.h"

#include <QDockWidget>
#include <QEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(Translator &translator, AppSettings &settings, SandboxHost *sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_translator(translator)
    , m_settings(settings)
    // Each screen is made in its final parent: moving a polished widget to another parent polishes its whole
    // subtree again under the style sheet (for the home page, 5 % of the start-up's instructions).
    , m_central(new QWidget(this))
    , m_pages(new QStackedWidget(m_central))
    , m_homePage(new HomePage(m_pages))
    , m_context(new WizardContext(this))
    , m_sandbox(sandbox)
{
    setObjectName(u"mainWindow"_s);
    m_context->setLanguage(m_translator.language());

    m_presenter = new PresenterMode(m_settings, this);
    m_contextBar = new ContextBar(m_translator, m_settings, m_context, m_sandbox, m_presenter, m_central);
    connect(m_contextBar, &ContextBar::homeRequested, this, &MainWindow::showHome);
    connect(m_contextBar, &ContextBar::message, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });

    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_homePage);
    m_productionBand = new ProductionBand(m_context, m_central);

    m_centralLayout = new QVBoxLayout(m_central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    m_centralLayout->addWidget(m_contextBar);
    m_centralLayout->addWidget(m_productionBand);
    m_centralLayout->addWidget(m_pages, 1);
    setCentralWidget(m_central);
    buildActivityDock();
    // Customers approving while the app runs are summarised once, not one message each.
    new ApprovalNotifier(m_context, this);

    if (m_sandbox) {
        if (m_sandbox->isRunning())
            m_context->setSandboxBaseUrl(m_sandbox->baseUrl());
        connect(m_sandbox, &SandboxHost::started, this,
            [this](const QUrl &baseUrl) { m_context->setSandboxBaseUrl(baseUrl); });
        connect(m_sandbox, &SandboxHost::failed, this,
            [this](const QString &reason) { m_context->setSandboxFailure(reason); });
        // The sandbox starts on demand: when a sandbox profile becomes current (WizardContext asks), when the
        // user leaves the home page without a profile or with a sandbox one, or a page asks for it.
        connect(m_context, &WizardContext::sandboxWanted, m_sandbox, &SandboxHost::startWhenNeeded);
        connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
            if (m_pages->currentWidget() != m_homePage)
                startSandboxOffHome();
        });
    }
    // Customers' organisation numbers are real outside the sandbox: presenter mode masks them there.
    const auto maskOrganisationNumbers = [this] {
        ScreenMasking::instance()->setMaskOrganisationNumbers(
            m_context->hasProfile() && m_context->profile().environment != u"sandbox");
    };
    maskOrganisationNumbers();
    connect(m_context, &WizardContext::profileChanged, this, maskOrganisationNumbers);
    connect(m_context->drafts(), &DraftStore::saveFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_homePage, &HomePage::taskActivated, this, &MainWindow::startTask);
    connect(m_homePage, &HomePage::resumeRequested, this, &MainWindow::resume);
    connect(m_homePage, &HomePage::aboutRequested, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    resize(1040, 760);
    setMinimumSize(760, 560);
    retranslateUi();
    updateResumeOffer();
    if (!m_context->profileLoadError().isEmpty())
        statusBar()->showMessage(m_context->profileLoadError());
}

MainWindow::~MainWindow()
{
    // The screens and the dock use the wizard context. Left to QObject, the context would go first (it was
    // made first), and its session, going with it, would call into screens still standing.
    delete m_activityDock;
    delete takeCentralWidget();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("System User Wizard"));
    updateResumeOffer();
    m_activityDock->setWindowTitle(tr("Activity log"));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::updateResumeOffer()
{
    const auto point = m_context->drafts()->resumePoint();
    QString description;
    if (point) {
        const QString page = OnboardingWizard::pageName(static_cast<OnboardingWizard::PageId>(point->page));
        if (point->profileId.isEmpty()) {
            description = tr("You were creating a new profile.");
        } else if (const auto profile = m_context->profileStore().find(point->profileId)) {
            description = tr("“%1” for the profile %2.").arg(page, profile->name);
        }
    }
    m_homePage->setResumeOffer(description);
}

OnboardingWizard *MainWindow::openWizard()
{
    closeWizard();
    auto *wizard = new OnboardingWizard(m_context, m_pages);
    m_wizard = wizard;
    m_pages->addWidget(wizard);
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        if (m_wizard == wizard)
            showHome();
    });
    m_pages->setCurrentWidget(wizard);
    m_presenter->attach(wizard);
    m_contextBar->setHomeButtonVisible(true);
    wizard->show();
    return wizard;
}

CustomersScreen *MainWindow::customersScreen()
{
    // Built on first use, not at start: most starts never show it (docs/performance.md#start-up).
    if (m_customersScreen)
        return m_customersScreen;
    m_customersScreen = new CustomersScreen(m_context, m_pages);
    m_pages->addWidget(m_customersScreen);
    connect(m_customersScreen, &CustomersScreen::setUpSystemRequested, this,
        [this] { startTask(HomePage::Task::SetUpSystem); });
    connect(m_customersScreen->view(), &CustomersView::testTokenWanted, this,
        [this](const QString &customerOrg, const QString &externalRef) {
            openWizard()->testTokenFor(customerOrg, externalRef);
        });
    connect(m_customersScreen->view(), &CustomersView::changeRequestWanted, this,
        [this](const CustomerRecord &customer) {
            openWizard()->changeRequestFor(customer.orgNo, customer.externalRef);
        });
    return m_customersScreen;
}

DemoConductor *MainWindow::demo()
{
    // Built on first use, like the customers screen: its band's 17 widgets would be polished before the first
    // frame although most starts never show them.
    if (m_demo)
        return m_demo;
    // The guided demo's narration: a band above the wizard, shown only while the demo runs.
    auto *panel = new DemoNarrationPanel(m_central);
    m_centralLayout->insertWidget(m_centralLayout->indexOf(m_pages), panel);
    m_demo = new DemoConductor(m_context, panel, this);
    connect(
        m_demo, &DemoConductor::restartRequested, this, [this] { startTask(HomePage::Task::GuidedDemo); });
    return m_demo;
}

PersonPathScreen *MainWindow::personScreen()
{
    // Built on first use, like the customers screen.
    if (m_personScreen)
        return m_personScreen;
    m_personScreen = new PersonPathScreen(m_context, m_pages);
    m_pages->addWidget(m_personScreen);
    connect(m_personScreen, &PersonPathScreen::backRequested, this, &MainWindow::showHome);
    return m_personScreen;
}

void MainWindow::buildActivityDock()
{
    // The dock is cheap; the view with its table and filters is built when the dock is first shown.
    m_activityDock = new QDockWidget(this);
    m_activityDock->setObjectName(u"activityDock"_s);
    m_activityDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
    connect(m_contextBar->activityButton(), &QPushButton::toggled, m_activityDock, [this](bool shown) {
        if (shown && !m_activityView) {
            m_activityView = new ActivityLogView(m_activityDock);
            m_activityView->setActivityLog(m_context->activityLog());
            m_activityDock->setWidget(m_activityView);
        }
        m_activityDock->setVisible(shown);
    });
    connect(m_activityDock, &QDockWidget::visibilityChanged, m_contextBar->activityButton(),
        [this](bool visible) {
            // Closing the dock with its own button leaves it hidden; a tab switch only hides it for a moment.
            if (!visible && !m_activityDock->isHidden())
                return;
            m_contextBar->activityButton()->setChecked(visible);
        });
}

void MainWindow::closeWizard()
{
    if (m_demo)
        m_demo->stop();
    if (!m_wizard)
        return;
    OnboardingWizard *wizard = m_wizard;
    m_wizard = nullptr;
    m_context->drafts()->flush();
    m_pages->removeWidget(wizard);
    wizard->deleteLater();
}

void MainWindow::showCustomers()
{
    closeWizard();
    m_pages->setCurrentWidget(customersScreen());
    m_contextBar->setHomeButtonVisible(true);
    m_customersScreen->refresh();
}

void MainWindow::showPerson()
{
    closeWizard();
    m_pages->setCurrentWidget(personScreen());
    m_contextBar->setHomeButtonVisible(true);
    m_personScreen->focusFirst();
}

bool MainWindow::openScreen(const QString &name)
{
    const std::optional<StartScreen> screen = StartScreen::fromName(name);
    if (!screen)
        return false;
    if (screen->kind != StartScreen::Kind::Home)
        startSandboxOffHome();
    if (m_sandbox && m_sandbox->isStarting()) {
        connect(
            m_sandbox, &SandboxHost::started, this, [this, name] { openScreen(name); },
            Qt::SingleShotConnection);
        return true;
    }
    if (screen->kind == StartScreen::Kind::Home)
        showHome();
    else if (screen->kind == StartScreen::Kind::Customers)
        showCustomers();
    else if (screen->kind == StartScreen::Kind::Person)
        showPerson();
    else
        openWizard()->openAt(screen->page);
    return true;
}

void MainWindow::startSandboxIfProfileNeedsIt()
{
    if (m_sandbox && m_context->hasProfile() && m_context->profileUsesSandbox())
        m_sandbox->startWhenNeeded();
}

void MainWindow::startSandboxOffHome()
{
    if (m_sandbox && m_context->profileUsesSandbox())
        m_sandbox->startWhenNeeded();
}

void MainWindow::startTask(HomePage::Task task)
{
    switch (task) {
    case HomePage::Task::SetUpSystem: {
        // The first page not complete yet, up to the system definition (page 1 for a first visit).
        OnboardingWizard *wizard = openWizard();
        wizard->enterAt(OnboardingWizard::PageId::SystemDefinition);
        break;
    }
    case HomePage::Task::GuidedDemo: {
        // One click: the demo does its first step and narrates it (docs/guided-demo.md).
        DemoConductor *conductor = demo(); // its band first: the focus chain runs from the band to the wizard
        conductor->start(openWizard());
        break;
    }
    case HomePage::Task::OnboardCustomer:
        // Walks through the pages that are complete: a vendor who is set up lands on the request form.
        openWizard()->enterAt(OnboardingWizard::PageId::CustomerRequest);
        break;
    case HomePage::Task::CheckCustomer:
        showCustomers();
        break;
    case HomePage::Task::PersonPath:
        showPerson();
        break;
    }
}

void MainWindow::resume()
{
    const auto point = m_context->drafts()->resumePoint();
    if (!point) {
        startTask(HomePage::Task::SetUpSystem);
        return;
    }
    if (point->profileId.isEmpty())
        m_context->clearProfile();
    else if (!m_context->selectProfile(point->profileId)) {
        updateResumeOffer();
        return;
    }
    OnboardingWizard *wizard = openWizard();
    // Land on the page "continue where you left off" names, even when an earlier page would want
    // work first (pages 5–8 fetch what they need).
    wizard->openAt(static_cast<OnboardingWizard::PageId>(point->page));
}

void MainWindow::showHome()
{
    closeWizard();
    m_pages->setCurrentWidget(m_homePage);
    m_contextBar->setHomeButtonVisible(false);
    updateResumeOffer();
    m_homePage->setFocus();
}
