#include "altinn/ErrorExplainer.h"
#include "common/OperationStatus.h"
#include "common/RemedyBar.h"
#include "model/ApiError.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

/// The bar that explains a failure: summary, remedy, an optional action, collapsed details; and the
/// operation status line's details.
class TestRemedyBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWithoutAnExplanation();
    void showsSummaryAndRemedy();
    void actionButtonOnlyWhenOffered();
    void clearHidesItAgain();
    void rawServerAnswerOnlyUnderDetails();
    void traceIdShownAndSelectableWhenAskedFor();
    void operationStatusKeepsDetailsApart();

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

namespace {

/// A 400 whose JSON body has no shape we know: the explainer can only pass it on.
Altinn::Explanation unknownJsonAnswer()
{
    const QByteArray body = "{\"unexpected\":{\"reason\":\"quota\"},\"traceId\":\"00-abc-01\"}";
    return Altinn::ErrorExplainer::explain(
        Altinn::ApiFailure::http(Altinn::ApiError::fromHttp(400, "application/json", body)));
}

} // namespace

void TestRemedyBar::rawServerAnswerOnlyUnderDetails()
{
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    const Altinn::Explanation explanation = unknownJsonAnswer();
    QVERIFY(explanation.serverMessage.contains(u"quota"_s));
    bar->showExplanation(explanation, {}, u"Try again"_s);
    QVERIFY2(!bar->text().contains(u'{') && !bar->text().contains(u"quota"_s), qPrintable(bar->text()));

    auto *toggle = bar->findChild<QToolButton *>(u"detailsToggle"_s);
    auto *details = bar->findChild<QLabel *>(u"detailsText"_s);
    QVERIFY(toggle && details);
    QVERIFY(toggle->isVisible());
    QVERIFY(!details->isVisible()); // collapsed: the message is read first
    toggle->click();
    QVERIFY(details->isVisible());
    QVERIFY2(details->text().contains(u"\"reason\": \"quota\""_s), qPrintable(details->text()));
    QVERIFY(details->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    // A new explanation starts collapsed again; one without details has no toggle.
    bar->showExplanation(explanation);
    QVERIFY(!details->isVisible());
    bar->showExplanation(TestRemedyBar::explanation());
    QVERIFY(toggle->isVisible()); // the code is a detail
    Altinn::Explanation plain;
    plain.summary = u"Nothing more to say."_s;
    bar->showExplanation(plain);
    QVERIFY(!toggle->isVisible());
}

void TestRemedyBar::traceIdShownAndSelectableWhenAskedFor()
{
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    const QByteArray withTrace = R"({"title":"Internal","status":503,"traceId":"00-f00d-01"})";
    bar->showExplanation(Altinn::ErrorExplainer::explain(
        Altinn::ApiFailure::http(Altinn::ApiError::fromHttp(503, "application/problem+json", withTrace))));
    auto *remedy = bar->findChild<QLabel *>(u"remedyText"_s);
    QVERIFY2(remedy->text().contains(u"trace id: 00-f00d-01"_s), qPrintable(remedy->text()));
    QVERIFY(remedy->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    bar->showExplanation(Altinn::ErrorExplainer::explain(
        Altinn::ApiFailure::http(Altinn::ApiError::fromHttp(503, "text/plain", {}))));
    QVERIFY2(!bar->text().contains(u"trace id"_s), qPrintable(bar->text()));
}

void TestRemedyBar::operationStatusKeepsDetailsApart()
{
    QWidget window;
    auto *status = new OperationStatus(&window);
    window.show();
    status->showExplanation(unknownJsonAnswer(), [] {});
    QVERIFY2(!status->text().contains(u'{'), qPrintable(status->text()));
    QVERIFY2(status->details().contains(u"quota"_s), qPrintable(status->details()));
    auto *toggle = status->findChild<QToolButton *>(u"detailsToggle"_s);
    QVERIFY(toggle && toggle->isVisible() && !toggle->isChecked());
    QVERIFY(status->findChild<QPushButton *>(u"retryButton"_s)->isVisible());

    status->showBusy(u"Working…"_s); // details belong to the error they came with
    QVERIFY(status->details().isEmpty());
    QVERIFY(!toggle->isVisible());
    status->showError(u"Plain words."_s);
    QVERIFY(!toggle->isVisible());
}

QTEST_MAIN(TestRemedyBar)
#include "TestRemedyBar.moc"
