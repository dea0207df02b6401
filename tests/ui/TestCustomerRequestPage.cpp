#include "WizardFlowFixture.h"
#include "altinn/RequestStatusText.h"
#include "common/OperationStatus.h"
#include "shell/ApplicationStyle.h"
#include "validation/OrgNumber.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingWizard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using PageId = OnboardingWizard::PageId;

/**
 * Page 5 against the in-process sandbox: a created request is handed on, and every outcome Altinn can
 * answer with — an earlier request returned, a rejected one, a system user that exists, an unknown
 * customer — is explained with a remedy that works. The form survives failures.
 */
class TestCustomerRequestPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createdRequestIsHandedToTheApprovalPage();
    void existingRequestCanBeFollowed();
    void existingRequestCanBeDeletedAndAskedAgain();
    void rejectedRequestOffersOnlyDeleteAndAskAgain();
    void existingSystemUserGetsAChangeRequest();
    void invalidOrgNumberBlocksSend();
    void unknownCustomerIsExplainedAndInputKept();
    void agentRequestOffersOnlyClientRelationshipPackages();
    void fetchedSystemIsKeptForTheNextPages();

private:
    /// Registers the fixture's example system; @p published also records it as page 4 would.
    Altinn::SystemDefinition registerSystem(bool published = true);
    CustomerRequestPage *openPage();
    void waitForSystem();
    void sendFor(const QString &orgNo);
    void grab(const QString &name);
    template <typename T> T *child(const QString &name) const { return m_page->findChild<T *>(name); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(name); }
    OperationStatus *sendStatus() const { return child<OperationStatus>(u"sendStatus"_s); }
    static QStringList keys(const QListWidget *list);

    WizardFlowFixture m_flow;
    std::unique_ptr<QWizard> m_wizard;
    CustomerRequestPage *m_page = nullptr;
};

namespace {

/// MOD11-valid, but not in the sandbox's register: Altinn answers AUTH-00000.
const QString UnknownCustomer = u"987654325"_s;
const QString ClientPackage = u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;

} // namespace

void TestCustomerRequestPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestCustomerRequestPage"_s);
    installApplicationStyle(*qApp);
    QVERIFY(m_flow.startSandbox());
}

void TestCustomerRequestPage::init()
{
    QVERIFY(m_flow.setUp());
}

void TestCustomerRequestPage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_flow.tearDown();
}

Altinn::SystemDefinition TestCustomerRequestPage::registerSystem(bool published)
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    if (!m_flow.registerSystem(system))
        qWarning("the example system was not registered");
    if (published)
        m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());
    return system;
}

CustomerRequestPage *TestCustomerRequestPage::openPage()
{
    m_wizard = std::make_unique<QWizard>();
    m_wizard->resize(1100, 800);
    m_page = new CustomerRequestPage(m_flow.context(), m_flow.state());
    m_wizard->setPage(static_cast<int>(PageId::CustomerRequest), m_page);
    // A stand-in for page 6, where a created request is handed on to.
    auto *approvalPage = new QWizardPage;
    approvalPage->setTitle(u"Approval"_s);
    m_wizard->setPage(static_cast<int>(PageId::Approval), approvalPage);
    m_wizard->setStartId(static_cast<int>(PageId::CustomerRequest));
    m_wizard->show();
    return m_page;
}

void TestCustomerRequestPage::waitForSystem()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->system().has_value(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(u"rightsList"_s)->count() > 0, 10000);
}

void TestCustomerRequestPage::sendFor(const QString &orgNo)
{
    child<QLineEdit>(u"orgNumberEdit"_s)->setText(orgNo);
    QTRY_VERIFY(button(u"sendButton"_s)->isEnabled());
    button(u"sendButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
}

QStringList TestCustomerRequestPage::keys(const QListWidget *list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result.append(list->item(row)->data(Qt::UserRole).toString());
    return result;
}

void TestCustomerRequestPage::grab(const QString &name)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"wizard-"_s + name + u"-en.png"_s)));
}

void TestCustomerRequestPage::createdRequestIsHandedToTheApprovalPage()
{
    registerSystem();
    openPage();
    waitForSystem();
    child<QLineEdit>(u"orgNumberEdit"_s)->setText(WizardFlowFixture::Customer);
    // The sandbox knows the customer's name, and it is kept for the later pages.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_flow.state()->organisationNames().contains(WizardFlowFixture::Customer), 10000);
    QVERIFY(child<QLabel>(u"orgNameLabel"_s)->isVisible());
    // A blank external reference is left out, never sent as "".
    QVERIFY(!m_page->requestFromForm().externalRef.has_value());
    QVERIFY(!m_page->requestFromForm().integrationTitle.has_value());
    grab(u"customer-request"_s);

    QVERIFY(!m_page->isComplete());
    sendFor(WizardFlowFixture::Customer);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow.selected().has_value(), 10000);
    const CustomerRecord customer = *m_flow.selected();
    QCOMPARE(customer.orgNo, WizardFlowFixture::Customer);
    QCOMPARE(customer.state, CustomerState::Waiting);
    QCOMPARE(customer.kind, Altinn::RequestKind::Standard);
    QCOMPARE(customer.effectiveExternalRef(), WizardFlowFixture::Customer); // Altinn's default
    QVERIFY(!customer.confirmUrl.isEmpty());
    const Altinn::SystemUserRequestResponse request = m_flow.state()->requests().constLast();
    QCOMPARE(request.id, customer.requestId);
    QCOMPARE(request.rights, QList{Altinn::Right::forResource(WizardFlowFixture::Resource)});
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::Approval));
}

