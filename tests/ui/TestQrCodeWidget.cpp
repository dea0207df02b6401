#include "common/QrCodeWidget.h"

#include <QDir>
#include <QPalette>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The QR code of the approval link: size, quiet zone, sharp modules, determinism, failure.
class TestQrCodeWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesWithAQuietZone();
    void scalesByWholePixelsPerModule();
    void sameTextSameImageOtherTextOtherImage();
    void blackOnWhiteWhateverTheTheme();
    void tooLongTextShowsAMessage();
    void emptyTextShowsNothing();
    void accessibleNameSaysWhatItIsFor();
};

namespace {

const QString Link =
    u"https://platform.tt02.altinn.no/authfront/ui/auth/vendorrequest?id=0b6d1f4e-3a56-4c4e-9d6e-2f1f0c3b8a11"_s;

bool isWhite(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y) == QColor(Qt::white);
}

bool isBlack(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y) == QColor(Qt::black);
}

} // namespace

void TestQrCodeWidget::encodesWithAQuietZone()
{
    QrCodeWidget widget;
    widget.setText(Link);
    QVERIFY(widget.hasCode());
    QVERIFY(widget.errorString().isEmpty());
    const int modules = widget.moduleCount();
    // Version n has 17 + 4n modules; plus 4 quiet modules on each side.
    QVERIFY(modules >= 21 + 2 * QrCodeWidget::QuietZoneModules);
    QCOMPARE((modules - 2 * QrCodeWidget::QuietZoneModules - 17) % 4, 0);

    const QImage image = widget.image(modules); // one pixel per module
    QCOMPARE(image.size(), QSize(modules, modules));
    for (int i = 0; i < modules; ++i) {
        for (int band = 0; band < QrCodeWidget::QuietZoneModules; ++band) {
            QVERIFY(isWhite(image, i, band));
            QVERIFY(isWhite(image, i, modules - 1 - band));
            QVERIFY(isWhite(image, band, i));
            QVERIFY(isWhite(image, modules - 1 - band, i));
        }
    }
    // The finder patterns: dark corners of the three 7×7 squares, just inside the quiet zone.
    const int q = QrCodeWidget::QuietZoneModules;
    QVERIFY(isBlack(image, q, q));
    QVERIFY(isBlack(image, modules - 1 - q, q));
    QVERIFY(isBlack(image, q, modules - 1 - q));
    QVERIFY(isWhite(image, q + 1, q + 1)); // the finder's white ring
    QVERIFY(isBlack(image, q + 3, q + 3)); // and its dark centre
}

void TestQrCodeWidget::scalesByWholePixelsPerModule()
{
    QrCodeWidget widget;
    widget.setText(Link);
    const int modules = widget.moduleCount();
    const int requested = modules * 5 + 3; // not a multiple: the remainder becomes white margin
    const QImage image = widget.image(requested);
    QCOMPARE(image.size(), QSize(requested, requested));
    const QImage reference = widget.image(modules);
    const int offset = (requested - modules * 5) / 2;
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            const QColor expected = reference.pixelColor(x, y);
            // Every pixel of a module has its colour: no blur at the edges.
            for (int dy = 0; dy < 5; ++dy) {
                for (int dx = 0; dx < 5; ++dx)
                    QCOMPARE(image.pixelColor(offset + x * 5 + dx, offset + y * 5 + dy), expected);
            }
        }
    }
    // Smaller than one pixel per module is never made: the code would be unreadable.
    QCOMPARE(widget.image(10).width(), modules);
}

void TestQrCodeWidget::sameTextSameImageOtherTextOtherImage()
{
    QrCodeWidget first;
    QrCodeWidget second;
    first.setText(Link);
    second.setText(Link);
    QCOMPARE(first.image(300), second.image(300));
    second.setText(QString(Link).replace(u"0b6d"_s, u"1c7e"_s));
    QVERIFY(second.hasCode());
    QVERIFY(first.image(300) != second.image(300));
}

void TestQrCodeWidget::blackOnWhiteWhateverTheTheme()
{
    QrCodeWidget widget;
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    widget.setPalette(dark);
    widget.setAutoFillBackground(true);
    widget.setText(Link);
    const int modules = widget.moduleCount();
    widget.resize(modules * 4 + 20, modules * 4 + 20);
    const QImage shot = widget.grab().toImage();
    const int offset = (shot.width() - modules * 4) / 2;
    // The quiet zone is white even on a black window, and the finder corner is black.
    QCOMPARE(shot.pixelColor(offset + 1, offset + 1), QColor(Qt::white));
    QCOMPARE(shot.pixelColor(offset + 4 * QrCodeWidget::QuietZoneModules + 1,
                 offset + 4 * QrCodeWidget::QuietZoneModules + 1),
        QColor(Qt::black));

    const QString directory = qEnvironmentVariable("VIEWS_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        QrCodeWidget plain;
        plain.setText(Link);
        plain.resize(plain.sizeHint());
        QVERIFY(plain.grab().save(QDir(directory).filePath(u"qr-code.png"_s)));
    }
}

void TestQrCodeWidget::tooLongTextShowsAMessage()
{
    QrCodeWidget widget;
    widget.setText(QString(8000, u'x')); // more than version 40 holds
    QVERIFY(!widget.hasCode());
    QVERIFY(!widget.errorString().isEmpty());
    QCOMPARE(widget.accessibleDescription(), widget.errorString());
    QVERIFY(widget.image(200).isNull());
    widget.resize(300, 300);
    QVERIFY(!widget.grab().isNull()); // paints the message, does not crash

    widget.setText(Link); // and recovers
    QVERIFY(widget.hasCode());
    QVERIFY(widget.errorString().isEmpty());
}

void TestQrCodeWidget::emptyTextShowsNothing()
{
    QrCodeWidget widget;
    widget.setText({});
    QVERIFY(!widget.hasCode());
    QVERIFY(widget.errorString().isEmpty());
    QCOMPARE(widget.moduleCount(), 0);
}

void TestQrCodeWidget::accessibleNameSaysWhatItIsFor()
{
    QrCodeWidget widget;
    QVERIFY(!widget.accessibleName().isEmpty());
    widget.setPurpose(u"QR code of the approval link"_s);
    widget.setText(Link);
    QCOMPARE(widget.accessibleName(), u"QR code of the approval link"_s);
    QVERIFY(widget.accessibleDescription().contains(Link));
}

QTEST_MAIN(TestQrCodeWidget)
#include "TestQrCodeWidget.moc"
