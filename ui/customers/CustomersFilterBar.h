#pragma once

#include "workspace/CustomerRecord.h"

#include <QHash>
#include <QWidget>

class CustomerStateFilter;
class CustomersFilterModel;
class QCheckBox;
class QLineEdit;
class QSpinBox;

/**
 * The customers view's filters, applied to its CustomersFilterModel: a text filter, the state filter
 * with counts and "Waiting more than N days", combined.
 */
class CustomersFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersFilterBar(CustomersFilterModel *proxy, QWidget *parent = nullptr);

    /// What each choice of the state filter would show.
    void setCounts(const QHash<CustomerState, int> &counts);
    /// Measures the waiting filter from now again (customers went on waiting); nothing when it is off.
    void refreshWaiting();
    /// Puts the focus in the text filter with its text selected.
    void focusText();

    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    /// A filter moved: the rows shown changed.
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyWaitingFilter();
    void retranslateUi();

    CustomersFilterModel *m_proxy;
    QLineEdit *m_filterEdit;
    CustomerStateFilter *m_stateFilter;
    QCheckBox *m_waitingCheck;
    QSpinBox *m_waitingDays;
};
