#pragma once

#include "customers/CustomerRow.h"

#include <QSortFilterProxyModel>

#include <optional>

/// Filters the customers by text (organisation number, name, external reference) and status group.
class CustomersFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomersFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// nullopt shows every status.
    void setStatusGroup(std::optional<CustomerRow::StatusGroup> group);
    std::optional<CustomerRow::StatusGroup> statusGroup() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<CustomerRow::StatusGroup> m_group;
};