void TestCustomerRequestPage::existingRequestCanBeFollowed()
{
    const Altinn::SystemDefinition system = registerSystem();
    const QString firstId = m_flow.createRequest(system.id).value(u"id"_s).toString();
    QVERIFY(!firstId.isEmpty());
    openPage();
    waitForSystem();
    sendFor(WizardFlowFixture::Customer);

    QVERIFY(button(u"followExistingButton"_s)->isVisible());
    QVERIFY(button(u"deleteAndAskAgainButton"_s)->isVisible());
    QVERIFY2(sendStatus()->text().contains(Altinn::RequestStatusText::display(Altinn::RequestStatus::New)),
        qPrintable(sendStatus()->text()));
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::CustomerRequest));
    grab(u"customer-request-existing"_s);

    button(u"followExistingButton"_s)->click();
    QVERIFY(m_flow.selected().has_value());
    QCOMPARE(m_flow.selected()->requestId, firstId);
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::Approval));
}

void TestCustomerRequestPage::existingRequestCanBeDeletedAndAskedAgain()
{
    const Altinn::SystemDefinition system = registerSystem();
    const QString firstId = m_flow.createRequest(system.id).value(u"id"_s).toString();
    openPage();
    waitForSystem();
    sendFor(WizardFlowFixture::Customer);
    QVERIFY(button(u"deleteAndAskAgainButton"_s)->isVisible());

    button(u"deleteAndAskAgainButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow.selected() && m_flow.selected()->requestId != firstId, 10000);
    // The second create got a new request (201), not the old one again.
    QCOMPARE(m_flow.selected()->state, CustomerState::Waiting);
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::Approval));
}

void TestCustomerRequestPage::rejectedRequestOffersOnlyDeleteAndAskAgain()
{
    const Altinn::SystemDefinition system = registerSystem();
    const QString firstId = m_flow.createRequest(system.id).value(u"id"_s).toString();
    QCOMPARE(m_flow.reject(firstId), 200);
    openPage();
    waitForSystem();
    sendFor(WizardFlowFixture::Customer);

    QVERIFY2(
        sendStatus()->text().contains(Altinn::RequestStatusText::display(Altinn::RequestStatus::Rejected)),
        qPrintable(sendStatus()->text()));
    QVERIFY(button(u"deleteAndAskAgainButton"_s)->isVisible());
    QVERIFY(!button(u"followExistingButton"_s)->isVisible());

    button(u"deleteAndAskAgainButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow.selected() && m_flow.selected()->requestId != firstId, 10000);
    QCOMPARE(m_flow.selected()->state, CustomerState::Waiting);
}

void TestCustomerRequestPage::existingSystemUserGetsAChangeRequest()
{
    const Altinn::SystemDefinition system = registerSystem();
    const QString firstId = m_flow.createRequest(system.id).value(u"id"_s).toString();
    QCOMPARE(m_flow.approve(firstId), 200);
    openPage();
    waitForSystem();
    sendFor(WizardFlowFixture::Customer);

    // AUTH-00004: the customer has a system user for this system already.
    QCOMPARE(sendStatus()->state(), OperationStatus::State::Failed);
    QVERIFY2(sendStatus()->text().contains(u"AUTH-00004"_s), qPrintable(sendStatus()->text()));
    QVERIFY(button(u"changeRequestButton"_s)->isVisible());
    QVERIFY(!button(u"deleteAndAskAgainButton"_s)->isVisible());

    button(u"changeRequestButton"_s)->click();
    // The customer's change request is what the next pages follow, through the ledger.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_flow.selected() && m_flow.selected()->state == CustomerState::ChangePending, 10000);
    const CustomerRecord customer = *m_flow.selected();
    QCOMPARE(customer.systemUserId, firstId);
    QCOMPARE(customer.changeRequestStatus, u"New"_s);
    QVERIFY(customer.changeConfirmUrl.contains(u"changerequest"_s));
    QVERIFY(m_page->isComplete());
}

void TestCustomerRequestPage::invalidOrgNumberBlocksSend()
{
    registerSystem();
    openPage();
    waitForSystem();
    auto *edit = child<QLineEdit>(u"orgNumberEdit"_s);
    auto *message = child<QLabel>(u"orgNumberMessage"_s);
    edit->setFocus();
    QTest::keyClicks(edit, u"12345"_s);
    // Still typing: too short is not an error yet, but nothing can be sent.
    QVERIFY(!message->isVisible());
    QVERIFY(!button(u"sendButton"_s)->isEnabled());
    QTest::keyClicks(edit, u"6789"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), Validation::OrgNumber::message(Validation::OrgNumber::Problem::BadCheckDigit));
    QVERIFY(!button(u"sendButton"_s)->isEnabled());

    edit->clear();
    QTest::keyClicks(edit, u"310 904 473"_s); // spaces as copied from a web page are fine
    QVERIFY(!message->isVisible());
    QTRY_VERIFY(button(u"sendButton"_s)->isEnabled());
}

