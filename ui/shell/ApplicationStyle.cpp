#include "shell/ApplicationStyle.h"

#include "shell/PaletteStyleSheet.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {
// Presenter mode's factor for the sheet's point sizes (the application font is scaled with it).
double styleScale = 1.0;
} // namespace

QString scaledStyleSheet(const QString &sheet, double scale)
{
    if (qFuzzyCompare(scale, 1.0))
        return sheet;
    static const QRegularExpression pointSize(u"font-size:\\s*([0-9]+(?:\\.[0-9]+)?)pt"_s);
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator matches = pointSize.globalMatch(sheet);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(sheet).mid(from, match.capturedStart() - from);
        const double scaled = match.captured(1).toDouble() * scale;
        result += u"font-size: %1pt"_s.arg(QString::number(scaled, 'f', 1));
        from = match.capturedEnd();
    }
    result += QStringView(sheet).mid(from);
    return result;
}

void setApplicationStyleScale(QApplication &application, double scale)
{
    styleScale = scale;
    installApplicationStyle(application);
}

void installApplicationStyle(QApplication &application)
{
    QFile styleSheet(u":/style/app.qss"_s);
    if (!styleSheet.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    const QString sheet = scaledStyleSheet(QString::fromUtf8(styleSheet.readAll()), styleScale);
    // Colours follow the palette (dark variants under a dark one), also when it changes later.
    if (auto *existing = application.findChild<PaletteStyleSheet *>(QString(), Qt::FindDirectChildrenOnly))
        existing->setSheet(sheet);
    else
        new PaletteStyleSheet(&application, sheet);
}
