#include "SandboxVendorSession.h"
#include "customers/CustomersModel.h"
#include "customers/CustomersView.h"
#include "shell/ApplicationStyle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

/**
 * The customers view against the in-process sandbox: two standard requests and one agent request of a
 * system, one approved by the customer (so it has a system user); statuses, names, filters, deleting,
 * copying the link, the hand-offs to the wizard and errors shown in place.
 */
class TestCustomersView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsRequestsAndSystemUsersWithStatus();
    void filtersByTextAndStatus();
    void deletesARequestAfterConfirmation();
    void deletingAnApprovedRequestLeavesTheSystemUser();
    void handsTestTokenAndChangeRequestToTheWizard();
    void copiesTheApprovalLink();
    void showsFailuresInPlaceAndRetries();
    void saysSoWhenThereAreNoRequests();
    void forgetsASessionThatIsGone();

private:
    bool seed();
    bool load(CustomersView &view, const QString &systemId);
    static const CustomerRow *rowFor(const CustomersView &view, const QString &customerOrg);
    static bool select(CustomersView &view, const QString &customerOrg);
    static int shownRows(const CustomersView &view);

    std::unique_ptr<SandboxVendorSession> m_vendor;
    QString m_approvedId;
    QString m_pendingId;
    QString m_agentId;
};

namespace {

const QString SystemId = u"991825827_kunder"_s;
const QString EmptySystemId = u"991825827_tom"_s;
const QString ApprovedCustomer = u"310904473"_s; // TILFELDIG SUBTIL APE
const QString PendingCustomer = u"310349070"_s; // BLOMSTRETE VRIEN TIGER AS
const QString AgentCustomer = u"314250052"_s;
const QString ClientPackage = u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;
const QString Krav = u"ske-krav-og-betalinger"_s;
const QString RequestPath = u"authentication/api/v1/systemuser/request/vendor"_s;

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("VIEWS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QVERIFY(widget.grab().save(QDir(directory).filePath(name)));
}

} // namespace

void TestCustomersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots show the view as the app does, with its style sheet.
    if (!qEnvironmentVariableIsEmpty("VIEWS_SCREENSHOT_DIR"))
        installApplicationStyle(*qApp);
}

void TestCustomersView::init()
{
    m_vendor = std::make_unique<SandboxVendorSession>();
    QVERIFY(m_vendor->isReady());
    QVERIFY(seed());
}

void TestCustomersView::cleanup()
{
    m_vendor.reset();
}

bool TestCustomersView::seed()
{
    SandboxHarness &sandbox = m_vendor->sandbox();
    SandboxHarness::seedSystem(sandbox.context(), SystemId, SandboxHarness::VendorOrg,
        QList{Altinn::Right::forResource(Krav)}, QList<Altinn::AccessPackageRef>{{ClientPackage}});
    SandboxHarness::seedSystem(sandbox.context(), EmptySystemId, SandboxHarness::VendorOrg,
        QList{Altinn::Right::forResource(Krav)}, QList<Altinn::AccessPackageRef>{});
    const QJsonArray rights{Altinn::Right::forResource(Krav).toJson()};
    const auto standard = [&](const QString &customer, const QString &externalRef) {
        const auto reply = sandbox.post(RequestPath,
            QJsonObject{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, customer},
                {u"externalRef"_s, externalRef}, {u"rights"_s, rights}},
            sandbox.vendorToken());
        return reply.status == 201 ? reply.object().value(u"id"_s).toString() : QString();
    };
    m_approvedId = standard(ApprovedCustomer, u"kunde-a"_s);
    m_pendingId = standard(PendingCustomer, u"kunde-b"_s);
    const auto agent = sandbox.post(RequestPath + u"/agent"_s,
        QJsonObject{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, AgentCustomer},
            {u"externalRef"_s, u"klient-c"_s},
            {u"accessPackages"_s, QJsonArray{QJsonObject{{u"urn"_s, ClientPackage}}}}},
        sandbox.vendorToken());
    m_agentId = agent.status == 201 ? agent.object().value(u"id"_s).toString() : QString();
    if (m_approvedId.isEmpty() || m_pendingId.isEmpty() || m_agentId.isEmpty())
        return false;
    // The customer approves through the control API, as on the approval page.
    return sandbox.post(u"sandbox/requests/%1/approve"_s.arg(m_approvedId), QJsonObject{}).status == 200;
}