void TestCustomerRequestPage::unknownCustomerIsExplainedAndInputKept()
{
    registerSystem();
    openPage();
    waitForSystem();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    child<QLineEdit>(u"externalRefEdit"_s)->setText(u"avdeling-bergen"_s);
    child<QLineEdit>(u"integrationTitleEdit"_s)->setText(u"Flyttest – Bergen"_s);
    auto *packages = child<QListWidget>(u"packagesList"_s);
    QTRY_COMPARE(packages->count(), 1);
    packages->item(0)->setCheckState(Qt::Unchecked);
    child<QLineEdit>(u"orgNumberEdit"_s)->setText(UnknownCustomer);
    // The sandbox's register says so before anything is sent.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"orgNameLabel"_s)->text().contains(u"register"_s), 10000);

    sendFor(UnknownCustomer);
    QCOMPARE(sendStatus()->state(), OperationStatus::State::Failed);
    QVERIFY2(sendStatus()->text().contains(u"AUTH-00000"_s), qPrintable(sendStatus()->text()));
    QVERIFY(button(u"checkOrgNumberButton"_s)->isVisible());
    QVERIFY(!m_flow.selected().has_value());
    grab(u"customer-request-unknown-org"_s);

    // Nothing the user typed or chose is lost.
    QCOMPARE(child<QLineEdit>(u"orgNumberEdit"_s)->text(), UnknownCustomer);
    QCOMPARE(child<QLineEdit>(u"externalRefEdit"_s)->text(), u"avdeling-bergen"_s);
    QCOMPARE(child<QLineEdit>(u"integrationTitleEdit"_s)->text(), u"Flyttest – Bergen"_s);
    QCOMPARE(packages->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(m_page->requestFromForm().externalRef, std::optional<QString>(u"avdeling-bergen"_s));

    button(u"checkOrgNumberButton"_s)->click();
    QTRY_VERIFY(child<QLineEdit>(u"orgNumberEdit"_s)->hasFocus());
}

void TestCustomerRequestPage::agentRequestOffersOnlyClientRelationshipPackages()
{
    // A system for accountants: one standard package and one client-relationship package (hidden in
    // Altinn's list, as such systems must be). Not published: the page finds it in the register.
    Altinn::SystemDefinition system = m_flow.exampleSystem(u"regnskap"_s);
    system.accessPackages = QList<Altinn::AccessPackageRef>{{WizardFlowFixture::Package}, {ClientPackage}};
    system.isVisible = false;
    QVERIFY(m_flow.registerSystem(system));
    openPage();
    waitForSystem();
    QCOMPARE(m_page->system()->id, system.id);

    auto *packages = child<QListWidget>(u"packagesList"_s);
    // Standard: the client-relationship package is left out once the catalogue has said what it is.
    QTRY_COMPARE_WITH_TIMEOUT(keys(packages), QStringList{WizardFlowFixture::Package}, 10000);

    child<QRadioButton>(u"agentRadio"_s)->click();
    QCOMPARE(keys(packages), QStringList{ClientPackage});
    QCOMPARE(child<QListWidget>(u"rightsList"_s)->count(), 0);
    QVERIFY(!m_page->requestFromForm().rights.has_value());

    sendFor(WizardFlowFixture::Customer);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow.selected().has_value(), 10000);
    const Altinn::SystemUserRequestResponse request = m_flow.state()->requests().constLast();
    QCOMPARE(request.kind, Altinn::RequestKind::Agent);
    QCOMPARE(request.accessPackages, QList<Altinn::AccessPackageRef>{{ClientPackage}});
    QVERIFY(request.confirmUrl.contains(u"agentrequest"_s));
}

void TestCustomerRequestPage::fetchedSystemIsKeptForTheNextPages()
{
    // Nothing published in this run (the app opened on page 5 or 6): the page fetches the system, and the
    // run keeps it, so page 6's message and page 7 do not ask Altinn for it again.
    const Altinn::SystemDefinition system = registerSystem(false);
    m_flow.context()->setSystemId(system.id);
    QVERIFY(!m_flow.state()->publishedSystem());
    openPage();
    waitForSystem();
    const auto kept = m_flow.state()->publishedSystem();
    QVERIFY(kept);
    QCOMPARE(kept->id, system.id);
    QCOMPARE(kept->name, m_page->system()->name);
}

QTEST_MAIN(TestCustomerRequestPage)
#include "TestCustomerRequestPage.moc"
