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

void CustomersFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_customers = qobject_cast<CustomersModel *>(sourceModel);
    Q_ASSERT(m_customers || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CustomersFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // Split and folded once, not once per row.
    m_words = m_text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    // A new filter is a new layout, not thousands of scattered removals: with 10,000 rows,
    // invalidateRowsFilter() signalled one removal per gap and the table took 30–50 ms to follow.
    invalidate();
}

void CustomersFilterModel::setState(std::optional<CustomerState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidate();
}

void CustomersFilterModel::setWaitingLongerThan(std::optional<int> days, const QDateTime &now)
{
    // Days of 24 hours, as CustomerLedger::waitingLongerThan counts them.
    const qint64 limit = days ? now.toUTC().addDays(-std::max(0, *days)).toMSecsSinceEpoch() : 0;
    if (days == m_waitingDays && limit == m_waitingLimit)
        return;
    m_waitingDays = days;
    m_waitingLimit = limit;
    invalidate();
}

bool CustomersFilterModel::acceptsIgnoringState(int sourceRow) const
{
    if (m_waitingDays) {
        const qint64 since = m_customers->waitingSinceAt(sourceRow);
        if (since == CustomersModel::NotWaiting || since >= m_waitingLimit)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    // Every word must match somewhere: "310 acme" finds Acme's rows with 310 in the number.
    const QStringView searchable = m_customers->searchTextAt(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [searchable](const QString &word) { return searchable.contains(word); });
}

bool CustomersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_customers || sourceParent.isValid())
        return false;
    if (m_state && m_customers->stateAt(sourceRow) != *m_state)
        return false;
    return acceptsIgnoringState(sourceRow);
}

bool CustomersFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_customers)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_customers->lessThan(left.row(), right.row(), left.column());
}

QHash<CustomerState, int> CustomersFilterModel::stateCounts() const
{
    QHash<CustomerState, int> counts;
    if (!m_customers)
        return counts;
    const int rows = m_customers->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (acceptsIgnoringState(row))
            ++counts[m_customers->stateAt(row)];
    }
    return counts;
}
