#include "WizardFlowFixture.h"
#include "altinn/SystemRegisterClient.h"
#include "bulk/ApprovalNotifier.h"
#include "bulk/BulkCompareSection.h"
#include "bulk/BulkOutcomeModel.h"
#include "bulk/BulkProgressSection.h"
#include "bulk/BulkSendDialog.h"
#include "bulk/BulkSummarySection.h"
#include "bulk/CampaignPreviewSection.h"
#include "bulk/ChangeCampaignDialog.h"
#include "bulk/ExportLinksDialog.h"
#include "bulk/ImportCustomersDialog.h"
#include "common/OperationStatus.h"
#include "onboarding/LedgerSync.h"
#include "onboarding/RequestJournal.h"
#include "shell/CustomersScreen.h"
#include "wizard/CustomerDesk.h"
#include "workspace/CustomerLedger.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <ctime>
#include <memory>

Q_DECLARE_METATYPE(Onboarding::BulkRequestFlow::Summary)

// The bulk send of the customers screen against the in-process sandbox over HTTP: customers imported
// through the import dialog, compared with Altinn, asked with bounded concurrency; pause, resume and
// cancel; and how long the UI thread is kept busy while hundreds of answers come in.
class TestBulkSendDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importedCustomersAreAllAskedAndShown();
    void pauseStartsNoNewCustomerAndResumeGoesOn();
    void cancelKeepsTheJournalAndTheNextRunLooksUpFirst();
    void closingWhileSendingAsksFirst();
    void uiThreadStaysResponsiveDuringALargeSend();
    void exportFromTheSummaryWritesEachFormat();
    void changeCampaignAsksApprovedCustomersForTheNewRight();
    void approvalsAreSummarisedOnce();

private:
    /// Imports @p count customers through the import dialog (pasted TAB rows); false when it failed.
    bool importCustomers(int count);
    /// Sends a request to every customer of the ledger (through the dialog); false when not all wait now.
    bool sendToEveryone();
    /// Opens the dialog and waits for the comparison with Altinn.
    std::unique_ptr<BulkSendDialog> comparedDialog();
    bool addFault(const QJsonObject &rule);
    /// How many fault rules the sandbox has not used up yet (-1 when it could not be asked).
    int faultsLeft();
    CustomerLedger *ledger() const { return m_fixture.context()->customers()->ledger(); }
    int inState(CustomerState state) const { return ledger()->counts().value(state); }

    WizardFlowFixture m_fixture;
    Altinn::SystemDefinition m_system;
};

using namespace Qt::Literals::StringLiterals;
using Onboarding::BulkRequestFlow;
using OutcomeKind = BulkRequestFlow::CustomerOutcome::Kind;

namespace {

/// Customers of the sandbox's register; each is asked under several external references.
const QStringList Organisations{
    u"310904473"_s, u"310945552"_s, u"310959502"_s, u"310977756"_s, u"311164651"_s};
const QString RequestPath = u"authentication/api/v1/systemuser/request/vendor"_s;

/// CPU time the calling thread has used, in milliseconds.
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

} // namespace

void TestBulkSendDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestBulkSendDialog"_s);
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<BulkRequestFlow::Summary>();
    QVERIFY(m_fixture.startSandbox());
}

void TestBulkSendDialog::init()
{
    QVERIFY(m_fixture.setUp());
    m_system = m_fixture.exampleSystem(u"bulk"_s);
    QVERIFY(m_fixture.registerSystem(m_system));
    WizardContext *context = m_fixture.context();
    QVERIFY(context->drafts()->saveSystemDefinition(context->profile().id, m_system.toRequestJson()));
    context->setSystemId(m_system.id);
    QVERIFY(ledger());
}

void TestBulkSendDialog::cleanup()
{
    m_fixture.tearDown();
}

bool TestBulkSendDialog::importCustomers(int count)
{
    QString rows = u"Organisasjonsnummer\tNavn\tEkstern referanse\n"_s;
    for (int i = 0; i < count; ++i)
        rows += u"%1\tKunde %2 AS\tkunde-%2\n"_s.arg(Organisations.at(i % Organisations.size())).arg(i);
    ImportCustomersDialog dialog(m_fixture.context());
    dialog.setPastedText(rows);
    if (dialog.merge().added != count || !dialog.addButton()->isEnabled())
        return false;
    dialog.addCustomers();
    return ledger()->size() == count;
}

std::unique_ptr<BulkSendDialog> TestBulkSendDialog::comparedDialog()
{
    auto dialog = std::make_unique<BulkSendDialog>(m_fixture.context());
    dialog->show();
    dialog->compare();
    // The callers check what the comparison came to.
    if (!QTest::qWaitFor([&dialog] { return !dialog->isComparing(); }, 20000))
        qWarning("the comparison with Altinn did not end within 20 s");
    return dialog;
}

