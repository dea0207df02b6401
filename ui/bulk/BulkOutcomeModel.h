#pragma once

#include "onboarding/BulkRequestFlow.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

/**
 * The outcome of each customer of a bulk run (requests or change requests), in the order they finished.
 * Outcomes are collected and appended in batches every BatchIntervalMs, so a thousand answers in a few
 * seconds cost the UI thread a few dozen small inserts instead of a thousand.
 */
class BulkOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// One customer's outcome as shown.
    struct Outcome
    {
        QString key;
        QString customer; ///< "Kunde AS (974 760 673)"
        QString label; ///< short: "Request sent", "Failed"
        QString detail; ///< what happened, in plain words
        bool problem = false; ///< shown with "Only problems"
        bool failed = false;
    };

    /// A bulk request outcome as a row.
    static Outcome from(const Onboarding::BulkRequestFlow::CustomerOutcome &outcome);

    static constexpr int BatchIntervalMs = 100;

    enum Column { CustomerColumn, OutcomeColumn, DetailColumn, ColumnCount };
    enum Role {
        ProblemRole = Qt::UserRole + 1, ///< bool: failed or needs the person
        KeyRole, ///< the customer's key
    };

    explicit BulkOutcomeModel(QObject *parent = nullptr);

    /// Queues @p outcome; it is shown with the next batch.
    void add(const Outcome &outcome);
    /// Shows every queued outcome now (at the end of a run).
    void flush();
    void clear();
    int pendingCount() const { return int(m_pending.size()); }
    const Outcome &outcomeAt(int row) const { return m_outcomes.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Outcome> m_outcomes;
    QList<Outcome> m_pending;
    QTimer m_batchTimer;
    QIcon m_problemIcon;
    QIcon m_failedIcon;
};

/// The outcomes, or only the problems ("Only problems").
class BulkOutcomeFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BulkOutcomeFilter(QObject *parent = nullptr);
    void setOnlyProblems(bool onlyProblems);
    bool onlyProblems() const { return m_onlyProblems; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyProblems = false;
};
