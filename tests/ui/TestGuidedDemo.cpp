#include "WizardTestSupport.h"
#include "demo/DemoConductor.h"
#include "demo/DemoNarrationPanel.h"
#include "home/HomePage.h"
#include "home/TaskCard.h"
#include "i18n/Translator.h"
#include "net/ActivityLog.h"
#include "onboarding/DemoScenario.h"
#include "sandbox/SandboxHost.h"
#include "secrets/MemorySecretStore.h"
#include "shell/ApplicationStyle.h"
#include "shell/MainWindow.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/TestAuthenticationPage.h"
#include "wizard/WizardContext.h"
#include "workspace/AppSettings.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Onboarding::DemoScenario;

/**
 * The guided demo (docs/guided-demo.md) in the main window against the in-process sandbox: one click
 * and Next step ×7 reach a real system user token, Play runs to the end, Pause and Stop stop it, Reset
 * clears the sandbox and the demo profile, and a second run after a finished one works.
 */
class TestGuidedDemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void narrationIsThereForEveryStepInBokmalAndEnglish();
    void startAndSevenNextStepsReachATokenInEightActions();
    void playRunsToTheEnd();
    void pauseAndStopStopIt();
    void resetClearsTheSandboxAndTheDemoProfile();
    void aSecondRunAfterAFinishedOneWorks();
    void aFailedStepSaysSoAndOffersRetry();

private:
    void makeWindow();
    /// One click on the home screen's demo card; the first step done.
    void startDemo();
    /// Clicks Next step once it can be pressed, then waits for the step's work.
    void pressNextStep();
    QPushButton *panelButton(const QString &name) const { return m_window->findChild<QPushButton *>(name); }
    DemoConductor *demo() const { return m_window->demo(); }
    /// The sandbox's state (GET sandbox/state).
    QJsonObject sandboxState();
    /// POST to the sandbox's control API; the HTTP status.
    int postControl(const QString &path, const QJsonObject &body);
    bool sandboxHasDemoSystem();

    SandboxHost m_sandbox;
    std::unique_ptr<Translator> m_translator;
    MemorySecretStore m_keychain; ///< stands in for the keychain: refuses everything, so a use shows
    MemorySecretStore m_runOnly;
    std::unique_ptr<MainWindow> m_window;
    int m_userActions = 0;
};

void TestGuidedDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestGuidedDemo"_s);
    m_translator = std::make_unique<Translator>(QCoreApplication::instance());
    QVERIFY(m_translator->install(u"en"_s));
    QVERIFY(WizardTestSupport::startSandbox(m_sandbox));
    m_keychain.setForcedStatus(SecretStore::Status::Denied);
    installApplicationStyle(*qApp);
}

void TestGuidedDemo::init()
{
    WizardTestSupport::clearWorkspace();
    m_userActions = 0;
}

void TestGuidedDemo::cleanup()
{
    m_window.reset();
    WizardTestSupport::clearWorkspace();
    QCOMPARE(postControl(u"sandbox/reset"_s, {}), 200);
}