bool TestBulkSendDialog::addFault(const QJsonObject &rule)
{
    return m_fixture.post(u"sandbox/faults"_s, rule).status / 100 == 2;
}

int TestBulkSendDialog::faultsLeft()
{
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(m_fixture.baseUrl().toString() + u"sandbox/faults"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    reply->deleteLater();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (document.isArray())
        return int(document.array().size());
    return int(document.object().value(u"rules"_s).toArray().size());
}

void TestBulkSendDialog::importedCustomersAreAllAskedAndShown()
{
    QVERIFY(importCustomers(40));
    auto dialog = comparedDialog();
    BulkCompareSection *compare = dialog->compareSection();
    QCOMPARE(compare->status()->state(), OperationStatus::State::Succeeded);
    QCOMPARE(compare->needing(), 40);
    QCOMPARE(compare->inDoubt(), 0);
    QVERIFY(!dialog->findChild<QLabel *>(u"inDoubtLabel"_s)->isVisible());
    QCOMPARE(compare->concurrencySpinBox()->value(), 4);
    QCOMPARE(compare->concurrencySpinBox()->minimum(), 1);
    QCOMPARE(compare->concurrencySpinBox()->maximum(), 16);
    QCOMPARE(compare->sendButton()->text(), u"Se&nd 40 request(s)"_s);

    QTest::mouseClick(compare->sendButton(), Qt::LeftButton);
    QCOMPARE(dialog->step(), BulkSendDialog::Step::Sending);
    QCOMPARE(dialog->flow()->concurrency(), 4);
    int mostInFlight = 0;
    BulkRequestFlow *flow = dialog->flow();
    connect(flow, &BulkRequestFlow::customerFinished, this,
        [&mostInFlight, flow] { mostInFlight = std::max(mostInFlight, flow->progress().inFlight + 1); });
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), BulkSendDialog::Step::Done, 60000);
    QVERIFY(mostInFlight >= 1 && mostInFlight <= 4);

    QCOMPARE(inState(CustomerState::Waiting), 40);
    for (const CustomerRecord &customer : ledger()->customers())
        QVERIFY(!customer.confirmUrl.isEmpty());
    BulkProgressSection *progress = dialog->progressSection();
    QCOMPARE(progress->model()->rowCount(), 40);
    QCOMPARE(progress->table()->model()->rowCount(), 40);
    QCOMPARE(progress->progressBar()->value(), 40);
    QCOMPARE(progress->progressLabel()->text(), u"40 of 40"_s);
    QCOMPARE(
        progress->model()->index(0, BulkOutcomeModel::OutcomeColumn).data().toString(), u"Request sent"_s);
    // Nothing went wrong, so "Only problems" shows nothing.
    progress->onlyProblemsCheckBox()->setChecked(true);
    QCOMPARE(progress->table()->model()->rowCount(), 0);
    QVERIFY2(dialog->summarySection()->text().contains(u"Request sent: 40"_s),
        qPrintable(dialog->summarySection()->text()));
    QVERIFY(!QFile::exists(RequestJournal::pathFor(ledger()->filePath())));
}

void TestBulkSendDialog::pauseStartsNoNewCustomerAndResumeGoesOn()
{
    QVERIFY(importCustomers(10));
    // The first two requests are answered late, so both senders are busy when Pause is pressed.
    QVERIFY(addFault(QJsonObject{
        {u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"count"_s, 2}, {u"delayMs"_s, 1500}}));
    auto dialog = comparedDialog();
    dialog->compareSection()->concurrencySpinBox()->setValue(2);
    dialog->send();
    BulkProgressSection *progress = dialog->progressSection();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->progress().inFlight, 2, 10000);
    QTest::mouseClick(progress->pauseButton(), Qt::LeftButton);
    QVERIFY(dialog->flow()->isPaused());
    QCOMPARE(progress->pauseButton()->text(), u"&Resume"_s);
    QTRY_VERIFY(progress->holdLabel()->isVisible());

    // Those in flight finish; no new one starts while paused.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->progress().finished, 2, 10000);
    QTest::qWait(800);
    QCOMPARE(dialog->flow()->progress().finished, 2);
    QCOMPARE(dialog->flow()->progress().inFlight, 0);
    QCOMPARE(inState(CustomerState::Waiting), 2);
    QVERIFY2(
        progress->holdLabel()->text().startsWith(u"Paused"_s), qPrintable(progress->holdLabel()->text()));

    QTest::mouseClick(progress->pauseButton(), Qt::LeftButton);
    QVERIFY(!dialog->flow()->isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), BulkSendDialog::Step::Done, 30000);
    QCOMPARE(inState(CustomerState::Waiting), 10);
    QCOMPARE(progress->model()->rowCount(), 10);
}

