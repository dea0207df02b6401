#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Validation {

enum class Severity { Error, Warning };

/**
 * One problem found in a system definition or request before it is sent.
 * `path` points into the body being checked (JSON Pointer, Altinn's member casing, e.g.
 * "/allowedRedirectUrls/2"); `serverPath` is the path the service would report for the same
 * code ("/registersystemrequest/allowedredirecturls"), empty for rules the server lacks.
 */
struct Finding
{
    QString code; ///< the server's code ("AUTH.VLD-00005", "AUTH-00021") or a LOCAL.* code
    QString path;
    QString serverPath;
    Severity severity = Severity::Error;
    QString message; ///< translated; says what to do

    bool isError() const { return severity == Severity::Error; }
};

namespace Findings {
QStringList codes(const QList<Finding> &findings);
bool hasErrors(const QList<Finding> &findings);
/// Findings whose path equals @p path or lies below it ("/rights" matches "/rights/0/resource/0/id").
QList<Finding> at(const QList<Finding> &findings, const QString &path);
/// The path of item @p index of a list ("/rights" and 2 give "/rights/2").
QString itemPath(QStringView list, qsizetype index);
} // namespace Findings

} // namespace Validation
