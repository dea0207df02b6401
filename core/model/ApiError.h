#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Altinn {

/// One entry of a validation problem: an Altinn `validationErrors` item or one ASP.NET `errors` message.
struct FieldError
{
    QString code; ///< "AUTH.VLD-00002"; empty for ASP.NET model-state errors
    QString message; ///< v5 `title`, v4 `detail`, or the ASP.NET message
    QStringList paths; ///< "/registersystemrequest/systemid", or the ASP.NET key ("$.name", "return")
    QMap<QString, QString> extras; ///< odd extra members, e.g. "ResourceIds Not Found : " → "a | b"

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/**
 * Any non-success answer from Altinn, parsed into one typed error: Altinn ProblemDetails v5 and v4
 * (single and validation problems), ASP.NET default and model-state problems, plain text, empty bodies.
 */
struct ApiError
{
    enum class BodyKind {
        Empty, ///< 401/403 challenges and the like
        AltinnProblem, ///< {"code": "AUTH-000NN", …}
        ValidationProblem, ///< {"code": "STD-00000", "validationErrors": […]}
        AspNetProblem, ///< ASP.NET default problem without a code
        ModelStateProblem, ///< ASP.NET {"errors": {"field": ["msg"]}}
        PlainText, ///< text/plain message, or a body that is not JSON
    };

    int httpStatus = 0;
    BodyKind kind = BodyKind::Empty;
    QString code; ///< "AUTH-00004", "STD-00000"; empty when the body has none
    /// The human message (client rule of docs/altinn-behaviour.md#problem-v4: title for urn:altinn:error:
    /// types, else detail).
    QString message;
    QString type;
    QString title;
    QString detail;
    QString traceId;
    QString statusDescription; ///< v5 `statusDescription` ("Bad Request"); empty in v4 and ASP.NET bodies
    QList<FieldError> fieldErrors;
    QMap<QString, QString> extensions; ///< unknown top-level string members, e.g. "NotFoundPackages"
    QByteArray rawBody;

    /// Parses any response body. Never fails: unknown shapes become PlainText with the body as message.
    static ApiError fromHttp(int httpStatus, const QByteArray &contentType, const QByteArray &body);

    /// Codes of every field error, in order (handy for tests and mapping onto fields).
    QStringList fieldErrorCodes() const;
    bool hasCode(const QString &code) const; ///< top-level code or any field error code
};

} // namespace Altinn