void TestBulkSendDialog::cancelKeepsTheJournalAndTheNextRunLooksUpFirst()
{
    QVERIFY(importCustomers(12));
    // The first four POSTs hang and are then refused (nothing is created at Altinn): cancelled while they
    // hang, nobody can know whether they arrived — exactly the customers the journal is for.
    QVERIFY(addFault(QJsonObject{{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"count"_s, 4},
        {u"status"_s, 503}, {u"delayMs"_s, 4000}}));
    auto first = comparedDialog();
    first->send();
    QTRY_COMPARE_WITH_TIMEOUT(first->flow()->progress().inFlight, 4, 10000);
    // The four POSTs have reached the sandbox (each used up the rule once) and wait for its answer.
    QTRY_COMPARE_WITH_TIMEOUT(faultsLeft(), 0, 10000);

    QTest::mouseClick(first->progressSection()->cancelButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = first->findChild<QMessageBox *>(u"cancelSendingQuestion"_s)));
    QVERIFY(question->text().contains(u"already sent stay sent"_s));
    // The safe answer is the default.
    QCOMPARE(question->defaultButton()->objectName(), u"keepSendingButton"_s);
    question->findChild<QPushButton *>(u"confirmCancelSendingButton"_s)->click();
    QCOMPARE(first->step(), BulkSendDialog::Step::Done);
    QVERIFY(!first->isSending());
    QVERIFY2(first->summarySection()->text().contains(u"stay sent"_s),
        qPrintable(first->summarySection()->text()));

    const QString journal = RequestJournal::pathFor(ledger()->filePath());
    QCOMPARE(RequestJournal(journal).readKeys().size(), 4);
    QCOMPARE(inState(CustomerState::NotAsked), 12);
    first.reset();
    // The refused answers arrive after the cancel and change nothing.
    QTest::qWait(4500);

    auto second = comparedDialog();
    QCOMPARE(second->compareSection()->needing(), 12);
    QCOMPARE(second->compareSection()->inDoubt(), 4);
    auto *doubt = second->findChild<QLabel *>(u"inDoubtLabel"_s);
    QVERIFY(doubt->isVisible());
    QVERIFY2(doubt->text().contains(u"looked up"_s), qPrintable(doubt->text()));
    second->send();
    QSignalSpy finished(second->flow(), &BulkRequestFlow::finished);
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<BulkRequestFlow::Summary>();
    QCOMPARE(summary.rechecked, 4);
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 12);
    QCOMPARE(inState(CustomerState::Waiting), 12);
    QVERIFY(!QFile::exists(journal));
}

void TestBulkSendDialog::closingWhileSendingAsksFirst()
{
    QVERIFY(importCustomers(6));
    QVERIFY(addFault(QJsonObject{
        {u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"count"_s, 1}, {u"delayMs"_s, 1500}}));
    CustomersScreen screen(m_fixture.context());
    screen.refresh();
    screen.openSend();
    BulkSendDialog *dialog = screen.sendDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->compareSection()->sendButton()->isEnabled(), 20000);
    dialog->compareSection()->concurrencySpinBox()->setValue(1);
    dialog->send();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->flow()->progress().inFlight, 1, 10000);

    dialog->reject();
    QMessageBox *question = dialog->findChild<QMessageBox *>(u"closeWhileSendingQuestion"_s);
    QVERIFY(question);
    QVERIFY(dialog->isVisible());
    question->findChild<QPushButton *>(u"pauseAndCloseButton"_s)->click();
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->flow()->isPaused());
    QVERIFY(dialog->isSending());

    // "Send requests…" shows the paused run again instead of a new one.
    screen.openSend();
    QCOMPARE(screen.sendDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->progressSection()->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), BulkSendDialog::Step::Done, 30000);
    QCOMPARE(inState(CustomerState::Waiting), 6);
    dialog->reject();
    QTRY_VERIFY(!screen.sendDialog());
}

