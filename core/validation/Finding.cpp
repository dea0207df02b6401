#include "validation/Finding.h"

#include <QStringBuilder>

#include <algorithm>

namespace Validation::Findings {

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    result.reserve(findings.size());
    for (const Finding &finding : findings)
        result.append(finding.code);
    return result;
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

QList<Finding> at(const QList<Finding> &findings, const QString &path)
{
    QList<Finding> result;
    for (const Finding &finding : findings) {
        // Below means a whole segment more: "/rights/1" must not match "/rights/10".
        const bool below = finding.path.size() > path.size() && finding.path.startsWith(path)
            && finding.path.at(path.size()) == u'/';
        if (finding.path == path || below)
            result.append(finding);
    }
    return result;
}

QString itemPath(QStringView list, qsizetype index)
{
    return list % u'/' % QString::number(index);
}

} // namespace Validation::Findings
