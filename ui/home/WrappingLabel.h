#pragma once

#include <QLabel>
#include <QMargins>
#include <QVarLengthArray>

/**
 * A word-wrapped QLabel that remembers its measurements. QLabel lays its text out anew for every size
 * question, and the home page's nested layouts ask each card text about 30 times on the way to the first
 * frame, at a handful of widths. The answers are QLabel's own, kept until something they depend on (text,
 * font, margins, alignment, size limits) changes (tests/ui/TestWrappingLabel).
 */
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    /// What QLabel's measurements depend on; a difference from the last one forgets the answers.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contentsMargins;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::Alignment alignment;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction;
        bool wordWrap = false;
        bool hasBuddy = false;
        QSize minimumSize;
        QSize maximumSize;
        QSizePolicy sizePolicy;

        bool operator==(const Inputs &other) const = default;
    };
    Inputs currentInputs() const;
    /// Forgets the answers when the inputs changed since they were given.
    void forgetIfChanged() const;

    mutable Inputs m_inputs;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // Width → height; a layout pass asks about the label's real width and a few on the way there.
    mutable QVarLengthArray<std::pair<int, int>, 8> m_heights;
};
