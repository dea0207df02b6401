#include "editor/BadgeDelegate.h"

#include "editor/AccessPackageTreeModel.h"
#include "editor/CatalogueRoles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int Margin = 4;

struct BadgeColours
{
    QColor background;
    QColor border;
    QColor text;
};

// Text on background meets WCAG AA contrast; the border keeps chips apart from selection colours.
BadgeColours coloursFor(AccessPackageTreeModel::Badge badge)
{
    switch (badge) {
    case AccessPackageTreeModel::Badge::Standard:
        return {QColor(0xe1, 0xec, 0xf7), QColor(0x8d, 0xb3, 0xda), QColor(0x0b, 0x3d, 0x6e)};
    case AccessPackageTreeModel::Badge::ClientRelationship:
        return {QColor(0xff, 0xf3, 0xd6), QColor(0xd9, 0xb2, 0x5c), QColor(0x6b, 0x4a, 0x00)};
    case AccessPackageTreeModel::Badge::NotAllowed:
    case AccessPackageTreeModel::Badge::None:
        break;
    }
    return {QColor(0xee, 0xf0, 0xf2), QColor(0xc4, 0xca, 0xd1), QColor(0x4a, 0x52, 0x5a)};
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void BadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant kind = index.data(CatalogueRoles::BadgeKind);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!kind.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Background (selection, alternating rows) as usual, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const BadgeColours colours = coloursFor(kind.value<AccessPackageTreeModel::Badge>());
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 2 * HorizontalPadding;
    const int height = metrics.height() + 2 * VerticalPadding;
    const QRect chip(option.rect.left() + Margin, option.rect.center().y() - height / 2 + 1,
        std::min(width, option.rect.width() - 2 * Margin), height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    const bool enabled = option.state & QStyle::State_Enabled;
    painter->setOpacity(enabled ? 1.0 : 0.6);
    painter->fillPath(path, colours.background);
    painter->setPen(colours.border);
    painter->drawPath(path);
    painter->setPen(colours.text);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter,
        metrics.elidedText(text, Qt::ElideRight, chip.width() - 2 * HorizontalPadding));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(badgeFont(option.font));
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty())
        size.setWidth(metrics.horizontalAdvance(text) + 2 * (HorizontalPadding + Margin));
    // Also for rows without a chip: with uniform row heights the first row (a group) sets every row's height.
    size.setHeight(std::max(size.height(), metrics.height() + 2 * VerticalPadding + 6));
    return size;
}
