#include "home/HomePage.h"
#include "home/TaskCard.h"
#include "i18n/Translator.h"
#include "sandbox/SandboxHost.h"
#include "shell/ApplicationStyle.h"
#include "shell/CustomersScreen.h"
#include "shell/MainWindow.h"
#include "shell/StartScreen.h"
#include "wizard/WizardContext.h"
#include "workspace/AppSettings.h"
#include "workspace/ProfileStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
/// What a main window needs besides its sandbox: a translator (English unless a test installs another) and
/// the settings.
struct WindowParts
{
    WindowParts()
        : translator(QCoreApplication::instance())
        , english(translator.install(u"en"_s))
    { }
    Translator translator;
    bool english;
    AppSettings settings;
};
} // namespace

/// The window a user sees after `make run`: title, home screen and the language switch.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsEnglishTitleAndHomeScreen();
    void opensInBokmalWhenInstalled();
    void languageSwitchRetranslatesAndIsRemembered();
    void environmentBadgeFollowsTheSandbox();
    void opensTheScreenNamedAtStart();
    void sandboxStartsWhenFirstNeeded();
    void sandboxStartsAfterTheFirstFrameForASandboxProfile();
    void customersScreenWithoutASystemKeepsItsContentTogether();

private:
    static void chooseLanguage(MainWindow &window, const QString &language);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SystemUserWizardTests"_s);
    QApplication::setApplicationName(u"TestMainWindow"_s);
}

void TestMainWindow::init()
{
    AppSettings settings;
    settings.setLanguage({});
    settings.sync();
    // No profile: each test starts as a first start.
    ProfileStore profiles;
    if (profiles.load()) {
        const QList<Profile> saved = profiles.profiles();
        for (const Profile &profile : saved)
            QVERIFY(profiles.remove(profile.id));
    }
}

void TestMainWindow::showsEnglishTitleAndHomeScreen()
{
    WindowParts parts;
    QVERIFY(parts.english);
    MainWindow window(parts.translator, parts.settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), u"System User Wizard"_s);
    const auto *heading = window.findChild<QLabel *>(u"headingLabel"_s);
    QVERIFY(heading);
    QCOMPARE(heading->text(), u"What do you want to do?"_s);
    for (const auto &name :
        {u"setUpSystemCard"_s, u"onboardCustomerCard"_s, u"checkCustomerCard"_s, u"guidedDemoCard"_s}) {
        auto *card = window.findChild<TaskCard *>(name);
        QVERIFY2(card, qPrintable(name));
        QVERIFY(card->isVisible());
    }
    const auto *environment = window.findChild<QLabel *>(u"environmentLabel"_s);
    QVERIFY(environment);
    QCOMPARE(environment->text(), u"Sandbox — stays on this computer"_s);
}

void TestMainWindow::opensInBokmalWhenInstalled()
{
    WindowParts parts;
    QVERIFY(parts.translator.install(u"nb"_s));
    MainWindow window(parts.translator, parts.settings);
    QCOMPARE(window.windowTitle(), u"Systembruker-veiviser"_s);
    QCOMPARE(window.findChild<QLabel *>(u"headingLabel"_s)->text(), u"Hva vil du gjøre?"_s);
    QCOMPARE(window.findChild<QComboBox *>(u"languageComboBox"_s)->currentData().toString(), u"nb"_s);
}

void TestMainWindow::languageSwitchRetranslatesAndIsRemembered()
{
    WindowParts parts;
    QVERIFY(parts.english);
    MainWindow window(parts.translator, parts.settings);
    window.show();

    chooseLanguage(window, u"nn"_s);
    // Qt posts LanguageChange to every window, so the new texts appear once the event loop runs.
    QTRY_COMPARE(window.windowTitle(), u"Systembrukar-vegvisar"_s);
    QTRY_COMPARE(window.findChild<QLabel *>(u"headingLabel"_s)->text(), u"Kva vil du gjere?"_s);
    QCOMPARE(AppSettings().language(), u"nn"_s);

    chooseLanguage(window, u"nb"_s);
    QTRY_COMPARE(window.windowTitle(), u"Systembruker-veiviser"_s);
    QCOMPARE(AppSettings().language(), u"nb"_s);
}

