#pragma once

#include "cli/CommandGroup.h"
#include "onboarding/SubmitChangeRequestFlow.h"

#include <QCoreApplication>

/// changerequest create | get — more (or fewer) rights for an existing system user.
class ChangeRequestCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRequestCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("changerequest"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void create(const Invocation &invocation, Cli::Done done);
    void get(const Invocation &invocation, Cli::Done done);
    int report(const Onboarding::SubmitChangeRequestFlow::Outcome &outcome);
};
