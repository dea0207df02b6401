#include "customers/CustomersModel.h"

#include "altinn/RequestStatusText.h"
#include "workspace/CustomerLedger.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

bool keyLess(const CustomerRecord &record, const QString &key)
{
    return record.key() < key;
}

} // namespace

CustomersModel::CustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CustomersModel::setLedger(CustomerLedger *ledger)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_ledger = ledger;
    m_records = ledger ? ledger->customers() : QList<CustomerRecord>();
    endResetModel();
    if (!ledger)
        return;
    m_connections = {
        connect(ledger, &CustomerLedger::customerChanged, this, &CustomersModel::updateRecord),
        connect(ledger, &CustomerLedger::customerRemoved, this, &CustomersModel::removeRecord),
        // Also after the two above, where it finds nothing left to do.
        connect(ledger, &CustomerLedger::changed, this, &CustomersModel::reconcileAll),
        // The desk replaces its ledger when the profile, environment or system changes.
        connect(ledger, &QObject::destroyed, this, [this] { setLedger(nullptr); }),
    };
}

CustomerLedger *CustomersModel::ledger() const
{
    return m_ledger;
}

void CustomersModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, SinceColumn), index(rowCount() - 1, CreatedColumn));
}

void CustomersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const CustomerRecord *CustomersModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int CustomersModel::rowOf(const QString &key) const
{
    const auto it = std::lower_bound(m_records.cbegin(), m_records.cend(), key, keyLess);
    return it != m_records.cend() && it->key() == key ? int(it - m_records.cbegin()) : -1;
}

void CustomersModel::replaceAt(int row, const CustomerRecord &record)
{
    if (m_records.at(row) == record)
        return;
    m_records[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomersModel::updateRecord(const QString &key)
{
    const std::optional<CustomerRecord> record = m_ledger ? m_ledger->find(key) : std::nullopt;
    if (!record) {
        removeRecord(key);
        return;
    }
    const auto it = std::lower_bound(m_records.cbegin(), m_records.cend(), key, keyLess);
    const int row = int(it - m_records.cbegin());
    if (it != m_records.cend() && it->key() == key) {
        replaceAt(row, *record);
        return;
    }
    beginInsertRows({}, row, row);
    m_records.insert(row, *record);
    endInsertRows();
}

void CustomersModel::removeRecord(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

void CustomersModel::reconcileAll()
{
    if (!m_ledger)
        return;
    // Both lists are ordered by key: one walk finds what was added, changed and removed.
    const QList<CustomerRecord> fresh = m_ledger->customers();
    int row = 0;
    for (const CustomerRecord &record : fresh) {
        const QString key = record.key();
        while (row < m_records.size() && m_records.at(row).key() < key) {
            beginRemoveRows({}, row, row);
            m_records.removeAt(row);
            endRemoveRows();
        }
        if (row < m_records.size() && m_records.at(row).key() == key) {
            replaceAt(row, record);
        } else {
            beginInsertRows({}, row, row);
            m_records.insert(row, record);
            endInsertRows();
        }
        ++row;
    }
    if (row < m_records.size()) {
        beginRemoveRows({}, row, int(m_records.size()) - 1);
        m_records.remove(row, m_records.size() - row);
        endRemoveRows();
    }
}

QString CustomersModel::dateText(const QDateTime &utc) const
{
    return utc.isValid() ? m_locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    const CustomerRecord *record = recordAt(index.row());
    if (!record || index.column() < 0 || index.column() >= ColumnCount)
        return {};

    switch (role) {
    case SearchTextRole:
        return QStringList{record->orgNo, record->name, record->externalRef, record->note}.join(u' ');
    case StateRole:
        return int(record->state);
    case KeyRole:
        return record->key();
    case SortRole:
        if (index.column() == SinceColumn)
            return record->stateSince;
        if (index.column() == CreatedColumn)
            return record->requestCreated;
        if (index.column() == StateColumn)
            return int(record->state); // in the order views list the states
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (index.column() == NoteColumn)
            return record->note;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return record->name.isEmpty() ? record->orgNo : tr("%1 (%2)").arg(record->name, record->orgNo);
        case ExternalRefColumn:
            return record->externalRef;
        case KindColumn:
            return Altinn::RequestStatusText::kind(record->kind);
        case StateColumn:
            return CustomerStates::text(record->state);
        case NextStepColumn:
            return CustomerStates::actionText(CustomerStates::nextAction(record->state));
        case SinceColumn:
            return dateText(record->stateSince);
        case CreatedColumn:
            return dateText(record->requestCreated);
        case NoteColumn:
            // One line in the table; the whole note is in the tooltip.
            return record->note.section(u'\n', 0, 0);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == NoteColumn && !record->note.isEmpty())
            return record->note;
        if (record->state == CustomerState::Failed && !record->lastError.isEmpty())
            lines.append(record->lastError);
        if (!record->requestId.isEmpty())
            lines.append(tr("Request id: %1").arg(record->requestId));
        if (!record->systemUserId.isEmpty())
            lines.append(tr("System user id: %1").arg(record->systemUserId));
        if (!record->changeRequestId.isEmpty())
            lines.append(tr("Change request id: %1").arg(record->changeRequestId));
        if (!record->confirmUrl.isEmpty())
            lines.append(tr("Approval link: %1").arg(record->confirmUrl));
        return lines.join(u'\n');
    }
    default:
        break;
    }
    return {};
}

bool CustomersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const CustomerRecord *record = recordAt(index.row());
    if (!record || index.column() != NoteColumn || role != Qt::EditRole || !m_ledger)
        return false;
    // The ledger's customerChanged updates the row.
    return m_ledger->setNote(record->key(), value.toString().trimmed());
}

Qt::ItemFlags CustomersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn && m_ledger)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case ExternalRefColumn:
        return tr("External reference");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case NextStepColumn:
        return tr("Next step");
    case SinceColumn:
        return tr("Since");
    case CreatedColumn:
        return tr("Request created");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
