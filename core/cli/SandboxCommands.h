#pragma once

#include "cli/CommandGroup.h"
#include "onboarding/SandboxCatalogueFlow.h"
#include "onboarding/SandboxClientRegistrationFlow.h"

#include <QCoreApplication>

#include <functional>

class VendorSession;

/**
 * sandbox register-client | approve | reject | organisations — what happens outside the vendor's reach
 * (the self-service portal, the customer's approval, the register), played by the sandbox — and
 * sandbox catalogue import | add resource | add organisation | list | clear, the sandbox's own catalogue
 * (docs/sandbox.md#your-own-catalogue; Onboarding::SandboxCatalogueFlow).
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

    void importCatalogue(const Invocation &invocation, Cli::Done done);
    void addCatalogueResource(const Invocation &invocation, Cli::Done done);
    void addCatalogueOrganisation(const Invocation &invocation, Cli::Done done);
    /// Runs SandboxCatalogueFlow: @p start begins it on the session; @p report prints its outcome.
    void runCatalogueFlow(
        Cli::Done done, std::function<void(Onboarding::SandboxCatalogueFlow *, VendorSession *)> start);
    /// Prints the findings of @p import (errors and warnings) on standard error.
    void printFindings(const Onboarding::SandboxCatalogueImport &import);
    /// Prints what a catalogue run did; the exit code.
    int reportCatalogue(const Onboarding::SandboxCatalogueFlow::Outcome &outcome);

    /// The session, when its environment is a sandbox; otherwise says what to do instead.
    bool isSandbox(VendorSession *session, Cli::Done done);
};
