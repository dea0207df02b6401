#include "WizardTestSupport.h"
#include "common/OperationStatus.h"
#include "editor/SystemDefinitionEditor.h"
#include "home/HomePage.h"
#include "home/TaskCard.h"
#include "i18n/Translator.h"
#include "model/SystemDefinition.h"
#include "sandbox/SandboxHost.h"
#include "secrets/MemorySecretStore.h"
#include "shell/ApplicationStyle.h"
#include "shell/MainWindow.h"
#include "wizard/ConnectionCheckPanel.h"
#include "wizard/MaskinportenPage.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionBand.h"
#include "wizard/ProductionGuard.h"
#include "wizard/ProfilePage.h"
#include "wizard/SystemDefinitionPage.h"
#include "wizard/WizardContext.h"
#include "workspace/AppSettings.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/**
 * The wizard in the main window: entered from the home screen, pages 1→3 walked by keyboard against
 * the in-process sandbox, the production marker, and resuming after the app was closed. With
 * SYSTEMUSER_SCREENSHOT_DIR set, also saves screenshots of pages 1–3 in nb and en.
 */
class TestOnboardingWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void walksFromTheHomeCardToAValidSystemByKeyboard();
    void productionProfileShowsTheBandEverywhere();
    void productionGuardAsksOnlyForProduction();
    void resumesWhereTheUserLeftOffAfterRestart();
    void guidedDemoPresetsTheSandboxVendor();
    void screenshots();

private:
    std::unique_ptr<MainWindow> makeWindow();
    /// Page 1 by keyboard: org number typed, name looked up, Alt+N.
    void fillProfilePage(MainWindow &window);
    /// Page 2 by keyboard: Space on Generate, then Alt+N (the sandbox client is registered on the way).
    void fillMaskinportenPage(MainWindow &window);
    static Altinn::SystemDefinition validDefinition(const QString &clientId);
    static void keyClickWindow(
        MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    SandboxHost m_sandbox;
    MemorySecretStore m_secrets;
    std::unique_ptr<Translator> m_translator;
};

void TestOnboardingWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestOnboardingWizard"_s);
    m_translator = std::make_unique<Translator>(QCoreApplication::instance());
    QVERIFY(m_translator->install(u"en"_s));
    QVERIFY(WizardTestSupport::startSandbox(m_sandbox));
}

void TestOnboardingWizard::cleanupTestCase()
{
    // Profiles live in one file shared by every program of the suite: leave none behind.
    WizardTestSupport::clearWorkspace();
}

void TestOnboardingWizard::init()
{
    WizardTestSupport::clearWorkspace();
}

std::unique_ptr<MainWindow> TestOnboardingWizard::makeWindow()
{
    static AppSettings settings;
    auto window = std::make_unique<MainWindow>(*m_translator, settings, &m_sandbox);
    window->wizardContext()->setSecretStores(&m_secrets, &m_secrets);
    window->show();
    window->activateWindow();
    return window;
}

void TestOnboardingWizard::keyClickWindow(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, key, modifiers);
}

Altinn::SystemDefinition TestOnboardingWizard::validDefinition(const QString &clientId)
{
    const QJsonObject texts{
        {u"nb"_s, u"Regnskap Pluss"_s}, {u"nn"_s, u"Rekneskap Pluss"_s}, {u"en"_s, u"Accounting Plus"_s}};
    return Altinn::SystemDefinition::fromJson(QJsonObject{{u"id"_s, u"991825827_regnskap"_s},
        {u"vendor"_s, QJsonObject{{u"ID"_s, u"0192:991825827"_s}}}, {u"name"_s, texts},
        {u"description"_s, texts},
        {u"rights"_s,
            QJsonArray{QJsonObject{{u"resource"_s,
                QJsonArray{QJsonObject{
                    {u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, u"ske-krav-og-betalinger"_s}}}}}}},
        {u"clientId"_s, QJsonArray{clientId}}, {u"isVisible"_s, true},
        {u"allowedRedirectUrls"_s, QJsonArray{u"https://regnskap.example/callback"_s}}});
}

void TestOnboardingWizard::fillProfilePage(MainWindow &window)
{
    OnboardingWizard *wizard = window.wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    // From the environment box, Tab leads to the organisation number (the hidden server address is skipped).
    auto *environment = wizard->findChild<QComboBox *>(u"environmentComboBox"_s);
    QCOMPARE(environment->currentData().toString(), u"sandbox"_s);
    environment->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), environment);
    keyClickWindow(window, Qt::Key_Tab);
    auto *orgNumber = wizard->findChild<QLineEdit *>(u"orgNumberEdit"_s);
    QCOMPARE(QApplication::focusWidget(), orgNumber);
    QTest::keyClicks(orgNumber, u"991825827"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->findChild<QLabel *>(u"orgNameLabel"_s)->text().contains(u"Digitaliseringsdirektoratet"_s),
        10000);
    // Enter in a field goes on, as in any dialog.
    QTest::keyClick(orgNumber, Qt::Key_Return);
    QTRY_COMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    QCOMPARE(window.findChild<QLabel *>(u"profileLabel"_s)->text(),
        u"Profile: Digitaliseringsdirektoratet (Sandbox)"_s);
}

