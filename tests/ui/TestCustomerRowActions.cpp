#include "CustomersViewFixture.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

/**
 * The row actions of the customers view against the in-process sandbox (CustomersViewFixture): the
 * note saved in the ledger file, Test token and Change request only in the states they fit,
 * deleting a request, copying the approval link.
 */
class TestCustomerRowActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void savesTheNoteInTheLedgerFile();
    void enablesTestTokenAndChangeRequestByState();
    void deletesARequestAfterConfirmation();
    void copiesTheApprovalLink();

private:
    CustomersViewFixture m_fixture;
};

namespace {

using Fixture = CustomersViewFixture;
const QString &SystemId = Fixture::SystemId;
const QString &EmptySystemId = Fixture::EmptySystemId;
const QString &ApprovedCustomer = Fixture::ApprovedCustomer;
const QString &PendingCustomer = Fixture::PendingCustomer;
const QString &AgentCustomer = Fixture::AgentCustomer;
const QString &RequestPath = Fixture::RequestPath;
constexpr auto recordFor = &Fixture::recordFor;
constexpr auto selectCustomer = &Fixture::select;
constexpr auto shownRows = &Fixture::shownRows;
constexpr auto cell = &Fixture::cell;
constexpr auto scopeOf = &Fixture::scopeOf;

} // namespace

void TestCustomerRowActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCustomerRowActions::savesTheNoteInTheLedgerFile()
{
    CustomersView view;
    QVERIFY(m_fixture.show(view));
    QVERIFY(selectCustomer(view, PendingCustomer));
    auto *noteButton = view.findChild<QToolButton *>(u"editNoteButton"_s);
    QVERIFY(noteButton->isEnabled());
    QTest::mouseClick(noteButton, Qt::LeftButton);
    auto *table = view.findChild<QTableView *>(u"customersTable"_s);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) != nullptr);
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, u"Ring regnskapsfører fredag"_s);
    QTest::keyClick(editor, Qt::Key_Return);

    const QString key = CustomerRecord::keyOf(PendingCustomer, u"kunde-b"_s);
    QTRY_COMPARE(m_fixture.desk()->ledger()->find(key)->note, u"Ring regnskapsfører fredag"_s);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::NoteColumn), u"Ring regnskapsfører fredag"_s);
    // Saved in the file once the ledger is quiet: a fresh ledger (as systemuser-cli would read it)
    // has the note.
    const auto noteInFile = [&key] {
        CustomerLedger reread(scopeOf(SystemId));
        return reread.load() && reread.find(key) ? reread.find(key)->note : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(noteInFile(), u"Ring regnskapsfører fredag"_s, 5000);

    // The note survives the next comparison with Altinn, and the filter finds it.
    QSignalSpy finished(&view, &CustomersView::refreshFinished);
    view.refresh();
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_fixture.desk()->ledger()->find(key)->note, u"Ring regnskapsfører fredag"_s);
    QTest::keyClicks(view.findChild<QLineEdit *>(u"customerFilter"_s), u"fredag"_s);
    QCOMPARE(shownRows(view), 1);
}

void TestCustomerRowActions::enablesTestTokenAndChangeRequestByState()
{
    CustomersView view;
    QVERIFY(m_fixture.show(view));
    QSignalSpy testToken(&view, &CustomersView::testTokenWanted);
    QString changedOrg;
    connect(&view, &CustomersView::changeRequestWanted, this,
        [&changedOrg](const CustomerRecord &record) { changedOrg = record.orgNo; });
    auto *testButton = view.findChild<QToolButton *>(u"testTokenButton"_s);
    auto *changeButton = view.findChild<QToolButton *>(u"changeRequestButton"_s);

    QVERIFY(selectCustomer(view, PendingCustomer)); // waiting: nothing to test or change yet
    QVERIFY(!testButton->isEnabled());
    QVERIFY(!changeButton->isEnabled());
    QVERIFY(selectCustomer(view, AgentCustomer));
    QVERIFY(!testButton->isEnabled());
    QVERIFY(!changeButton->isEnabled());

    QVERIFY(selectCustomer(view, ApprovedCustomer));
    QVERIFY(testButton->isEnabled());
    QVERIFY(changeButton->isEnabled());
    testButton->setFocus();
    QTest::keyClick(testButton, Qt::Key_Space);
    QCOMPARE(testToken.size(), 1);
    QCOMPARE(testToken.first().at(0).toString(), ApprovedCustomer);
    QCOMPARE(testToken.first().at(1).toString(), u"kunde-a"_s);
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QCOMPARE(changedOrg, ApprovedCustomer);

    // A change waiting for the customer: the token can be tried, a second change cannot be asked.
    CustomerRecord record = *recordFor(view, ApprovedCustomer);
    record.state = CustomerState::ChangePending;
    QVERIFY(m_fixture.desk()->ledger()->upsert(record));
    QTRY_COMPARE(view.selectedRecord()->state, CustomerState::ChangePending); // selection kept
    QVERIFY(testButton->isEnabled());
    QVERIFY(!changeButton->isEnabled());
}

void TestCustomerRowActions::deletesARequestAfterConfirmation()
{
    CustomersView view;
    QVERIFY(m_fixture.show(view));
    QVERIFY(selectCustomer(view, PendingCustomer));
    auto *table = view.findChild<QTableView *>(u"customersTable"_s);

    // Cancel first: nothing happens.
    QTest::keyClick(table, Qt::Key_Delete);
    auto *box = view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(PendingCustomer));
    QTest::mouseClick(box->findChild<QPushButton *>(u"cancelDeleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s));
    QCOMPARE(recordFor(view, PendingCustomer)->state, CustomerState::Waiting);
    view.activateWindow(); // the offscreen platform does not give it back after the box
    QVERIFY(QTest::qWaitForWindowActive(&view));
    table->setFocus();

    QTest::keyClick(table, Qt::Key_Delete);
    box = view.findChild<QMessageBox *>(u"deleteRequestConfirmation"_s);
    QVERIFY(box);
    QSignalSpy finished(&view, &CustomersView::refreshFinished);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(15000)); // the delete, then a comparison with Altinn
    QCOMPARE(recordFor(view, PendingCustomer)->state, CustomerState::NotAsked);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::NextStepColumn), u"Send a request"_s);
    QVERIFY(view.findChild<QLabel *>(u"statusText"_s)->text().contains(u"Deleted"_s));
    // And the server agrees.
    QCOMPARE(m_fixture.vendor()
                 ->sandbox()
                 .get(RequestPath + u'/' + m_fixture.pendingId(), m_fixture.vendor()->sandbox().vendorToken())
                 .status,
        404);
}

void TestCustomerRowActions::copiesTheApprovalLink()
{
    CustomersView view;
    QVERIFY(m_fixture.show(view));
    QVERIFY(selectCustomer(view, ApprovedCustomer));
    QVERIFY(!view.findChild<QToolButton *>(u"copyApprovalLinkButton"_s)->isEnabled()); // nothing waits
    QVERIFY(selectCustomer(view, PendingCustomer));
    QApplication::clipboard()->clear();
    QTest::keyClick(view.findChild<QTableView *>(u"customersTable"_s), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), recordFor(view, PendingCustomer)->confirmUrl);
    QVERIFY(QApplication::clipboard()->text().contains(m_fixture.pendingId()));
}

QTEST_MAIN(TestCustomerRowActions)
#include "TestCustomerRowActions.moc"
