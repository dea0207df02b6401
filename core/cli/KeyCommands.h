#pragma once

#include "cli/CommandGroup.h"
#include "onboarding/KeyEnrolmentFlow.h"
#include "workspace/Profile.h"

#include <QCoreApplication>

/// key generate | import | export-public — the profile's signing key; the private part lives in the keychain.
/// Generating and importing run Onboarding::KeyEnrolmentFlow (the same workflow as the wizard's key panel).
class KeyCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("key"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void generate(const Invocation &invocation, Cli::Done done);
    void import(const Invocation &invocation, Cli::Done done);
    void exportPublic(const Invocation &invocation, Cli::Done done);

    /// The profile, when it has no key yet or --replace was given.
    std::optional<Profile> profileForNewKey(const Invocation &invocation, Cli::Done done);
    /// A KeyEnrolmentFlow into the keychain and the profile store; prints its outcome, then @p done.
    Onboarding::KeyEnrolmentFlow *enrolment(Cli::Done done);
    void report(const Onboarding::KeyEnrolmentFlow::Outcome &outcome, Cli::Done done);
};
