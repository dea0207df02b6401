#include "bulk/BulkOutcomeModel.h"

#include "bulk/BulkText.h"

#include <QApplication>
#include <QStyle>

BulkOutcomeModel::BulkOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &BulkOutcomeModel::flush);
    m_problemIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_failedIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
}

BulkOutcomeModel::Outcome BulkOutcomeModel::from(const Onboarding::BulkRequestFlow::CustomerOutcome &outcome)
{
    using Kind = Onboarding::BulkRequestFlow::CustomerOutcome::Kind;
    return Outcome{outcome.key, BulkText::customer(outcome.name, outcome.orgNo),
        BulkText::outcomeLabel(outcome.kind), outcome.text, BulkText::isProblem(outcome.kind),
        outcome.kind == Kind::Failed};
}

void BulkOutcomeModel::add(const Outcome &outcome)
{
    m_pending.append(outcome);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void BulkOutcomeModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_outcomes.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_outcomes.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

void BulkOutcomeModel::clear()
{
    m_batchTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

void BulkOutcomeModel::retranslate()
{
    // The rows keep the words they were told in; the headers follow the language.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BulkOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int BulkOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_outcomes.size())
        return {};
    const Outcome &outcome = m_outcomes.at(index.row());
    switch (role) {
    case ProblemRole:
        return outcome.problem;
    case KeyRole:
        return outcome.key;
    case Qt::DecorationRole:
        if (index.column() != OutcomeColumn || !outcome.problem)
            return {};
        return outcome.failed ? m_failedIcon : m_problemIcon;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CustomerColumn:
            return outcome.customer;
        case OutcomeColumn:
            return outcome.label;
        case DetailColumn:
            return outcome.detail;
        }
        return {};
    }
    return {};
}

QVariant BulkOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("What happened");
    }
    return {};
}

BulkOutcomeFilter::BulkOutcomeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void BulkOutcomeFilter::setOnlyProblems(bool onlyProblems)
{
    if (onlyProblems == m_onlyProblems)
        return;
    m_onlyProblems = onlyProblems;
    invalidateFilter();
}

bool BulkOutcomeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyProblems)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(BulkOutcomeModel::ProblemRole).toBool();
}
