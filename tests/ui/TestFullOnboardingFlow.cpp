#include "WizardFlowFixture.h"
#include "wizard/ApprovalPage.h"
#include "wizard/CustomerDesk.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/TestAuthenticationPage.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::StringLiterals;

// The whole onboarding of one customer in the GUI against the in-process sandbox: from a set-up profile
// (pages 1–2 have their own tests) and a drafted system, through publish, request, the customer's
// approval (control API), the status turning Accepted on screen, a system user token, to the summary.
class TestFullOnboardingFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onboardsOneCustomerEndToEnd();

private:
    WizardFlowFixture m_fixture;
};

void TestFullOnboardingFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestFullOnboardingFlow"_s);
    QVERIFY(m_fixture.startSandbox());
}

void TestFullOnboardingFlow::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestFullOnboardingFlow::cleanup()
{
    m_fixture.tearDown();
}

void TestFullOnboardingFlow::onboardsOneCustomerEndToEnd()
{
    WizardContext *context = m_fixture.context();
    const Altinn::SystemDefinition system = m_fixture.exampleSystem(u"fullflow"_s);
    QVERIFY(context->drafts()->saveSystemDefinition(context->profile().id, system.toRequestJson()));

    OnboardingWizard wizard(context);
    wizard.resize(1100, 800);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.enterAt(OnboardingWizard::PageId::Publish);
    QCOMPARE(wizard.currentPageId(), OnboardingWizard::PageId::Publish);

    // Publish: a new system, registered after the diff.
    auto *publish = wizard.findChild<QAbstractButton *>(u"publishButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(publish->isVisible() && publish->isEnabled(), 15000);
    publish->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QWidget *>(u"receiptBox"_s)->isVisible(), 15000);
    QVERIFY(context->onboarding()->publishedSystem().has_value());
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // Customer request: the customer's org number, then send.
    QCOMPARE(wizard.currentPageId(), OnboardingWizard::PageId::CustomerRequest);
    auto *requestPage = wizard.customerRequestPage();
    auto *orgNumber = requestPage->findChild<QLineEdit *>(u"orgNumberEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(orgNumber->isEnabled(), 15000);
    orgNumber->setFocus();
    QTest::keyClicks(orgNumber, WizardFlowFixture::Customer);
    auto *send = requestPage->findChild<QAbstractButton *>(u"sendButton"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(send->isEnabled(),
        qPrintable(orgNumber->text() + u" | "_s
            + (requestPage->findings().isEmpty() ? u"no findings"_s : requestPage->findings().first().message)
            + u" | system loaded: "_s + (requestPage->system() ? u"yes"_s : u"no"_s)),
        15000);
    send->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentPageId(), OnboardingWizard::PageId::Approval, 15000);
    // The customer sent to is the one selected in the ledger; page 6 follows it.
    const auto customer = context->customers()->selected();
    QVERIFY(customer.has_value());
    QCOMPARE(customer->orgNo, WizardFlowFixture::Customer);
    QCOMPARE(customer->state, CustomerState::Waiting);
    QCOMPARE(wizard.approvalPage()->findChild<QLineEdit *>(u"linkEdit"_s)->text(), customer->confirmUrl);

    // The customer approves (control API); the ledger's follower sees it.
    wizard.approvalPage()->setFollowIntervals(
        {std::chrono::milliseconds(100), std::chrono::milliseconds(200)});
    QCOMPARE(m_fixture.approve(customer->requestId), 200);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
    QCOMPARE(context->customers()->selected()->state, CustomerState::Approved);
    wizard.next();

    // Test authentication: a system user token for the customer, its claims shown.
    QCOMPARE(wizard.currentPageId(), OnboardingWizard::PageId::TestAuthentication);
    auto *customers = wizard.testAuthenticationPage()->findChild<QComboBox *>(u"customerComboBox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(customers->currentText().contains(WizardFlowFixture::Customer), 15000);
    auto *getToken = wizard.findChild<QAbstractButton *>(u"getTokenButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(getToken->isEnabled(), 15000);
    getToken->click();
    QTRY_VERIFY_WITH_TIMEOUT(context->onboarding()->tokenTest().has_value(), 15000);
    const auto test = *context->onboarding()->tokenTest();
    QVERIFY2(test.ok, qPrintable(test.failure));
    QCOMPARE(test.customerOrgNo, WizardFlowFixture::Customer);
    QVERIFY(wizard.findChild<QTableView *>(u"claimsTable"_s)->model()->rowCount() > 3);
    wizard.next();

    // Summary: what was done, with the customer approved.
    QCOMPARE(wizard.currentPageId(), OnboardingWizard::PageId::Summary);
    auto *report = wizard.findChild<QTextBrowser *>(u"reportView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(system.id), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(WizardFlowFixture::Customer), 15000);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
}

QTEST_MAIN(TestFullOnboardingFlow)
#include "TestFullOnboardingFlow.moc"
