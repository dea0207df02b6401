#include "cli/CompletionScript.h"

#include "cli/CommandLine.h"

#include <QMap>
#include <QSet>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

bool namesFiles(const QString &valueName)
{
    return valueName.contains(u"FILE"_s) || valueName.contains(u"PATH"_s) || valueName.contains(u"DIR"_s);
}

/// What a completion script needs of the grammar, keyed by the command words joined with spaces ("" = top).
struct Grammar
{
    QMap<QString, QStringList> children; ///< the next command words after a path
    QMap<QString, QStringList> options; ///< "--name" of a command, global options not included
    QStringList globalOptions;
    QStringList valueOptions; ///< every option that takes a value
    QStringList fileOptions; ///< options whose value is a file
    QSet<QString> fileArgumentCommands; ///< commands whose positional argument is a file

    explicit Grammar(const CommandLine &commandLine)
    {
        const auto addOption = [this](const OptionSpec &option, QStringList &into) {
            const QString flag = u"--"_s + option.name;
            if (!into.contains(flag))
                into.append(flag);
            if (!option.isFlag() && !valueOptions.contains(flag))
                valueOptions.append(flag);
            if (namesFiles(option.valueName) && !fileOptions.contains(flag))
                fileOptions.append(flag);
        };
        for (const OptionSpec &option : commandLine.globalOptions())
            addOption(option, globalOptions);
        globalOptions << u"--help"_s << u"--version"_s;
        for (const CommandSpec &command : commandLine.commands()) {
            for (qsizetype depth = 0; depth < command.path.size(); ++depth) {
                const QString parent = command.path.mid(0, depth).join(u' ');
                QStringList &words = children[parent];
                if (!words.contains(command.path.at(depth)))
                    words.append(command.path.at(depth));
            }
            const QString key = command.path.join(u' ');
            QStringList &own = options[key];
            for (const OptionSpec &option : command.options)
                addOption(option, own);
            for (const ArgumentSpec &argument : command.arguments) {
                if (namesFiles(argument.name))
                    fileArgumentCommands.insert(key);
            }
        }
    }
};

/// Shell-safe: command words and option names are [a-z0-9-], checked here so a future word cannot break out.
QString word(const QString &text)
{
    QString safe;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u' ')
            safe.append(c);
    }
    return safe;
}

QString caseArms(const QMap<QString, QStringList> &map, const QString &variable, const QString &indent)
{
    QString arms;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        arms += indent + u"\""_s + word(it.key()) + u"\") "_s + variable + u"=\""_s
            + word(it.value().join(u' ')) + u"\" ;;\n"_s;
    }
    return arms;
}

QString fileCommandPattern(const Grammar &grammar)
{
    QStringList quoted;
    for (const QString &command : grammar.fileArgumentCommands)
        quoted.append(u"\""_s + word(command) + u"\""_s);
    quoted.sort();
    return quoted.isEmpty() ? u"\"\""_s : quoted.join(u'|');
}

/// The two look-ups both scripts share: the command words after a path, and a command's own options.
QString lookupFunctions(const Grammar &grammar)
{
    QString text;
    text += u"_systemuser_cli_children() {\n    case \"$1\" in\n"_s;
    text += caseArms(grammar.children, u"REPLY"_s, u"        "_s);
    text += u"        *) REPLY=\"\" ;;\n    esac\n}\n"_s;
    text += u"_systemuser_cli_options() {\n    case \"$1\" in\n"_s;
    text += caseArms(grammar.options, u"REPLY"_s, u"        "_s);
    text += u"        *) REPLY=\"\" ;;\n    esac\n}\n"_s;
    return text;
}

/// The command words typed so far into $path, skipping options and their values; @p loop and @p wordAt are
/// the shell's own (bash counts COMP_WORDS from 0, zsh's words from 1).
QString pathWalk(const QString &loop, const QString &wordAt)
{
    return u"    local path=\"\" i w skip=0 REPLY\n    "_s + loop + u"\n        w="_s + wordAt + uR"(
        if ((skip)); then skip=0; continue; fi
        if [[ $w == --* ]]; then
            [[ $values == *" $w "* ]] && skip=1
            continue
        fi
        _systemuser_cli_children "$path"
        if [[ " $REPLY " == *" $w "* ]]; then path=${path:+$path }$w; fi
    done
)"_s;
}

} // namespace

