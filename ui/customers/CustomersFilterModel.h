#pragma once

#include "workspace/CustomerRecord.h"

#include <QSortFilterProxyModel>

#include <optional>

/// Filters the customers by text (organisation number, name, external reference, note) and state.
class CustomersFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomersFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// nullopt shows every state.
    void setState(std::optional<CustomerState> state);
    std::optional<CustomerState> state() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<CustomerState> m_state;
};
