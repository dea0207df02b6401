#include "wizard/SandboxRegistrationPanel.h"

#include "common/OperationStatus.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxClientRegistrationFlow;

SandboxRegistrationPanel::SandboxRegistrationPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_flow(new SandboxClientRegistrationFlow(
          [context](const Profile &registered, QString *error) {
              // The session's copy of the profile may lag behind in what does not touch the connection
              // (its name): record the client id on the profile as it is now.
              Profile current = context->profile();
              if (current.id != registered.id) {
                  *error = tr("Another profile was chosen meanwhile.");
                  return false;
              }
              current.clientId = registered.clientId;
              return context->saveProfile(current, error);
          },
          this))
    , m_registerButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
{
    setObjectName(u"sandboxRegistrationPanel"_s);
    m_registerButton->setObjectName(u"registerButton"_s);
    m_status->setObjectName(u"registerStatus"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_registerButton);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_registerButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_flow, &SandboxClientRegistrationFlow::finished, this, &SandboxRegistrationPanel::finished);
    retranslateUi();
}

void SandboxRegistrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxRegistrationPanel::retranslateUi()
{
    m_registerButton->setAccessibleName(tr("Register the client in the sandbox"));
    refresh();
}

void SandboxRegistrationPanel::refresh()
{
    m_registerButton->setVisible(WizardSection::isLocalEnvironment(m_context));
    m_registerButton->setText(m_context->profile().clientId.isEmpty()
            ? tr("&Register in the sandbox")
            : tr("&Register the key again in the sandbox"));
}

void SandboxRegistrationPanel::updateEnabled(bool pageBusy)
{
    m_registerButton->setEnabled(WizardSection::hasUsableKey(m_context) && !pageBusy && m_context->session());
}

void SandboxRegistrationPanel::clearStatus()
{
    m_status->clear();
}

void SandboxRegistrationPanel::start(std::function<void()> then)
{
    if (m_flow->isRunning())
        return;
    m_then = std::move(then);
    m_status->showBusy(tr("Registering the client in the sandbox…"), [this] {
        m_flow->cancel();
        m_then = nullptr;
        m_status->showInformation(tr("Registration cancelled."));
        Q_EMIT runningChanged();
    });
    m_flow->start(m_context->session());
    Q_EMIT runningChanged();
}

void SandboxRegistrationPanel::finished(const SandboxClientRegistrationFlow::Outcome &outcome)
{
    const std::function<void()> then = std::exchange(m_then, nullptr);
    if (outcome.ok()) {
        const QString lost = outcome.answerLost
            ? tr("The sandbox's answer was lost; the client was read back afterwards.") + u'\n'
            : QString();
        m_status->showSuccess(lost
            + (outcome.alreadyRegistered
                    ? tr("Client %1 was registered already with key %2; nothing was changed. Check the "
                         "connection below.")
                    : tr("Registered client %1 with key %2. Check the connection below."))
                  .arg(outcome.clientId, outcome.kid));
        Q_EMIT runningChanged();
        Q_EMIT registered();
        if (then)
            then();
        return;
    }
    if (outcome.failure == SandboxClientRegistrationFlow::Failure::Cancelled)
        m_status->showInformation(outcome.message);
    else
        m_status->showError(outcome.message, [this, then] { start(then); });
    Q_EMIT runningChanged();
}
