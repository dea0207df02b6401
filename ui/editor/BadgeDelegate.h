#pragma once

#include <QStyledItemDelegate>

/**
 * Draws an access package's kind as a small rounded chip with its text ("Standard", "Client
 * relationship"), so the kind does not depend on colour alone.
 */
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BadgeDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
