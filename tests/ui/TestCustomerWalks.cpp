#include "WizardFlowFixture.h"
#include "common/OperationStatus.h"
#include "wizard/CustomerDesk.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/RequestFormSection.h"
#include "wizard/SummaryPage.h"
#include "wizard/TestAuthenticationPage.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using PageId = OnboardingWizard::PageId;

// The walks through pages 5–7 a vendor admin makes with many customers, each on the customer
// selected in the ledger — each one a defect of the one-"current request" wizard.
class TestCustomerWalks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testTokenOpensPageSevenForThatCustomer();
    void changeRequestOpensChangeModeWithoutTalkOfDeletion();
    void connectANewCustomerStartsEmpty();
    void requestFormIsADraftAndResumeLandsOnItsPage();

private:
    /// A registered system with two customers: one approved, one asked last and still waiting.
    void seedTwoCustomers();
    std::unique_ptr<OnboardingWizard> openWizard();
    static QString sendStatusText(const OnboardingWizard &wizard);

    WizardFlowFixture m_fixture;
    Altinn::SystemDefinition m_system;
    QString m_approvedId;
    QString m_waitingId;
};

namespace {
const QString Waiting = u"310945552"_s;
}

void TestCustomerWalks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestCustomerWalks"_s);
    QVERIFY(m_fixture.startSandbox());
}

void TestCustomerWalks::init()
{
    QVERIFY(m_fixture.setUp());
    m_system = m_fixture.exampleSystem(u"walks"_s);
    // The system offers a package too, so a change request has something to add.
    m_system.accessPackages = QList<Altinn::AccessPackageRef>{{WizardFlowFixture::Package}};
    QVERIFY(m_fixture.registerSystem(m_system));
    WizardContext *context = m_fixture.context();
    QVERIFY(context->drafts()->saveSystemDefinition(context->profile().id, m_system.toRequestJson()));
    context->setSystemId(m_system.id);
}

void TestCustomerWalks::cleanup()
{
    m_fixture.tearDown();
}

void TestCustomerWalks::seedTwoCustomers()
{
    const QJsonObject approved = m_fixture.createRequest(m_system.id, WizardFlowFixture::Customer);
    m_approvedId = approved.value(u"id"_s).toString();
    QCOMPARE(m_fixture.approve(m_approvedId), 200);
    Altinn::SystemUserRequestResponse approvedRequest =
        Altinn::SystemUserRequestResponse::fromJson(approved, Altinn::RequestKind::Standard);
    approvedRequest.status = Altinn::RequestStatus::Accepted;
    m_fixture.selectRequest(approvedRequest);
    const QJsonObject waiting = m_fixture.createRequest(m_system.id, Waiting);
    m_waitingId = waiting.value(u"id"_s).toString();
    // Sent last: in the old wizard this was "the current request" every page followed.
    m_fixture.selectRequest(
        Altinn::SystemUserRequestResponse::fromJson(waiting, Altinn::RequestKind::Standard));
    QCOMPARE(m_fixture.context()->customers()->ledger()->size(), 2);
}

std::unique_ptr<OnboardingWizard> TestCustomerWalks::openWizard()
{
    auto wizard = std::make_unique<OnboardingWizard>(m_fixture.context());
    wizard->resize(1100, 800);
    wizard->show();
    return wizard;
}

QString TestCustomerWalks::sendStatusText(const OnboardingWizard &wizard)
{
    const auto *status = wizard.customerRequestPage()->findChild<OperationStatus *>(u"sendStatus"_s);
    return status ? status->text() : QString();
}

void TestCustomerWalks::testTokenOpensPageSevenForThatCustomer()
{
    seedTwoCustomers();
    auto wizard = openWizard();
    // The customers view's "Test token…" on the approved customer.
    wizard->testTokenFor(WizardFlowFixture::Customer, {});
    QCOMPARE(wizard->currentPageId(), PageId::TestAuthentication);
    QCOMPARE(m_fixture.context()->customers()->selected()->orgNo, WizardFlowFixture::Customer);
    QCOMPARE(m_fixture.context()->customers()->purpose(), CustomerDesk::Purpose::TestToken);
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->testAuthenticationPage()->currentCustomerOrgNo(), WizardFlowFixture::Customer, 10000);
    QCOMPARE(wizard->testAuthenticationPage()->currentExternalRef(), WizardFlowFixture::Customer);
}

