#pragma once

#include <QList>
#include <QString>

class QVBoxLayout;
class QWidget;

/**
 * The body of a wizard page that can grow taller than the window: @p sections stacked in a frameless
 * scroll area that fills @p page. Returns the sections' layout, for pages that add more later.
 */
namespace ScrollingContent {
QVBoxLayout *fill(QWidget *page, const QString &objectName, const QList<QWidget *> &sections);
}
