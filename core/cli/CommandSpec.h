#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Invocation;

namespace Cli {

/// Exit codes of systemuser-cli: scripts rely on them.
enum ExitCode : int {
    Ok = 0,
    Failed = 1, ///< the API, Maskinporten, the keychain or a validation rule said no
    Usage = 2, ///< the command line itself is wrong (unknown command or option, missing argument, …)
};

/// How a command reports that it is done: once, with its exit code.
using Done = std::function<void(int exitCode)>;

} // namespace Cli

/// One --option. Without a value name it is a flag.
struct OptionSpec
{
    QString name; ///< without the dashes: "kid"
    QString valueName; ///< "KID"; empty for a flag
    QString description; ///< translated
    bool repeatable = false; ///< may be given several times; all values are kept in order

    bool isFlag() const { return valueName.isEmpty(); }
};

/// One positional argument of a command.
struct ArgumentSpec
{
    QString name; ///< "FILE"
    QString description; ///< translated
    bool optional = false; ///< only the last arguments may be optional
};

/// A command: its words ("request", "by-ref"), what it takes and what it does.
struct CommandSpec
{
    QStringList path;
    QString summary; ///< one line, translated
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;
    std::function<void(const Invocation &, Cli::Done)> run;
};