int TestGuidedDemo::postControl(const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void TestGuidedDemo::makeWindow()
{
    static AppSettings settings;
    m_window = std::make_unique<MainWindow>(*m_translator, settings, &m_sandbox);
    m_window->wizardContext()->setSecretStores(&m_keychain, &m_runOnly);
    m_window->resize(1040, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    demo()->setPause(std::chrono::milliseconds(200));
}

void TestGuidedDemo::startDemo()
{
    auto *start =
        m_window->homePage()->card(HomePage::Task::GuidedDemo)->findChild<QPushButton *>(u"startButton"_s);
    QVERIFY(start && start->isVisible());
    start->click();
    ++m_userActions;
    QVERIFY(m_window->wizard());
    QVERIFY(m_window->findChild<DemoNarrationPanel *>(u"demoPanel"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(demo()->isStepDone(1), 15000);
}

void TestGuidedDemo::pressNextStep()
{
    QPushButton *next = panelButton(u"demoNextButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15000);
    const int step = demo()->step();
    next->click();
    ++m_userActions;
    QTRY_VERIFY2_WITH_TIMEOUT(
        demo()->isStepDone(step + 1) || demo()->hasFailed(), qPrintable(u"step %1"_s.arg(step + 1)), 60000);
    QVERIFY2(!demo()->hasFailed(), qPrintable(m_window->findChild<QLabel *>(u"demoStatus"_s)->text()));
    // At the window's opening size, for a look at the band above each page.
    if (const QString directory = qEnvironmentVariable("SYSTEMUSER_SCREENSHOT_DIR"); !directory.isEmpty()) {
        QTest::qWait(300);
        m_window->grab().save(directory + u"/guided-demo-step-%1.png"_s.arg(step + 1));
    }
}

QJsonObject TestGuidedDemo::sandboxState()
{
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(m_sandbox.baseUrl().toString() + u"sandbox/state"_s)));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject state = QJsonDocument::fromJson(reply->readAll()).object().value(u"state"_s).toObject();
    reply->deleteLater();
    return state;
}

bool TestGuidedDemo::sandboxHasDemoSystem()
{
    const QJsonValue systems = sandboxState().value(u"systems"_s);
    const QByteArray json = systems.isArray() ? QJsonDocument(systems.toArray()).toJson()
                                              : QJsonDocument(systems.toObject()).toJson();
    return json.contains(DemoScenario::systemId().toUtf8());
}

void TestGuidedDemo::narrationIsThereForEveryStepInBokmalAndEnglish()
{
    for (const QString &language : {u"nb"_s, u"en"_s}) {
        QVERIFY(m_translator->install(language));
        for (int step = 1; step <= DemoScenario::StepCount; ++step) {
            const DemoScenario::Step texts = DemoScenario::step(step);
            for (const QString &text : {texts.title, texts.now, texts.why, texts.service, texts.customer})
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(u"%1 step %2"_s.arg(language).arg(step)));
        }
        // The panel shows them, with the step's number.
        DemoNarrationPanel panel;
        panel.showStep(4);
        QVERIFY(panel.findChild<QLabel *>(u"demoStepHeading"_s)->text().contains(u'4'));
        QCOMPARE(panel.findChild<QLabel *>(u"demoWhy"_s)->text(), DemoScenario::step(4).why);
    }
    QVERIFY(DemoScenario::step(0).title.isEmpty());
    QVERIFY(DemoScenario::step(9).title.isEmpty());
    QVERIFY(m_translator->install(u"en"_s));
}

void TestGuidedDemo::startAndSevenNextStepsReachATokenInEightActions()
{
    makeWindow();
    startDemo();
    OnboardingWizard *wizard = m_window->wizard();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    for (int i = 0; i < 6; ++i)
        pressNextStep();
    // Page 7: a real system user token for the demo customer, from the sandbox's Maskinporten.
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::TestAuthentication);
    WizardContext *context = m_window->wizardContext();
    const auto test = context->onboarding()->tokenTest();
    QVERIFY(test.has_value());
    QVERIFY2(test->ok, qPrintable(test->failure));
    QCOMPARE(test->customerOrgNo, DemoScenario::customerOrgNumber());
    QVERIFY(wizard->testAuthenticationPage()->secondsLeft() > 0);
    pressNextStep();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Summary);
    QVERIFY(demo()->isStepDone(DemoScenario::StepCount));
    QVERIFY(!panelButton(u"demoNextButton"_s)->isEnabled());
    QVERIFY2(m_userActions <= 8, qPrintable(QString::number(m_userActions)));

    // The demo's own profile, with its key for this run only; the keychain (refusing here) was never used.
    const Profile profile = context->profile();
    QCOMPARE(profile.id, DemoScenario::profileId());
    QVERIFY(!profile.keyPersistent);
    QVERIFY(sandboxHasDemoSystem());
    // What the run cost: every call went over HTTP to the sandbox (docs/guided-demo.md counts them).
    int sandboxCalls = 0;
    for (const Altinn::ActivityEntry &entry : context->activityLog()->entries()) {
        if (entry.url.host() == m_sandbox.baseUrl().host())
            ++sandboxCalls;
        if (qEnvironmentVariableIsSet("SYSTEMUSER_DEMO_CALLS"))
            qInfo("%s %s -> %d", entry.method.constData(), qPrintable(entry.url.path()), entry.status);
    }
    qInfo("guided demo: %d HTTP calls to the sandbox", sandboxCalls);
    QVERIFY(sandboxCalls > 8);

    // Back shows the previous step again, without doing it again.
    panelButton(u"demoBackButton"_s)->click();
    QCOMPARE(demo()->step(), 7);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::TestAuthentication);
    QVERIFY(demo()->isStepDone(7));
}

void TestGuidedDemo::playRunsToTheEnd()
{
    makeWindow();
    startDemo();
    panelButton(u"demoPlayButton"_s)->click();
    ++m_userActions;
    QVERIFY(demo()->isPlaying());
    QTRY_VERIFY2_WITH_TIMEOUT(demo()->isStepDone(DemoScenario::StepCount) || demo()->hasFailed(),
        qPrintable(QString::number(demo()->step())), 120000);
    QVERIFY2(!demo()->hasFailed(), qPrintable(m_window->findChild<QLabel *>(u"demoStatus"_s)->text()));
    QCOMPARE(m_window->wizard()->currentPageId(), OnboardingWizard::PageId::Summary);
    QVERIFY(m_window->wizardContext()->onboarding()->tokenTest()->ok);
    QVERIFY(!demo()->isPlaying());
    QCOMPARE(m_userActions, 2);
}

