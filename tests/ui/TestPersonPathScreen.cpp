#include "ScriptedIdPortenBrowser.h"
#include "WizardFlowFixture.h"
#include "common/OperationStatus.h"
#include "common/ScreenMasking.h"
#include "home/TaskCard.h"
#include "i18n/Translator.h"
#include "model/SystemUserRequestResponse.h"
#include "person/PathComparisonDialog.h"
#include "person/PathSideBySideSection.h"
#include "person/PersonClaimsTable.h"
#include "person/PersonInstanceSection.h"
#include "person/PersonIntroSection.h"
#include "person/PersonLoginSection.h"
#include "person/PersonPathScreen.h"
#include "shell/MainWindow.h"
#include "workspace/AppSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/// The person path from the home screen (issue: ID-porten login beside system users) against the
/// in-process sandbox, with a scripted browser at its ID-porten: log in, act as the person, the same with a
/// system user side by side, and "Which way fits your system?".
class TestPersonPathScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void kariLogsInCreatesAnInstanceAndComparesWithTheSystemUser();
    void personWithoutARoleIsRefusedWithASandboxHint();
    void cancelWhileWaitingForTheBrowser();
    void cancellingAtIdPortenExplainsTheNextStep();
    void comparisonHasBothColumns_data();
    void comparisonHasBothColumns();
    void homeCardOpensTheScreenAndEscapeGoesBack();

private:
    static inline const QString Kari = u"24908099411"_s;
    static inline const QString PerUtenrolle = u"07819497634"_s;
    static inline const QString App = u"app_brg_aarsregnskap-vanlig-202406"_s;

    /// The screen, its browser played by ScriptedIdPortenBrowser as @p pid (allowing or denying consent).
    void openScreen(const QString &pid, bool allow = true);
    /// Registers a system with the app's right, and the customer approves a system user of it.
    bool approvedSystemUser();
    /// Clicks @p button and waits until @p busy is false.
    static bool clickAndWait(QPushButton *button, const std::function<bool()> &busy);
    bool logIn();
    /// With PAGES_SCREENSHOT_DIR set: the screen scrolled to @p shown, saved as person-@p name-en.png.
    void grab(const QString &name, QWidget *shown);

    WizardFlowFixture m_flow;
    QNetworkAccessManager m_browserNetwork;
    std::unique_ptr<PersonPathScreen> m_screen;
    int m_browserRuns = 0;
};

void TestPersonPathScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestPersonPathScreen"_s);
    QVERIFY(m_flow.startSandbox());
}

void TestPersonPathScreen::init()
{
    QVERIFY(m_flow.setUp());
    m_browserRuns = 0;
}

void TestPersonPathScreen::cleanup()
{
    m_screen.reset();
    ScreenMasking::instance()->setOn(false);
    m_flow.tearDown();
}

void TestPersonPathScreen::openScreen(const QString &pid, bool allow)
{
    m_screen = std::make_unique<PersonPathScreen>(m_flow.context());
    m_screen->resize(1000, 900);
    // Played on a later turn: the flow is listening by then, as with a real browser.
    m_screen->setBrowserOpener([this, pid, allow](const QUrl &url) {
        ++m_browserRuns;
        if (!pid.isNull())
            QTimer::singleShot(0, &m_browserNetwork, [this, url, pid, allow] {
                ScriptedIdPortenBrowser::run(m_browserNetwork, url, pid, allow, true);
            });
        return true;
    });
    m_screen->show();
}

bool TestPersonPathScreen::approvedSystemUser()
{
    Altinn::SystemDefinition system = m_flow.exampleSystem();
    system.rights =
        QList{Altinn::Right::forResource(WizardFlowFixture::Resource), Altinn::Right::forResource(App)};
    if (!m_flow.registerSystem(system))
        return false;
    const auto created = m_flow.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, WizardFlowFixture::Customer},
            {u"rights"_s,
                QJsonArray{Altinn::Right::forResource(WizardFlowFixture::Resource).toJson(),
                    Altinn::Right::forResource(App).toJson()}}},
        m_flow.vendorToken());
    const auto request = Altinn::SystemUserRequestResponse::fromJson(
        QJsonDocument::fromJson(created.body).object(), Altinn::RequestKind::Standard);
    if (created.status != 201 || m_flow.approve(request.id) != 200)
        return false;
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());
    m_flow.selectRequest(request);
    return true;
}

bool TestPersonPathScreen::clickAndWait(QPushButton *button, const std::function<bool()> &busy)
{
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&busy] { return !busy(); }, 15000);
}

bool TestPersonPathScreen::logIn()
{
    PersonLoginSection *login = m_screen->loginSection();
    return clickAndWait(login->loginButton(), [login] { return login->isBusy(); });
}

