#include "common/BadgeLabel.h"

#include <QFontMetrics>

BadgeLabel::BadgeLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize BadgeLabel::sizeHint() const
{
    // The width of the text on one line; minimumSizeHint() stays QLabel's wrapped width, so a layout short of
    // room gives the badge less and it wraps.
    // Frame, contents margins and the style sheet's padding: all that lies between the widget and its text.
    const int chrome = width() - contentsRect().width();
    QFont bold = font(); // the style sheet makes badges bold; measure as drawn even before it is polished
    bold.setBold(true);
    const int oneLine = QFontMetrics(bold).horizontalAdvance(text()) + chrome + 2 * margin()
        + fontMetrics()
              .averageCharWidth(); // QLabel's text layout rounds; without spare room the last word wraps
    return {oneLine, heightForWidth(oneLine)};
}