void TestOnboardingWizard::fillMaskinportenPage(MainWindow &window)
{
    OnboardingWizard *wizard = window.wizard();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *generate = wizard->findChild<QPushButton *>(u"generateKeyButton"_s);
    generate->setFocus();
    QTest::keyClick(generate, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(window.wizardContext()->profile().hasKey(), 30000);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    keyClickWindow(window, Qt::Key_N, Qt::AltModifier);
    // The sandbox client is registered on the way, then the wizard goes on by itself.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition, 15000);
    QVERIFY(!window.wizardContext()->profile().clientId.isEmpty());
}

void TestOnboardingWizard::walksFromTheHomeCardToAValidSystemByKeyboard()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *card = window->findChild<TaskCard *>(u"setUpSystemCard"_s);
    QVERIFY(card->isAvailable());
    QVERIFY(window->findChild<TaskCard *>(u"onboardCustomerCard"_s)->isAvailable());
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Return);
    QVERIFY(window->wizard());
    QVERIFY(window->wizard()->isVisible());
    QVERIFY(window->findChild<QPushButton *>(u"homeButton"_s)->isVisible());

    fillProfilePage(*window);
    fillMaskinportenPage(*window);

    OnboardingWizard *wizard = window->wizard();
    SystemDefinitionEditor *editor = wizard->systemDefinitionPage()->editor();
    QCOMPARE(editor->vendorOrgNumber(), u"991825827"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    editor->setDefinition(validDefinition(window->wizardContext()->profile().clientId));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(editor->isValid(),
        qPrintable(editor->findings().isEmpty() ? QString() : editor->findings().first().message));

    // On to publishing; the draft is saved and the wizard remembers where the user is.
    // Alt+N belongs to the editor's "Name" here; the Next button is reached with the keyboard instead.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space);
    QTRY_COMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Publish);
    const QString profileId = window->wizardContext()->profile().id;
    DraftStore *drafts = window->wizardContext()->drafts();
    QCOMPARE(drafts->systemDefinition(profileId)->value(u"id"_s).toString(), u"991825827_regnskap"_s);
    QCOMPARE(drafts->lastPage(profileId), static_cast<int>(OnboardingWizard::PageId::Publish));
    window->showHome();
    QVERIFY(window->homePage()->isVisible());
    QVERIFY(window->homePage()->hasResumeOffer());
}

void TestOnboardingWizard::productionProfileShowsTheBandEverywhere()
{
    auto window = makeWindow();
    auto *band = window->findChild<ProductionBand *>();
    QVERIFY(band);
    QVERIFY(!band->isVisible());

    Profile production;
    production.id = u"acme-prod"_s;
    production.name = u"Acme (Production)"_s;
    production.environment = u"prod"_s;
    production.vendorOrgNumber = u"991825827"_s;
    QVERIFY(window->wizardContext()->saveProfile(production));
    QVERIFY(band->isVisible());
    QCOMPARE(band->text(), u"PRODUCTION — changes affect real customers"_s);
    auto *badge = window->findChild<QLabel *>(u"environmentLabel"_s);
    QCOMPARE(badge->text(), u"PRODUCTION"_s);
    QCOMPARE(badge->property("environment").toString(), u"production"_s);

    window->startTask(HomePage::Task::SetUpSystem);
    OnboardingWizard *wizard = window->wizard();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    QVERIFY(band->isVisible());
    QVERIFY(wizard->findChild<QPushButton *>(u"openPortalButton"_s)->isVisible());
    wizard->back();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    QVERIFY(band->isVisible());

    // Back to a sandbox profile: the band goes.
    auto *environment = wizard->findChild<QComboBox *>(u"environmentComboBox"_s);
    environment->setCurrentIndex(environment->findData(u"sandbox"_s));
    wizard->next();
    QVERIFY(!band->isVisible());
    QCOMPARE(badge->property("environment").toString(), u"sandbox"_s);
}

