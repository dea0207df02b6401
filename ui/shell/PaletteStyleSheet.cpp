#include "shell/PaletteStyleSheet.h"

#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

QColor blend(const QColor &from, const QColor &to, float share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
        from.greenF() + (to.greenF() - from.greenF()) * share,
        from.blueF() + (to.blueF() - from.blueF()) * share);
}

/// Dark variants, keyed by the kind of property ("color", "background", "border") and the light colour.
QHash<QString, QString> darkVariants(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    return {
        // Text on the window: headings and hints from the palette, status colours lightened.
        {u"color #1b2733"_s, text.name()}, // heading, id prefix
        {u"color #55606b"_s, blend(text, window, 0.25f).name()}, // hint
        {u"color #3c4752"_s, blend(text, window, 0.15f).name()}, // column heading, count
        {u"color #0b3d6e"_s, u"#9cc8f5"_s}, // card title, section heading
        {u"color #0b2f52"_s, u"#dbeafe"_s}, // info message on its band
        {u"color #1d5e2c"_s, u"#8fdca2"_s}, // ok, sandbox badge, success
        {u"color #6b4a00"_s, u"#ffd88a"_s}, // warning, test badge
        {u"color #7a4b00"_s, u"#ffd88a"_s},
        {u"color #8c1d18"_s, u"#ffb4ab"_s}, // error on its band, error badge
        {u"color #a4161a"_s, u"#ff9e94"_s}, // failed status, field error
        {u"color #b3261e"_s, u"#ff9e94"_s},
        // Surfaces: the context bar and cards a step off the window, bands dark and tinted.
        {u"background #f3f5f8"_s, window.lighter(125).name()}, // context bar
        {u"background #ffffff"_s, palette.color(QPalette::Base).name()}, // task card
        {u"background #fafbfc"_s, window.name()}, // unavailable task card
        {u"background #eef1f5"_s, window.lighter(140).name()}, // id prefix
        {u"background #e3f1e6"_s, u"#1f3d26"_s}, // sandbox badge, success band
        {u"background #fff3d6"_s, u"#473811"_s}, // test badge, warning band
        {u"background #fde7e6"_s, u"#4a1d1b"_s}, // error badge and bands
        {u"background #e8f1fb"_s, u"#1c3550"_s}, // info band
        {u"background #eaf3fb"_s, u"#1c3550"_s}, // resume banner
        {u"background #fffafa"_s, u"#3a2222"_s}, // invalid field
        {u"border #d5dbe3"_s, window.lighter(170).name()},
        {u"border #c9d2dc"_s, window.lighter(190).name()},
        {u"border #b8c2cd"_s, window.lighter(190).name()},
        {u"border #0062ba"_s, u"#6fb0f0"_s},
        {u"border #2e7d32"_s, u"#8fdca2"_s},
        {u"border #b3261e"_s, u"#ff9e94"_s},
        {u"border #9cc3e6"_s, u"#3d6a96"_s},
        {u"border #b6cfea"_s, u"#3d6a96"_s},
        {u"border #e0c27a"_s, u"#8a6d2a"_s},
        {u"border #e3a19c"_s, u"#8c4a45"_s},
    };
}

} // namespace

PaletteStyleSheet::PaletteStyleSheet(QApplication *application, const QString &sheet)
    : QObject(application)
    , m_application(application)
    , m_sheet(sheet)
{
    setObjectName(u"paletteStyleSheet"_s);
    application->installEventFilter(this);
    apply();
}

void PaletteStyleSheet::setSheet(const QString &sheet)
{
    m_sheet = sheet;
    apply();
}

bool PaletteStyleSheet::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5f;
}

QString PaletteStyleSheet::fill(const QString &sheet, const QPalette &palette)
{
    if (!isDark(palette))
        return sheet;
    const QHash<QString, QString> variants = darkVariants(palette);
    static const QRegularExpression declaration(
        u"\\b(color|background|border(?:-[a-z]+)?)(\\s*:[^;#{}]*)(#[0-9a-fA-F]{6})\\b"_s);
    QString filled;
    qsizetype last = 0;
    for (auto it = declaration.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString property = match.captured(1);
        const QString kind = property.startsWith(u"border"_s) ? u"border"_s : property;
        const QString dark = variants.value(kind + u' ' + match.captured(3).toLower());
        filled += QStringView(sheet).mid(last, match.capturedStart(3) - last);
        filled += dark.isEmpty() ? match.captured(3) : dark;
        last = match.capturedEnd(3);
    }
    filled += QStringView(sheet).mid(last);
    return filled;
}

bool PaletteStyleSheet::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_application && event->type() == QEvent::ApplicationPaletteChange)
        apply();
    return QObject::eventFilter(watched, event);
}

void PaletteStyleSheet::apply()
{
    // Setting a style sheet can change the palette again; the guard and the comparison end that loop.
    if (m_applying)
        return;
    m_applying = true;
    const QString filled = fill(m_sheet, m_application->palette());
    if (filled != m_application->styleSheet())
        m_application->setStyleSheet(filled);
    m_applying = false;
}