void TestGuidedDemo::pauseAndStopStopIt()
{
    makeWindow();
    demo()->setPause(std::chrono::seconds(30));
    startDemo();
    QPushButton *play = panelButton(u"demoPlayButton"_s);
    play->click();
    // Step 2 runs, then the demo waits to let the audience read.
    QTRY_VERIFY_WITH_TIMEOUT(demo()->isStepDone(2), 60000);
    play->click(); // Pause
    QVERIFY(!demo()->isPlaying());
    QTest::qWait(500);
    QCOMPARE(demo()->step(), 2);
    QVERIFY(!demo()->isBusy());

    // Playing again goes on at once; Stop ends the demo where it is.
    demo()->setPause(std::chrono::milliseconds(50));
    play->click();
    QTRY_VERIFY_WITH_TIMEOUT(demo()->step() >= 3, 5000);
    panelButton(u"demoStopButton"_s)->click();
    QVERIFY(!demo()->isActive());
    QVERIFY(!demo()->isPlaying());
    QVERIFY(!m_window->findChild<DemoNarrationPanel *>(u"demoPanel"_s)->isVisible());
    const int page = m_window->wizard()->currentId();
    QTest::qWait(1000);
    QCOMPARE(m_window->wizard()->currentId(), page);
}

void TestGuidedDemo::resetClearsTheSandboxAndTheDemoProfile()
{
    makeWindow();
    startDemo();
    for (int i = 0; i < 3; ++i)
        pressNextStep(); // published
    QVERIFY(sandboxHasDemoSystem());
    WizardContext *context = m_window->wizardContext();
    QVERIFY(context->profileStore().find(DemoScenario::profileId()).has_value());
    QVERIFY(context->drafts()->systemDefinition(DemoScenario::profileId()).has_value());

    panelButton(u"demoResetButton"_s)->click();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(u"resetDemoQuestion"_s)));
    QVERIFY(question->text().contains(u"sandbox"_s));
    question->findChild<QPushButton *>(u"resetDemoConfirmButton"_s)->click();

    // The sandbox is clear, the profile and its drafts are gone, and the demo starts afresh at step 1.
    QTRY_VERIFY_WITH_TIMEOUT(demo()->isActive() && demo()->step() == 1 && demo()->isStepDone(1), 15000);
    QVERIFY(!sandboxHasDemoSystem());
    QVERIFY(!context->profileStore().find(DemoScenario::profileId()).has_value());
    QVERIFY(!context->drafts()->systemDefinition(DemoScenario::profileId()).has_value());
    QCOMPARE(m_window->wizard()->currentPageId(), OnboardingWizard::PageId::Profile);
}

void TestGuidedDemo::aSecondRunAfterAFinishedOneWorks()
{
    makeWindow();
    startDemo();
    panelButton(u"demoPlayButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(demo()->isStepDone(DemoScenario::StepCount) || demo()->hasFailed(), 120000);
    QVERIFY(!demo()->hasFailed());
    const QString firstRef = demo()->externalRef();

    // Home, and the demo again: the same sandbox (its system and system user stay), a clean demo profile.
    m_window->showHome();
    QVERIFY(!demo()->isActive());
    startDemo();
    QVERIFY(demo()->externalRef() != firstRef);
    QCOMPARE(m_window->wizardContext()->profileStore().profiles().size(), 1);
    QVERIFY(!m_window->wizardContext()->profile().hasKey());
    for (int i = 0; i < 7; ++i)
        pressNextStep();
    QVERIFY(m_window->wizardContext()->onboarding()->tokenTest()->ok);
    QCOMPARE(m_window->wizardContext()->onboarding()->tokenTest()->externalRef, demo()->externalRef());
}

void TestGuidedDemo::aFailedStepSaysSoAndOffersRetry()
{
    makeWindow();
    startDemo();
    for (int i = 0; i < 2; ++i)
        pressNextStep(); // the system is described
    // Altinn refuses the registration once.
    QCOMPARE(
        postControl(u"sandbox/faults"_s,
            QJsonObject{{u"method"_s, u"POST"_s},
                {u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s}, {u"status"_s, 403}}),
        201);
    QPushButton *next = panelButton(u"demoNextButton"_s);
    QTRY_VERIFY(next->isEnabled());
    next->click();
    QTRY_VERIFY_WITH_TIMEOUT(demo()->hasFailed(), 15000);
    QCOMPARE(demo()->step(), 4);
    QVERIFY(!demo()->isStepDone(4));
    QVERIFY(m_window->findChild<QLabel *>(u"demoStatus"_s)->text().contains(u"failed"_s));
    QPushButton *retry = panelButton(u"demoRetryButton"_s);
    QVERIFY(retry->isVisible());

    // The refusal was once: Retry publishes, and the demo goes on from there.
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(demo()->isStepDone(4), 15000);
    QVERIFY(!demo()->hasFailed());
    QVERIFY(!retry->isVisible());
    QVERIFY(sandboxHasDemoSystem());
}

QTEST_MAIN(TestGuidedDemo)
#include "TestGuidedDemo.moc"
