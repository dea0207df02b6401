#include "shell/ApplicationIdentity.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

void installApplicationDesktopId()
{
    QGuiApplication::setDesktopFileName(QString::fromUtf16(ApplicationDesktopId));
}

void installApplicationIcon(QApplication &application)
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1x%1/systemuser-wizard.png"_s.arg(size), QSize(size, size));
    application.setWindowIcon(icon);
}
