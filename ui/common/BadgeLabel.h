#pragma once

#include <QLabel>

/**
 * A short status text (the environment badge) that stays on one line while there is room and wraps only when
 * the window is too narrow for it. A plain word-wrapping QLabel asks for a narrow, two-line width even when
 * the bar has room to spare.
 */
class BadgeLabel : public QLabel
{
public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
};
