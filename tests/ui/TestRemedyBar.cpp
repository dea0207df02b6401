#include "common/RemedyBar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The bar that explains a failure: summary, remedy, an optional action.
class TestRemedyBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWithoutAnExplanation();
    void showsSummaryAndRemedy();
    void actionButtonOnlyWhenOffered();
    void clearHidesItAgain();

private:
    static Altinn::Explanation explanation();
};

Altinn::Explanation TestRemedyBar::explanation()
{
    Altinn::Explanation explanation;
    explanation.code = u"HTTP 503"_s;
    explanation.summary = u"Altinn is not available right now."_s;
    explanation.remedy = u"Try again in a few minutes."_s;
    explanation.action = Altinn::Explanation::Remedy::Retry;
    return explanation;
}

void TestRemedyBar::hiddenWithoutAnExplanation()
{
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    QVERIFY(!bar->isVisible());
    QVERIFY(!bar->hasExplanation());
    QVERIFY(bar->text().isEmpty());
}

void TestRemedyBar::showsSummaryAndRemedy()
{
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    bar->showExplanation(explanation(), u"The status could not be checked:"_s);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->hasExplanation());
    QCOMPARE(bar->explanation().code, u"HTTP 503"_s);
    QCOMPARE(bar->findChild<QLabel *>(u"remedySummary"_s)->text(),
        u"The status could not be checked: Altinn is not available right now."_s);
    QCOMPARE(bar->findChild<QLabel *>(u"remedyText"_s)->text(), u"Try again in a few minutes."_s);
    QVERIFY(bar->text().endsWith(u"Try again in a few minutes."_s));
    QCOMPARE(bar->accessibleName(), bar->text());
}

void TestRemedyBar::actionButtonOnlyWhenOffered()
{
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    auto *button = bar->findChild<QPushButton *>(u"remedyActionButton"_s);
    QSignalSpy triggered(bar, &RemedyBar::actionTriggered);

    bar->showExplanation(explanation());
    QVERIFY(!button->isVisible());

    bar->showExplanation(explanation(), {}, u"&Try again"_s);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"&Try again"_s);
    QCOMPARE(button->accessibleName(), u"Try again"_s);
    button->click();
    QCOMPARE(triggered.size(), 1);
}

void TestRemedyBar::clearHidesItAgain()
{
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    bar->showExplanation(explanation(), {}, u"Try again"_s);
    bar->clear();
    QVERIFY(!bar->isVisible());
    QVERIFY(!bar->hasExplanation());
    QVERIFY(bar->explanation().summary.isEmpty());
}

QTEST_MAIN(TestRemedyBar)
#include "TestRemedyBar.moc"
