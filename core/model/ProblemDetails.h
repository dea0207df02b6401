#pragma once

#include "model/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Altinn {

/// Builds problem bodies as the service writes them (for the sandbox and for tests).
namespace ProblemDetails {
enum class Shape { V5, V4 };

/// A single Altinn problem, e.g. code "AUTH-00004" with its message.
QJsonObject problem(Shape shape, int httpStatus, const QString &code, const QString &message,
    const QString &traceId = {}, const QMap<QString, QString> &extensions = {});
/// The 400 STD-00000 validation problem listing every error.
QJsonObject validationProblem(Shape shape, const QList<FieldError> &errors, const QString &traceId = {});
/// ASP.NET's default problem for a bare NotFound()/BadRequest() etc.
QJsonObject aspNetProblem(int httpStatus, const QString &traceId = {});
/// ASP.NET's model-state validation problem ({"errors": {key: [messages]}}).
QJsonObject modelStateProblem(const QMap<QString, QStringList> &errors, const QString &traceId = {});
/// The HTTP reason phrase for @p httpStatus ("Bad Request"), as v5 writes in `statusDescription`.
QString reasonPhrase(int httpStatus);
/// The RFC 9110 section URI ASP.NET uses as `type` for @p httpStatus.
QString rfc9110Type(int httpStatus);
} // namespace ProblemDetails

} // namespace Altinn
