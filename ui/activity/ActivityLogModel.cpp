#include "activity/ActivityLogModel.h"

#include "common/ScreenMasking.h"
#include "net/ActivityFormatting.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;
using Altinn::ActivityFormatting;

namespace {

/// WCAG AA on the rows' base: the application style sheet's tones, lighter ones on a dark base
/// (the same as ui/shell/PaletteStyleSheet's dark variants).
QColor outcomeColour(ActivityFormatting::Outcome outcome)
{
    const bool darkBase = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5f;
    switch (outcome) {
    case ActivityFormatting::Outcome::Success:
        return darkBase ? QColor(0x8f, 0xdc, 0xa2) : QColor(0x1d, 0x5e, 0x2c);
    case ActivityFormatting::Outcome::Redirect:
        return darkBase ? QColor(0x9c, 0xc8, 0xf5) : QColor(0x0b, 0x3d, 0x6e);
    case ActivityFormatting::Outcome::ClientError:
        return darkBase ? QColor(0xff, 0xd8, 0x8a) : QColor(0x7a, 0x4b, 0x00);
    case ActivityFormatting::Outcome::ServerError:
    case ActivityFormatting::Outcome::NoAnswer:
        break;
    }
    return darkBase ? QColor(0xff, 0x9e, 0x94) : QColor(0xa4, 0x16, 0x1a);
}

} // namespace

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Presenter mode masks ids and tokens in the URLs shown.
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, UrlColumn), index(rowCount() - 1, UrlColumn));
    });
}

void ActivityLogModel::setActivityLog(Altinn::ActivityLog *log)
{
    if (m_log == log)
        return;
    if (m_log)
        m_log->disconnect(this);
    m_log = log;
    if (m_log) {
        connect(m_log, &Altinn::ActivityLog::entryAdded, this, &ActivityLogModel::append);
        connect(m_log, &Altinn::ActivityLog::cleared, this, &ActivityLogModel::reload);
        connect(m_log, &QObject::destroyed, this, [this] {
            m_log = nullptr;
            reload();
        });
    }
    reload();
}

const Altinn::ActivityEntry *ActivityLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void ActivityLogModel::reload()
{
    beginResetModel();
    m_entries = m_log ? m_log->entries() : QList<Altinn::ActivityEntry>();
    endResetModel();
}

void ActivityLogModel::append(const Altinn::ActivityEntry &entry)
{
    // The log drops its oldest entries at capacity: drop the same rows here, whatever the capacity is.
    const QList<Altinn::ActivityEntry> kept = m_log ? m_log->entries() : QList<Altinn::ActivityEntry>();
    const qint64 oldestKept = kept.isEmpty() ? entry.id : kept.constFirst().id;
    qsizetype dropped = 0;
    while (dropped < m_entries.size() && m_entries.at(dropped).id < oldestKept)
        ++dropped;
    if (dropped > 0) {
        beginRemoveRows({}, 0, static_cast<int>(dropped - 1));
        m_entries.remove(0, dropped);
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    const Altinn::ActivityEntry *entry = entryAt(index.row());
    if (!entry || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const QDateTime localStart = entry->startedAt.toLocalTime();

    switch (role) {
    case EntryIdRole:
        return entry->id;
    case OutcomeRole:
        return static_cast<int>(ActivityFormatting::outcome(*entry));
    case SearchTextRole:
        return QString(QString::fromLatin1(entry->method) + u' ' + entry->url.toDisplayString() + u' '
            + ActivityFormatting::statusText(*entry));
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry->id; // ids follow the start of each call, and tell apart calls in the same ms
        case StatusColumn:
            return entry->status;
        case DurationColumn:
            return entry->durationMs;
        case AttemptColumn:
            return entry->attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return localStart.toString(u"HH:mm:ss"_s);
        case MethodColumn:
            return QString::fromLatin1(entry->method);
        case UrlColumn:
            return ScreenMasking::instance()->maskText(ActivityFormatting::pathAndQuery(entry->url));
        case StatusColumn:
            return ActivityFormatting::statusText(*entry);
        case DurationColumn:
            return ActivityFormatting::duration(entry->durationMs);
        case AttemptColumn:
            return entry->attempt;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(localStart, QLocale::LongFormat);
        case UrlColumn:
            return ScreenMasking::instance()->maskText(entry->url.toDisplayString());
        case StatusColumn:
            return entry->outcome.isEmpty()
                ? ActivityFormatting::statusText(*entry)
                : QString(ActivityFormatting::statusText(*entry) + u" — "_s + entry->outcome);
        case AttemptColumn:
            return entry->attempt > 1 ? tr("Retry: attempt %1").arg(entry->attempt) : tr("First attempt");
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(outcomeColour(ActivityFormatting::outcome(*entry)));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == AttemptColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case AttemptColumn:
        return tr("Attempt");
    default:
        return {};
    }
}
