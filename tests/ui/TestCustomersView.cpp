#include "CustomersViewFixture.h"
#include "onboarding/StatusFollower.h"
#include "shell/ApplicationStyle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

/**
 * The customers view on a CustomerLedger against the in-process sandbox (CustomersViewFixture):
 * Refresh fills the ledger across pages, the states and next steps show, the state filter counts,
 * the follower brings a decision made at Altinn, and failures are shown in place.
 */
class TestCustomersView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY(m_fixture.setUp()); }
    void cleanup() { m_fixture.tearDown(); }
    void refreshFillsTheLedgerAcrossPages();
    void showsStatesAndNextSteps();
    void filtersByStateWithCounts();
    void followsADecisionMadeAtAltinn();
    void showsFailuresInPlaceAndRetries();
    void saysSoWhenThereAreNoCustomers();
    void forgetsASessionThatIsGone();

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

void TestCustomersView::refreshFillsTheLedgerAcrossPages()
{
    QCOMPARE(m_fixture.vendor()->sandbox().put(u"sandbox/settings"_s, QJsonObject{{u"pageSize"_s, 2}}).status,
        200);
    CustomersView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_fixture.show(view));

    CustomerLedger *ledger = m_fixture.desk()->ledger();
    QCOMPARE(ledger->size(), 5); // four standard requests over two pages, one agent request
    QCOMPARE(view.model()->rowCount(), 5);
    QVERIFY(ledger->syncedAt().isValid());
    QVERIFY(QFile::exists(ledger->filePath()));
    QVERIFY(view.findChild<QLabel *>(u"customersSyncedLabel"_s)
                ->text()
                .startsWith(u"Last compared with Altinn: "_s));
    QCOMPARE(view.findChild<QLabel *>(u"customersSystemLabel"_s)->text(), u"Customers of %1"_s.arg(SystemId));

    // Refresh again: nothing new, and no reset of the rows the person is looking at.
    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(&view, &CustomersView::refreshFinished);
    QTest::keyClick(&view, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(view.model()->rowCount(), 5);
    QCOMPARE(resets.size(), 0);
}

void TestCustomersView::showsStatesAndNextSteps()
{
    CustomersView view;
    QVERIFY(m_fixture.show(view));

    const CustomerRecord *approved = recordFor(view, ApprovedCustomer);
    QVERIFY(approved);
    QCOMPARE(approved->state, CustomerState::Approved);
    QCOMPARE(approved->systemUserId, m_fixture.approvedId());
    QCOMPARE(approved->externalRef, u"kunde-a"_s);
    QCOMPARE(cell(view, ApprovedCustomer, CustomersModel::StateColumn), u"Approved: system user is live"_s);
    QCOMPARE(cell(view, ApprovedCustomer, CustomersModel::NextStepColumn), u"Test a system user token"_s);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::StateColumn), u"Waiting for the customer"_s);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::NextStepColumn),
        u"Send the approval link to the customer"_s);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::ExternalRefColumn), u"kunde-b"_s);
    QCOMPARE(cell(view, AgentCustomer, CustomersModel::KindColumn), u"Client relationships (agent)"_s);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::CustomerColumn), PendingCustomer);
    QVERIFY(!cell(view, PendingCustomer, CustomersModel::CreatedColumn).isEmpty());

    // Dates in the UI language's format.
    const CustomerRecord *pending = recordFor(view, PendingCustomer);
    const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    view.setLocale(bokmal);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::SinceColumn),
        bokmal.toString(pending->stateSince.toLocalTime(), QLocale::ShortFormat));

    QVERIFY(selectCustomer(view, ApprovedCustomer));
    saveScreenshot(view, u"customers-view.png"_s);
}