void TestBulkSendDialog::uiThreadStaysResponsiveDuringALargeSend()
{
    constexpr int Customers = 300;
    QVERIFY(importCustomers(Customers));
    // The customers screen is open behind the dialog, as it is for a person, and follows the ledger.
    CustomersScreen screen(m_fixture.context());
    screen.resize(1100, 700);
    screen.show();
    screen.refresh();
    auto dialog = comparedDialog();
    QCOMPARE(dialog->compareSection()->needing(), Customers);

    // A 5 ms heartbeat: the longest gap between two beats is the longest the UI thread was kept from
    // its events. The thread's own CPU time over that gap tells work from waiting for a CPU core.
    QElapsedTimer clock;
    qint64 lastBeat = 0;
    qint64 lastCpu = threadCpuMs();
    qint64 longestGap = 0;
    qint64 longestGapCpu = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuMs();
        if (now - lastBeat > longestGap) {
            longestGap = now - lastBeat;
            longestGapCpu = cpu - lastCpu;
        }
        lastBeat = now;
        lastCpu = cpu;
    });
    clock.start();
    heartbeat.start();
    dialog->send();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), BulkSendDialog::Step::Done, 120000);
    const qint64 elapsed = clock.elapsed();
    heartbeat.stop();

    QCOMPARE(inState(CustomerState::Waiting), Customers);
    QCOMPARE(dialog->progressSection()->model()->rowCount(), Customers);
    const qint64 stall = std::max<qint64>(0, longestGap - 5);
    qInfo("%d customers sent in %lld ms; longest UI-thread stall: %lld ms (the UI thread itself was busy "
          "%lld ms of it)",
        Customers, elapsed, stall, longestGapCpu);
    QVERIFY2(stall < 200, qPrintable(u"longest stall %1 ms"_s.arg(stall)));
}

bool TestBulkSendDialog::sendToEveryone()
{
    auto dialog = comparedDialog();
    dialog->send();
    if (!QTest::qWaitFor([&dialog] { return dialog->step() == BulkSendDialog::Step::Done; }, 60000))
        return false;
    return inState(CustomerState::Waiting) == ledger()->size();
}

void TestBulkSendDialog::exportFromTheSummaryWritesEachFormat()
{
    QVERIFY(importCustomers(5));
    CustomersScreen screen(m_fixture.context());
    screen.refresh();
    screen.openSend();
    BulkSendDialog *send = screen.sendDialog();
    QTRY_VERIFY_WITH_TIMEOUT(send->compareSection()->sendButton()->isEnabled(), 20000);
    send->send();
    QTRY_COMPARE_WITH_TIMEOUT(send->step(), BulkSendDialog::Step::Done, 30000);
    // A customer added afterwards has no link yet.
    CustomerRecord late;
    late.orgNo = Organisations.first();
    late.externalRef = u"senere"_s;
    late.name = u"Senere AS"_s;
    ledger()->upsert(late);

    QPushButton *exportButton = send->summarySection()->exportButton();
    QVERIFY(exportButton->isVisible() && exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    ExportLinksDialog *dialog = screen.exportDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 15000);
    QCOMPARE(dialog->chosenCustomers().size(), 5);
    QVERIFY(dialog->saveButton()->isEnabled());

    QTemporaryDir folder;
    QSignalSpy finished(dialog, &ExportLinksDialog::exportFinished);
    dialog->exportTo(folder.filePath(u"lenker.csv"_s));
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.takeFirst().first().toBool());
    QFile csv(folder.filePath(u"lenker.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    for (const CustomerRecord &customer : ledger()->customers()) {
        if (customer.state == CustomerState::Waiting)
            QVERIFY2(text.contains(customer.confirmUrl), qPrintable(customer.key()));
    }
    QVERIFY2(dialog->resultLabel()->text().contains(u"5"_s), qPrintable(dialog->resultLabel()->text()));
    QVERIFY(dialog->openFolderButton()->isEnabled());

    dialog->choices()->setFormat(ExportChoiceSection::Format::Emails);
    dialog->exportTo(folder.filePath(u"e-post"_s));
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.takeFirst().first().toBool());
    QCOMPARE(QDir(folder.filePath(u"e-post"_s)).entryList({u"*.eml"_s}).size(), 5);

    // The PDF is drawn on a worker thread; the customers the list shows include one without a link.
    dialog->choices()->setFormat(ExportChoiceSection::Format::Pdf);
    dialog->choices()->setSelection(ExportChoiceSection::Selection::CurrentFilter);
    QCOMPARE(dialog->chosenCustomers().size(), 6);
    dialog->exportTo(folder.filePath(u"lenker.pdf"_s));
    QVERIFY(dialog->isWriting());
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.takeFirst().first().toBool());
    QFile pdf(folder.filePath(u"lenker.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(dialog->lastSkipped().size(), 1);
    QCOMPARE(dialog->skippedList()->count(), 1);
    QVERIFY(dialog->skippedList()->item(0)->text().contains(u"Senere AS"_s));
    dialog->reject();
    send->reject();
}

void TestBulkSendDialog::changeCampaignAsksApprovedCustomersForTheNewRight()
{
    QVERIFY(importCustomers(4));
    QVERIFY(sendToEveryone());
    QList<CustomerRecord> customers = ledger()->customers();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_fixture.approve(customers.at(i).requestId), 200);
    // The system gains a right after its customers approved.
    Altinn::SystemDefinition grown = m_system;
    grown.rights = QList{Altinn::Right::forResource(WizardFlowFixture::Resource),
        Altinn::Right::forResource(u"ske-innrapportering-amelding"_s)};
    bool updated = false;
    m_fixture.session()->systemRegister()->update(grown, Altinn::SystemRegisterClient::Field::Rights,
        [&updated](const Altinn::ApiResult<Altinn::SystemDefinition> &result) { updated = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(updated, 10000);
    Onboarding::LedgerSync sync(ledger(),
        {m_fixture.session()->requests(), m_fixture.session()->systemUsers(),
            m_fixture.session()->changeRequests()});
    QSignalSpy synced(&sync, &Onboarding::LedgerSync::finished);
    sync.start();
    QVERIFY(synced.wait(15000));
    QCOMPARE(inState(CustomerState::Approved), 3);

    CustomersScreen screen(m_fixture.context());
    screen.refresh();
    QVERIFY(screen.campaignButton()->isEnabled());
    screen.openCampaign();
    ChangeCampaignDialog *dialog = screen.campaignDialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ChangeCampaignDialog::Step::Preview, 20000);
    const auto plan = dialog->currentPlan();
    QVERIFY(plan);
    QCOMPARE(plan->willChange, 3);
    QCOMPARE(plan->notLive, 1);
    QTreeWidget *changes = dialog->preview()->changesTree();
    QCOMPARE(changes->topLevelItemCount(), 3);
    QVERIFY2(changes->topLevelItem(0)->text(1).startsWith(u"Add: "_s),
        qPrintable(changes->topLevelItem(0)->text(1)));
    // Nothing is sent before Send.
    QCOMPARE(inState(CustomerState::ChangePending), 0);
    QCOMPARE(dialog->sendButton()->text(), u"Se&nd 3 change request(s)"_s);

    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ChangeCampaignDialog::Step::Done, 30000);
    QCOMPARE(dialog->progressSection()->model()->rowCount(), 3);
    QVERIFY2(dialog->doneLabel()->text().startsWith(u"3 change request(s) sent"_s),
        qPrintable(dialog->doneLabel()->text()));
    QCOMPARE(inState(CustomerState::ChangePending), 3);
    dialog->reject();
    QTRY_VERIFY(!screen.campaignDialog());
}

