#pragma once

#include "workspace/CustomerRecord.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

class CustomersModel;

/**
 * Filters the customers of a CustomersModel by text (organisation number, name, external reference,
 * note), state and how long they have been waiting, and sorts them by the rows' own values
 * (CustomersModel::lessThan): no row formats a string or a date while 10,000 are filtered or sorted.
 */
class CustomersFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomersFilterModel(QObject *parent = nullptr);

    /// Must be a CustomersModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /// Every word must be found, without case.
    void setText(const QString &text);
    QString text() const { return m_text; }
    /// nullopt shows every state.
    void setState(std::optional<CustomerState> state);
    std::optional<CustomerState> state() const { return m_state; }
    /**
     * Shows only customers waiting more than @p days days at @p now (CustomerLedger::waitingSince);
     * nullopt shows everyone. Call again with a later @p now to let more customers pass the limit.
     */
    void setWaitingLongerThan(
        std::optional<int> days, const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::optional<int> waitingLongerThan() const { return m_waitingDays; }
    /// Whether a filter hides any row.
    bool isFiltering() const { return m_state || !m_words.isEmpty() || m_waitingDays; }

    /**
     * How many customers of each state pass the text and waiting filters (not the state filter): what
     * each choice of the state filter would show.
     */
    QHash<CustomerState, int> stateCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsIgnoringState(int sourceRow) const;

    QPointer<CustomersModel> m_customers;
    QString m_text;
    QStringList m_words; ///< case-folded
    std::optional<CustomerState> m_state;
    std::optional<int> m_waitingDays;
    qint64 m_waitingLimit = 0; ///< ms since the epoch: waiting since before this passes
};
