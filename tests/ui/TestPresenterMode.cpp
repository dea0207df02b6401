#include "WizardFlowFixture.h"
#include "activity/ActivityLogModel.h"
#include "activity/ActivityLogView.h"
#include "altinn/ErrorExplainer.h"
#include "common/RemedyBar.h"
#include "common/ScreenMasking.h"
#include "i18n/Translator.h"
#include "net/ActivityLog.h"
#include "shell/ApplicationStyle.h"
#include "shell/MainWindow.h"
#include "shell/PresenterMode.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/WizardStepIndicator.h"
#include "workspace/AppSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/**
 * Presenter mode: the font and the style sheet's point sizes scaled by the chosen factor and back,
 * identifiers and secrets masked in labels, line edits and the activity log while it is on (and shown
 * again when off), the context bar's toggle with its scale menu, remembered in AppSettings, and the
 * presenter's keys in the wizard (PageDown/PageUp; Space only outside text fields).
 */
class TestPresenterMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void scalesTheFontAndTheStyleSheetAndBack();
    void emphasisedTextKeepsItsProportion();
    void masksValuesInLabelsAndLineEdits();
    void masksTheActivityLog();
    void masksTheTraceIdOfAnError();
    void toggleInTheContextBarIsRemembered();
    void pageKeysMoveTheWizard();
    void spaceInATextFieldTypesASpace();
    void screenshots();

private:
    std::unique_ptr<OnboardingWizard> makeWizardOn(OnboardingWizard::PageId page);

    WizardFlowFixture m_flow;
    std::unique_ptr<Translator> m_translator;
    qreal m_basePointSize = 0;
};

namespace {
const auto ClientId = u"1b2c3d4e-0000-4a5b-8c9d-0123456789ab"_s;
const auto TraceId = u"0af7651916cd43dd8448eb211c80319c"_s;
const auto Token = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s;
} // namespace

void TestPresenterMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestPresenterMode"_s);
    m_translator = std::make_unique<Translator>(QCoreApplication::instance());
    QVERIFY(m_translator->install(u"en"_s));
    installApplicationStyle(*qApp);
    m_basePointSize = QApplication::font().pointSizeF();
    QVERIFY(m_flow.startSandbox());
}

void TestPresenterMode::init()
{
    AppSettings settings;
    settings.setPresenterMode(false);
    settings.setPresenterScale(150);
    settings.sync();
    QVERIFY(m_flow.setUp());
}

void TestPresenterMode::cleanup()
{
    m_flow.tearDown();
    // Whatever a test left on, the next one starts from the application as it was.
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
    QVERIFY(!ScreenMasking::instance()->isOn());
}

void TestPresenterMode::cleanupTestCase()
{
    WizardTestSupport::clearWorkspace();
}

std::unique_ptr<OnboardingWizard> TestPresenterMode::makeWizardOn(OnboardingWizard::PageId page)
{
    auto wizard = std::make_unique<OnboardingWizard>(m_flow.context());
    wizard->resize(1040, 700);
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        qWarning("The wizard did not become active");
    wizard->enterAt(page);
    return wizard;
}

void TestPresenterMode::scalesTheFontAndTheStyleSheetAndBack()
{
    AppSettings settings;
    PresenterMode presenter(settings);
    QVERIFY(!presenter.isOn());
    QVERIFY(qApp->styleSheet().contains(u"font-size: 20pt"_s));
    presenter.setScale(175);
    presenter.setOn(true);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.75);
    // The heading's 20 pt and the card title's 13 pt, times 1.75.
    QVERIFY(qApp->styleSheet().contains(u"font-size: 35.0pt"_s));
    QVERIFY(qApp->styleSheet().contains(u"font-size: 22.8pt"_s));
    QVERIFY(!qApp->styleSheet().contains(u"font-size: 20pt"_s));
    QVERIFY(ScreenMasking::instance()->isOn());

    presenter.setScale(200);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2);
    QVERIFY(qApp->styleSheet().contains(u"font-size: 40.0pt"_s));

    presenter.setOn(false);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
    QVERIFY(qApp->styleSheet().contains(u"font-size: 20pt"_s));
    QVERIFY(!ScreenMasking::instance()->isOn());
    QCOMPARE(scaledStyleSheet(u"a { font-size: 12pt; } b { font-size:9pt }"_s, 1.5),
        u"a { font-size: 18.0pt; } b { font-size: 13.5pt }"_s);
}

