#pragma once

#include "cli/CommandGroup.h"
#include "onboarding/SandboxClientRegistrationFlow.h"

#include <QCoreApplication>

class VendorSession;

/**
 * sandbox register-client | approve | reject | organisations — what happens outside the vendor's reach
 * (the self-service portal, the customer's approval, the register), played by the sandbox.
 */
class SandboxCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    /// Runs Onboarding::SandboxClientRegistrationFlow (the wizard's "Register in the sandbox").
    void registerClient(const Invocation &invocation, Cli::Done done);
    /// Prints the registration's outcome; the exit code.
    int reportRegistration(const Onboarding::SandboxClientRegistrationFlow::Outcome &outcome);
    void decide(const Invocation &invocation, bool approve, Cli::Done done);
    void organisations(const Invocation &invocation, Cli::Done done);

    /// The session, when its environment is a sandbox; otherwise says what to do instead.
    bool isSandbox(VendorSession *session, Cli::Done done);
};