void TestBulkSendDialog::approvalsAreSummarisedOnce()
{
    QVERIFY(importCustomers(3));
    QVERIFY(sendToEveryone());
    QMainWindow window;
    auto *notifier = new ApprovalNotifier(m_fixture.context(), &window);
    notifier->setCollectInterval(300);
    QSignalSpy notified(notifier, &ApprovalNotifier::notified);
    const QList<CustomerRecord> customers = ledger()->customers();
    QCOMPARE(m_fixture.approve(customers.at(0).requestId), 200);
    QCOMPARE(m_fixture.reject(customers.at(1).requestId), 200);
    QCOMPARE(m_fixture.approve(customers.at(2).requestId), 200);

    // The follower (here a sync) brings the answers into the ledger; one summary follows.
    Onboarding::LedgerSync sync(ledger(),
        {m_fixture.session()->requests(), m_fixture.session()->systemUsers(),
            m_fixture.session()->changeRequests()});
    QSignalSpy synced(&sync, &Onboarding::LedgerSync::finished);
    sync.start();
    QVERIFY(synced.wait(15000));
    QCOMPARE(notifier->pendingApproved(), 2);
    QCOMPARE(notifier->pendingRejected(), 1);
    QVERIFY(notified.isEmpty());
    QVERIFY(notified.wait(3000));
    QCOMPARE(notified.count(), 1);
    const QString text = notified.first().first().toString();
    QVERIFY2(
        text.startsWith(u"2 customer(s) approved and 1 customer(s) rejected since "_s), qPrintable(text));
    // No system tray on the offscreen platform: the status bar says it.
    QVERIFY(!notified.first().at(1).toBool());
    QCOMPARE(window.statusBar()->currentMessage(), text);
    // Nothing more changed, so nothing more is said.
    QTest::qWait(500);
    QCOMPARE(notified.count(), 1);
}

QTEST_MAIN(TestBulkSendDialog)
#include "TestBulkSendDialog.moc"