void TestCustomerWalks::changeRequestOpensChangeModeWithoutTalkOfDeletion()
{
    seedTwoCustomers();
    auto wizard = openWizard();
    wizard->changeRequestFor(WizardFlowFixture::Customer, {});
    QCOMPARE(wizard->currentPageId(), PageId::CustomerRequest);
    auto *choices = wizard->findChild<QListWidget *>(u"changeChoices"_s);
    QVERIFY(choices);
    QTRY_VERIFY_WITH_TIMEOUT(choices->isVisible() && choices->count() == 2, 15000);
    QVERIFY(!sendStatusText(*wizard).contains(u"deleted"_s));
    QVERIFY(wizard->findChild<QLabel *>(u"changeHeading"_s)->text().contains(WizardFlowFixture::Customer));
    QCOMPARE(wizard->customerRequestPage()->title(), u"Ask the customer for a change"_s);
    // What the system user has is checked; the package the system now offers is not yet.
    QTRY_VERIFY_WITH_TIMEOUT(choices->isEnabled(), 10000);
    QVERIFY2(choices->item(0)->checkState() == Qt::Checked,
        qPrintable(choices->item(0)->text() + u" | "_s + choices->item(1)->text() + u" | "_s
            + wizard->findChild<QLabel *>(u"changePreview"_s)->text()));
    QListWidgetItem *package = choices->item(1);
    QCOMPARE(package->checkState(), Qt::Unchecked);
    auto *send = wizard->findChild<QAbstractButton *>(u"sendButton"_s);
    QVERIFY(!send->isEnabled()); // nothing to change yet
    package->setCheckState(Qt::Checked);
    QVERIFY(send->isEnabled());
    send->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPageId(), PageId::Approval, 15000);
    const CustomerRecord customer = *m_fixture.context()->customers()->selected();
    QCOMPARE(customer.state, CustomerState::ChangePending);
    QCOMPARE(customer.systemUserId, m_approvedId);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"linkEdit"_s)->text(), customer.changeConfirmUrl);
}

void TestCustomerWalks::connectANewCustomerStartsEmpty()
{
    seedTwoCustomers();
    auto wizard = openWizard();
    wizard->openAt(PageId::Approval);
    QCOMPARE(wizard->currentPageId(), PageId::Approval);
    QCOMPARE(m_fixture.context()->customers()->selected()->orgNo, Waiting);
    // "Connect a new customer" on the summary page.
    Q_EMIT wizard->summaryPage()->anotherCustomerRequested();
    QCOMPARE(wizard->currentPageId(), PageId::CustomerRequest);
    QVERIFY(!m_fixture.context()->customers()->selected().has_value());
    CustomerRequestPage *page = wizard->customerRequestPage();
    QVERIFY(page->findChild<QLineEdit *>(u"orgNumberEdit"_s)->text().isEmpty());
    QVERIFY(page->findChild<QLineEdit *>(u"externalRefEdit"_s)->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!sendStatusText(*wizard).contains(Waiting));
}

void TestCustomerWalks::requestFormIsADraftAndResumeLandsOnItsPage()
{
    WizardContext *context = m_fixture.context();
    {
        auto wizard = openWizard();
        wizard->openAt(PageId::CustomerRequest);
        QCOMPARE(wizard->currentPageId(), PageId::CustomerRequest);
        auto *orgNumber = wizard->customerRequestPage()->findChild<QLineEdit *>(u"orgNumberEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(orgNumber->isEnabled(), 15000);
        orgNumber->setFocus();
        QTest::keyClicks(orgNumber, Waiting);
        auto *reference = wizard->customerRequestPage()->findChild<QLineEdit *>(u"externalRefEdit"_s);
        reference->setFocus();
        QTest::keyClicks(reference, u"kunde-77"_s);
        context->drafts()->flush();
    }
    // The app is closed and started again: "continue where you left off" names page 5 …
    QCOMPARE(context->drafts()->lastPage(context->profile().id), int(PageId::CustomerRequest));
    auto wizard = openWizard();
    wizard->openAt(PageId::CustomerRequest);
    // … lands there (not on Publish, which wants work first) with what was typed.
    QCOMPARE(wizard->currentPageId(), PageId::CustomerRequest);
    const RequestFormValues values = wizard->customerRequestPage()->form()->values();
    QCOMPARE(values.orgNo, Waiting);
    QCOMPARE(values.externalRef, u"kunde-77"_s);
}

QTEST_MAIN(TestCustomerWalks)
#include "TestCustomerWalks.moc"
