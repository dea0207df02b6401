#include "shell/EnvironmentBadge.h"

#include "sandbox/SandboxHost.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

EnvironmentBadge::EnvironmentBadge(WizardContext *context, SandboxHost *sandbox, QWidget *parent)
    : BadgeLabel(parent)
    , m_context(context)
    , m_sandbox(sandbox)
{
    setObjectName(u"environmentLabel"_s);
    setProperty("role", u"environmentBadge"_s);
    setProperty("environment", u"sandbox"_s);
    if (m_sandbox) {
        if (m_sandbox->isRunning())
            m_sandboxStatus = SandboxStatus::Running;
        else if (m_sandbox->isStarting())
            m_sandboxStatus = SandboxStatus::Starting;
        else if (m_sandbox->hasFailed())
            m_sandboxStatus = SandboxStatus::Failed;
        else
            m_sandboxStatus = SandboxStatus::NotStarted;
        connect(m_sandbox, &SandboxHost::starting, this, [this] {
            m_sandboxStatus = SandboxStatus::Starting;
            refresh();
        });
        connect(m_sandbox, &SandboxHost::started, this, [this] {
            m_sandboxStatus = SandboxStatus::Running;
            refresh();
        });
        connect(m_sandbox, &SandboxHost::failed, this, [this](const QString &reason) {
            m_sandboxStatus = SandboxStatus::Failed;
            m_sandboxFailure = reason;
            refresh();
        });
    }
    connect(m_context, &WizardContext::profileChanged, this, &EnvironmentBadge::refresh);
    refresh();
}

void EnvironmentBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    BadgeLabel::changeEvent(event);
}

void EnvironmentBadge::present(const QString &text, const QString &toolTip, const QString &environment)
{
    setText(text);
    setToolTip(toolTip);
    setAccessibleName(text);
    setProperty("environment", environment);
    // Re-polish so the style sheet's [environment=…] rule follows the new state.
    style()->unpolish(this);
    style()->polish(this);
}

void EnvironmentBadge::refresh()
{
    const Profile profile = m_context->profile();
    if (m_context->hasProfile() && profile.environment != u"sandbox") {
        if (profile.environment == u"prod") {
            present(tr("PRODUCTION"),
                tr("Altinn's production environment: changes affect real customers and "
                   "are confirmed before they are sent."),
                u"production"_s);
        } else if (profile.environment == u"tt02") {
            present(
                tr("TT02 (test)"), tr("Altinn's test environment, with synthetic organisations."), u"test"_s);
        } else {
            present(tr("Custom: %1").arg(profile.customBaseUrl.host()),
                tr("A server you chose: %1").arg(profile.customBaseUrl.toString()), u"test"_s);
        }
        return;
    }
    // Not "offline": the badge says what the sandbox means (nothing leaves the computer), not a fault.
    const QString stays = tr("The built-in sandbox imitates Altinn and Maskinporten on this computer. "
                             "Everything you do here stays on this computer: nothing is sent to Altinn "
                             "or Maskinporten, and no real customer sees it.");
    switch (m_sandboxStatus) {
    case SandboxStatus::NotStarted:
        present(tr("Sandbox — stays on this computer"),
            stays + u'\n' + tr("It starts when a task first needs it."), u"sandbox"_s);
        return;
    case SandboxStatus::Running:
        present(tr("Sandbox — stays on this computer"),
            m_sandbox ? stays + u'\n' + tr("The sandbox answers at %1.").arg(m_sandbox->baseUrl().toString())
                      : stays,
            u"sandbox"_s);
        return;
    case SandboxStatus::Starting:
        present(tr("Sandbox: starting…"), stays, u"sandbox"_s);
        return;
    case SandboxStatus::Failed:
        present(tr("Sandbox not available"),
            tr("The built-in sandbox did not start: %1 Restart the wizard; if it happens again, another "
               "program "
               "may be using the port.")
                .arg(m_sandboxFailure),
            u"error"_s);
        return;
    }
}
