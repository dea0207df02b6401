#pragma once

#include "workspace/CustomerRecord.h"

#include <QComboBox>
#include <QHash>
#include <QLocale>

#include <optional>

/**
 * The state filter of the customers view: "All customers" and the eight states of
 * docs/customer-ledger.md, each with how many customers are in it ("Waiting for the customer (3)").
 */
class CustomerStateFilter : public QComboBox
{
    Q_OBJECT

public:
    explicit CustomerStateFilter(QWidget *parent = nullptr);

    /// nullopt: every state.
    std::optional<CustomerState> state() const;
    void setState(std::optional<CustomerState> state);
    void setCounts(const QHash<CustomerState, int> &counts);

    /// "3 waiting for the customer · 1 approved …": the states that have customers, for a summary line.
    static QString summary(const QHash<CustomerState, int> &counts, const QLocale &locale);

Q_SIGNALS:
    void stateChanged(std::optional<CustomerState> state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QHash<CustomerState, int> m_counts;
};
