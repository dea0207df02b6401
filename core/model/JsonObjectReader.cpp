#include "model/JsonObjectReader.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace Altinn {

JsonObjectReader::JsonObjectReader(const QJsonObject &object)
    : m_object(object)
{ }

QJsonValue JsonObjectReader::value(QStringView name) const
{
    // Exact case first: it is the common case and it wins over a differently cased twin.
    const auto exact = m_object.constFind(name);
    if (exact != m_object.constEnd())
        return exact.value();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (name.compare(it.key(), Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonObjectReader::has(QStringView name) const
{
    const QJsonValue found = value(name);
    return !found.isUndefined() && !found.isNull();
}

std::optional<QString> JsonObjectReader::optionalString(QStringView name) const
{
    const QJsonValue found = value(name);
    if (!found.isString())
        return std::nullopt;
    return found.toString();
}

QString JsonObjectReader::string(QStringView name) const
{
    return optionalString(name).value_or(QString());
}

std::optional<bool> JsonObjectReader::optionalBool(QStringView name) const
{
    const QJsonValue found = value(name);
    if (!found.isBool())
        return std::nullopt;
    return found.toBool();
}

bool JsonObjectReader::boolean(QStringView name, bool fallback) const
{
    return optionalBool(name).value_or(fallback);
}

QJsonObject JsonObjectReader::object(QStringView name) const
{
    return value(name).toObject();
}

std::optional<QJsonArray> JsonObjectReader::optionalArray(QStringView name) const
{
    const QJsonValue found = value(name);
    if (!found.isArray())
        return std::nullopt;
    return found.toArray();
}

QJsonArray JsonObjectReader::array(QStringView name) const
{
    return value(name).toArray();
}

QStringList JsonObjectReader::stringList(QStringView name) const
{
    QStringList strings;
    const QJsonArray items = array(name);
    for (const QJsonValue &item : items) {
        if (item.isString())
            strings.append(item.toString());
    }
    return strings;
}

QDateTime JsonObjectReader::dateTime(QStringView name) const
{
    const auto text = optionalString(name);
    return text ? parseDateTime(*text) : QDateTime();
}

QDateTime parseDateTime(QStringView text)
{
    // QDateTime::fromString(Qt::ISODateWithMs) rejects the 6–7 fractional digits .NET writes,
    // so the parts are taken apart here and the fraction is cut to milliseconds.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                       "(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };

    const QDate date(number(1), number(2), number(3));
    const QStringView fraction = match.capturedView(7);
    int milliseconds = 0;
    for (qsizetype i = 0; i < 3; ++i) {
        milliseconds *= 10;
        if (i < fraction.size())
            milliseconds += fraction.at(i).digitValue();
    }
    const QTime time(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !time.isValid())
        return {};

    QDateTime result(date, time, Qt::UTC);
    if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return {};
        const qint64 offsetSeconds = qint64(hours) * 3600 + qint64(minutes) * 60;
        // Local time = UTC + offset, so UTC = local time - offset.
        result = result.addSecs(match.capturedView(9) == u'+' ? -offsetSeconds : offsetSeconds);
    }
    return result;
}

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Altinn
