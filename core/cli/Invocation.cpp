#include "cli/Invocation.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QString Invocation::value(const QString &option, const QString &fallback) const
{
    const auto found = options.constFind(option);
    return found == options.constEnd() || found->isEmpty() ? fallback : found->last();
}

QStringList Invocation::listValues(const QString &option) const
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList items;
    for (const QString &value : options.value(option))
        items.append(value.split(separators, Qt::SkipEmptyParts));
    items.removeDuplicates();
    return items;
}
