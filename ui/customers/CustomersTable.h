#pragma once

#include <QStackedWidget>

class CustomersFilterModel;
class CustomersModel;
class QLabel;
class QTableView;
class QTimer;

/**
 * The customers view's table of customers, or in its place a sentence saying why there is none
 * (nothing loaded, no customers, nothing matches the filter). Columns are fitted to their contents when
 * rows arrive, until the person sizes one.
 */
class CustomersTable : public QStackedWidget
{
    Q_OBJECT

public:
    CustomersTable(CustomersModel *model, CustomersFilterModel *proxy, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// Shows @p text instead of the table; empty shows the table.
    void showEmpty(const QString &text);

private:
    /// Columns as wide as their contents (of the first rows), until the person sizes one.
    void fitColumns();

    QTableView *m_table;
    QLabel *m_emptyLabel;
    QTimer *m_fitColumnsTimer;
    bool m_fittingColumns = false;
    bool m_columnsSizedByHand = false;
};