void TestMainWindow::environmentBadgeFollowsTheSandbox()
{
    WindowParts parts;
    QVERIFY(parts.english);
    SandboxHost sandbox;
    MainWindow window(parts.translator, parts.settings, &sandbox);
    auto *badge = window.findChild<QLabel *>(u"environmentLabel"_s);
    // Not started yet (it starts on demand): the badge says what the sandbox is and when it starts.
    QCOMPARE(badge->text(), u"Sandbox — stays on this computer"_s);
    QVERIFY(badge->toolTip().contains(u"It starts when a task first needs it."_s));
    sandbox.start();
    QCOMPARE(badge->text(), u"Sandbox: starting…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"Sandbox — stays on this computer"_s, 5000);
    QVERIFY(badge->toolTip().contains(sandbox.baseUrl().toString()));
    // The badge says what the sandbox means, not "offline" (which read as a fault).
    QVERIFY(!badge->text().contains(u"offline"_s));
    QVERIFY(badge->toolTip().contains(u"nothing is sent to Altinn"_s));
}

void TestMainWindow::opensTheScreenNamedAtStart()
{
    // `--open NAME`: the same names in every language, home, customers and person around the eight pages.
    QCOMPARE(StartScreen::names().size(), 11);
    QCOMPARE(StartScreen::fromName(u" Token "_s)->page, OnboardingWizard::PageId::TestAuthentication);
    QVERIFY(!StartScreen::fromName(u"tilgang"_s));

    WindowParts parts;
    QVERIFY(parts.english);
    SandboxHost sandbox;
    MainWindow window(parts.translator, parts.settings, &sandbox);
    window.show();
    QVERIFY(!window.openScreen(u"nowhere"_s));
    QVERIFY(window.openScreen(u"system"_s));
    QVERIFY(sandbox.isStarting()); // the screen needs the sandbox: it starts it ...
    QVERIFY(!window.wizard()); // ... and waits for it, so the page shows its content
    QTRY_VERIFY_WITH_TIMEOUT(window.wizard() != nullptr, 5000);
    QCOMPARE(window.wizard()->currentPageId(), OnboardingWizard::PageId::SystemDefinition);

    QVERIFY(window.openScreen(u"customers"_s));
    QVERIFY(!window.wizard());
    QVERIFY(window.customersScreen()->isVisible());
    QVERIFY(window.openScreen(u"home"_s));
    QVERIFY(window.homePage()->isVisible());
}

/// The sandbox starts on demand: not at start without a profile (idle memory), but as soon as the user leaves
/// the home page; never for a TT02 profile until something asks for it.
void TestMainWindow::sandboxStartsWhenFirstNeeded()
{
    WindowParts parts;
    QVERIFY(parts.english);
    {
        SandboxHost sandbox;
        MainWindow window(parts.translator, parts.settings, &sandbox);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSandboxIfProfileNeedsIt(); // what main does after the first frame
        QTest::qWait(50);
        QVERIFY(!sandbox.isStarting() && !sandbox.isRunning());

        window.startTask(HomePage::Task::SetUpSystem);
        QVERIFY(sandbox.isStarting());
        QTRY_VERIFY_WITH_TIMEOUT(window.wizardContext()->sandboxBaseUrl().isValid(), 5000);
        QCOMPARE(window.wizardContext()->sandboxBaseUrl(), sandbox.baseUrl());
    }
    {
        SandboxHost sandbox;
        MainWindow window(parts.translator, parts.settings, &sandbox);
        Profile test;
        test.id = Profile::makeId(u"Acme TT02"_s, {});
        test.name = u"Acme TT02"_s;
        test.environment = u"tt02"_s;
        test.vendorOrgNumber = u"991825827"_s;
        QVERIFY(window.wizardContext()->saveProfile(test));
        window.show();
        window.startSandboxIfProfileNeedsIt();
        window.showCustomers();
        QTest::qWait(50);
        QVERIFY(!sandbox.isStarting() && !sandbox.isRunning());
        // A page that needs it asks (a sandbox organisation's name, say): then it starts.
        window.wizardContext()->wantSandbox();
        QVERIFY(sandbox.isStarting());
    }
}

/// A returning sandbox user: the sandbox starts right after the first frame, as before, not at the first
/// task.
void TestMainWindow::sandboxStartsAfterTheFirstFrameForASandboxProfile()
{
    WindowParts parts;
    QVERIFY(parts.english);
    Profile vendor;
    vendor.id = Profile::makeId(u"Acme sandbox"_s, {});
    vendor.name = u"Acme sandbox"_s;
    vendor.vendorOrgNumber = u"991825827"_s;
    {
        ProfileStore profiles;
        QVERIFY(profiles.load());
        QVERIFY(profiles.save(vendor));
        QVERIFY(profiles.setCurrentId(vendor.id));
    }
    SandboxHost sandbox;
    MainWindow window(parts.translator, parts.settings, &sandbox);
    QVERIFY(window.wizardContext()->hasProfile());
    QVERIFY(!sandbox.isStarting()); // not before the first frame
    window.show();
    window.startSandboxIfProfileNeedsIt();
    QVERIFY(sandbox.isStarting());
    QTRY_VERIFY_WITH_TIMEOUT(window.wizardContext()->session() != nullptr, 5000);
}

void TestMainWindow::chooseLanguage(MainWindow &window, const QString &language)
{
    auto *combo = window.findChild<QComboBox *>(u"languageComboBox"_s);
    QVERIFY(combo);
    const int index = combo->findData(language);
    QVERIFY(index >= 0);
    // Pick the entry the way a keyboard user does: focus the box and step to it.
    combo->setFocus();
    while (combo->currentIndex() != index)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
}

/// Without a system the customers screen has no table; its heading, explanation, button and bulk actions stay
/// together at the top instead of being spread over the window.
void TestMainWindow::customersScreenWithoutASystemKeepsItsContentTogether()
{
    installApplicationStyle(*qApp); // as the program does; the last test of this file
    WindowParts parts;
    QVERIFY(parts.english);
    MainWindow window(parts.translator, parts.settings, nullptr);
    window.resize(1040, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomersScreen *screen = window.customersScreen();
    QVERIFY(window.openScreen(u"customers"_s));
    auto *explanation = screen->findChild<QLabel *>(u"customersSystemLabel"_s);
    auto *setUp = screen->findChild<QWidget *>(u"customersSetUpSystemButton"_s);
    auto *bulk = screen->findChild<QWidget *>(u"bulkActionsRow"_s);
    QVERIFY(explanation && setUp && bulk);
    QTRY_VERIFY(setUp->isVisible());
    QTest::qWait(50); // the layout that follows hiding the table
    // Each at its own height, one under the other: not grown to share the room the table leaves.
    QVERIFY2(explanation->height() < 3 * explanation->fontMetrics().lineSpacing() + 8,
        qPrintable(QString::number(explanation->height())));
    QVERIFY2(bulk->geometry().bottom() < 250, qPrintable(QString::number(bulk->geometry().bottom())));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
