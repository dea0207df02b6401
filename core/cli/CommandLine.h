#pragma once

#include "cli/CommandSpec.h"
#include "cli/Invocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The grammar of a git-style command line: `program [global options] WORD… [ARG…] [options]`.
 * Command words come first (global options may appear anywhere, command options after the words);
 * `--name value` and `--name=value` both work, `--` ends the options, `-h`/`--help` asks for help on
 * whatever was understood so far. Parsing never prints or exits; the caller decides what to show.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        enum class Action { Run, Help, Version, Error };
        Action action = Action::Error;
        Invocation invocation; ///< for Run (options also filled for Help/Error, as far as parsed)
        QStringList path; ///< the command words understood (for Help, and the hint after an Error)
        QString error; ///< translated, for Error
    };

    explicit CommandLine(QString program);

    QString program() const { return m_program; }
    void setDescription(const QString &text) { m_description = text; }
    /// Text at the end of the top-level help (output conventions, exit codes).
    void setEpilogue(const QString &text) { m_epilogue = text; }
    void addGlobalOption(const OptionSpec &option) { m_globalOptions.append(option); }
    /// A summary for the group of commands starting with @p word ("key" → "Keys: …").
    void addGroup(const QString &word, const QString &summary);
    void addCommand(CommandSpec command) { m_commands.append(std::move(command)); }
    void addCommands(const QList<CommandSpec> &commands) { m_commands.append(commands); }

    QList<CommandSpec> commands() const { return m_commands; }
    QList<OptionSpec> globalOptions() const { return m_globalOptions; }
    const CommandSpec *find(const QStringList &path) const;

    /// @p arguments without the program name.
    Result parse(const QStringList &arguments) const;
    /// Help for a group (its commands) or a command (its arguments and options); top level for {}.
    QString helpText(const QStringList &path) const;
    /// "Run 'systemuser-cli key --help' to see …" for the deepest group or command in @p path.
    QString helpHint(const QStringList &path) const;

private:
    struct Group
    {
        QString word;
        QString summary;
    };

    bool isGroup(const QStringList &path) const;
    const OptionSpec *findOption(const QString &name, const CommandSpec *command) const;
    QString usageLine(const CommandSpec &command) const;
    QString commandName(const QStringList &path) const;

    QString m_program;
    QString m_description;
    QString m_epilogue;
    QList<OptionSpec> m_globalOptions;
    QList<Group> m_groups;
    QList<CommandSpec> m_commands;
};
