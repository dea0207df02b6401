#pragma once

#include <Qt>

/// Item data roles shared by the picker models and their filter proxy.
namespace CatalogueRoles {
enum : int {
    /// Case-folded text a search matches against (titles in every language, ids, owner, keywords).
    SearchText = Qt::UserRole + 1,
    /// The resource identifier or package URN of an item; empty for grouping rows.
    Key,
    /// A package's badge kind (AccessPackageTreeModel::Badge) for the badge column.
    BadgeKind,
};
} // namespace CatalogueRoles
