#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Altinn {

/**
 * Reads members of a JSON object the way ASP.NET binds them: names match case-insensitively,
 * unknown members are ignored and a member holding JSON null counts as absent.
 * A member of the wrong type is treated as absent too (never a crash, never a half-converted value).
 */
class JsonObjectReader
{
public:
    explicit JsonObjectReader(const QJsonObject &object);

    /// The member whose name equals @p name ignoring case; an exact-case match wins. Undefined when absent.
    /// A member holding null is returned as null: use has() to ask "present and not null".
    QJsonValue value(QStringView name) const;
    bool has(QStringView name) const; ///< present and not null

    std::optional<QString> optionalString(
        QStringView name) const; ///< nullopt when absent, null or not a string
    QString string(QStringView name) const; ///< empty when absent
    std::optional<bool> optionalBool(QStringView name) const;
    bool boolean(QStringView name, bool fallback) const;
    QJsonObject object(QStringView name) const;
    std::optional<QJsonArray> optionalArray(
        QStringView name) const; ///< nullopt when absent, null or not an array
    QJsonArray array(QStringView name) const;
    QStringList stringList(QStringView name) const; ///< string elements of an array member, others skipped
    /// A date-time string member parsed with parseDateTime(); invalid when absent or unparseable.
    QDateTime dateTime(QStringView name) const;

private:
    QJsonObject m_object;
};

/**
 * Parses an ISO 8601 date-time as .NET writes it: "2026-03-02T09:14:03.512345Z", with 0–7 (or more)
 * fractional digits and either 'Z' or an offset (+01:00, +0100). Altinn writes up to 7 digits; we keep
 * millisecond precision (extra digits are truncated). A missing offset is read as UTC.
 * Returns a UTC QDateTime, or an invalid one when @p text is not such a date-time.
 */
QDateTime parseDateTime(QStringView text);

/// Writes @p dateTime as UTC ISO 8601 with milliseconds and 'Z' ("2026-03-02T09:14:03.512Z"); empty when
/// invalid.
QString formatDateTime(const QDateTime &dateTime);

} // namespace Altinn