void TestPresenterMode::masksValuesInLabelsAndLineEdits()
{
    AppSettings settings;
    PresenterMode presenter(settings);
    QWidget window;
    auto *clientLabel = new QLabel(&window);
    auto *tokenLabel = new QLabel(&window);
    auto *traceLabel = new QLabel(&window);
    auto *edit = new QLineEdit(&window);
    ScreenMasking::show(clientLabel, ClientId);
    ScreenMasking::show(tokenLabel, Token);
    ScreenMasking::show(traceLabel, TraceId);
    ScreenMasking::guard(edit);
    edit->setText(ClientId);
    window.show();
    QCOMPARE(clientLabel->text(), ClientId);
    auto *overlay = edit->findChild<QLabel *>(u"screenMaskOverlay"_s);
    QVERIFY(overlay);
    QVERIFY(!overlay->isVisible());

    presenter.setOn(true);
    QCOMPARE(clientLabel->text(), u"1b2c…"_s);
    QCOMPARE(tokenLabel->text(), u"eyJh…"_s);
    QCOMPARE(traceLabel->text(), u"0af7…"_s);
    QVERIFY(clientLabel->property("screenMasked").toBool());
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->text(), u"1b2c…"_s);
    QCOMPARE(edit->text(), ClientId); // the edit (and a copy of it) keeps the real value
    QVERIFY(edit->rect().contains(overlay->geometry()));
    // The tooltip says so (after the label's own tooltip).
    clientLabel->setToolTip(u"The client's id."_s);
    QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), clientLabel->mapToGlobal(QPoint(2, 2)));
    QCoreApplication::sendEvent(clientLabel, &help);
    QCOMPARE(QToolTip::text(), u"The client's id.\n"_s + ScreenMasking::maskedNote());
    QToolTip::hideText();
    // A value shown later is masked too.
    ScreenMasking::show(traceLabel, u"ffeeddccbbaa99887766554433221100"_s);
    QCOMPARE(traceLabel->text(), u"ffee…"_s);

    // Organisation numbers only outside the sandbox (MainWindow sets the scope from the profile).
    ScreenMasking *masking = ScreenMasking::instance();
    QCOMPARE(masking->maskOrganisationNumber(u"310904473"_s), u"310904473"_s);
    masking->setMaskOrganisationNumbers(true);
    QCOMPARE(masking->maskOrganisationNumber(u"310904473"_s), u"310…"_s);
    QCOMPARE(masking->maskText(u"0192:310904473"_s), u"0192:310…"_s);
    masking->setMaskOrganisationNumbers(false);

    presenter.setOn(false);
    QCOMPARE(clientLabel->text(), ClientId);
    QCOMPARE(tokenLabel->text(), Token);
    QVERIFY(!overlay->isVisible());
    QVERIFY(!clientLabel->property("screenMasked").toBool());
}

