#include "sandbox/SandboxBinding.h"

#include "auth/Base64Url.h"
#include "model/JsonNumber.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

/// "D" format: 8-4-4-4-12 hex digits.
std::optional<QString> parseHyphenated(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    for (const qsizetype dash : {8, 13, 18, 23}) {
        if (text.at(dash) != u'-')
            return std::nullopt;
    }
    QString digits = text.toString();
    digits.remove(u'-');
    if (digits.size() != 32 || !isHex(digits))
        return std::nullopt;
    return text.toString().toLower();
}

} // namespace

std::optional<QString> SandboxBinding::parseGuid(const QString &text)
{
    const QString trimmed = text.trimmed(); // Guid.Parse ignores surrounding white space
    if (trimmed.size() == 32 && isHex(trimmed)) { // "N"
        const QString lower = trimmed.toLower();
        return QString(lower.left(8) + u'-' + lower.mid(8, 4) + u'-' + lower.mid(12, 4) + u'-'
            + lower.mid(16, 4) + u'-' + lower.mid(20));
    }
    if (trimmed.size() == 38
        && ((trimmed.front() == u'{' && trimmed.back() == u'}')
            || (trimmed.front() == u'(' && trimmed.back() == u')'))) // "B" and "P"
        return parseHyphenated(QStringView(trimmed).mid(1, 36));
    return parseHyphenated(trimmed);
}

SandboxResponse SandboxBinding::invalidValue(
    const SandboxContext &context, const QString &key, const QString &value)
{
    // ModelBindingMessageProvider.NonPropertyAttemptedValueIsInvalidAccessor (parameters, not properties).
    return context.modelStateProblem({{key, {u"The value '%1' is not valid."_s.arg(value)}}});
}

QString SandboxBinding::encodeToken(const QJsonValue &value)
{
    // QJsonDocument writes only arrays and objects: write [value] and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return QString::fromLatin1(Base64Url::encode(json));
}

std::optional<QJsonValue> SandboxBinding::decodeToken(const QString &token)
{
    const auto bytes = Base64Url::decode(token.toLatin1());
    if (!bytes || bytes->trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[" + *bytes + "]"), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

std::optional<QString> SandboxBinding::decodeGuidToken(const QString &token)
{
    const auto value = decodeToken(token);
    if (!value || !value->isString())
        return std::nullopt;
    // System.Text.Json reads a Guid only in the "D" format.
    return parseHyphenated(value->toString());
}

std::optional<qint64> SandboxBinding::decodeIntegerToken(const QString &token)
{
    const auto value = decodeToken(token);
    if (!value)
        return std::nullopt;
    return Altinn::JsonNumber::wholeNumber(*value);
}
