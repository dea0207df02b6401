#include "wizard/MaskinportenPage.h"

#include "common/Labels.h"
#include "wizard/ConnectionCheckPanel.h"
#include "wizard/MaskinportenClientPanel.h"
#include "wizard/MaskinportenKeyPanel.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/SandboxRegistrationPanel.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

MaskinportenPage::MaskinportenPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setObjectName(u"maskinportenPage"_s);
    setAcceptDrops(true);

    auto *content = new QWidget;
    content->setObjectName(u"maskinportenContent"_s);
    m_clientPanel = new MaskinportenClientPanel(context, content);
    m_keyPanel = new MaskinportenKeyPanel(context, content);
    m_exportPanel = new MaskinportenExportPanel(context, content);
    m_registrationPanel = new SandboxRegistrationPanel(context, content);
    m_connectionHeading = Labels::heading(u"connectionHeading"_s, content);
    m_connectionPanel = new ConnectionCheckPanel(context, content);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_clientPanel);
    contentLayout->addWidget(m_keyPanel);
    contentLayout->addWidget(m_exportPanel);
    contentLayout->addWidget(m_registrationPanel);
    contentLayout->addWidget(m_connectionHeading);
    contentLayout->addWidget(m_connectionPanel);
    contentLayout->addStretch(1);

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(u"maskinportenScrollArea"_s);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setFocusPolicy(Qt::NoFocus);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);

    // The order a keyboard user meets things: client, key, export, registration, check.
    QList<QWidget *> order{m_clientPanel->clientIdEdit()};
    order += m_keyPanel->focusOrder();
    order += m_exportPanel->focusOrder();
    order << m_registrationPanel->registerButton() << m_connectionPanel->checkButton();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_clientPanel, &MaskinportenClientPanel::completeChanged, this, &QWizardPage::completeChanged);
    connect(m_keyPanel, &MaskinportenKeyPanel::busyChanged, this, &MaskinportenPage::updateButtons);
    connect(m_keyPanel, &MaskinportenKeyPanel::keyInstalled, this, [this] {
        m_connectionPanel->reset();
        refresh();
    });
    connect(m_registrationPanel, &SandboxRegistrationPanel::runningChanged, this,
        &MaskinportenPage::updateButtons);
    connect(m_registrationPanel, &SandboxRegistrationPanel::registered, this, &MaskinportenPage::refresh);
    connect(m_connectionPanel, &ConnectionCheckPanel::runningChanged, this, &MaskinportenPage::updateButtons);
    connect(m_context, &WizardContext::profileChanged, this, &MaskinportenPage::refresh);
    connect(m_context, &WizardContext::sessionChanged, this, &MaskinportenPage::refresh);
    connect(m_context, &WizardContext::sandboxStateChanged, this, &MaskinportenPage::refresh);

    retranslateUi();
}

MaskinportenPage::~MaskinportenPage()
{
    // A key id or client id still being edited must not be applied (or checked) while the page goes.
    WizardSection::stopEditingSignals(this);
}

void MaskinportenPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void MaskinportenPage::retranslateUi()
{
    setTitle(tr("Maskinporten client and key"));
    setSubTitle(tr("Your system proves who it is to Maskinporten with a key pair. The private key stays in "
                   "this computer's keychain; Maskinporten gets the public key."));
    m_connectionHeading->setText(tr("Check the connection"));
    refresh();
}

bool MaskinportenPage::isBusy() const
{
    return m_keyPanel->isBusy() || m_registrationPanel->isRunning() || m_connectionPanel->isRunning();
}

void MaskinportenPage::initializePage()
{
    m_keyPanel->clearStatus();
    m_exportPanel->clearStatus();
    m_registrationPanel->clearStatus();
    m_connectionPanel->reset();
    refresh();
}

void MaskinportenPage::refresh()
{
    m_clientPanel->refresh();
    m_keyPanel->refresh();
    m_exportPanel->refresh();
    m_registrationPanel->refresh();
    updateButtons();
}

void MaskinportenPage::updateButtons()
{
    const bool busy = isBusy();
    m_keyPanel->updateEnabled(busy);
    m_exportPanel->updateEnabled(busy);
    m_registrationPanel->updateEnabled(busy);
    m_connectionPanel->setEnabled(!m_registrationPanel->isRunning() && !m_keyPanel->isBusy());
    // What the key and the registration save must not be overwritten by a client id typed meanwhile.
    m_clientPanel->setReadOnly(m_registrationPanel->isRunning() || m_keyPanel->isBusy());
    Q_EMIT completeChanged();
}

bool MaskinportenPage::isComplete() const
{
    if (isBusy() || !WizardSection::hasUsableKey(m_context))
        return false;
    const QString clientId = m_context->profile().clientId;
    if (WizardSection::isLocalEnvironment(m_context))
        return clientId.isEmpty() || WizardSection::isClientIdValid(clientId);
    return WizardSection::isClientIdValid(clientId);
}

bool MaskinportenPage::validatePage()
{
    if (!isComplete())
        return false;
    if (!WizardSection::isLocalEnvironment(m_context) || !m_context->profile().clientId.isEmpty())
        return true;
    if (const auto *onboarding = qobject_cast<OnboardingWizard *>(wizard());
        onboarding && onboarding->isEntering())
        return false; // resuming: stop here rather than register behind the user's back
    // In the sandbox a client is one click away: make it now and go on when it is there.
    m_registrationPanel->start([this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
    return false;
}

void MaskinportenPage::importKeyFile(const QString &path)
{
    if (!isBusy())
        m_keyPanel->importKeyFile(path);
}

QByteArray MaskinportenPage::exportedPublicKey(ExportFormat format) const
{
    return m_exportPanel->exportedPublicKey(format);
}

void MaskinportenPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && m_keyPanel->canImport())
        event->acceptProposedAction();
}

void MaskinportenPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importKeyFile(urls.first().toLocalFile());
}