bool TestCustomersView::load(CustomersView &view, const QString &systemId)
{
    // Shortcuts work in the active window only.
    if (view.isVisible() && !QTest::qWaitForWindowActive(&view))
        return false;
    QSignalSpy loaded(view.model(), &CustomersModel::loaded);
    view.setSystem(m_vendor->session(), systemId);
    return loaded.wait(15000) && !view.model()->isLoading();
}

const CustomerRow *TestCustomersView::rowFor(const CustomersView &view, const QString &customerOrg)
{
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->rowAt(row)->customerOrg == customerOrg)
            return view.model()->rowAt(row);
    }
    return nullptr;
}

bool TestCustomersView::select(CustomersView &view, const QString &customerOrg)
{
    auto *table = view.findChild<QTableView *>(u"customersTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, CustomersModel::CustomerColumn);
        if (index.data().toString() == customerOrg) {
            table->setFocus();
            table->setCurrentIndex(index);
            return view.selectedRow() && view.selectedRow()->customerOrg == customerOrg;
        }
    }
    return false;
}

int TestCustomersView::shownRows(const CustomersView &view)
{
    return view.findChild<QTableView *>(u"customersTable"_s)->model()->rowCount();
}

void TestCustomersView::showsRequestsAndSystemUsersWithStatus()
{
    CustomersView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(view, SystemId));
    QVERIFY(view.model()->failures().isEmpty());
    QCOMPARE(view.model()->rowCount(), 3);

    const CustomerRow *approved = rowFor(view, ApprovedCustomer);
    QVERIFY(approved);
    QCOMPARE(approved->statusText, u"Approved"_s);
    QCOMPARE(approved->systemUserId, m_approvedId); // the system user joins its request
    QCOMPARE(approved->externalRef, u"kunde-a"_s);
    QCOMPARE(approved->customerName, u"TILFELDIG SUBTIL APE"_s); // from the sandbox register
    QVERIFY(approved->confirmUrl.contains(m_approvedId));
    QVERIFY(approved->created.isValid());

    const CustomerRow *pending = rowFor(view, PendingCustomer);
    QVERIFY(pending);
    QCOMPARE(pending->statusText, u"Waiting for approval"_s);
    QVERIFY(!pending->hasSystemUser());
    QCOMPARE(pending->requestId, m_pendingId);

    const CustomerRow *agent = rowFor(view, AgentCustomer);
    QVERIFY(agent);
    QCOMPARE(agent->kind, Altinn::RequestKind::Agent);
    QCOMPARE(agent->statusText, u"Waiting for approval"_s);
    const QList<CustomerRow> rows = view.model()->rows();
    const auto systemUsers =
        std::count_if(rows.cbegin(), rows.cend(), [](const CustomerRow &row) { return row.hasSystemUser(); });
    QCOMPARE(systemUsers, qsizetype(1));

    auto *table = view.findChild<QTableView *>(u"customersTable"_s);
    QVERIFY(table->isVisibleTo(&view));
    QVERIFY(!table->isColumnHidden(CustomersModel::NameColumn));
    bool kindShown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        kindShown = kindShown
            || table->model()->index(row, CustomersModel::KindColumn).data().toString()
                == u"Client relationships (agent)"_s;
    QVERIFY(kindShown);
    const QModelIndex approvedUser = table->model()->index(
        table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, ApprovedCustomer).value(0).row(),
        CustomersModel::SystemUserColumn);
    QCOMPARE(approvedUser.data().toString(), u"Active"_s);

    view.resize(1100, 420);
    view.show();
    QVERIFY(select(view, ApprovedCustomer));
    saveScreenshot(view, u"customers-view.png"_s);
}

