#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// The only attribute id the system register accepts in a right.
inline constexpr char16_t ResourceAttributeId[] = u"urn:altinn:resource";

/// One `{ "id": …, "value": … }` pair inside a right's `resource` list.
struct AttributePair
{
    QString id;
    QString value;

    static AttributePair fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    friend bool operator==(const AttributePair &, const AttributePair &) = default;
};

/// A right: `{ "action"?: string, "resource": [AttributePair…] }`.
struct Right
{
    std::optional<QString> action; ///< usually absent; part of the duplicate check
    QList<AttributePair> resource;

    /// The usual one-pair right for resource registry identifier @p resourceId.
    static Right forResource(const QString &resourceId);
    /// The value of the `urn:altinn:resource` pair, or empty.
    QString resourceId() const;
    /// Key used for duplicate detection: action plus every id:value pair (server's rule,
    /// docs/altinn-behaviour.md#system-model).
    QString identityKey() const;

    static Right fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    friend bool operator==(const Right &, const Right &) = default;
};

namespace Rights {
QList<Right> fromJson(const QJsonArray &array); ///< non-object elements are skipped
QJsonArray toJson(const QList<Right> &rights);
/// For members where absent/null and [] differ: nullopt stays nullopt.
std::optional<QList<Right>> fromOptionalJson(const std::optional<QJsonArray> &array);
} // namespace Rights

} // namespace Altinn