void TestPersonPathScreen::kariLogsInCreatesAnInstanceAndComparesWithTheSystemUser()
{
    QVERIFY(approvedSystemUser());
    openScreen(Kari);
    PersonLoginSection *login = m_screen->loginSection();
    // The defaults: the system's app, the guided demo's customer.
    QCOMPARE(login->appText(), u"brg/aarsregnskap-vanlig-202406"_s);
    QCOMPARE(login->ownerOrgNo(), WizardFlowFixture::Customer);
    PersonInstanceSection *instance = m_screen->instanceSection();
    QVERIFY(!instance->createButton()->isEnabled()); // nobody logged in yet

    QVERIFY(logIn());
    QCOMPARE(m_browserRuns, 1);
    QVERIFY2(login->isLoggedIn(), qPrintable(login->status()->text()));
    QCOMPARE(login->status()->state(), OperationStatus::State::Succeeded);
    QCOMPARE(login->pid(), Kari);
    auto *who = m_screen->findChild<QLabel *>(u"personWhoLabel"_s);
    QVERIFY(who->isVisible());
    QVERIFY(who->text().contains(Kari));
    PersonClaimsTable *claims = login->claimsTable();
    QVERIFY(claims->isVisible());
    QVERIFY(claims->rowCount() > 0);
    // The table shows the number as the explainer does: the birth date, the rest starred.
    const QString pidShown = claims->shownValue(u"pid"_s);
    QVERIFY2(pidShown.startsWith(Kari.left(6)) && !pidShown.contains(Kari), qPrintable(pidShown));
    QVERIFY(!login->lastOutcome()->accessToken.size()); // the kept outcome holds no token

    // Presenter mode masks the person's number, on the label and in the table.
    ScreenMasking::instance()->setOn(true);
    QVERIFY(!who->text().contains(Kari));
    QVERIFY(!claims->shownValue(u"pid"_s).startsWith(Kari.left(6)));
    ScreenMasking::instance()->setOn(false);
    QVERIFY(who->text().contains(Kari));

    QVERIFY(clickAndWait(instance->createButton(), [instance] { return instance->isBusy(); }));
    QCOMPARE(instance->status()->state(), OperationStatus::State::Succeeded);
    QVERIFY(instance->instanceId().startsWith(u"1310904473/"_s));
    auto *result = m_screen->findChild<QLabel *>(u"personInstanceResult"_s);
    QVERIFY(result->isVisible());
    QVERIFY(result->text().contains(instance->instanceId()));
    QVERIFY(result->text().contains(WizardFlowFixture::Customer));

    // Side by side: the same app and organisation with the customer's system user.
    PathSideBySideSection *sides = m_screen->sideBySideSection();
    QVERIFY(clickAndWait(sides->runButton(), [sides] { return sides->isBusy(); }));
    QVERIFY2(sides->lastOutcome() && sides->lastOutcome()->isCreated(), qPrintable(sides->status()->text()));
    using Side = PathSideBySideSection;
    QVERIFY(sides->cellText(Side::WhoActed, Side::PersonColumn).contains(Kari));
    QVERIFY(sides->cellText(Side::InstanceCreated, Side::PersonColumn).contains(instance->instanceId()));
    QVERIFY(sides->cellText(Side::Scopes, Side::PersonColumn).contains(u"altinn:instances.write"_s));
    QVERIFY(sides->cellText(Side::WhoActed, Side::SystemUserColumn).contains(m_flow.exampleSystem().id));
    QVERIFY(sides->cellText(Side::InstanceCreated, Side::SystemUserColumn)
                .contains(sides->lastOutcome()->instance->id));
    QVERIFY(sides->lastOutcome()->instance->id != instance->instanceId());
    for (const auto row : {Side::TokenKind, Side::WhoApproved}) {
        QVERIFY(!sides->cellText(row, Side::PersonColumn).isEmpty());
        QVERIFY(sides->cellText(row, Side::PersonColumn) != sides->cellText(row, Side::SystemUserColumn));
    }
    grab(u"both-paths"_s, sides);
}

void TestPersonPathScreen::grab(const QString &name, QWidget *shown)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    m_screen->findChild<QScrollArea *>(u"personPathScrollArea"_s)->ensureWidgetVisible(shown, 0, 0);
    QTest::qWait(50);
    QVERIFY(m_screen->grab().save(QDir(directory).filePath(u"person-"_s + name + u"-en.png"_s)));
}

