#pragma once

#include "cli/CommandGroup.h"

#include <QCoreApplication>

class VendorSession;

/// app — call an Altinn app as a customer's system user: `app instantiate` (Onboarding::AppInstanceFlow), or
/// with `--as person` as a person logged in with ID-porten (Onboarding::PersonAppInstanceFlow).
class AppCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(AppCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("app"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void instantiate(const Invocation &invocation, Cli::Done done);
    void run(VendorSession *session, const Invocation &invocation, const QString &owner, Cli::Done done);
    void runAsPerson(
        VendorSession *session, const Invocation &invocation, const QString &owner, Cli::Done done);
};
