#pragma once

#include "workspace/CustomerListImport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

/// The accepted rows of an imported customer list, as the import preview shows them.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        OrgNoColumn,
        NameColumn,
        ExternalRefColumn,
        EmailColumn,
        KindColumn,
        LanguageColumn,
        WantedColumn,
        ListedColumn,
        ColumnCount
    };
    enum Role {
        OrgNoRole = Qt::UserRole + 1, ///< the nine digits, unformatted
        KeyRole, ///< CustomerRecord::key() of the row
    };

    explicit ImportRowsModel(QObject *parent = nullptr);

    /// Shows @p rows; those whose key is in @p listed are marked as already in the list.
    void setRows(const QList<CustomerListImport::Row> &rows, const QSet<QString> &listed);
    void clear();
    const CustomerListImport::Row &rowAt(int row) const { return m_rows.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerListImport::Row> m_rows;
    QSet<QString> m_listed;
};