void TestPresenterMode::masksTheActivityLog()
{
    AppSettings settings;
    PresenterMode presenter(settings);
    Altinn::ActivityLog log;
    Altinn::ActivityEntry entry;
    entry.method = "GET";
    entry.url = QUrl(u"http://127.0.0.1:1/sandbox/maskinporten/clients/%1?trace=%2"_s.arg(ClientId, TraceId));
    entry.status = 404;
    entry.responseBody = u"{\"title\":\"Not found\",\"traceId\":\"%1\"}"_s.arg(TraceId).toUtf8();
    entry.responseHeaders = {{"Content-Type", "application/problem+json"}};
    log.record(entry);
    ActivityLogModel model;
    model.setActivityLog(&log);
    const QModelIndex url = model.index(0, ActivityLogModel::UrlColumn);
    QVERIFY(model.data(url).toString().contains(ClientId));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    presenter.setOn(true);
    QCOMPARE(changed.size(), 1);
    const QString shown = model.data(url).toString();
    QVERIFY2(!shown.contains(ClientId) && !shown.contains(TraceId), qPrintable(shown));
    QVERIFY2(shown.contains(u"1b2c…"_s) && shown.contains(u"0af7…"_s), qPrintable(shown));
    QVERIFY(!model.data(url, Qt::ToolTipRole).toString().contains(ClientId));

    // The view's details pane as well.
    ActivityLogView view;
    view.setActivityLog(&log);
    view.show();
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    table->setCurrentIndex(table->model()->index(0, 0));
    table->selectRow(0);
    QPlainTextEdit *response = nullptr;
    for (auto *text : view.findChildren<QPlainTextEdit *>()) {
        if (text->toPlainText().contains(u"traceId"_s))
            response = text;
    }
    QVERIFY(response);
    QVERIFY(!response->toPlainText().contains(TraceId));
    presenter.setOn(false);
    QVERIFY(model.data(url).toString().contains(ClientId));
    QVERIFY(response->toPlainText().contains(TraceId));
}

void TestPresenterMode::masksTheTraceIdOfAnError()
{
    AppSettings settings;
    PresenterMode presenter(settings);
    QWidget window;
    auto *bar = new RemedyBar(&window);
    window.show();
    const QByteArray body = "{\"title\":\"Bad\",\"status\":500,\"traceId\":\"" + TraceId.toLatin1() + "\"}";
    bar->showExplanation(Altinn::ErrorExplainer::explain(
        Altinn::ApiFailure::http(Altinn::ApiError::fromHttp(500, "application/problem+json", body))));
    auto *details = bar->findChild<QLabel *>(u"detailsText"_s);
    QVERIFY(details);
    QVERIFY2(details->text().contains(TraceId), qPrintable(details->text()));
    presenter.setOn(true);
    QVERIFY2(!details->text().contains(TraceId) && details->text().contains(u"0af7…"_s),
        qPrintable(details->text()));
    presenter.setOn(false);
    QVERIFY(details->text().contains(TraceId));
}

void TestPresenterMode::toggleInTheContextBarIsRemembered()
{
    AppSettings settings;
    {
        MainWindow window(*m_translator, settings);
        window.show();
        auto *toggle = window.findChild<QToolButton *>(u"presenterButton"_s);
        QVERIFY(toggle);
        QVERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), u"Presenter"_s);
        QVERIFY(!toggle->isChecked());
        // The scale menu: choosing 200 % switches presenter mode on at that scale.
        const QList<QAction *> actions = toggle->menu()->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.last()->text(), u"Text at 200 %"_s);
        actions.last()->trigger();
        QVERIFY(window.presenterMode()->isOn());
        QVERIFY(toggle->isChecked());
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2);
        QVERIFY(AppSettings().presenterMode());
        QCOMPARE(AppSettings().presenterScale(), 200);
    }
    // The window is gone: the application is back as it was, the choice is remembered.
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
    {
        MainWindow window(*m_translator, settings);
        QVERIFY(window.presenterMode()->isOn());
        QCOMPARE(window.presenterMode()->scale(), 200);
        auto *toggle = window.findChild<QToolButton *>(u"presenterButton"_s);
        QVERIFY(toggle->isChecked());
        toggle->click();
        QVERIFY(!window.presenterMode()->isOn());
        QVERIFY(!AppSettings().presenterMode());
    }
}

void TestPresenterMode::pageKeysMoveTheWizard()
{
    auto wizard = makeWizardOn(OnboardingWizard::PageId::MaskinportenClient);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    AppSettings settings;
    PresenterMode presenter(settings);
    presenter.attach(wizard.get());
    QWidget *page = wizard->currentPage();

    // Off: PageUp is the focused widget's own.
    page->setFocus();
    QTest::keyClick(page, Qt::Key_PageUp);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);

    presenter.setOn(true);
    QVERIFY(wizard->stepIndicator()->isEmphasised());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : page, Qt::Key_PageUp);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : wizard.get(), Qt::Key_PageDown);
    QTRY_COMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    // Space on something Space means nothing to (the page itself) goes on as well; back first.
    wizard->back();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    wizard->currentPage()->setFocus();
    QTest::keyClick(wizard->currentPage(), Qt::Key_Space);
    QTRY_COMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    presenter.setOn(false);
    QVERIFY(!wizard->stepIndicator()->isEmphasised());
}

