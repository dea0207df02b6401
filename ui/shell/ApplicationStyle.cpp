#include "shell/ApplicationStyle.h"

#include <QApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

void installApplicationStyle(QApplication &application)
{
    QFile styleSheet(u":/style/app.qss"_s);
    if (styleSheet.open(QIODevice::ReadOnly | QIODevice::Text))
        application.setStyleSheet(QString::fromUtf8(styleSheet.readAll()));
}
