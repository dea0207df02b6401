#include "home/WrappingLabel.h"

#include <QApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// WrappingLabel remembers its measurements; every answer must be the one QLabel gives, also after changes.
class TestWrappingLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsQLabel_data();
    void answersAsQLabel();
    void followsChanges();
    void richAndSelectableText();
};

namespace {
const QList<int> Widths = {
    -1, 0, 1, 7, 40, 89, 156, 211, 240, 279, 300, 442, 480, 650, 976, 2000, QWIDGETSIZE_MAX};

/// Both labels set up the same way by @p configure.
template <typename Configure> void compare(const Configure &configure)
{
    QWidget window;
    auto *reference = new QLabel(&window);
    reference->setWordWrap(true);
    auto *label = new WrappingLabel(&window);
    configure(reference);
    configure(label);
    QCOMPARE(label->sizeHint(), reference->sizeHint());
    QCOMPARE(label->minimumSizeHint(), reference->minimumSizeHint());
    for (const int width : Widths) {
        QVERIFY2(label->heightForWidth(width) == reference->heightForWidth(width),
            qPrintable(u"width %1: %2, QLabel %3"_s.arg(width)
                           .arg(label->heightForWidth(width))
                           .arg(reference->heightForWidth(width))));
    }
    // Asked again, from memory.
    QCOMPARE(label->heightForWidth(442), reference->heightForWidth(442));
}
} // namespace

void TestWrappingLabel::answersAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("pointSize");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<int>("margin");
    QTest::addColumn<int>("indent");
    QTest::addColumn<int>("contentsMargin");
    QTest::addColumn<int>("minimumWidth");

    const QString card = u"Organisasjonen din, Maskinporten-klienten og nøkkelen din, og systemdefinisjonen "
                         u"Altinn viser kundene."_s;
    const QString intro =
        u"Register your system in Altinn, ask customers for a system user, follow their approval "
        u"and prove that it works. Start on the built-in sandbox: nothing you do there reaches "
        u"Altinn."_s;
    const int leftTop = int(Qt::AlignLeft | Qt::AlignTop);
    const int defaultAlignment = int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("card text") << card << 0.0 << false << leftTop << 0 << -1 << 0 << 0;
    QTest::newRow("intro") << intro << 0.0 << false << defaultAlignment << 0 << -1 << 0 << 0;
    QTest::newRow("title, bold 13 pt")
        << u"Check a customer's system user"_s << 13.0 << true << defaultAlignment << 0 << -1 << 0 << 0;
    QTest::newRow("presenter size") << card << 22.8 << true << leftTop << 0 << -1 << 0 << 0;
    QTest::newRow("short") << u"Koble på en kunde"_s << 0.0 << false << defaultAlignment << 0 << -1 << 0 << 0;
    QTest::newRow("empty") << QString() << 0.0 << false << defaultAlignment << 0 << -1 << 0 << 0;
    QTest::newRow("lines") << u"First line\nsecond, longer line\r\nthird"_s << 0.0 << false
                           << defaultAlignment << 0 << -1 << 0 << 0;
    QTest::newRow("long word") << u"Supercalifragilisticexpialidocious and then some words"_s << 20.0 << true
                               << defaultAlignment << 0 << -1 << 0 << 0;
    QTest::newRow("right") << card << 0.0 << false << int(Qt::AlignRight | Qt::AlignVCenter) << 0 << -1 << 0
                           << 0;
    QTest::newRow("bottom centre") << card << 0.0 << false << int(Qt::AlignHCenter | Qt::AlignBottom) << 0
                                   << -1 << 0 << 0;
    QTest::newRow("margin and indent") << card << 0.0 << false << leftTop << 3 << 12 << 0 << 0;
    QTest::newRow("contents margins") << card << 0.0 << false << leftTop << 0 << -1 << 9 << 0;
    QTest::newRow("minimum width") << card << 0.0 << false << leftTop << 0 << -1 << 0 << 260;
}

void TestWrappingLabel::answersAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(qreal, pointSize);
    QFETCH(bool, bold);
    QFETCH(int, alignment);
    QFETCH(int, margin);
    QFETCH(int, indent);
    QFETCH(int, contentsMargin);
    QFETCH(int, minimumWidth);
    compare([&](QLabel *label) {
        QFont font = QApplication::font();
        if (pointSize > 0)
            font.setPointSizeF(pointSize);
        font.setBold(bold);
        label->setFont(font);
        label->setAlignment(Qt::Alignment(alignment));
        label->setMargin(margin);
        label->setIndent(indent);
        label->setContentsMargins(contentsMargin, contentsMargin, contentsMargin, contentsMargin);
        if (minimumWidth > 0)
            label->setMinimumWidth(minimumWidth);
        label->setText(text);
    });
}

void TestWrappingLabel::followsChanges()
{
    WrappingLabel label;
    QLabel reference;
    reference.setWordWrap(true);
    const auto same = [&] {
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        for (const int width : {120, 300, 442})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    };
    for (QLabel *each : {static_cast<QLabel *>(&label), &reference})
        each->setText(
            u"See whether a customer has approved, and get a system user token to prove it works."_s);
    same();
    for (QLabel *each : {static_cast<QLabel *>(&label), &reference})
        each->setText(u"Send a system user request to a customer organisation."_s);
    same();
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    for (QLabel *each : {static_cast<QLabel *>(&label), &reference})
        each->setFont(larger);
    same();
    for (QLabel *each : {static_cast<QLabel *>(&label), &reference})
        each->setContentsMargins(10, 4, 10, 4);
    same();
}

void TestWrappingLabel::richAndSelectableText()
{
    compare([](QLabel *label) {
        label->setText(u"<b>Bold</b> and a <a href=\"https://example.org\">link</a>"_s);
    });
    compare([](QLabel *label) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setText(u"Selectable text takes a text document, so it wraps a little differently"_s);
    });
}

QTEST_MAIN(TestWrappingLabel)
#include "TestWrappingLabel.moc"
