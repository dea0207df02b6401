#include "customers/CustomersModel.h"

#include "common/ScreenMasking.h"
#include "customers/CustomerCells.h"
#include "workspace/CustomerLedger.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The first and last column that show something that differs between @p before and @p after, or
/// {-1, -1} when only what the tooltip shows changed.
std::pair<int, int> changedColumns(const CustomerRecord &before, const CustomerRecord &after)
{
    bool changed[CustomersModel::ColumnCount] = {};
    changed[CustomersModel::CustomerColumn] = before.name != after.name || before.orgNo != after.orgNo;
    changed[CustomersModel::ExternalRefColumn] = before.externalRef != after.externalRef;
    changed[CustomersModel::KindColumn] = before.kind != after.kind;
    changed[CustomersModel::StateColumn] = before.state != after.state;
    changed[CustomersModel::NextStepColumn] = before.state != after.state;
    changed[CustomersModel::SinceColumn] = before.stateSince != after.stateSince;
    changed[CustomersModel::CreatedColumn] = before.requestCreated != after.requestCreated;
    changed[CustomersModel::NoteColumn] = before.note != after.note;
    int first = -1;
    int last = -1;
    for (int column = 0; column < CustomersModel::ColumnCount; ++column) {
        if (changed[column]) {
            first = first < 0 ? column : first;
            last = column;
        }
    }
    return {first, last};
}

template <typename T> int compareValues(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

CustomersModel::CustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Presenter mode masks real customers' organisation numbers (outside the sandbox).
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, CustomerColumn), index(rowCount() - 1, ExternalRefColumn));
    });
}

CustomersModel::Row CustomersModel::makeRow(const CustomerRecord &record, QString key)
{
    Row row;
    row.record = record;
    row.key = std::move(key);
    // Folded once here, so the filter compares without case and without building a string per row.
    row.searchText =
        QString(record.orgNo + u' ' + record.name + u' ' + record.externalRef + u' ' + record.note)
            .toCaseFolded();
    row.sortName = (record.name.isEmpty() ? record.orgNo : record.name).toCaseFolded();
    const QDateTime since = CustomerLedger::waitingSince(record);
    row.waitingSince = since.isValid() ? since.toMSecsSinceEpoch() : NotWaiting;
    return row;
}

void CustomersModel::setLedger(CustomerLedger *ledger)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_ledger = ledger;
    m_rows.clear();
    if (ledger) {
        const QList<CustomerRecord> records = ledger->customers();
        m_rows.reserve(records.size());
        for (const CustomerRecord &record : records)
            m_rows.append(makeRow(record, record.key()));
    }
    endResetModel();
    if (!ledger)
        return;
    m_connections = {
        connect(ledger, &CustomerLedger::customerChanged, this, &CustomersModel::updateRecord),
        connect(ledger, &CustomerLedger::customersChanged, this, &CustomersModel::updateRecords),
        connect(ledger, &CustomerLedger::customerRemoved, this, &CustomersModel::removeRecord),
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
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SinceColumn), index(rowCount() - 1, CreatedColumn));
}

void CustomersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const CustomerRecord *CustomersModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

QList<CustomerRecord> CustomersModel::records() const
{
    QList<CustomerRecord> records;
    records.reserve(m_rows.size());
    for (const Row &row : m_rows)
        records.append(row.record);
    return records;
}

QHash<CustomerState, int> CustomersModel::stateCounts() const
{
    QHash<CustomerState, int> counts;
    for (const Row &row : m_rows)
        ++counts[row.record.state];
    return counts;
}

int CustomersModel::rowOf(const QString &key) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
        [](const Row &row, const QString &wanted) { return row.key < wanted; });
    return it != m_rows.cend() && it->key == key ? int(it - m_rows.cbegin()) : -1;
}

