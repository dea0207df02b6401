#include "cli/CommandLine.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype HelpColumn = 30;

QString optionLabel(const OptionSpec &option)
{
    QString label = u"--"_s + option.name;
    if (!option.isFlag())
        label += u' ' + option.valueName;
    return label;
}

constexpr qsizetype HelpWidth = 100;

/// @p text broken into lines of at most @p width characters at spaces.
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

/// "  left      right" with the right column aligned and wrapped (on the next line when left is long).
QString row(const QString &left, const QString &right)
{
    const QString indented = u"  "_s + left;
    if (right.isEmpty())
        return indented;
    const QString margin(HelpColumn, u' ');
    const QStringList lines = wrapped(right, HelpWidth - HelpColumn);
    QString text =
        indented.size() + 2 > HelpColumn ? indented + u'\n' + margin : indented.leftJustified(HelpColumn);
    text += lines.join(u'\n' + margin);
    return text;
}

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    return path.size() >= prefix.size() && path.mid(0, prefix.size()) == prefix;
}

} // namespace

CommandLine::CommandLine(QString program)
    : m_program(std::move(program))
{ }

void CommandLine::addGroup(const QString &word, const QString &summary)
{
    m_groups.append({word, summary});
}

const CommandSpec *CommandLine::find(const QStringList &path) const
{
    for (const CommandSpec &command : m_commands) {
        if (command.path == path)
            return &command;
    }
    return nullptr;
}

bool CommandLine::isGroup(const QStringList &path) const
{
    return std::any_of(m_commands.cbegin(), m_commands.cend(), [&path](const CommandSpec &command) {
        return command.path.size() > path.size() && startsWith(command.path, path);
    });
}

