#include "WizardFlowFixture.h"
#include "bulk/BulkCompareSection.h"
#include "bulk/BulkSendDialog.h"
#include "bulk/ImportCustomersDialog.h"
#include "onboarding/BulkRequestFlow.h"
#include "session/VendorSession.h"
#include "shell/CustomersScreen.h"
#include "wizard/CustomerDesk.h"
#include "workspace/CustomerLedger.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <functional>

// How long the UI thread is kept from its events while the customers screen sends 1,000 requests: a 5 ms
// heartbeat records the longest gap. The reference, measured in the same run, is the same heartbeat while
// BulkRequestFlow sends 1,000 requests with no window at all — what the network and the flow cost the
// thread by themselves. Target (docs/bulk-onboarding.md#speed): never more than 50 ms.
class BenchBulkSendResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uiThreadDuringAThousandCustomerSend();

private:
    bool importCustomers(int count, const QString &prefix);
    /// The longest gap between two 5 ms beats while @p run runs until @p done has been emitted.
    qint64 longestStall(const std::function<void()> &run, QSignalSpy &done);

    WizardFlowFixture m_fixture;
};

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Onboarding::BulkRequestFlow::Summary)

namespace {

constexpr int Customers = 1000;
const QStringList Organisations{
    u"310904473"_s, u"310945552"_s, u"310959502"_s, u"310977756"_s, u"311164651"_s};

} // namespace

void BenchBulkSendResponsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"BenchBulkSendResponsiveness"_s);
    QVERIFY(m_fixture.startSandbox());
    QVERIFY(m_fixture.setUp());
    const Altinn::SystemDefinition system = m_fixture.exampleSystem(u"bench"_s);
    QVERIFY(m_fixture.registerSystem(system));
    WizardContext *context = m_fixture.context();
    QVERIFY(context->drafts()->saveSystemDefinition(context->profile().id, system.toRequestJson()));
    context->setSystemId(system.id);
}

bool BenchBulkSendResponsiveness::importCustomers(int count, const QString &prefix)
{
    QString rows = u"Organisasjonsnummer\tNavn\tEkstern referanse\n"_s;
    for (int i = 0; i < count; ++i)
        rows +=
            u"%1\tKunde %2 AS\t%3-%2\n"_s.arg(Organisations.at(i % Organisations.size())).arg(i).arg(prefix);
    ImportCustomersDialog dialog(m_fixture.context());
    dialog.setPastedText(rows);
    if (dialog.merge().added != count)
        return false;
    dialog.addCustomers();
    return true;
}

qint64 BenchBulkSendResponsiveness::longestStall(const std::function<void()> &run, QSignalSpy &done)
{
    QElapsedTimer clock;
    qint64 lastBeat = 0;
    qint64 longestGap = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - lastBeat);
        lastBeat = clock.elapsed();
    });
    clock.start();
    heartbeat.start();
    run();
    // An event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds and would add its own stalls.
    if (done.isEmpty() && !done.wait(180000))
        qWarning("the send did not end within 180 s");
    return std::max<qint64>(0, longestGap - 5);
}

void BenchBulkSendResponsiveness::uiThreadDuringAThousandCustomerSend()
{
    WizardContext *context = m_fixture.context();
    CustomerLedger *ledger = context->customers()->ledger();
    VendorSession *session = context->session();
    QVERIFY(ledger && session);

    // Reference: the flow alone, no window.
    QVERIFY(importCustomers(Customers, u"flow"_s));
    Onboarding::BulkRequestFlow flow(session->requests(), session->systemUsers(), ledger);
    flow.setConcurrency(Onboarding::BulkRequestFlow::DefaultConcurrency);
    flow.setActivityLog(session->activityLog());
    QSignalSpy flowDone(&flow, &Onboarding::BulkRequestFlow::finished);
    QElapsedTimer flowClock;
    flowClock.start();
    const qint64 flowStall = longestStall(
        [&] {
            flow.start(m_fixture.exampleSystem(u"bench"_s),
                Onboarding::BulkRequestFlow::needingRequest(ledger->customers()));
        },
        flowDone);
    const qint64 flowMs = flowClock.elapsed();
    if (!flowDone.isEmpty())
        qInfo("flow alone: %d calls",
            flowDone.first().first().value<Onboarding::BulkRequestFlow::Summary>().calls);
    QCOMPARE(ledger->counts().value(CustomerState::Waiting), Customers);

    // The customers screen and the send dialog, shown, as a person has them.
    QVERIFY(importCustomers(Customers, u"ui"_s));
    CustomersScreen screen(context);
    screen.resize(1100, 700);
    screen.show();
    screen.refresh();
    BulkSendDialog dialog(context);
    dialog.show();
    dialog.compare();
    QVERIFY(QTest::qWaitFor([&dialog] { return !dialog.isComparing(); }, 30000));
    QCOMPARE(dialog.compareSection()->needing(), Customers);
    QSignalSpy uiDone(&dialog, &BulkSendDialog::runEnded);
    QElapsedTimer uiClock;
    uiClock.start();
    const qint64 uiStall = longestStall([&dialog] { dialog.send(); }, uiDone);
    const qint64 uiMs = uiClock.elapsed();
    QCOMPARE(ledger->counts().value(CustomerState::Waiting), 2 * Customers);

    qInfo("%d customers: flow alone %lld ms, longest stall %lld ms; customers screen + dialog %lld ms, "
          "longest stall %lld ms (ratio %.1f; target under 50 ms)",
        Customers, flowMs, flowStall, uiMs, uiStall,
        double(uiStall) / double(std::max<qint64>(flowStall, 1)));
    // Twice the target: a loaded CI machine must not fail the run; the figure is what we report.
    QVERIFY2(uiStall < 100, qPrintable(u"longest UI-thread stall %1 ms"_s.arg(uiStall)));
}

QTEST_MAIN(BenchBulkSendResponsiveness)
#include "BenchBulkSendResponsiveness.moc"
