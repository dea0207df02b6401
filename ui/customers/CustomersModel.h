#pragma once

#include "workspace/CustomerRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QStringList>

#include <limits>

class CustomerLedger;

/**
 * The customers of one CustomerLedger, one row per record in the ledger's order (organisation
 * number, external reference). Follows the ledger live: a changed record is a dataChanged over the
 * columns that changed, new ones inserted rows, never a reset (docs/customer-ledger.md). The note
 * column is editable and saved in the ledger.
 *
 * Each row keeps what filtering and sorting need (folded search text, waiting-since time) so that
 * CustomersFilterModel goes through 10,000 rows without formatting a string or a date.
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

    /// waitingSinceAt() of a customer nothing waits for.
    static constexpr qint64 NotWaiting = std::numeric_limits<qint64>::max();

    const CustomerRecord *recordAt(int row) const;
    /// The row of the record with @p key, or -1.
    int rowOf(const QString &key) const;
    QList<CustomerRecord> records() const;

    /// Organisation number, name, external reference and note, case-folded (QString::toCaseFolded).
    QStringView searchTextAt(int row) const { return m_rows.at(row).searchText; }
    /// CustomerLedger::waitingSince() of the row in ms since the epoch, or NotWaiting.
    qint64 waitingSinceAt(int row) const { return m_rows.at(row).waitingSince; }
    CustomerState stateAt(int row) const { return m_rows.at(row).record.state; }
    /// How many rows are in each state (CustomerLedger::counts of the rows shown).
    QHash<CustomerState, int> stateCounts() const;
    /// Whether row @p left sorts before row @p right by @p column, as the column reads (names without
    /// case, dates by time, states and next steps in the order views list them).
    bool lessThan(int left, int right, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CustomerRecord record;
        QString key;
        QString searchText; ///< folded
        QString sortName; ///< folded name, or the organisation number when there is none
        qint64 waitingSince = NotWaiting;
    };
    static Row makeRow(const CustomerRecord &record, QString key);

    void updateRecord(const QString &key);
    /// After upsertAll: a few keys one by one, many in one walk over the ledger.
    void updateRecords(const QStringList &keys);
    void removeRecord(const QString &key);
    /// Brings the rows in line with the whole ledger: one walk, neighbouring new or gone rows in one
    /// insertion or removal.
    void reconcileAll();
    void replaceAt(int row, const CustomerRecord &record);

    QPointer<CustomerLedger> m_ledger;
    QList<QMetaObject::Connection> m_connections;
    QList<Row> m_rows; ///< ordered by key, like the ledger
    QLocale m_locale;
};
