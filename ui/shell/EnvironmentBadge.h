#pragma once

#include "common/BadgeLabel.h"

class SandboxHost;
class WizardContext;

/**
 * The context bar's badge: which environment the current profile works in (production, TT02, a custom
 * server, the built-in sandbox), and for the sandbox whether it is not needed yet, starting, running or
 * failed. Follows the profile, the sandbox and the language on its own.
 */
class EnvironmentBadge : public BadgeLabel
{
    Q_OBJECT

public:
    /// @p sandbox is the in-process sandbox (may be null: then the sandbox counts as running).
    EnvironmentBadge(WizardContext *context, SandboxHost *sandbox, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// NotStarted: the sandbox starts when something first needs it (SandboxHost::startWhenNeeded).
    enum class SandboxStatus { NotStarted, Starting, Running, Failed };

    void refresh();
    void present(const QString &text, const QString &toolTip, const QString &environment);

    WizardContext *m_context;
    SandboxHost *m_sandbox;
    SandboxStatus m_sandboxStatus = SandboxStatus::Running;
    QString m_sandboxFailure;
};
