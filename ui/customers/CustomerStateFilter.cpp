#include "customers/CustomerStateFilter.h"

#include <QEvent>

namespace {
constexpr int AllStates = -1;
}

CustomerStateFilter::CustomerStateFilter(QWidget *parent)
    : QComboBox(parent)
{
    // The items never change, only their texts: the selection survives new counts and languages.
    addItem(QString(), AllStates);
    for (const CustomerState state : CustomerStates::all())
        addItem(QString(), int(state));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT stateChanged(state()); });
    updateTexts();
}

std::optional<CustomerState> CustomerStateFilter::state() const
{
    const int value = currentData().toInt();
    if (currentIndex() < 0 || value == AllStates)
        return std::nullopt;
    return CustomerState(value);
}

void CustomerStateFilter::setState(std::optional<CustomerState> state)
{
    setCurrentIndex(std::max(0, findData(state ? int(*state) : AllStates)));
}

void CustomerStateFilter::setCounts(const QHash<CustomerState, int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    updateTexts();
}

QString CustomerStateFilter::summary(const QHash<CustomerState, int> &counts, const QLocale &locale)
{
    QStringList parts;
    int total = 0;
    for (const CustomerState state : CustomerStates::all()) {
        const int count = counts.value(state);
        total += count;
        if (count > 0)
            parts.append(tr("%1: %2").arg(CustomerStates::text(state), locale.toString(count)));
    }
    if (total == 0)
        return {};
    return tr("%n customer(s) — %1", nullptr, total).arg(parts.join(tr(" · ")));
}

void CustomerStateFilter::updateTexts()
{
    int total = 0;
    for (int i = 0; i < count(); ++i) {
        const int value = itemData(i).toInt();
        if (value == AllStates)
            continue;
        const int inState = m_counts.value(CustomerState(value));
        total += inState;
        setItemText(
            i, tr("%1 (%2)").arg(CustomerStates::text(CustomerState(value)), locale().toString(inState)));
    }
    setItemText(findData(AllStates), tr("All customers (%1)").arg(locale().toString(total)));
    setAccessibleName(tr("Show customers in state"));
}

void CustomerStateFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateTexts();
    QComboBox::changeEvent(event);
}