bool CustomersModel::lessThan(int left, int right, int column) const
{
    const Row &a = m_rows.at(left);
    const Row &b = m_rows.at(right);
    int order = 0;
    switch (column) {
    case CustomerColumn:
        order = a.sortName.compare(b.sortName);
        if (order == 0)
            order = a.record.orgNo.compare(b.record.orgNo);
        break;
    case ExternalRefColumn:
        order = a.record.externalRef.compare(b.record.externalRef, Qt::CaseInsensitive);
        break;
    case KindColumn:
        order = compareValues(int(a.record.kind), int(b.record.kind));
        break;
    case StateColumn:
        order = compareValues(int(a.record.state), int(b.record.state)); // in the order views list them
        break;
    case NextStepColumn:
        order = compareValues(
            int(CustomerStates::nextAction(a.record.state)), int(CustomerStates::nextAction(b.record.state)));
        break;
    case SinceColumn:
        order = compareValues(a.record.stateSince, b.record.stateSince);
        break;
    case CreatedColumn:
        order = compareValues(a.record.requestCreated, b.record.requestCreated);
        break;
    case NoteColumn:
        order = a.record.note.compare(b.record.note, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    return order < 0;
}

void CustomersModel::replaceAt(int row, const CustomerRecord &record)
{
    const CustomerRecord &before = m_rows.at(row).record;
    if (before == record)
        return;
    const auto [first, last] = changedColumns(before, record);
    m_rows[row] = makeRow(record, m_rows.at(row).key);
    // Only the columns that changed: a proxy sorted by another column keeps its order without work.
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ToolTipRole});
}

void CustomersModel::updateRecord(const QString &key)
{
    const std::optional<CustomerRecord> record = m_ledger ? m_ledger->find(key) : std::nullopt;
    if (!record) {
        removeRecord(key);
        return;
    }
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
        [](const Row &row, const QString &wanted) { return row.key < wanted; });
    const int row = int(it - m_rows.cbegin());
    if (it != m_rows.cend() && it->key == key) {
        replaceAt(row, *record);
        return;
    }
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*record, key));
    endInsertRows();
}

void CustomersModel::updateRecords(const QStringList &keys)
{
    // One by one costs a search each; a whole walk costs the ledger's size. A sync that adds
    // thousands of customers also gets them as a few insertions instead of thousands.
    constexpr int OneByOneLimit = 64;
    if (keys.size() > OneByOneLimit) {
        reconcileAll();
        return;
    }
    for (const QString &key : keys)
        updateRecord(key);
}

void CustomersModel::removeRecord(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CustomersModel::reconcileAll()
{
    if (!m_ledger)
        return;
    // Both lists are ordered by key: one walk finds what was added, changed and removed.
    const QList<CustomerRecord> fresh = m_ledger->customers();
    QStringList freshKeys;
    freshKeys.reserve(fresh.size());
    for (const CustomerRecord &record : fresh)
        freshKeys.append(record.key());
    const auto removeUpTo = [this](int row, int end) {
        if (end <= row)
            return;
        beginRemoveRows({}, row, end - 1);
        m_rows.remove(row, end - row);
        endRemoveRows();
    };
    int row = 0;
    qsizetype next = 0;
    while (next < fresh.size()) {
        const QString &key = freshKeys.at(next);
        int gone = row;
        while (gone < m_rows.size() && m_rows.at(gone).key < key)
            ++gone;
        removeUpTo(row, gone);
        if (row < m_rows.size() && m_rows.at(row).key == key) {
            replaceAt(row, fresh.at(next));
            ++row;
            ++next;
            continue;
        }
        // Every new record before the next known row goes in with one insertion.
        QList<Row> added;
        while (next < fresh.size() && (row >= m_rows.size() || freshKeys.at(next) < m_rows.at(row).key)) {
            added.append(makeRow(fresh.at(next), freshKeys.at(next)));
            ++next;
        }
        beginInsertRows({}, row, row + int(added.size()) - 1);
        m_rows.insert(row, added.size(), Row());
        std::move(added.begin(), added.end(), m_rows.begin() + row);
        endInsertRows();
        row += int(added.size());
    }
    removeUpTo(row, int(m_rows.size()));
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
        return m_rows.at(index.row()).searchText;
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
        return CustomerCells::text(*record, index.column(), m_locale);
    case Qt::ToolTipRole:
        return CustomerCells::toolTip(*record, index.column());
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