void TestCustomersView::filtersByStateWithCounts()
{
    CustomersView view;
    QVERIFY(m_fixture.show(view));
    auto *filter = view.findChild<QLineEdit *>(u"customerFilter"_s);
    auto *state = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    QVERIFY(filter && state);
    QCOMPARE(state->count(), 9);
    QCOMPARE(state->itemText(0), u"All customers (5)"_s);
    QVERIFY(state->findText(u"Waiting for the customer (4)"_s) > 0);
    QVERIFY(state->findText(u"Approved: system user is live (1)"_s) > 0);
    QVERIFY(state->findText(u"Rejected by the customer (0)"_s) > 0);
    const QString summary = view.findChild<QLabel *>(u"customersSummary"_s)->text();
    QVERIFY2(summary.contains(u"Waiting for the customer: 4"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Approved: system user is live: 1"_s), qPrintable(summary));

    state->setCurrentIndex(state->findText(u"Waiting for the customer (4)"_s));
    QCOMPARE(shownRows(view), 4);
    state->setCurrentIndex(state->findText(u"Approved: system user is live (1)"_s));
    QCOMPARE(shownRows(view), 1);
    state->setCurrentIndex(0);
    QCOMPARE(shownRows(view), 5);

    QTest::keyClicks(filter, PendingCustomer);
    QCOMPARE(shownRows(view), 1);
    filter->clear();
    QTest::keyClicks(filter, u"klient-c"_s); // the external reference
    QCOMPARE(shownRows(view), 1);
    filter->clear();
    state->setCurrentIndex(state->findText(u"Waiting for the customer (4)"_s));
    QTest::keyClicks(filter, u"nobody-has-this"_s);
    QCOMPARE(shownRows(view), 0);
    auto *empty = view.findChild<QLabel *>(u"customersEmptyLabel"_s);
    QCOMPARE(view.findChild<QStackedWidget *>(u"customersPages"_s)->currentWidget(), empty);
    QCOMPARE(empty->text(), u"No customers match the filter."_s);
}

void TestCustomersView::followsADecisionMadeAtAltinn()
{
    Onboarding::StatusFollower *follower = m_fixture.desk()->follower();
    follower->setIntervals({50ms, 200ms});
    CustomersView view;
    QVERIFY(m_fixture.show(view));
    QVERIFY(follower->isFollowing()); // subscribed while shown
    auto *state = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    state->setCurrentIndex(state->findText(u"Waiting for the customer (4)"_s));
    QCOMPARE(shownRows(view), 4);

    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(view.model(), &QAbstractItemModel::dataChanged);
    // The customer approves at Altinn; nobody presses Refresh.
    QCOMPARE(m_fixture.vendor()
                 ->sandbox()
                 .post(u"sandbox/requests/%1/approve"_s.arg(m_fixture.pendingId()), QJsonObject{})
                 .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(recordFor(view, PendingCustomer)->state, CustomerState::Approved, 10000);
    QVERIFY(follower->walks() > 0);
    QCOMPARE(cell(view, PendingCustomer, CustomersModel::StateColumn), u"Approved: system user is live"_s);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() > 0);
    QCOMPARE(shownRows(view), 3); // left the waiting filter
    QCOMPARE(state->currentText(), u"Waiting for the customer (3)"_s);
    QVERIFY(state->findText(u"Approved: system user is live (2)"_s) > 0);

    view.hide();
    QVERIFY(!follower->isFollowing());
}

void TestCustomersView::showsFailuresInPlaceAndRetries()
{
    // The next system user list fails.
    QCOMPARE(m_fixture.vendor()
                 ->sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemuser/vendor"_s}, {u"status"_s, 403}})
                 .status,
        201);
    CustomersView view;
    QSignalSpy finished(&view, &CustomersView::refreshFinished);
    QVERIFY(m_fixture.show(view));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    auto *message = view.findChild<QLabel *>(u"statusText"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"system users"_s), qPrintable(message->text()));
    QCOMPARE(view.findChild<QLabel *>(u"customersSyncedLabel"_s)->text(), u"Not compared with Altinn yet"_s);
    auto *retry = view.findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    saveScreenshot(view, u"customers-view-error.png"_s);

    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(!message->isVisible());
    QCOMPARE(recordFor(view, ApprovedCustomer)->systemUserId, m_fixture.approvedId());
}

void TestCustomersView::saysSoWhenThereAreNoCustomers()
{
    CustomersView view;
    auto *empty = view.findChild<QLabel *>(u"customersEmptyLabel"_s);
    QCOMPARE(empty->text(), u"Choose a system to see its customers."_s);
    m_fixture.desk()->setScope(m_fixture.vendor()->session(), scopeOf(EmptySystemId));
    QVERIFY(m_fixture.show(view));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.findChild<QStackedWidget *>(u"customersPages"_s)->currentWidget(), empty);
    QVERIFY(empty->text().startsWith(u"No customers yet for this system"_s));
    QVERIFY(!view.findChild<QToolButton *>(u"editNoteButton"_s)->isEnabled());
    saveScreenshot(view, u"customers-view-empty.png"_s);
}

void TestCustomersView::forgetsASessionThatIsGone()
{
    CustomersView view;
    view.show();
    view.setSource(m_fixture.desk()->ledger(), m_fixture.desk()->follower(), m_fixture.vendor()->session());
    QVERIFY(view.isRefreshing());
    m_fixture.dropSession(); // the wizard switched profiles while the lists were loading
    QVERIFY(!view.isRefreshing());
    QVERIFY(!view.ledger());
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.findChild<QLabel *>(u"customersEmptyLabel"_s)->text(),
        u"Choose a system to see its customers."_s);
}

QTEST_MAIN(TestCustomersView)
#include "TestCustomersView.moc"
