#include "common/Labels.h"
#include "i18n/Translator.h"
#include "shell/ApplicationStyle.h"
#include "shell/MainWindow.h"
#include "shell/PaletteStyleSheet.h"
#include "workspace/AppSettings.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

/// Headings, hints and the context bar stay readable (WCAG AA, 4.5:1) under a light and a dark palette.
class TestDarkPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void textIsReadable_data();
    void textIsReadable();
    void paletteChangeAppliesAgain();
    void mainWindowIsReadable_data();
    void mainWindowIsReadable();

private:
    QPalette m_originalPalette;
};

namespace {
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x38));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

/// The colour of the background of @p widget, from its pixels: the corner, away from text.
QColor backgroundOf(QWidget *widget)
{
    return widget->grab().toImage().pixelColor(2, 2);
}

/// The colour most of @p label's pixels have: its background, whatever paints it (itself or a parent).
QColor dominantColourOf(QLabel *label)
{
    const QImage image = label->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor::fromRgb(best);
}
} // namespace

void TestDarkPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_originalPalette = QApplication::palette();
}

void TestDarkPalette::cleanup()
{
    qApp->setStyleSheet({});
    QApplication::setPalette(m_originalPalette);
}

void TestDarkPalette::textIsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDarkPalette::textIsReadable()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : m_originalPalette);
    installApplicationStyle(*qApp);
    QCOMPARE(PaletteStyleSheet::isDark(QApplication::palette()), dark);

    QWidget page;
    page.setAutoFillBackground(true);
    auto *contextBar = new QWidget(&page);
    contextBar->setObjectName(u"contextBar"_s);
    contextBar->setAttribute(Qt::WA_StyledBackground);
    auto *barLabel = new QLabel(u"Profil: Demo AS"_s, contextBar);
    auto *barLayout = new QHBoxLayout(contextBar);
    barLayout->setContentsMargins(8, 8, 8, 8);
    barLayout->addWidget(barLabel);
    QLabel *heading = Labels::heading(u"heading"_s, &page);
    heading->setText(u"Systembruker-veiviser"_s);
    QLabel *hint = Labels::hint(u"hint"_s, &page);
    hint->setText(u"Velg en oppgave"_s);
    auto *layout = new QVBoxLayout(&page);
    layout->addWidget(contextBar);
    layout->addWidget(heading);
    layout->addWidget(hint);
    page.resize(480, 200);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const QColor window = backgroundOf(&page);
    const QColor barBackground = backgroundOf(contextBar);
    if (dark)
        QVERIFY2(window.lightnessF() < 0.5f, qPrintable(window.name()));
    const struct
    {
        QLabel *label;
        QColor background;
    } checks[] = {{heading, window}, {hint, window}, {barLabel, barBackground}};
    for (const auto &check : checks) {
        const QColor text = check.label->palette().color(check.label->foregroundRole());
        const double ratio = contrast(text, check.background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(
                check.label->objectName().isEmpty() ? u"bar label"_s : check.label->objectName(), text.name(),
                check.background.name(), QString::number(ratio, 'f', 2))));
    }
    if (qEnvironmentVariableIsSet("SUW_SAVE_GRABS"))
        page.grab().save(u"/tmp/dark-palette-%1.png"_s.arg(dark ? u"dark"_s : u"light"_s));
}

void TestDarkPalette::paletteChangeAppliesAgain()
{
    installApplicationStyle(*qApp);
    const QString light = qApp->styleSheet();
    QVERIFY(light.contains(u"#1b2733"_s));
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(!qApp->styleSheet().contains(u"#1b2733"_s));
    QVERIFY(qApp->styleSheet().contains(u"#e6e6e6"_s)); // the heading takes the palette's text colour
    QApplication::setPalette(m_originalPalette);
    QTRY_COMPARE(qApp->styleSheet(), light);
}

void TestDarkPalette::mainWindowIsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDarkPalette::mainWindowIsReadable()
{
    // The home page and the context bar as the user sees them: every heading, hint and bar label.
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : m_originalPalette);
    installApplicationStyle(*qApp);
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"nb"_s));
    AppSettings settings;
    MainWindow window(translator, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    QWidget *contextBar = window.findChild<QWidget *>(u"contextBar"_s);
    QVERIFY(contextBar);
    QList<QLabel *> checked;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->width() < 4)
            continue;
        const QString role = label->property("role").toString();
        const bool inBar = contextBar->isAncestorOf(label);
        if (!inBar && role != u"heading" && role != u"hint" && role != u"cardTitle")
            continue;
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor background = dominantColourOf(label);
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(u"%1 (%2) \"%3\": %4 on %5 is %6:1"_s.arg(label->objectName(), role, label->text(),
                text.name(), background.name(), QString::number(ratio, 'f', 2))));
        checked.append(label);
    }
    QVERIFY2(checked.size() >= 4, qPrintable(QString::number(checked.size())));
    if (qEnvironmentVariableIsSet("SUW_SAVE_GRABS"))
        window.grab().save(u"/tmp/home-%1.png"_s.arg(dark ? u"dark"_s : u"light"_s));
}

QTEST_MAIN(TestDarkPalette)
#include "TestDarkPalette.moc"
