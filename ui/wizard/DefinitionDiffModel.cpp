#include "wizard/DefinitionDiffModel.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;
using Altinn::DefinitionChange;

namespace {

/// A small badge whose shape tells the kind on its own (plus, minus, diamond); colour only adds to it.
QIcon kindIcon(DefinitionChange::Kind kind)
{
    constexpr int Size = 32; // drawn large, shown scaled: crisp on high-DPI screens
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2, 2, Size - 4, Size - 4);
    QPen symbolPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap);
    switch (kind) {
    case DefinitionChange::Kind::Added:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1a, 0x7f, 0x37));
        painter.drawEllipse(box);
        painter.setPen(symbolPen);
        painter.drawLine(QPointF(Size / 2.0, 9), QPointF(Size / 2.0, Size - 9));
        painter.drawLine(QPointF(9, Size / 2.0), QPointF(Size - 9, Size / 2.0));
        break;
    case DefinitionChange::Kind::Removed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xb4, 0x23, 0x18));
        painter.drawEllipse(box);
        painter.setPen(symbolPen);
        painter.drawLine(QPointF(9, Size / 2.0), QPointF(Size - 9, Size / 2.0));
        break;
    case DefinitionChange::Kind::Changed: {
        QPainterPath diamond;
        diamond.moveTo(Size / 2.0, 1);
        diamond.lineTo(Size - 1, Size / 2.0);
        diamond.lineTo(Size / 2.0, Size - 1);
        diamond.lineTo(1, Size / 2.0);
        diamond.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x9a, 0x67, 0x00));
        painter.drawPath(diamond);
        painter.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(10, Size / 2.0 - 3), QPointF(Size - 10, Size / 2.0 - 3));
        painter.drawLine(QPointF(10, Size / 2.0 + 3), QPointF(Size - 10, Size / 2.0 + 3));
        break;
    }
    }
    painter.end();
    return QIcon(pixmap);
}

/// An empty side shows a dash (an empty cell looks like a rendering fault) and is read out as "none".
QString cellText(const QString &text, int role)
{
    if (!text.isEmpty())
        return text;
    return role == Qt::AccessibleTextRole ? DefinitionDiffModel::tr("none") : u"—"_s;
}

bool isText(const QString &field)
{
    return field == u"name" || field == u"description";
}

} // namespace

DefinitionDiffModel::DefinitionDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DefinitionDiffModel::setChanges(const QList<DefinitionChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

void DefinitionDiffModel::setNames(const CatalogueNames &names)
{
    m_names = names;
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void DefinitionDiffModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DefinitionDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int DefinitionDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DefinitionDiffModel::fieldName(const QString &field)
{
    if (field == u"id")
        return tr("System id");
    if (field == u"vendor")
        return tr("Vendor");
    if (field == u"name")
        return tr("Name");
    if (field == u"description")
        return tr("Description");
    if (field == u"rights")
        return tr("Rights");
    if (field == u"accessPackages")
        return tr("Access packages");
    if (field == u"clientId")
        return tr("Maskinporten client ids");
    if (field == u"allowedRedirectUrls")
        return tr("Redirect URLs");
    if (field == u"isVisible")
        return tr("Visible in Altinn");
    return field;
}

QString DefinitionDiffModel::kindName(DefinitionChange::Kind kind)
{
    switch (kind) {
    case DefinitionChange::Kind::Added:
        return tr("Added");
    case DefinitionChange::Kind::Removed:
        return tr("Removed");
    case DefinitionChange::Kind::Changed:
        break;
    }
    return tr("Changed");
}

QString DefinitionDiffModel::languageName(const QString &code)
{
    if (code == u"nb")
        return tr("Norwegian Bokmål (nb)");
    if (code == u"nn")
        return tr("Norwegian Nynorsk (nn)");
    if (code == u"en")
        return tr("English (en)");
    return code;
}

QString DefinitionDiffModel::itemText(const DefinitionChange &change) const
{
    if (isText(change.field))
        return languageName(change.key);
    if (change.field == u"rights")
        return m_names.right(change.key);
    if (change.field == u"accessPackages")
        return m_names.package(change.key);
    return change.key;
}

QString DefinitionDiffModel::valueText(const DefinitionChange &change, const QString &value) const
{
    if (change.field == u"isVisible" && !value.isEmpty())
        return value == u"true" ? tr("Yes") : tr("No");
    // A list item's value repeats its key: say whether it is there instead.
    if (!isText(change.field) && !change.key.isEmpty() && change.kind != DefinitionChange::Kind::Changed)
        return value.isEmpty() ? QString() : tr("Included");
    return value;
}

QVariant DefinitionDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const DefinitionChange &change = m_changes.at(index.row());
    if (role == KindRole)
        return static_cast<int>(change.kind);
    if (role == FieldRole)
        return change.field;
    if (role == Qt::DecorationRole && index.column() == ChangeColumn) {
        static const QIcon added = kindIcon(DefinitionChange::Kind::Added);
        static const QIcon removed = kindIcon(DefinitionChange::Kind::Removed);
        static const QIcon changed = kindIcon(DefinitionChange::Kind::Changed);
        switch (change.kind) {
        case DefinitionChange::Kind::Added:
            return added;
        case DefinitionChange::Kind::Removed:
            return removed;
        case DefinitionChange::Kind::Changed:
            return changed;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return fieldName(change.field);
    case ItemColumn:
        return itemText(change);
    case ChangeColumn:
        return kindName(change.kind);
    case BeforeColumn: {
        return cellText(valueText(change, change.before), role);
    }
    case AfterColumn: {
        return cellText(valueText(change, change.after), role);
    }
    default:
        return {};
    }
}

QVariant DefinitionDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ItemColumn:
        return tr("Item or language");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Registered now");
    case AfterColumn:
        return tr("Your draft");
    default:
        return {};
    }
}
