#include "customers/CustomersTable.h"

#include "customers/CustomersFilterModel.h"
#include "customers/CustomersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
/// How many rows fitting the columns looks at: enough to see the usual widths, few enough to be quick
/// with 10,000 customers.
constexpr int ColumnFitRows = 200;
} // namespace

CustomersTable::CustomersTable(CustomersModel *model, CustomersFilterModel *proxy, QWidget *parent)
    : QStackedWidget(parent)
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_fitColumnsTimer(new QTimer(this))
{
    setObjectName(u"customersPages"_s);
    m_table->setObjectName(u"customersTable"_s);
    m_emptyLabel->setObjectName(u"customersEmptyLabel"_s);
    m_emptyLabel->setProperty("role", u"hint"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The note is edited through its action (F2): Enter and a double click open the approval link.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomersModel::CustomerColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fitted to their contents when rows arrive (fitColumns), not after every change: with
    // ResizeToContents each change of one customer measured the text of a thousand rows.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setResizeContentsPrecision(ColumnFitRows);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_fitColumnsTimer->setSingleShot(true);
    m_fitColumnsTimer->setInterval(0);
    addWidget(m_table);
    addWidget(m_emptyLabel);

    // New rows may need wider columns: fitted once the event loop is back, however many arrived.
    connect(model, &QAbstractItemModel::modelReset, m_fitColumnsTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, m_fitColumnsTimer, qOverload<>(&QTimer::start));
    connect(m_fitColumnsTimer, &QTimer::timeout, this, &CustomersTable::fitColumns);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The last column stretches with the view; any other resize not ours is the person's.
        if (!m_fittingColumns && column != CustomersModel::ColumnCount - 1)
            m_columnsSizedByHand = true;
    });
}

void CustomersTable::showEmpty(const QString &text)
{
    m_emptyLabel->setText(text);
    m_emptyLabel->setAccessibleName(text);
    setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);
}

void CustomersTable::fitColumns()
{
    if (m_columnsSizedByHand)
        return;
    m_fittingColumns = true;
    m_table->resizeColumnsToContents();
    m_fittingColumns = false;
}
