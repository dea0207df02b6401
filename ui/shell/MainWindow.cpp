#include "shell/MainWindow.h"

#include "home/HomePage.h"
#include "i18n/Translator.h"
#include "sandbox/SandboxHost.h"
#include "workspace/AppSettings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(Translator &translator, AppSettings &settings, SandboxHost *sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_translator(translator)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_homePage(new HomePage(this))
    , m_sandbox(sandbox)
{
    setObjectName(u"mainWindow"_s);

    auto *central = new QWidget(this);
    auto *contextBar = new QWidget(central);
    contextBar->setObjectName(u"contextBar"_s);
    buildContextBar(contextBar);

    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_homePage);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(contextBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    if (m_sandbox) {
        m_sandboxStatus = m_sandbox->isRunning() ? SandboxStatus::Running : SandboxStatus::Starting;
        connect(m_sandbox, &SandboxHost::started, this, [this] {
            m_sandboxStatus = SandboxStatus::Running;
            updateEnvironmentLabel();
        });
        connect(m_sandbox, &SandboxHost::failed, this, [this](const QString &reason) {
            m_sandboxStatus = SandboxStatus::Failed;
            m_sandboxFailure = reason;
            updateEnvironmentLabel();
        });
    }

    resize(960, 640);
    setMinimumSize(720, 520);
    retranslateUi();
}

void MainWindow::buildContextBar(QWidget *bar)
{
    m_profileLabel = new QLabel(bar);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_environmentLabel = new QLabel(bar);
    m_environmentLabel->setObjectName(u"environmentLabel"_s);
    m_environmentLabel->setProperty("role", u"environmentBadge"_s);
    m_environmentLabel->setProperty("environment", u"sandbox"_s);
    m_languageLabel = new QLabel(bar);
    m_languageComboBox = new QComboBox(bar);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageLabel->setBuddy(m_languageComboBox);
    fillLanguageChoices();

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(m_environmentLabel);
    layout->addWidget(m_profileLabel);
    layout->addStretch(1);
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
    m_profileLabel->setText(tr("Profile: none yet"));
    updateEnvironmentLabel();
    m_languageLabel->setText(tr("&Language:"));
    m_languageComboBox->setToolTip(tr("The language of the wizard. Your choice is remembered."));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::updateEnvironmentLabel()
{
    const QString stays = tr("Everything you do here stays on this computer. Nothing is sent to Altinn "
                             "or Maskinporten.");
    if (!m_sandbox || m_sandboxStatus == SandboxStatus::Running) {
        m_environmentLabel->setText(tr("Sandbox (built in, offline)"));
        m_environmentLabel->setToolTip(m_sandbox
                ? stays + u'\n' + tr("The sandbox answers at %1.").arg(m_sandbox->baseUrl().toString())
                : stays);
        m_environmentLabel->setProperty("environment", u"sandbox"_s);
    } else if (m_sandboxStatus == SandboxStatus::Starting) {
        m_environmentLabel->setText(tr("Sandbox: starting…"));
        m_environmentLabel->setToolTip(stays);
        m_environmentLabel->setProperty("environment", u"sandbox"_s);
    } else {
        m_environmentLabel->setText(tr("Sandbox not available"));
        m_environmentLabel->setToolTip(tr(
            "The built-in sandbox did not start: %1 Restart the wizard; if it happens again, another program "
            "may be using the port.")
                                           .arg(m_sandboxFailure));
        m_environmentLabel->setProperty("environment", u"error"_s);
    }
    // Re-polish so the style sheet's [environment=…] rule follows the new state.
    m_environmentLabel->style()->unpolish(m_environmentLabel);
    m_environmentLabel->style()->polish(m_environmentLabel);
}
