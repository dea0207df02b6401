#include "common/ScrollingContent.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ScrollingContent {

QVBoxLayout *fill(QWidget *page, const QString &objectName, const QList<QWidget *> &sections)
{
    auto *content = new QWidget;
    content->setObjectName(objectName + u"Content"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(8);
    for (QWidget *section : sections)
        contentLayout->addWidget(section);
    contentLayout->addStretch(1);
    auto *scrollArea = new QScrollArea(page);
    scrollArea->setObjectName(objectName + u"ScrollArea"_s);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    // The scroll area itself never takes the focus: Tab goes from field to field.
    scrollArea->setFocusPolicy(Qt::NoFocus);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);
    return contentLayout;
}

} // namespace ScrollingContent
