#include "customers/CustomersFilterModel.h"

#include "customers/CustomersModel.h"

#include <algorithm>

CustomersFilterModel::CustomersFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomersModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A record whose state changes may leave (or join) the filtered rows.
    setDynamicSortFilter(true);
}

void CustomersFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void CustomersFilterModel::setState(std::optional<CustomerState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool CustomersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(CustomersModel::StateRole).toInt() != int(*m_state))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString searchable = index.data(CustomersModel::SearchTextRole).toString();
    // Every word must match somewhere: "310 acme" finds Acme's rows with 310 in the number.
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
        [&searchable](const QString &word) { return searchable.contains(word, Qt::CaseInsensitive); });
}
