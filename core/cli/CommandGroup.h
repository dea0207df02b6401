#pragma once

#include "cli/CommandSpec.h"

#include <QList>
#include <QString>

class CliContext;

/// A set of related commands ("key generate", "key import", …) sharing the CliContext of the run.
class CommandGroup
{
public:
    explicit CommandGroup(CliContext &context)
        : m_context(context)
    { }
    virtual ~CommandGroup() = default;
    Q_DISABLE_COPY_MOVE(CommandGroup)

    /// The first word of the group's commands ("key"), or of its one command ("token").
    virtual QString word() const = 0;
    /// One line for the top-level help, translated.
    virtual QString summary() const = 0;
    /// The commands, with translated descriptions (built after the language is chosen).
    virtual QList<CommandSpec> commands() = 0;

protected:
    CliContext &m_context;
};
