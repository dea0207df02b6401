#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

struct CommandSpec;

/// A parsed command line: the command, its positional arguments and every option given (global ones too).
class Invocation
{
public:
    const CommandSpec *command = nullptr;
    QStringList arguments; ///< positional, in order
    QHash<QString, QStringList> options; ///< option name → values in order (flags: one empty value)

    bool isSet(const QString &option) const { return options.contains(option); }
    /// The last value given for @p option, or @p fallback.
    QString value(const QString &option, const QString &fallback = {}) const;
    QStringList values(const QString &option) const { return options.value(option); }
    /// Every value of a repeatable option, each also split at commas and white space ("a,b c" → a, b, c).
    QStringList listValues(const QString &option) const;
    QString argument(qsizetype index) const { return arguments.value(index); }
};
