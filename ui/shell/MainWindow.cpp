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
#include "shell/CustomersScreen.h"
#include "shell/EnvironmentBadge.h"
#include "shell/PresenterMode.h"
#include "shell/StartScreen.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/ProductionBand.h"
#include "wizard/WizardContext.h"
#include "workspace/AppSettings.h"
#include "workspace/DraftStore.h"

#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(Translator &translator, AppSettings &settings, SandboxHost *sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_translator(translator)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_homePage(new HomePage(m_pages)) // made in its stack: adding it does not reparent it
    , m_context(new WizardContext(this))
    , m_sandbox(sandbox)
{
    setObjectName(u"mainWindow"_s);
    m_context->setLanguage(m_translator.language());

    auto *central = new QWidget(this);
    auto *contextBar = new QWidget(central);
    contextBar->setObjectName(u"contextBar"_s);
    m_presenter = new PresenterMode(m_settings, this);
    buildContextBar(contextBar);

    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_homePage);
    m_productionBand = new ProductionBand(m_context, central);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(contextBar);
    layout->addWidget(m_productionBand);
    // The guided demo's narration: a band above the wizard, shown only while the demo runs.
    auto *demoPanel = new DemoNarrationPanel(central);
    layout->addWidget(demoPanel);
    layout->addWidget(m_pages, 1);
    m_demo = new DemoConductor(m_context, demoPanel, this);
    connect(
        m_demo, &DemoConductor::restartRequested, this, [this] { startTask(HomePage::Task::GuidedDemo); });
    setCentralWidget(central);
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
            if (m_pages->currentWidget() != m_homePage && m_context->profileUsesSandbox())
                m_sandbox->startWhenNeeded();
        });
    }
    // Customers' organisation numbers are real outside the sandbox: presenter mode masks them there.
    const auto maskOrganisationNumbers = [this] {
        ScreenMasking::instance()->setMaskOrganisationNumbers(
            m_context->hasProfile() && m_context->profile().environment != u"sandbox");
    };
    maskOrganisationNumbers();
    connect(m_context, &WizardContext::profileChanged, this, [this, maskOrganisationNumbers] {
        maskOrganisationNumbers();
        updateProfileLabel();
    });
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

void MainWindow::buildContextBar(QWidget *bar)
{
    m_profileLabel = new QLabel(bar);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_environmentLabel = new EnvironmentBadge(m_context, m_sandbox, bar);
    m_languageLabel = new QLabel(bar);
    m_languageComboBox = new QComboBox(bar);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageLabel->setBuddy(m_languageComboBox);
    fillLanguageChoices();
    m_homeButton = new QPushButton(bar);
    m_homeButton->setObjectName(u"homeButton"_s);
    m_homeButton->hide();
    connect(m_homeButton, &QPushButton::clicked, this, &MainWindow::showHome);
    m_activityButton = new QPushButton(bar);
    m_activityButton->setObjectName(u"activityLogButton"_s);
    m_activityButton->setCheckable(true);
    m_activityButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(m_homeButton);
    layout->addWidget(m_environmentLabel);
    layout->addWidget(m_profileLabel);
    layout->addStretch(1);
    layout->addWidget(m_activityButton);
    layout->addWidget(m_presenter->createToggle(bar));
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_languageComboBox);

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { switchLanguage(m_languageComboBox->itemData(index).toString()); });
}

void MainWindow::fillLanguageChoices()
{
    const QSignalBlocker blocker(m_languageComboBox);
    m_languageComboBox->clear();
    const QStringList languages = Translator::supportedLanguages();
    for (const QString &language : languages)
        m_languageComboBox->addItem(Translator::nativeName(language), language);
    const int current = m_languageComboBox->findData(m_translator.language());
    m_languageComboBox->setCurrentIndex(current >= 0 ? current : m_languageComboBox->findData(u"en"_s));
}

void MainWindow::switchLanguage(const QString &language)
{
    if (language == m_translator.language())
        return;
    if (!m_translator.install(language)) {
        statusBar()->showMessage(tr("That language could not be loaded; the texts stay as they are."), 8000);
        fillLanguageChoices();
        return;
    }
    m_settings.setLanguage(language);
    m_settings.sync();
    m_context->setLanguage(language);
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
    m_homeButton->setText(tr("← &Start screen"));
    m_homeButton->setAccessibleName(tr("Back to the start screen"));
    m_homeButton->setToolTip(tr("Leave the wizard. What you entered is kept, and you can continue later."));
    m_languageComboBox->setAccessibleName(tr("Language"));
    updateProfileLabel();
    updateResumeOffer();
    m_languageLabel->setText(tr("&Language:"));
    m_activityButton->setText(tr("Activity log"));
    m_activityButton->setAccessibleName(tr("Show the activity log"));
    m_activityButton->setToolTip(tr("Every call to Altinn and Maskinporten, with tokens and keys removed "
                                    "(Ctrl+Shift+L)."));
    m_activityDock->setWindowTitle(tr("Activity log"));
    m_languageComboBox->setToolTip(tr("The language of the wizard. Your choice is remembered."));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::updateProfileLabel()
{
    if (!m_context->hasProfile()) {
        m_profileLabel->setText(tr("Profile: none yet"));
        m_profileLabel->setToolTip({});
        return;
    }
    const Profile profile = m_context->profile();
    m_profileLabel->setText(tr("Profile: %1").arg(profile.name));
    m_profileLabel->setToolTip(profile.vendorName.isEmpty()
            ? tr("Organisation number %1").arg(profile.vendorOrgNumber)
            : tr("%1, organisation number %2").arg(profile.vendorName, profile.vendorOrgNumber));
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
    m_homeButton->show();
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
    connect(m_activityButton, &QPushButton::toggled, m_activityDock, [this](bool shown) {
        if (shown && !m_activityView) {
            m_activityView = new ActivityLogView(m_activityDock);
            m_activityView->setActivityLog(m_context->activityLog());
            m_activityDock->setWidget(m_activityView);
        }
        m_activityDock->setVisible(shown);
    });
    connect(m_activityDock, &QDockWidget::visibilityChanged, m_activityButton, [this](bool visible) {
        // Closing the dock with its own button leaves it hidden; a tab switch only hides it for a moment.
        if (!visible && !m_activityDock->isHidden())
            return;
        m_activityButton->setChecked(visible);
    });
}

void MainWindow::closeWizard()
{
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
    m_homeButton->show();
    m_customersScreen->refresh();
}

void MainWindow::showPerson()
{
    closeWizard();
    m_pages->setCurrentWidget(personScreen());
    m_homeButton->show();
    m_personScreen->focusFirst();
}

bool MainWindow::openScreen(const QString &name)
{
    const std::optional<StartScreen> screen = StartScreen::fromName(name);
    if (!screen)
        return false;
    if (m_sandbox && screen->kind != StartScreen::Kind::Home && m_context->profileUsesSandbox())
        m_sandbox->startWhenNeeded();
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
        m_demo->start(openWizard());
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
    m_homeButton->hide();
    updateResumeOffer();
    m_homePage->setFocus();
}
