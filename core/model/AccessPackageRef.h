#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/// A reference to an access package: `{ "urn": "urn:altinn:accesspackage:<code>" }`.
struct AccessPackageRef
{
    QString urn;

    static AccessPackageRef fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    friend bool operator==(const AccessPackageRef &, const AccessPackageRef &) = default;
};

namespace AccessPackageRefs {
QList<AccessPackageRef> fromJson(const QJsonArray &array); ///< non-object elements are skipped
QJsonArray toJson(const QList<AccessPackageRef> &packages);
/// For members where absent/null and [] differ: nullopt stays nullopt.
std::optional<QList<AccessPackageRef>> fromOptionalJson(const std::optional<QJsonArray> &array);
} // namespace AccessPackageRefs

} // namespace Altinn
