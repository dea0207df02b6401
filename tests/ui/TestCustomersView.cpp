#include "CustomersViewFixture.h"
#include "SanitizerBudget.h"
#include "i18n/Translator.h"
#include "onboarding/StatusFollower.h"
#include "shell/ApplicationStyle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
 * "Waiting more than N days" combines with the other filters, the follower brings a decision made at
 * Altinn, and failures are shown in place.
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
    void filtersByDaysWaitingWithTheOtherFilters();
    void saysSoWhenTheLedgerCannotBeSaved();
    void followsLargeChangesWithoutAReset();
    void followsADecisionMadeAtAltinn();
    void showsFailuresInPlaceAndRetries();
    void saysSoWhenThereAreNoCustomers();
    void forgetsASessionThatIsGone();
    void headingNamesTheSystemNotItsId();

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
    // Saved by itself once the ledger is quiet.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ledger->filePath()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->hasUnsavedChanges(), 5000);
    QVERIFY(view.findChild<QLabel *>(u"customersSyncedLabel"_s)
                ->text()
                .startsWith(u"Last compared with Altinn: "_s));
    QTRY_COMPARE(view.findChild<QLabel *>(u"customersSystemLabel"_s)->text(), u"Customers of CRM"_s);

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

void TestCustomersView::filtersByDaysWaitingWithTheOtherFilters()
{
    // A ledger of its own, with requests of known age (the sandbox's are all minutes old).
    CustomerLedger ledger(scopeOf(u"991825827_ventetid"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto customer = [&now](
                              const QString &orgNo, const QString &name, CustomerState state, int daysAgo) {
        CustomerRecord record;
        record.orgNo = orgNo;
        record.name = name;
        record.state = state;
        record.requestId = u"req-"_s + orgNo;
        record.requestCreated = now.addDays(-daysAgo).addSecs(-60);
        record.stateSince = record.requestCreated;
        return record;
    };
    QVERIFY(ledger.upsertAll({
        customer(u"310000001"_s, u"Fersk AS"_s, CustomerState::Waiting, 2),
        customer(u"310000002"_s, u"Treg AS"_s, CustomerState::Waiting, 20),
        customer(u"310000003"_s, u"Trassig AS"_s, CustomerState::Waiting, 45),
        customer(u"310000004"_s, u"Glemt AS"_s, CustomerState::WaitingTimedOut, 200),
        customer(u"310000005"_s, u"Ferdig AS"_s, CustomerState::Approved, 90), // nothing waits for it
    }));
    CustomersView view;
    view.resize(1100, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSource(&ledger, nullptr, nullptr);
    QCOMPARE(shownRows(view), 5);

    auto *waiting = view.findChild<QCheckBox *>(u"customerWaitingFilter"_s);
    auto *days = view.findChild<QSpinBox *>(u"customerWaitingDays"_s);
    auto *state = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    auto *filter = view.findChild<QLineEdit *>(u"customerFilter"_s);
    auto *summary = view.findChild<QLabel *>(u"customersSummary"_s);
    QVERIFY(waiting && days && state && filter && summary);
    // Off by default: the number waits until the box is ticked.
    QVERIFY(!waiting->isChecked());
    QVERIFY(!days->isEnabled());
    QCOMPARE(waiting->text(), u"Waiting more than"_s);

    days->setValue(7); // changes nothing while the box is not ticked
    QCOMPARE(shownRows(view), 5);
    QTest::mouseClick(waiting, Qt::LeftButton);
    QVERIFY(days->isEnabled());
    QVERIFY2(days->suffix().startsWith(u" day"_s), qPrintable(days->suffix())); // " days" in English
    QCOMPARE(shownRows(view), 3); // 20, 45 and 200 days
    // The state filter counts what each state would show with the waiting filter.
    QCOMPARE(state->itemText(0), u"All customers (3)"_s);
    QVERIFY(state->findText(u"Waiting for the customer (2)"_s) > 0);
    QVERIFY(state->findText(u"Waiting too long (over 180 days) (1)"_s) > 0);
    QVERIFY(state->findText(u"Approved: system user is live (0)"_s) > 0);
    QVERIFY2(summary->text().contains(u"(3 shown)"_s), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"Approved: system user is live: 1"_s), qPrintable(summary->text()));

    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"30"_s);
    QCOMPARE(days->value(), 30);
    QCOMPARE(shownRows(view), 2);
    state->setCurrentIndex(state->findText(u"Waiting for the customer (1)"_s));
    QCOMPARE(shownRows(view), 1);
    QTest::keyClicks(filter, u"trassig"_s);
    QCOMPARE(shownRows(view), 1);
    filter->clear();
    QTest::keyClicks(filter, u"treg"_s); // waits 20 days: not more than 30
    QCOMPARE(shownRows(view), 0);
    QCOMPARE(view.findChild<QLabel *>(u"customersEmptyLabel"_s)->text(), u"No customers match the filter."_s);

    // A customer who answers leaves the list at once; the counts follow.
    filter->clear();
    state->setCurrentIndex(0);
    QCOMPARE(shownRows(view), 2);
    CustomerRecord answered = *ledger.find(u"310000003"_s, {});
    answered.state = CustomerState::Approved;
    QVERIFY(ledger.upsert(answered));
    QCOMPARE(shownRows(view), 1);
    QTRY_COMPARE(state->itemText(0), u"All customers (1)"_s);

    QTest::mouseClick(waiting, Qt::LeftButton);
    QVERIFY(!days->isEnabled());
    QCOMPARE(shownRows(view), 5);
    QVERIFY2(!summary->text().contains(u"shown"_s), qPrintable(summary->text()));
    QCOMPARE(state->itemText(0), u"All customers (5)"_s);
}

void TestCustomersView::saysSoWhenTheLedgerCannotBeSaved()
{
    // The ledger's folder is a file: every save fails until it is gone.
    const QString blocker = QDir(CustomerLedger::defaultDirectory()).filePath(u"blocker"_s);
    QVERIFY(QDir().mkpath(CustomerLedger::defaultDirectory()));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    CustomerLedger ledger(scopeOf(SystemId), blocker + u"/ledger.json"_s);
    CustomersView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSource(&ledger, nullptr, nullptr);
    CustomerRecord record;
    record.orgNo = PendingCustomer;
    QVERIFY(ledger.upsert(record));
    QCOMPARE(shownRows(view), 1); // taken at once
    auto *message = view.findChild<QLabel *>(u"statusText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), SanitizerBudget::milliseconds(5000));
    QVERIFY2(message->text().startsWith(u"Cannot save the customer list"_s), qPrintable(message->text()));

    QVERIFY(QFile::remove(blocker));
    QTest::mouseClick(view.findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(!message->isVisible());
    QVERIFY(!ledger.hasUnsavedChanges());
    QVERIFY(QFile::exists(blocker + u"/ledger.json"_s));
}

void TestCustomersView::followsLargeChangesWithoutAReset()
{
    CustomerLedger ledger(scopeOf(u"991825827_mange"_s));
    CustomersView view;
    view.setSource(&ledger, nullptr, nullptr);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(view.model(), &QAbstractItemModel::rowsInserted);
    const auto customer = [](int number, CustomerState state = CustomerState::NotAsked) {
        CustomerRecord record;
        record.orgNo = QString::number(310000000 + number * 2);
        record.state = state;
        return record;
    };
    // A sync that finds 300 customers: one insertion, not 300.
    QList<CustomerRecord> found;
    for (int i = 0; i < 300; ++i)
        found.append(customer(i));
    QVERIFY(ledger.upsertAll(found));
    QCOMPARE(view.model()->rowCount(), 300);
    QCOMPARE(inserts.size(), 1);

    // Another that changes every third, adds 100 between the known ones and is followed by removals.
    QList<CustomerRecord> next;
    for (int i = 0; i < 300; i += 3)
        next.append(customer(i, CustomerState::Waiting));
    for (int i = 0; i < 100; ++i) {
        CustomerRecord between = customer(i);
        between.orgNo = QString::number(310000000 + i * 2 + 1);
        next.append(between);
    }
    QVERIFY(ledger.upsertAll(next));
    for (int i = 1; i < 300; i += 7)
        QVERIFY(ledger.remove(customer(i).key()));
    QCOMPARE(view.model()->records(), ledger.customers());
    QCOMPARE(view.model()->stateCounts(), ledger.counts());
    QCOMPARE(resets.size(), 0);
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
    // The counts follow within a moment (they are counted at most every 150 ms while things change).
    QTRY_COMPARE(state->currentText(), u"Waiting for the customer (3)"_s);
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

void TestCustomersView::headingNamesTheSystemNotItsId()
{
    // Defect: the heading said "Customers of 991825827_kunder". Now the system's name in the chosen
    // language from the system register, the id as a smaller line; the id while the name loads.
    const QLocale before;
    QLocale::setDefault(Translator::localeFor(u"en"_s));
    CustomersView view;
    view.resize(1100, 420);
    view.show();
    auto *heading = view.findChild<QLabel *>(u"customersSystemLabel"_s);
    auto *idLine = view.findChild<QLabel *>(u"customersSystemIdLabel"_s);
    view.setSource(m_fixture.desk()->ledger(), m_fixture.desk()->follower(), m_fixture.vendor()->session());
    QCOMPARE(heading->text(), u"Customers of %1"_s.arg(SystemId)); // still loading
    QVERIFY(!idLine->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(heading->text(), u"Customers of CRM"_s, 10000);
    QVERIFY(idLine->isVisible());
    QCOMPARE(idLine->text(), u"System id: %1"_s.arg(SystemId));

    // Another language: its name, without asking Altinn again.
    QLocale::setDefault(Translator::localeFor(u"nb"_s));
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(view.findChild<QWidget *>(u"customersHeading"_s), &languageChange);
    QCOMPARE(heading->text(), u"Customers of Kunderegister"_s);

    // A system the register does not know: the id stays.
    CustomerDesk unknown;
    unknown.setScope(m_fixture.vendor()->session(), scopeOf(u"991825827_ukjent"_s));
    view.setSource(unknown.ledger(), unknown.follower(), m_fixture.vendor()->session());
    QCOMPARE(heading->text(), u"Customers of 991825827_ukjent"_s);
    QTest::qWait(500);
    QCOMPARE(heading->text(), u"Customers of 991825827_ukjent"_s);
    QVERIFY(!idLine->isVisible());
    view.setSource(nullptr, nullptr, nullptr);
    QLocale::setDefault(before);
}

QTEST_MAIN(TestCustomersView)
#include "TestCustomersView.moc"
