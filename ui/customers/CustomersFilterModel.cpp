#include "customers/CustomersFilterModel.h"

#include "customers/CustomersModel.h"

#include <algorithm>

CustomersFilterModel::CustomersFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomersModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CustomersFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void CustomersFilterModel::setStatusGroup(std::optional<CustomerRow::StatusGroup> group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

bool CustomersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_group && index.data(CustomersModel::StatusGroupRole).toInt() != static_cast<int>(*m_group))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString searchable = index.data(CustomersModel::SearchTextRole).toString();
    // Every word must match somewhere: "310 acme" finds Acme's rows with 310 in the number.
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
        [&searchable](const QString &word) { return searchable.contains(word, Qt::CaseInsensitive); });
}