void TestPersonPathScreen::personWithoutARoleIsRefusedWithASandboxHint()
{
    openScreen(PerUtenrolle);
    QVERIFY(logIn());
    PersonLoginSection *login = m_screen->loginSection();
    QVERIFY2(login->isLoggedIn(), qPrintable(login->status()->text()));
    PersonInstanceSection *instance = m_screen->instanceSection();
    QVERIFY(clickAndWait(instance->createButton(), [instance] { return instance->isBusy(); }));
    QCOMPARE(instance->status()->state(), OperationStatus::State::Failed);
    QCOMPARE(instance->lastOutcome()->reason, u"noRole"_s);
    const QString text = instance->status()->text();
    QVERIFY2(text.contains(u"holds no role at 310904473"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Kari Prøvesen"_s), qPrintable(text));
    QVERIFY(instance->instanceId().isEmpty());
    // Outside the sandbox the hint about test persons would be wrong.
    QVERIFY(!PersonInstanceSection::describe(*instance->lastOutcome(), false).contains(u"Kari"_s));
    // The comparison's person column says why, too.
    QVERIFY(m_screen->sideBySideSection()
                ->cellText(PathSideBySideSection::InstanceCreated, PathSideBySideSection::PersonColumn)
                .contains(u"holds no role"_s));
}

void TestPersonPathScreen::cancelWhileWaitingForTheBrowser()
{
    openScreen(QString()); // a browser nobody uses
    PersonLoginSection *login = m_screen->loginSection();
    QTest::mouseClick(login->loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(login->copyLinkButton()->isVisible(), 15000);
    QVERIFY(login->status()->isBusy());
    QCOMPARE(login->status()->text(), u"Waiting for you to log in in the browser…"_s);
    QVERIFY(!login->loginButton()->isEnabled());

    // No browser opened? The link can be pasted into one.
    QTest::mouseClick(login->copyLinkButton(), Qt::LeftButton);
    const QUrl copied(QGuiApplication::clipboard()->text());
    QVERIFY(copied.isValid());
    QVERIFY(copied.query().contains(u"code_challenge"_s));

    auto *cancel = login->status()->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!login->isBusy());
    QCOMPARE(login->lastOutcome()->result, Onboarding::IdPortenLoginFlow::Outcome::Result::Cancelled);
    QCOMPARE(login->status()->state(), OperationStatus::State::Information);
    QVERIFY(!login->isLoggedIn());
    QVERIFY(!login->copyLinkButton()->isVisible());
    QVERIFY(login->loginButton()->isEnabled());
    QVERIFY(!m_screen->instanceSection()->createButton()->isEnabled());
}

void TestPersonPathScreen::cancellingAtIdPortenExplainsTheNextStep()
{
    openScreen(Kari, /*allow=*/false);
    QVERIFY(logIn());
    PersonLoginSection *login = m_screen->loginSection();
    QCOMPARE(login->lastOutcome()->result, Onboarding::IdPortenLoginFlow::Outcome::Result::Denied);
    QCOMPARE(login->status()->state(), OperationStatus::State::Failed);
    QCOMPARE(login->status()->text(), u"You cancelled at ID-porten. Log in again when ready."_s);
    QVERIFY(!login->isLoggedIn());
}

void TestPersonPathScreen::comparisonHasBothColumns_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nb") << u"nb"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestPersonPathScreen::comparisonHasBothColumns()
{
    QFETCH(QString, language);
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(language));
    openScreen(QString());
    QTest::mouseClick(m_screen->introSection()->comparisonButton(), Qt::LeftButton);
    PathComparisonDialog *dialog = m_screen->comparisonDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    QCOMPARE(table->columnCount(), 2);
    QVERIFY(table->rowCount() >= 6);
    QVERIFY(!table->horizontalHeaderItem(0)->text().isEmpty());
    QVERIFY(table->horizontalHeaderItem(0)->text() != table->horizontalHeaderItem(1)->text());
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->verticalHeaderItem(row)->text().isEmpty());
        for (int column = 0; column < 2; ++column)
            QVERIFY2(
                !table->item(row, column)->text().isEmpty(), qPrintable(u"%1,%2"_s.arg(row).arg(column)));
    }
    QVERIFY(!table->accessibleName().isEmpty());
    // Each row is as tall as its wrapped text at the shown width, so the whole comparison is read without
    // scrolling (rows measured before layout stood ten lines tall).
    QTRY_COMPARE(table->verticalScrollBar()->maximum(), 0);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY2(
            table->rowHeight(row) < 8 * table->fontMetrics().lineSpacing(), qPrintable(QString::number(row)));
    // Opening it again raises the same dialog; it fits the main window's minimum size.
    m_screen->openComparison();
    QCOMPARE(m_screen->comparisonDialog(), dialog);
    QVERIFY(dialog->width() <= 760 && dialog->height() <= 560);
    dialog->close();
    QTRY_VERIFY(!m_screen->comparisonDialog());
}

void TestPersonPathScreen::homeCardOpensTheScreenAndEscapeGoesBack()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"en"_s));
    AppSettings settings;
    MainWindow window(translator, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Built on first use, not at start.
    QVERIFY(!window.findChild<PersonPathScreen *>());
    TaskCard *card = window.homePage()->card(HomePage::Task::PersonPath);
    QVERIFY(card && card->isVisible());
    QTest::mouseClick(card->findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
    PersonPathScreen *screen = window.personScreen();
    QVERIFY(screen->isVisible());
    QCOMPARE(window.findChildren<PersonPathScreen *>().size(), 1);
    // The keyboard starts on the login; Enter there logs in.
    QTRY_COMPARE(QApplication::focusWidget(), screen->loginSection()->loginButton());
    QVERIFY(screen->loginSection()->loginButton()->isDefault());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(window.homePage()->isVisible());
    QVERIFY(!screen->isVisible());
    QVERIFY(window.openScreen(u"person"_s));
    QVERIFY(screen->isVisible());
    QCOMPARE(window.personScreen(), screen); // kept, with what was done there
}

QTEST_MAIN(TestPersonPathScreen)
#include "TestPersonPathScreen.moc"