void TestOnboardingWizard::productionGuardAsksOnlyForProduction()
{
    QWidget parent;
    std::optional<bool> answer;
    ProductionGuard::setNextAnswer(false);
    ProductionGuard::confirm(&parent, Altinn::Environment::tt02(), u"register the system"_s,
        [&answer](bool confirmed) { answer = confirmed; });
    QVERIFY(answer.value_or(false)); // not production: no question, and the scripted answer is kept
    answer.reset();
    ProductionGuard::confirm(&parent, Altinn::Environment::production(), u"register the system"_s,
        [&answer](bool confirmed) { answer = confirmed; });
    QVERIFY(answer.has_value() && !*answer);

    // Unscripted, a window-modal question appears with the safe answer as default.
    answer.reset();
    parent.show();
    ProductionGuard::confirm(&parent, Altinn::Environment::production(), u"register the system"_s,
        [&answer](bool confirmed) { answer = confirmed; });
    auto *question = parent.findChild<QWidget *>(u"productionConfirmation"_s);
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(!answer.has_value());
    QTest::mouseClick(question->findChild<QPushButton *>(u"confirmProductionButton"_s), Qt::LeftButton);
    QTRY_VERIFY(answer.value_or(false));
}

void TestOnboardingWizard::resumesWhereTheUserLeftOffAfterRestart()
{
    QString profileId;
    {
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->startTask(HomePage::Task::SetUpSystem);
        fillProfilePage(*window);
        fillMaskinportenPage(*window);
        SystemDefinitionEditor *editor = window->wizard()->systemDefinitionPage()->editor();
        Altinn::SystemDefinition draft = validDefinition(window->wizardContext()->profile().clientId);
        draft.id = u"991825827_halvferdig"_s;
        editor->setDefinition(draft);
        Q_EMIT editor->changed(); // as after an edit: autosave
        profileId = window->wizardContext()->profile().id;
        QTest::mouseClick(window->findChild<QPushButton *>(u"homeButton"_s), Qt::LeftButton);
        QVERIFY(!window->wizard());
        QVERIFY(window->homePage()->hasResumeOffer());
    } // the app is closed

    auto window = makeWindow();
    QVERIFY(window->homePage()->hasResumeOffer());
    QVERIFY(window->findChild<QLabel *>(u"resumeLabel"_s)->text().contains(u"System definition"_s));
    QCOMPARE(window->wizardContext()->profile().id, profileId);
    QTest::mouseClick(window->findChild<QPushButton *>(u"continueButton"_s), Qt::LeftButton);
    OnboardingWizard *wizard = window->wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
    QCOMPARE(wizard->systemDefinitionPage()->editor()->definition().id, u"991825827_halvferdig"_s);
    // Back works from a resumed page.
    wizard->back();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
}

void TestOnboardingWizard::guidedDemoPresetsTheSandboxVendor()
{
    auto window = makeWindow();
    window->startTask(HomePage::Task::GuidedDemo);
    OnboardingWizard *wizard = window->wizard();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"orgNumberEdit"_s)->text(), WizardContext::DemoVendorOrgNumber);
    QCOMPARE(
        wizard->findChild<QComboBox *>(u"environmentComboBox"_s)->currentData().toString(), u"sandbox"_s);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    // A second demo reuses the demo profile instead of making another.
    window->showHome();
    window->startTask(HomePage::Task::GuidedDemo);
    QCOMPARE(window->wizardContext()->profileStore().profiles().size(), 1);
}

void TestOnboardingWizard::screenshots()
{
    const QString directory = qEnvironmentVariable("SYSTEMUSER_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set SYSTEMUSER_SCREENSHOT_DIR to save screenshots of pages 1-3.");
    QVERIFY(QDir().mkpath(directory));
    installApplicationStyle(*qApp);
    for (const QString &language : {u"nb"_s, u"en"_s}) {
        WizardTestSupport::clearWorkspace();
        QVERIFY(m_translator->install(language));
        auto window = makeWindow();
        window->resize(1100, 820);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->startTask(HomePage::Task::SetUpSystem);
        OnboardingWizard *wizard = window->wizard();
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"orgNumberEdit"_s), u"991825827"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QLabel *>(u"orgNameLabel"_s)->text().contains(u"Digitaliseringsdirektoratet"_s),
            10000);
        QTest::qWait(200);
        QVERIFY(window->grab().save(directory + u"/wizard-profile-"_s + language + u".png"_s));

        wizard->next();
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"generateKeyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->wizardContext()->profile().hasKey(), 30000);
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"registerButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->wizardContext()->profile().clientId.isEmpty(), 15000);
        auto *panel = wizard->findChild<ConnectionCheckPanel *>();
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"checkConnectionButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastResult().has_value(), 20000);
        QTest::qWait(200);
        QVERIFY(window->grab().save(directory + u"/wizard-key-"_s + language + u".png"_s));

        wizard->next();
        QTRY_COMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
        wizard->systemDefinitionPage()->editor()->setDefinition(
            validDefinition(window->wizardContext()->profile().clientId));
        QTest::qWait(1500); // catalogues load and the validation panel settles
        QVERIFY(window->grab().save(directory + u"/wizard-system-"_s + language + u".png"_s));
    }
    QVERIFY(m_translator->install(u"en"_s));
}

QTEST_MAIN(TestOnboardingWizard)
#include "TestOnboardingWizard.moc"
