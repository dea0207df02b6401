#pragma once

#include "onboarding/SandboxClientRegistrationFlow.h"

#include <QWidget>

#include <functional>

class OperationStatus;
class QPushButton;
class WizardContext;

/**
 * "Register in the sandbox" on the Maskinporten page: one click registers the profile's Maskinporten
 * client with its public key in the sandbox and saves the client id (Onboarding::
 * SandboxClientRegistrationFlow, the same workflow as `systemuser-cli sandbox register-client`).
 * Shown only when the profile works against a sandbox.
 */
class SandboxRegistrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxRegistrationPanel(WizardContext *context, QWidget *parent = nullptr);

    /// Registers the client; @p then runs once it is registered and saved.
    void start(std::function<void()> then = {});
    bool isRunning() const { return m_flow->isRunning(); }
    void refresh();
    void updateEnabled(bool pageBusy);
    void clearStatus();
    QPushButton *registerButton() const { return m_registerButton; }

Q_SIGNALS:
    void runningChanged();
    /// The profile has its sandbox client (its id may be new).
    void registered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void finished(const Onboarding::SandboxClientRegistrationFlow::Outcome &outcome);

    WizardContext *m_context;
    Onboarding::SandboxClientRegistrationFlow *m_flow;
    QPushButton *m_registerButton;
    OperationStatus *m_status;
    std::function<void()> m_then;
};