void TestPresenterMode::spaceInATextFieldTypesASpace()
{
    auto wizard = makeWizardOn(OnboardingWizard::PageId::Profile);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    AppSettings settings;
    PresenterMode presenter(settings);
    presenter.attach(wizard.get());
    presenter.setOn(true);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto *name = wizard->findChild<QLineEdit *>(u"profileNameEdit"_s);
    QVERIFY(name);
    name->setFocus();
    name->end(false);
    const QString before = name->text();
    QTest::keyClick(name, Qt::Key_Space);
    QCOMPARE(name->text(), before + u' ');
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    // A button keeps its Space too: the Back button of page 2 would go back, Next's Space presses Next.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space);
    QTRY_COMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
}

void TestPresenterMode::screenshots()
{
    const QString directory = qEnvironmentVariable("SYSTEMUSER_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set SYSTEMUSER_SCREENSHOT_DIR to save the wizard with and without presenter mode.");
    QVERIFY(QDir().mkpath(directory));
    AppSettings settings;
    PresenterMode presenter(settings);
    for (const int scale : {100, 150, 200}) {
        presenter.setScale(scale == 100 ? 150 : scale);
        presenter.setOn(scale != 100);
        for (const auto page :
            {OnboardingWizard::PageId::MaskinportenClient, OnboardingWizard::PageId::SystemDefinition}) {
            auto wizard = makeWizardOn(page);
            presenter.attach(wizard.get());
            wizard->resize(1040, 760);
            QTest::qWait(300);
            const QString name = u"%1/presenter-%2-page%3.png"_s.arg(directory).arg(scale).arg(int(page) + 1);
            QVERIFY(wizard->grab().save(name));
        }
        presenter.setOn(false);
        // The window has presenter mode of its own (and its toggle): switched there.
        MainWindow window(*m_translator, settings);
        window.presenterMode()->setScale(scale == 100 ? 150 : scale);
        window.presenterMode()->setOn(scale != 100);
        window.resize(1040, 760);
        window.show();
        QTest::qWait(200);
        QVERIFY(window.grab().save(u"%1/presenter-%2-home.png"_s.arg(directory).arg(scale)));
        window.presenterMode()->setOn(false);
    }
}

void TestPresenterMode::emphasisedTextKeepsItsProportion()
{
    // Defect: the demo's step heading and page 6's status had fonts set in code, which kept their size while
    // presenter mode scaled the text around them: at 150 % they were smaller than the paragraphs under them.
    AppSettings settings;
    PresenterMode presenter(settings);
    QWidget window;
    auto *status = new QLabel(u"Approved"_s, &window);
    status->setObjectName(u"statusValue"_s);
    auto *heading = new QLabel(u"Step 6 of 8"_s, &window);
    heading->setObjectName(u"demoStepHeading"_s);
    window.ensurePolished();
    status->ensurePolished();
    heading->ensurePolished();
    const qreal statusSize = status->font().pointSizeF();
    QVERIFY(status->font().bold());
    QVERIFY(statusSize > m_basePointSize);
    presenter.setScale(150);
    presenter.setOn(true);
    QCOMPARE(status->font().pointSizeF(), statusSize * 1.5);
    QCOMPARE(heading->font().pointSizeF(), statusSize * 1.5);
    QVERIFY(heading->font().pointSizeF() > QApplication::font().pointSizeF());
    presenter.setOn(false);
    QCOMPARE(status->font().pointSizeF(), statusSize);
}

QTEST_MAIN(TestPresenterMode)
#include "TestPresenterMode.moc"