const OptionSpec *CommandLine::findOption(const QString &name, const CommandSpec *command) const
{
    for (const OptionSpec &option : m_globalOptions) {
        if (option.name == name)
            return &option;
    }
    if (command) {
        for (const OptionSpec &option : command->options) {
            if (option.name == name)
                return &option;
        }
    }
    return nullptr;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments) const
{
    Result result;
    const CommandSpec *command = nullptr;
    // Help wins over any mistake on the same line, wherever it stands.
    const auto endOfOptions = std::find(arguments.cbegin(), arguments.cend(), u"--"_s);
    const bool help = std::any_of(arguments.cbegin(), endOfOptions,
        [](const QString &token) { return token == u"-h" || token == u"--help"; });
    bool version = false;
    bool optionsEnded = false;
    const auto fail = [&result](const QString &message) {
        result.action = Result::Action::Error;
        result.error = message;
        return result;
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (!optionsEnded && token == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && (token == u"-h" || token == u"--help"))
            continue;
        if (!optionsEnded && token == u"--version" && !command) {
            version = true;
            continue;
        }
        if (!optionsEnded && token.startsWith(u"--")) {
            const qsizetype equals = token.indexOf(u'=');
            const QString name = token.mid(2, equals < 0 ? -1 : equals - 2);
            const OptionSpec *option = findOption(name, command);
            if (!option) {
                if (help)
                    continue;
                return fail(command || result.path.isEmpty()
                        ? tr("unknown option --%1").arg(name)
                        : tr("unknown option --%1 (options go after the command, e.g. \"%2 … --%1\")")
                              .arg(name, commandName(result.path)));
            }
            if (option->isFlag()) {
                if (equals >= 0 && !help)
                    return fail(tr("--%1 takes no value").arg(name));
                result.invocation.options[name].append(QString());
                continue;
            }
            QString value;
            if (equals >= 0) {
                value = token.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else if (!help) {
                return fail(tr("--%1 needs a value: --%1 %2").arg(name, option->valueName));
            }
            result.invocation.options[name].append(value);
            continue;
        }
        if (!optionsEnded && token.size() > 1 && token.startsWith(u'-')) {
            if (help)
                continue;
            return fail(tr("unknown option %1").arg(token));
        }
        if (command) {
            result.invocation.arguments.append(token);
            continue;
        }
        const QStringList candidate = result.path + QStringList{token};
        if (const CommandSpec *found = find(candidate)) {
            command = found;
            result.path = candidate;
        } else if (isGroup(candidate)) {
            result.path = candidate;
        } else if (help) {
            break;
        } else if (result.path.isEmpty()) {
            return fail(tr("unknown command \"%1\"").arg(token));
        } else {
            return fail(tr("\"%1\" has no command \"%2\"").arg(result.path.join(u' '), token));
        }
    }

    if (help) {
        result.action = Result::Action::Help;
        return result;
    }
    if (version) {
        result.action = Result::Action::Version;
        return result;
    }
    if (!command) {
        return fail(result.path.isEmpty() ? tr("no command given")
                                          : tr("\"%1\" needs a command").arg(result.path.join(u' ')));
    }
    const auto required = std::count_if(command->arguments.cbegin(), command->arguments.cend(),
        [](const ArgumentSpec &argument) { return !argument.optional; });
    const auto given = result.invocation.arguments.size();
    if (given < required)
        return fail(
            tr("\"%1\" is missing %2").arg(result.path.join(u' '), command->arguments.at(given).name));
    if (given > command->arguments.size()) {
        return fail(
            tr("\"%1\" does not take the argument \"%2\"")
                .arg(result.path.join(u' '), result.invocation.arguments.at(command->arguments.size())));
    }
    result.invocation.command = command;
    result.action = Result::Action::Run;
    return result;
}

QString CommandLine::commandName(const QStringList &path) const
{
    return QStringList(QStringList{m_program} + path).join(u' ');
}

QString CommandLine::usageLine(const CommandSpec &command) const
{
    QStringList parts{command.path.join(u' ')};
    for (const ArgumentSpec &argument : command.arguments)
        parts.append(argument.optional ? u'[' + argument.name + u']' : argument.name);
    if (!command.options.isEmpty())
        parts.append(tr("[options]"));
    return parts.join(u' ');
}

QString CommandLine::helpHint(const QStringList &path) const
{
    QStringList known = path;
    while (!known.isEmpty() && !find(known) && !isGroup(known))
        known.removeLast();
    return tr("Run \"%1 --help\" to see what it takes.").arg(commandName(known));
}

QString CommandLine::helpText(const QStringList &path) const
{
    QStringList lines;
    const QString globalUsage = tr("%1 [global options]").arg(m_program);
    const auto appendGlobalOptions = [this, &lines] {
        lines.append(QString());
        lines.append(tr("Global options:"));
        for (const OptionSpec &option : m_globalOptions)
            lines.append(row(optionLabel(option), option.description));
        lines.append(row(u"-h, --help"_s, tr("Show help for the command given before it.")));
    };

    if (const CommandSpec *command = find(path)) {
        lines.append(tr("Usage: %1 %2").arg(globalUsage, usageLine(*command)));
        lines.append(QString());
        lines.append(wrapped(command->summary, HelpWidth));
        if (!command->arguments.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Arguments:"));
            for (const ArgumentSpec &argument : command->arguments)
                lines.append(row(argument.name, argument.description));
        }
        if (!command->options.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Options:"));
            for (const OptionSpec &option : command->options) {
                lines.append(row(optionLabel(option),
                    option.repeatable ? tr("%1 (may be repeated)").arg(option.description)
                                      : option.description));
            }
        }
        appendGlobalOptions();
        return lines.join(u'\n') + u'\n';
    }

    const bool topLevel = path.isEmpty();
    lines.append(topLevel ? tr("Usage: %1 COMMAND …").arg(globalUsage)
                          : tr("Usage: %1 %2 COMMAND …").arg(globalUsage, path.join(u' ')));
    lines.append(QString());
    if (topLevel && !m_description.isEmpty()) {
        lines.append(wrapped(m_description, HelpWidth));
        lines.append(QString());
    } else if (!topLevel) {
        for (const Group &group : m_groups) {
            if (group.word == path.first() && path.size() == 1) {
                lines.append(group.summary);
                lines.append(QString());
            }
        }
    }
    lines.append(tr("Commands:"));
    QStringList listedGroups;
    for (const CommandSpec &command : m_commands) {
        if (!startsWith(command.path, path) || command.path.size() == path.size())
            continue;
        const QString word = command.path.at(path.size());
        const auto group = std::find_if(m_groups.cbegin(), m_groups.cend(),
            [&word](const Group &candidate) { return candidate.word == word; });
        if (topLevel && group != m_groups.cend()) {
            // The top level lists groups, not each command in them.
            if (!listedGroups.contains(word)) {
                listedGroups.append(word);
                lines.append(row(word, group->summary));
            }
            continue;
        }
        const QString rest = usageLine(command).mid(path.join(u' ').size()).trimmed();
        lines.append(row(rest, command.summary));
    }
    if (topLevel) {
        appendGlobalOptions();
        if (!m_epilogue.isEmpty()) {
            lines.append(QString());
            for (const QString &paragraph : m_epilogue.split(u'\n'))
                lines.append(wrapped(paragraph, HelpWidth));
        }
    }
    lines.append(QString());
    lines.append(topLevel
            ? tr("Run \"%1 COMMAND --help\" for the commands of a group or the options of a command.")
                  .arg(m_program)
            : tr("Run \"%1 COMMAND --help\" for a command's arguments and options.").arg(commandName(path)));
    return lines.join(u'\n') + u'\n';
}
