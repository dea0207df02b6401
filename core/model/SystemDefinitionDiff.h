#pragma once

#include "model/SystemDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Altinn {

/// One difference between a local (draft) definition and the registered one.
struct DefinitionChange
{
    enum class Kind { Added, Removed, Changed };
    /// Which member: "name", "description", "rights", "accessPackages", "clientId",
    /// "allowedRedirectUrls", "isVisible", "id", "vendor".
    QString field;
    QString key; ///< language ("nb") for texts; resource id, package URN, client id or URL for lists
    Kind kind = Kind::Changed;
    QString before; ///< registered value (empty for Added)
    QString after; ///< local value (empty for Removed)

    friend bool operator==(const DefinitionChange &, const DefinitionChange &) = default;
};

/**
 * Field-by-field diff, per language and per list item (rights by resource id, packages by URN, client
 * ids, redirect URLs). Order: id, vendor, name, description, rights, access packages, client ids,
 * redirect URLs, visibility; within a field in key order.
 */
class SystemDefinitionDiff
{
    Q_DECLARE_TR_FUNCTIONS(SystemDefinitionDiff)

public:
    static QList<DefinitionChange> compare(const SystemDefinition &registered, const SystemDefinition &local);
    /// "+ rights: skd-mva (added)" style lines for the CLI and reports, translated.
    static QStringList describe(const QList<DefinitionChange> &changes);
    /// For `systemuser-cli system diff`: [{"field","key","kind":"added|removed|changed","before","after"}].
    static QJsonArray toJson(const QList<DefinitionChange> &changes);
};

} // namespace Altinn
