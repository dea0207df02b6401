#include "model/ProblemDetails.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Altinn::ProblemDetails {

namespace {

const QString validationCode = u"STD-00000"_s;
// The STD-00000 message (v5 `title`, v4 `detail`); ASP.NET's model-state title is the same text.
const QString validationMessage = u"One or more validation errors occurred."_s;

QString altinnType(const QString &code)
{
    return u"urn:altinn:error:"_s + code;
}

// Extension members first, so a clashing extension can never replace a standard member written after it.
void writeExtras(QJsonObject &object, const QMap<QString, QString> &extras)
{
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it)
        object.insert(it.key(), it.value());
}

void writeIfNotEmpty(QJsonObject &object, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}

QJsonObject validationErrorObject(Shape shape, const FieldError &error)
{
    QJsonObject entry;
    writeExtras(entry, error.extras);
    writeIfNotEmpty(entry, u"code"_s, error.code); // the library leaves a default (empty) code out
    entry.insert(shape == Shape::V5 ? u"title"_s : u"detail"_s, error.message);
    entry.insert(u"paths"_s, QJsonArray::fromStringList(error.paths));
    return entry;
}

} // namespace

QJsonObject problem(Shape shape, int httpStatus, const QString &code, const QString &message,
    const QString &traceId, const QMap<QString, QString> &extensions)
{
    QJsonObject object;
    writeExtras(object, extensions);
    object.insert(u"status"_s, httpStatus);
    writeIfNotEmpty(object, u"code"_s, code);
    writeIfNotEmpty(object, u"traceId"_s, traceId);
    if (shape == Shape::V5) {
        // v5: the descriptor's message is the title, the type names the code
        // (docs/altinn-behaviour.md#problem-v5).
        if (!code.isEmpty())
            object.insert(u"type"_s, altinnType(code));
        object.insert(u"title"_s, message);
        writeIfNotEmpty(object, u"statusDescription"_s, reasonPhrase(httpStatus));
    } else {
        // v4: ASP.NET's defaults for type and title, the message in detail
        // (docs/altinn-behaviour.md#problem-v4).
        writeIfNotEmpty(object, u"type"_s, rfc9110Type(httpStatus));
        writeIfNotEmpty(object, u"title"_s, reasonPhrase(httpStatus));
        object.insert(u"detail"_s, message);
    }
    return object;
}

QJsonObject validationProblem(Shape shape, const QList<FieldError> &errors, const QString &traceId)
{
    constexpr int badRequest = 400;
    QJsonObject object = problem(shape, badRequest, validationCode, validationMessage, traceId);
    QJsonArray entries;
    for (const FieldError &error : errors)
        entries.append(validationErrorObject(shape, error));
    object.insert(u"validationErrors"_s, entries);
    return object;
}

QJsonObject aspNetProblem(int httpStatus, const QString &traceId)
{
    // What ProblemDetailsDefaults.Apply writes for a bare NotFound()/BadRequest(): no detail, no code.
    QJsonObject object;
    writeIfNotEmpty(object, u"type"_s, rfc9110Type(httpStatus));
    writeIfNotEmpty(object, u"title"_s, reasonPhrase(httpStatus));
    object.insert(u"status"_s, httpStatus);
    writeIfNotEmpty(object, u"traceId"_s, traceId);
    return object;
}

QJsonObject modelStateProblem(const QMap<QString, QStringList> &errors, const QString &traceId)
{
    constexpr int badRequest = 400;
    QJsonObject errorsObject;
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
        errorsObject.insert(it.key(), QJsonArray::fromStringList(it.value()));

    QJsonObject object;
    object.insert(u"type"_s, rfc9110Type(badRequest));
    object.insert(u"title"_s, validationMessage);
    object.insert(u"status"_s, badRequest);
    object.insert(u"errors"_s, errorsObject);
    writeIfNotEmpty(object, u"traceId"_s, traceId);
    return object;
}

QString reasonPhrase(int httpStatus)
{
    // Altinn.Authorization.ProblemDetails v5 StatusDescriptions (ASP.NET's problem titles, so 500 is not
    // "Internal Server Error"), falling back to ASP.NET's ReasonPhrases for the rest.
    switch (httpStatus) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 202:
        return u"Accepted"_s;
    case 204:
        return u"No Content"_s;
    case 301:
        return u"Moved Permanently"_s;
    case 302:
        return u"Found"_s;
    case 304:
        return u"Not Modified"_s;
    case 307:
        return u"Temporary Redirect"_s;
    case 308:
        return u"Permanent Redirect"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 402:
        return u"Payment Required"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 406:
        return u"Not Acceptable"_s;
    case 407:
        return u"Proxy Authentication Required"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 411:
        return u"Length Required"_s;
    case 412:
        return u"Precondition Failed"_s;
    case 413:
        return u"Content Too Large"_s;
    case 414:
        return u"URI Too Long"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 416:
        return u"Range Not Satisfiable"_s;
    case 417:
        return u"Expectation Failed"_s;
    case 421:
        return u"Misdirected Request"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 423:
        return u"Locked"_s;
    case 424:
        return u"Failed Dependency"_s;
    case 426:
        return u"Upgrade Required"_s;
    case 428:
        return u"Precondition Required"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 431:
        return u"Request Header Fields Too Large"_s;
    case 451:
        return u"Unavailable For Legal Reasons"_s;
    case 500:
        return u"An error occurred while processing your request."_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    case 505:
        return u"HTTP Version Not Supported"_s;
    case 506:
        return u"Variant Also Negotiates"_s;
    case 507:
        return u"Insufficient Storage"_s;
    case 508:
        return u"Loop Detected"_s;
    case 510:
        return u"Not Extended"_s;
    case 511:
        return u"Network Authentication Required"_s;
    default:
        return {};
    }
}

QString rfc9110Type(int httpStatus)
{
    // Exactly ASP.NET's ProblemDetailsDefaults table (.NET 8): other statuses get no type at all.
    QStringView section;
    switch (httpStatus) {
    case 400:
        section = u"15.5.1";
        break;
    case 401:
        section = u"15.5.2";
        break;
    case 403:
        section = u"15.5.4";
        break;
    case 404:
        section = u"15.5.5";
        break;
    case 405:
        section = u"15.5.6";
        break;
    case 406:
        section = u"15.5.7";
        break;
    case 408:
        section = u"15.5.9";
        break;
    case 409:
        section = u"15.5.10";
        break;
    case 412:
        section = u"15.5.13";
        break;
    case 415:
        section = u"15.5.16";
        break;
    case 422:
        return u"https://tools.ietf.org/html/rfc4918#section-11.2"_s; // ASP.NET cites WebDAV here
    case 426:
        section = u"15.5.22";
        break;
    case 500:
        section = u"15.6.1";
        break;
    case 502:
        section = u"15.6.3";
        break;
    case 503:
        section = u"15.6.4";
        break;
    case 504:
        section = u"15.6.5";
        break;
    default:
        return {};
    }
    return u"https://tools.ietf.org/html/rfc9110#section-"_s + section;
}

} // namespace Altinn::ProblemDetails
