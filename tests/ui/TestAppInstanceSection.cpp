#include "WizardFlowFixture.h"
#include "common/OperationStatus.h"
#include "model/SystemUserRequestResponse.h"
#include "wizard/AppInstanceSection.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/TestAuthenticationPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/// Page 7's one click in the sandbox: an instance of an app created as the customer's system user, or
/// the app's refusal explained (docs/sandbox.md#the-simulated-altinn-app).
class TestAppInstanceSection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createsAnInstanceOfTheSystemsApp();
    void refusalNamesTheMissingRightAndLeadsToTheRequest();
    void needsACustomer();
    void onlyInTheSandbox();

private:
    /// Registers a system with @p rights, sends the customer a request for them and approves it.
    bool approvedCustomer(const QStringList &rights);
    void openPage();
    AppInstanceSection *section() const
    {
        return m_page->findChild<AppInstanceSection *>(u"appInstanceSection"_s);
    }
    OperationStatus *status() const { return m_page->findChild<OperationStatus *>(u"appInstanceStatus"_s); }
    /// Clicks the section's button and waits for the outcome.
    bool clickCreate();
    /// With PAGES_SCREENSHOT_DIR set: the page scrolled to the section, saved as wizard-@p name-en.png.
    void grab(const QString &name);

    WizardFlowFixture m_flow;
    std::unique_ptr<QWizard> m_wizard;
    TestAuthenticationPage *m_page = nullptr;
};

void TestAppInstanceSection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestAppInstanceSection"_s);
    QVERIFY(m_flow.startSandbox());
}

void TestAppInstanceSection::init()
{
    QVERIFY(m_flow.setUp());
}

void TestAppInstanceSection::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_flow.tearDown();
}

bool TestAppInstanceSection::approvedCustomer(const QStringList &rights)
{
    Altinn::SystemDefinition system = m_flow.exampleSystem();
    QList<Altinn::Right> systemRights;
    QJsonArray requestRights;
    for (const QString &right : rights) {
        systemRights.append(Altinn::Right::forResource(right));
        requestRights.append(Altinn::Right::forResource(right).toJson());
    }
    system.rights = systemRights;
    if (!m_flow.registerSystem(system))
        return false;
    const auto created = m_flow.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, WizardFlowFixture::Customer},
            {u"rights"_s, requestRights}},
        m_flow.vendorToken());
    const auto request = Altinn::SystemUserRequestResponse::fromJson(
        QJsonDocument::fromJson(created.body).object(), Altinn::RequestKind::Standard);
    if (created.status != 201 || m_flow.approve(request.id) != 200)
        return false;
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());
    m_flow.selectRequest(request);
    return true;
}

void TestAppInstanceSection::openPage()
{
    m_wizard = std::make_unique<QWizard>();
    m_wizard->resize(1100, 900);
    m_page = new TestAuthenticationPage(m_flow.context(), m_flow.state());
    m_wizard->setPage(static_cast<int>(OnboardingWizard::PageId::TestAuthentication), m_page);
    m_wizard->show();
}

bool TestAppInstanceSection::clickCreate()
{
    QTest::mouseClick(section()->createButton(), Qt::LeftButton);
    return QTest::qWaitFor([this] { return !status()->isBusy() && !section()->isBusy(); }, 15000);
}

void TestAppInstanceSection::grab(const QString &name)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    m_page->findChild<QScrollArea *>(u"testAuthenticationScrollArea"_s)->ensureWidgetVisible(section(), 0, 0);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"wizard-"_s + name + u"-en.png"_s)));
}

void TestAppInstanceSection::createsAnInstanceOfTheSystemsApp()
{
    // The system holds an app right, but not the preferred app: that app is offered.
    QVERIFY(approvedCustomer({WizardFlowFixture::Resource, u"app_ttd_endring-av-navn-v2"_s}));
    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 1, 15000);
    QVERIFY(section()->isVisible());
    QCOMPARE(section()->appId(), u"ttd/endring-av-navn-v2"_s);
    QVERIFY(section()->createButton()->text().contains(u"ttd/endring-av-navn-v2"_s));
    QVERIFY(!section()->createButton()->accessibleName().isEmpty());

    QVERIFY(clickCreate());
    QCOMPARE(status()->state(), OperationStatus::State::Succeeded);
    QVERIFY(section()->instanceId().startsWith(u"1310904473/"_s));
    auto *result = m_page->findChild<QLabel *>(u"appInstanceResult"_s);
    QVERIFY(result->isVisible());
    QVERIFY(result->text().contains(section()->instanceId()));
    QVERIFY(result->text().contains(m_flow.baseUrl().toString() + u"ttd/endring-av-navn-v2/instances/"_s));
    QVERIFY(!m_page->findChild<QPushButton *>(u"appInstanceRemedyButton"_s)->isVisible());
    QVERIFY(!m_page->isBusy());
    grab(u"test-authentication-app"_s);
}

void TestAppInstanceSection::refusalNamesTheMissingRightAndLeadsToTheRequest()
{
    // No app right at all: the preferred app is offered anyway, so the refusal can be seen.
    QVERIFY(approvedCustomer({WizardFlowFixture::Resource}));
    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 1, 15000);
    QCOMPARE(section()->appId(), u"brg/aarsregnskap-vanlig-202406"_s);
    QVERIFY(clickCreate());
    QCOMPARE(status()->state(), OperationStatus::State::Failed);
    const QString text = status()->text();
    QVERIFY2(text.contains(u"app_brg_aarsregnskap-vanlig-202406"_s) && text.contains(u"change request"_s),
        qPrintable(text));
    QVERIFY(section()->instanceId().isEmpty());
    auto *remedy = m_page->findChild<QPushButton *>(u"appInstanceRemedyButton"_s);
    QVERIFY(remedy->isVisible());
    grab(u"test-authentication-app-refused"_s);
    QSignalSpy toRequest(m_page, &TestAuthenticationPage::customerRequestRequested);
    QTest::mouseClick(remedy, Qt::LeftButton);
    QCOMPARE(toRequest.size(), 1);
    QCOMPARE(section()->lastOutcome()->reason, u"missingRight"_s);
    // "Try again" is offered (nothing was created) and asks the app again.
    auto *retry = status()->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !section()->isBusy(); }, 15000));
    QCOMPARE(status()->state(), OperationStatus::State::Failed);
}

void TestAppInstanceSection::needsACustomer()
{
    openPage();
    QVERIFY(section()->isVisible());
    m_page->selectCustomer(QString());
    QVERIFY(clickCreate());
    QCOMPARE(status()->state(), OperationStatus::State::Failed);
    QVERIFY(!section()->lastOutcome()); // nothing was sent
}

void TestAppInstanceSection::onlyInTheSandbox()
{
    openPage();
    QVERIFY(section()->isVisible());
    Profile profile = m_flow.context()->profile();
    profile.environment = u"tt02"_s;
    QVERIFY(m_flow.context()->saveProfile(profile));
    QVERIFY(!section()->isVisible());
    profile.environment = u"sandbox"_s;
    QVERIFY(m_flow.context()->saveProfile(profile));
    QVERIFY(section()->isVisible());
}

QTEST_MAIN(TestAppInstanceSection)
#include "TestAppInstanceSection.moc"