QString CompletionScript::bash(const CommandLine &commandLine)
{
    const Grammar grammar(commandLine);
    QString script;
    script += u"# bash completion for systemuser-cli; made by `systemuser-cli completion bash`.\n"_s;
    script += lookupFunctions(grammar);
    script += u"_systemuser_cli() {\n"_s;
    script += u"    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"_s;
    script += u"    local values=\" "_s + word(grammar.valueOptions.join(u' ')) + u" \"\n"_s;
    script += u"    local files=\" "_s + word(grammar.fileOptions.join(u' ')) + u" \"\n"_s;
    script += u"    local global=\""_s + word(grammar.globalOptions.join(u' ')) + u"\"\n"_s;
    script += pathWalk(u"for ((i = 1; i < COMP_CWORD; i++)); do"_s, u"${COMP_WORDS[i]}"_s);
    script += uR"(    COMPREPLY=()
    if [[ $values == *" $prev "* ]]; then
        case "$prev" in
            --env) COMPREPLY=($(compgen -W "sandbox tt02 prod" -- "$cur")) ;;
            --lang) COMPREPLY=($(compgen -W "nb nn en" -- "$cur")) ;;
            *) [[ $files == *" $prev "* ]] && COMPREPLY=($(compgen -f -- "$cur")) ;;
        esac
        return 0
    fi
    if [[ $cur == -* ]]; then
        _systemuser_cli_options "$path"
        COMPREPLY=($(compgen -W "$global $REPLY" -- "$cur"))
        return 0
    fi
    _systemuser_cli_children "$path"
    if [[ -n $REPLY ]]; then
        COMPREPLY=($(compgen -W "$REPLY" -- "$cur"))
        return 0
    fi
    case "$path" in
)"_s;
    script += u"        "_s + fileCommandPattern(grammar) + u") COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n"_s;
    script += uR"(    esac
    return 0
}
complete -o filenames -F _systemuser_cli systemuser-cli
)"_s;
    return script;
}

QString CompletionScript::zsh(const CommandLine &commandLine)
{
    const Grammar grammar(commandLine);
    QString script;
    script += u"#compdef systemuser-cli\n"_s;
    script += u"# zsh completion for systemuser-cli; made by `systemuser-cli completion zsh`.\n"_s;
    script += lookupFunctions(grammar);
    script += u"_systemuser-cli() {\n"_s;
    script += u"    local cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n"_s;
    script += u"    local values=\" "_s + word(grammar.valueOptions.join(u' ')) + u" \"\n"_s;
    script += u"    local files=\" "_s + word(grammar.fileOptions.join(u' ')) + u" \"\n"_s;
    script += u"    local -a global; global=("_s + word(grammar.globalOptions.join(u' ')) + u")\n"_s;
    script += pathWalk(u"for ((i = 2; i < CURRENT; i++)); do"_s, u"${words[i]}"_s);
    script += uR"(    if [[ $values == *" $prev "* ]]; then
        case "$prev" in
            --env) compadd -- sandbox tt02 prod ;;
            --lang) compadd -- nb nn en ;;
            *) [[ $files == *" $prev "* ]] && _files ;;
        esac
        return 0
    fi
    if [[ $cur == -* ]]; then
        _systemuser_cli_options "$path"
        compadd -- $global ${=REPLY}
        return 0
    fi
    _systemuser_cli_children "$path"
    if [[ -n $REPLY ]]; then
        compadd -- ${=REPLY}
        return 0
    fi
    case "$path" in
)"_s;
    script += u"        "_s + fileCommandPattern(grammar) + u") _files ;;\n"_s;
    script += uR"(    esac
    return 0
}
_systemuser-cli "$@"
)"_s;
    return script;
}
