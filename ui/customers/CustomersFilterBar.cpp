#include "customers/CustomersFilterBar.h"

#include "customers/CustomerStateFilter.h"
#include "customers/CustomersFilterModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

// Texts that moved here from CustomersView keep its translation context, so their translations stay.

namespace {
/// Where "Waiting more than N days" starts: two weeks is when a reminder is usually due.
constexpr int DefaultWaitingDays = 14;
constexpr int MaxWaitingDays = 999;
} // namespace

CustomersFilterBar::CustomersFilterBar(CustomersFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_filterEdit(new QLineEdit(this))
    , m_stateFilter(new CustomerStateFilter(this))
    , m_waitingCheck(new QCheckBox(this))
    , m_waitingDays(new QSpinBox(this))
{
    setObjectName(u"customersFilterBar"_s);
    m_filterEdit->setObjectName(u"customerFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(u"customerStatusFilter"_s);
    m_waitingCheck->setObjectName(u"customerWaitingFilter"_s);
    m_waitingDays->setObjectName(u"customerWaitingDays"_s);
    m_waitingDays->setRange(0, MaxWaitingDays);
    m_waitingDays->setValue(DefaultWaitingDays);
    m_waitingDays->setEnabled(false); // off until the box is ticked

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_waitingCheck);
    layout->addWidget(m_waitingDays);
    setTabOrder(m_filterEdit, m_stateFilter);
    setTabOrder(m_stateFilter, m_waitingCheck);
    setTabOrder(m_waitingCheck, m_waitingDays);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        Q_EMIT filtersChanged();
    });
    connect(
        m_stateFilter, &CustomerStateFilter::stateChanged, this, [this](std::optional<CustomerState> state) {
            m_proxy->setState(state);
            Q_EMIT filtersChanged();
        });
    connect(m_waitingCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_waitingDays->setEnabled(on);
        applyWaitingFilter();
    });
    connect(m_waitingDays, &QSpinBox::valueChanged, this, [this] {
        m_waitingDays->setSuffix(
            QCoreApplication::translate("CustomersView", " day(s)", nullptr, m_waitingDays->value()));
        applyWaitingFilter();
    });
    retranslateUi();
}

QWidget *CustomersFilterBar::firstInTabOrder() const
{
    return m_filterEdit;
}

QWidget *CustomersFilterBar::lastInTabOrder() const
{
    return m_waitingDays;
}

void CustomersFilterBar::setCounts(const QHash<CustomerState, int> &counts)
{
    m_stateFilter->setCounts(counts);
}

void CustomersFilterBar::refreshWaiting()
{
    if (m_waitingCheck->isChecked())
        applyWaitingFilter();
}

void CustomersFilterBar::focusText()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void CustomersFilterBar::applyWaitingFilter()
{
    // Measured from now, as its controls say.
    m_proxy->setWaitingLongerThan(
        m_waitingCheck->isChecked() ? std::optional<int>(m_waitingDays->value()) : std::nullopt);
    Q_EMIT filtersChanged();
}

void CustomersFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomersFilterBar::retranslateUi()
{
    m_filterEdit->setPlaceholderText(QCoreApplication::translate(
        "CustomersView", "Filter by organisation number, name, reference or note"));
    m_filterEdit->setAccessibleName(QCoreApplication::translate("CustomersView", "Filter customers"));
    m_waitingCheck->setText(QCoreApplication::translate("CustomersView", "Waiting more than"));
    m_waitingCheck->setToolTip(QCoreApplication::translate(
        "CustomersView", "Show only customers who have had a request to approve for longer than this"));
    m_waitingCheck->setAccessibleName(QCoreApplication::translate(
        "CustomersView", "Show only customers waiting more than a number of days"));
    m_waitingDays->setSuffix(
        QCoreApplication::translate("CustomersView", " day(s)", nullptr, m_waitingDays->value()));
    m_waitingDays->setAccessibleName(QCoreApplication::translate("CustomersView", "Days waiting"));
}
