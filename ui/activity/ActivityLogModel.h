#pragma once

#include "net/ActivityLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

/**
 * The activity log as a table, one row per HTTP call, oldest first. Follows the log live: new calls
 * are inserted as rows (no reset), and rows the log dropped at its capacity are removed.
 */
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        AttemptColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< qint64, for ActivityLog::entry()
        SortRole, ///< raw value: time, status, milliseconds, attempt
        SearchTextRole, ///< method, whole URL and status text of the row, for filtering
        OutcomeRole, ///< ActivityFormatting::Outcome as int
    };

    explicit ActivityLogModel(QObject *parent = nullptr);

    /// Shows @p log (may be null); the model follows it until another one is set.
    void setActivityLog(Altinn::ActivityLog *log);
    Altinn::ActivityLog *activityLog() const { return m_log; }

    /// The entry of @p row, or null.
    const Altinn::ActivityEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(const Altinn::ActivityEntry &entry);
    void reload();

    QPointer<Altinn::ActivityLog> m_log;
    QList<Altinn::ActivityEntry> m_entries;
};
