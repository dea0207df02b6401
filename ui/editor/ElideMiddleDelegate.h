#pragma once

#include <QStyledItemDelegate>

/// Elides in the middle, so both ends of an identifier stay readable ("ske-krav…betalinger").
class ElideMiddleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ElideMiddleDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