void TestCustomersView::filtersByTextAndStatus()
{
    CustomersView view;
    QVERIFY(load(view, SystemId));
    auto *filter = view.findChild<QLineEdit *>(u"customerFilter"_s);
    auto *status = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    QVERIFY(filter && status);

    QTest::keyClicks(filter, PendingCustomer);
    QCOMPARE(shownRows(view), 1);
    filter->clear();
    QTest::keyClicks(filter, u"subtil"_s); // part of a customer's name, any case
    QCOMPARE(shownRows(view), 1);
    filter->clear();
    QTest::keyClicks(filter, u"klient-c"_s); // the external reference
    QCOMPARE(shownRows(view), 1);
    filter->clear();
    QCOMPARE(shownRows(view), 3);

    status->setCurrentIndex(status->findText(u"Approved"_s));
    QCOMPARE(shownRows(view), 1);
    status->setCurrentIndex(status->findText(u"Waiting for approval"_s));
    QCOMPARE(shownRows(view), 2);
    QTest::keyClicks(filter, u"nobody-has-this"_s);
    QCOMPARE(shownRows(view), 0);
    auto *empty = view.findChild<QLabel *>(u"customersEmptyLabel"_s);
    QCOMPARE(view.findChild<QStackedWidget *>(u"customersPages"_s)->currentWidget(), empty);
    QCOMPARE(empty->text(), u"No customers match the filter."_s);
}

void TestCustomersView::deletesARequestAfterConfirmation()
{
    CustomersView view;
    view.show();
    QVERIFY(load(view, SystemId));
    QVERIFY(select(view, PendingCustomer));
    auto *table = view.findChild<QTableView *>(u"customersTable"_s);

    // Cancel first: nothing happens.
    QTest::keyClick(table, Qt::Key_Delete);
    auto *box = view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(PendingCustomer));
    QTest::mouseClick(box->findChild<QPushButton *>(u"cancelDeleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s));
    QCOMPARE(view.model()->rowCount(), 3);
    view.activateWindow(); // the offscreen platform does not give it back after the box
    QVERIFY(QTest::qWaitForWindowActive(&view));
    table->setFocus();

    QTest::keyClick(table, Qt::Key_Delete);
    box = view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s);
    QVERIFY(box);
    QSignalSpy loaded(view.model(), &CustomersModel::loaded);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(view.model()->rowCount(), 2);
    QVERIFY(!rowFor(view, PendingCustomer));
    QVERIFY(view.findChild<QLabel *>(u"statusText"_s)->text().contains(u"Deleted"_s));
    // And the server agrees.
    QCOMPARE(
        m_vendor->sandbox().get(RequestPath + u'/' + m_pendingId, m_vendor->sandbox().vendorToken()).status,
        404);
}

void TestCustomersView::deletingAnApprovedRequestLeavesTheSystemUser()
{
    CustomersView view;
    view.show();
    QVERIFY(load(view, SystemId));
    QVERIFY(select(view, ApprovedCustomer));
    view.deleteSelectedRequest();
    auto *box = view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s);
    QVERIFY(box);
    QSignalSpy loaded(view.model(), &CustomersModel::loaded);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(15000));

    QCOMPARE(view.model()->rowCount(), 3);
    const CustomerRow *row = rowFor(view, ApprovedCustomer);
    QVERIFY(row);
    QVERIFY(!row->hasRequest);
    QCOMPARE(row->statusText, u"Active system user"_s);
    QCOMPARE(row->systemUserId, m_approvedId);
    auto *status = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    status->setCurrentIndex(status->findText(u"Active system user without request"_s));
    QCOMPARE(shownRows(view), 1);
    QVERIFY(select(view, ApprovedCustomer));
    QVERIFY(!view.findChild<QToolButton *>(u"deleteRequestButton"_s)->isEnabled());
    QVERIFY(view.findChild<QToolButton *>(u"testTokenButton"_s)->isEnabled());
}

