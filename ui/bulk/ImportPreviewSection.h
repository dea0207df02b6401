#pragma once

#include "workspace/CustomerListImport.h"

#include <QLocale>
#include <QSet>
#include <QWidget>

class ImportRowsModel;
class QLabel;
class QListWidget;
class QTableView;

/**
 * What an import would do, before anything is written: the counts ("212 new, 80 already in the list,
 * 8 with errors"), how the list was read (separator, encoding, header), a table of the accepted rows
 * and every finding with its line — errors and warnings told apart by icon and words, not colour alone.
 */
class ImportPreviewSection : public QWidget
{
    Q_OBJECT

public:
    /// More findings than this are summarised in one line: a list that bad is fixed in the spreadsheet.
    static constexpr int MostFindingsShown = 500;

    explicit ImportPreviewSection(QWidget *parent = nullptr);

    /// Shows @p result and @p merge; rows whose key is in @p listed are already in the ledger.
    void showResult(const CustomerListImport::Result &result, const CustomerListImport::Merge &merge,
        const QSet<QString> &listed, const QLocale &locale);
    void clear();

    QString summaryText() const;
    ImportRowsModel *rowsModel() const { return m_rowsModel; }
    QTableView *rowsTable() const { return m_rowsTable; }
    QListWidget *findingsList() const { return m_findingsList; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFindings(const QList<CustomerListImport::Finding> &findings, const QLocale &locale);

    QLabel *m_summaryLabel;
    QLabel *m_formatLabel;
    QLabel *m_rowsHeading;
    QTableView *m_rowsTable;
    ImportRowsModel *m_rowsModel;
    QLabel *m_findingsHeading;
    QListWidget *m_findingsList;
    std::optional<CustomerListImport::Result> m_result;
    CustomerListImport::Merge m_merge;
    QLocale m_locale;
    bool m_columnsSized = false;
};
