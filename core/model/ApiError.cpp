#include "model/ApiError.h"

#include "model/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

#include <initializer_list>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

// v5 puts the message in `title` under an urn:altinn:error: type; everything else (v4, ASP.NET) in `detail`.
bool isAltinnErrorType(const QString &type)
{
    return type.startsWith(u"urn:altinn:error:"_s, Qt::CaseInsensitive);
}

bool isOneOf(const QString &name, std::initializer_list<QStringView> names)
{
    for (const QStringView candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Extension values are strings on the wire; anything else is flattened so nothing the server said is lost.
QString flatten(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts.append(flatten(element));
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// Members other than @p known, keyed by their name as sent. Null members count as absent.
QMap<QString, QString> otherMembers(const QJsonObject &object, std::initializer_list<QStringView> known)
{
    QMap<QString, QString> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isOneOf(it.key(), known) || it.value().isNull() || it.value().isUndefined())
            continue;
        result.insert(it.key(), flatten(it.value()));
    }
    return result;
}

QString firstNonEmpty(const QString &preferred, const QString &fallback)
{
    return preferred.isEmpty() ? fallback : preferred;
}

/// A body that parses as a JSON scalar (`"text"`): QJsonDocument rejects top-level scalars, so wrap it.
std::optional<QJsonValue> parseScalar(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || !wrapped.isArray() || wrapped.array().size() != 1)
        return std::nullopt;
    return wrapped.array().first();
}

bool isPlainTextContentType(const QByteArray &contentType)
{
    // "text/plain; charset=utf-8": the media type is authoritative, the text may look like anything.
    const QByteArray mediaType = contentType.left(contentType.indexOf(';')).trimmed().toLower();
    return mediaType == "text/plain";
}

FieldError readValidationError(const QJsonObject &entry, bool altinnType)
{
    const JsonObjectReader reader(entry);
    FieldError error;
    error.code = reader.string(u"code");
    const QString title = reader.string(u"title");
    const QString detail = reader.string(u"detail");
    // Same client rule as the top level (docs/altinn-behaviour.md#problem-v4): v5 entries carry `title`, v4
    // entries `detail`.
    const bool useTitle = altinnType ? !title.isEmpty() : detail.isEmpty();
    error.message = useTitle ? title : detail;
    error.paths = reader.stringList(u"paths");
    error.extras = otherMembers(entry, {u"code", u"title", u"detail", u"paths"});
    // A v5 entry may add an instance `detail` beside its `title`: keep whichever text is not the message.
    const QString unused = useTitle ? detail : title;
    if (!unused.isEmpty())
        error.extras.insert(useTitle ? u"detail"_s : u"title"_s, unused);
    return error;
}

void readModelStateErrors(const QJsonObject &errors, QList<FieldError> &out)
{
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QStringList messages;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &message : array)
                messages.append(flatten(message));
        } else if (!value.isNull() && !value.isUndefined()) {
            messages.append(flatten(value));
        }
        for (const QString &message : std::as_const(messages))
            out.append(FieldError{QString(), message, QStringList{it.key()}, {}});
    }
}

ApiError plainText(int httpStatus, const QByteArray &body, const QString &message)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.rawBody = body;
    error.kind = ApiError::BodyKind::PlainText;
    error.message = message.trimmed();
    return error;
}

} // namespace

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus; // a `status` member in the body never overrides the real one
    error.rawBody = body;

    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        error.kind = BodyKind::Empty;
        return error;
    }

    const QString text = QString::fromUtf8(trimmed);
    if (isPlainTextContentType(contentType))
        return plainText(httpStatus, body, text);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // `NotFound("text")` negotiated to application/json arrives as a JSON string: show the text itself.
        const std::optional<QJsonValue> scalar = parseScalar(trimmed);
        if (scalar && scalar->isString())
            return plainText(httpStatus, body, scalar->toString());
        return plainText(httpStatus, body, text);
    }
    if (!document.isObject())
        return plainText(httpStatus, body, text);

    const QJsonObject object = document.object();
    const JsonObjectReader reader(object);
    error.type = reader.string(u"type");
    error.title = reader.string(u"title");
    error.detail = reader.string(u"detail");
    error.traceId = reader.string(u"traceId");
    error.statusDescription = reader.string(u"statusDescription");
    error.code = reader.string(u"code");
    error.extensions = otherMembers(object,
        {u"type", u"title", u"status", u"detail", u"instance", u"code", u"traceId", u"statusDescription",
            u"validationErrors", u"errors"});

    const bool altinnType = isAltinnErrorType(error.type);
    error.message =
        altinnType ? firstNonEmpty(error.title, error.detail) : firstNonEmpty(error.detail, error.title);

    const std::optional<QJsonArray> validationErrors = reader.optionalArray(u"validationErrors");
    const QJsonValue modelState = reader.value(u"errors");
    if (validationErrors || error.code.compare(u"STD-00000"_s, Qt::CaseInsensitive) == 0) {
        error.kind = BodyKind::ValidationProblem;
        for (const QJsonValue &entry : validationErrors.value_or(QJsonArray())) {
            if (entry.isObject())
                error.fieldErrors.append(readValidationError(entry.toObject(), altinnType));
        }
    } else if (!error.code.isEmpty()) {
        error.kind = BodyKind::AltinnProblem;
        if (modelState
                .isObject()) // not seen from Altinn, but a coded problem with model-state errors loses none
            readModelStateErrors(modelState.toObject(), error.fieldErrors);
    } else if (modelState.isObject()) {
        error.kind = BodyKind::ModelStateProblem;
        readModelStateErrors(modelState.toObject(), error.fieldErrors);
    } else if (!error.type.isEmpty() || !error.title.isEmpty() || !error.detail.isEmpty()) {
        error.kind = BodyKind::AspNetProblem;
    } else {
        // Some other JSON object: nothing to interpret, so show what was sent.
        return plainText(httpStatus, body, text);
    }
    if (error.message.isEmpty() && !error.fieldErrors.isEmpty()) {
        // A bare {"errors": {"return": ["System not found"]}} has no title: its messages are all there is.
        QStringList messages;
        for (const FieldError &fieldError : std::as_const(error.fieldErrors))
            messages.append(fieldError.message);
        error.message = messages.join(u'\n');
    }
    return error;
}

QStringList ApiError::fieldErrorCodes() const
{
    QStringList codes;
    codes.reserve(fieldErrors.size());
    for (const FieldError &fieldError : fieldErrors)
        codes.append(fieldError.code);
    return codes;
}

bool ApiError::hasCode(const QString &wanted) const
{
    // Model-state errors have empty codes; an empty query must not match them.
    if (wanted.isEmpty())
        return false;
    if (code == wanted)
        return true;
    for (const FieldError &fieldError : fieldErrors) {
        if (fieldError.code == wanted)
            return true;
    }
    return false;
}

} // namespace Altinn
