#pragma once

#include "workspace/CustomerRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QPointer>

class CustomerLedger;

/**
 * The customers of one CustomerLedger, one row per record in the ledger's order (organisation
 * number, external reference). Follows the ledger live: a changed record is a dataChanged, a new
 * one an inserted row, never a reset (docs/customer-ledger.md). The note column is editable and
 * saved in the ledger.
 */
class CustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        ExternalRefColumn,
        KindColumn,
        StateColumn,
        NextStepColumn,
        SinceColumn,
        CreatedColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (dates as date-times)
        SearchTextRole, ///< organisation number, name, external reference and note, for the filter
        StateRole, ///< CustomerState as int
        KeyRole, ///< CustomerRecord::key()
    };

    explicit CustomersModel(QObject *parent = nullptr);

    /// Shows the records of @p ledger (null: none) and follows its changes. Not owned.
    void setLedger(CustomerLedger *ledger);
    CustomerLedger *ledger() const;
    /// Dates are shown in @p locale (the UI language's).
    void setLocale(const QLocale &locale);
    /// The translated columns changed their language.
    void retranslate();

    const CustomerRecord *recordAt(int row) const;
    /// The row of the record with @p key, or -1.
    int rowOf(const QString &key) const;
    QList<CustomerRecord> records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateRecord(const QString &key);
    void removeRecord(const QString &key);
    /// Brings the rows in line with the whole ledger (after upsertAll, which names no record).
    void reconcileAll();
    void replaceAt(int row, const CustomerRecord &record);
    QString dateText(const QDateTime &utc) const;

    QPointer<CustomerLedger> m_ledger;
    QList<QMetaObject::Connection> m_connections;
    QList<CustomerRecord> m_records; ///< ordered by key, like the ledger
    QLocale m_locale;
};