void TestCustomersView::handsTestTokenAndChangeRequestToTheWizard()
{
    CustomersView view;
    view.show();
    QVERIFY(load(view, SystemId));
    QSignalSpy testToken(&view, &CustomersView::testTokenWanted);
    QString changedOrg;
    connect(&view, &CustomersView::changeRequestWanted, this,
        [&changedOrg](const CustomerRow &row) { changedOrg = row.customerOrg; });
    auto *testButton = view.findChild<QToolButton *>(u"testTokenButton"_s);
    auto *changeButton = view.findChild<QToolButton *>(u"changeRequestButton"_s);

    QVERIFY(select(view, PendingCustomer)); // no system user yet: nothing to test or change
    QVERIFY(!testButton->isEnabled());
    QVERIFY(!changeButton->isEnabled());
    QVERIFY(select(view, AgentCustomer));
    QVERIFY(!changeButton->isEnabled());

    QVERIFY(select(view, ApprovedCustomer));
    QVERIFY(testButton->isEnabled());
    testButton->setFocus();
    QTest::keyClick(testButton, Qt::Key_Space);
    QCOMPARE(testToken.size(), 1);
    QCOMPARE(testToken.first().at(0).toString(), ApprovedCustomer);
    QCOMPARE(testToken.first().at(1).toString(), u"kunde-a"_s);
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QCOMPARE(changedOrg, ApprovedCustomer);
}

void TestCustomersView::copiesTheApprovalLink()
{
    CustomersView view;
    view.show();
    QVERIFY(load(view, SystemId));
    QVERIFY(select(view, PendingCustomer));
    QApplication::clipboard()->clear();
    QTest::keyClick(view.findChild<QTableView *>(u"customersTable"_s), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), rowFor(view, PendingCustomer)->confirmUrl);
    QVERIFY(QApplication::clipboard()->text().contains(m_pendingId));
}

void TestCustomersView::showsFailuresInPlaceAndRetries()
{
    // The next system user list fails; the requests still load.
    QCOMPARE(m_vendor->sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemuser/vendor"_s}, {u"status"_s, 403}})
                 .status,
        201);
    CustomersView view;
    view.resize(1000, 420);
    view.show();
    QVERIFY(load(view, SystemId));
    QCOMPARE(view.model()->failures().size(), 1);
    QCOMPARE(view.model()->rowCount(), 3); // partial results are shown
    auto *message = view.findChild<QLabel *>(u"statusText"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"system users"_s), qPrintable(message->text()));
    auto *retry = view.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    saveScreenshot(view, u"customers-view-error.png"_s);

    QSignalSpy loaded(view.model(), &CustomersModel::loaded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QVERIFY(view.model()->failures().isEmpty());
    QVERIFY(!message->isVisible());
    QCOMPARE(rowFor(view, ApprovedCustomer)->systemUserId, m_approvedId);
}

void TestCustomersView::saysSoWhenThereAreNoRequests()
{
    CustomersView view;
    auto *empty = view.findChild<QLabel *>(u"customersEmptyLabel"_s);
    QCOMPARE(empty->text(), u"Choose a system to see its customers."_s);
    QVERIFY(load(view, EmptySystemId));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.findChild<QStackedWidget *>(u"customersPages"_s)->currentWidget(), empty);
    QVERIFY(empty->text().startsWith(u"No requests yet for this system"_s));
    view.resize(800, 300);
    saveScreenshot(view, u"customers-view-empty.png"_s);
}

void TestCustomersView::forgetsASessionThatIsGone()
{
    CustomersView view;
    view.setSystem(m_vendor->session(), SystemId);
    QVERIFY(view.model()->isLoading());
    m_vendor.reset(); // the wizard switched profiles while the lists were loading
    QVERIFY(!view.model()->isLoading());
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.findChild<QLabel *>(u"customersEmptyLabel"_s)->text(),
        u"Choose a system to see its customers."_s);
}

QTEST_MAIN(TestCustomersView)
#include "TestCustomersView.moc"
