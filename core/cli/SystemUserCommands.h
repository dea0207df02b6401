#pragma once

#include "cli/CommandGroup.h"

#include <QCoreApplication>

/// systemuser list | find — the system users customers have created for the vendor's systems.
class SystemUserCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(SystemUserCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("systemuser"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void list(const Invocation &invocation, Cli::Done done);
    void find(const Invocation &invocation, Cli::Done done);
};
