#include "AltinnTestSession.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "net/ActivityLog.h"
#include "onboarding/BulkRequestFlow.h"
#include "onboarding/RequestJournal.h"
#include "workspace/CustomerLedger.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::BulkRequestFlow;
using OutcomeKind = Onboarding::BulkRequestFlow::CustomerOutcome::Kind;

Q_DECLARE_METATYPE(Onboarding::BulkRequestFlow::Summary)
Q_DECLARE_METATYPE(Onboarding::BulkRequestFlow::CustomerOutcome)
Q_DECLARE_METATYPE(Onboarding::BulkRequestFlow::Progress)

class TestBulkRequestFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void asksEveryoneWithinTheConcurrencyLimit();
    void moreThanSixInFlightUseConnectionsOfTheirOwn();
    void onlyCustomersWhoNeedARequestAreAsked();
    void subsetFromTheImportIsWhatIsAsked();
    void interruptedRunIsLookedUpNotResent();
    void cancelThenResumeMakesNoDuplicate();
    void rateLimitIsHonouredAndEveryoneIsAsked();
    void serverErrorsFailOnlyThoseCustomers();
    void serverErrorsAreLookedUpBeforeAskingAgain();
    void serverErrorsThatCannotBeLookedUpStayInDoubt();
    void pauseStopsNewCustomers();
    void unwritableJournalStopsBeforeSending();

private:
    QString freshPath() { return m_directory.filePath(u"ledger-%1.json"_s.arg(++m_counter)); }
    QTemporaryDir m_directory;
    int m_counter = 0;
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
const QString RequestPath = u"authentication/api/v1/systemuser/request/vendor"_s;
/// Customers of the sandbox's register; each is asked under several external references.
const QStringList Organisations{
    u"310904473"_s, u"310945552"_s, u"310959502"_s, u"310977756"_s, u"311164651"_s};

/// The clients, a ledger of @p count customers (none asked) and a bulk flow over them.
struct BulkRig
{
    BulkRig(AltinnTestSession &session, const QString &path, int count)
        : requests(session.transport())
        , systemUsers(session.transport())
        , ledger({u"acme"_s, u"sandbox"_s, SystemId}, path)
        , flow(&requests, &systemUsers, &ledger)
        , m_session(session)
    {
        session.transport()->setActivityLog(&log);
        flow.setActivityLog(&log);
        QList<CustomerRecord> customers;
        for (int i = 0; i < count; ++i) {
            CustomerRecord customer;
            customer.orgNo = Organisations.at(i % Organisations.size());
            customer.externalRef = u"kunde-%1"_s.arg(i);
            customer.name = u"Kunde %1 AS"_s.arg(i);
            customers.append(customer);
        }
        ledger.upsertAll(customers);
    }

    BulkRequestFlow::Summary run(int timeoutMs = 30000)
    {
        QSignalSpy finished(&flow, &BulkRequestFlow::finished);
        flow.start(AltinnTestSession::exampleSystem(), BulkRequestFlow::needingRequest(ledger.customers()));
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<BulkRequestFlow::Summary>();
    }

    int requestsAtAltinn() const
    {
        int count = 0;
        for (const auto &request : m_session.sandbox().context().state.requests)
            count += request.isDeleted ? 0 : 1;
        return count;
    }

    int inState(CustomerState state) const { return ledger.counts().value(state); }

    Altinn::ActivityLog log;
    Altinn::RequestClient requests;
    Altinn::SystemUserClient systemUsers;
    CustomerLedger ledger;
    BulkRequestFlow flow;
    AltinnTestSession &m_session;
};

bool addFault(AltinnTestSession &session, const QJsonObject &rule)
{
    return session.sandbox().post(u"sandbox/faults"_s, rule).status / 100 == 2;
}

} // namespace

void TestBulkRequestFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<BulkRequestFlow::Summary>();
    qRegisterMetaType<BulkRequestFlow::CustomerOutcome>();
    qRegisterMetaType<BulkRequestFlow::Progress>();
    QVERIFY(m_directory.isValid());
}

void TestBulkRequestFlow::asksEveryoneWithinTheConcurrencyLimit()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    BulkRig rig(session, freshPath(), 60);
    rig.flow.setConcurrency(3);
    int mostInFlight = 0;
    QObject::connect(&rig.flow, &BulkRequestFlow::customerFinished, &rig.flow,
        [&rig, &mostInFlight] { mostInFlight = std::max(mostInFlight, rig.flow.progress().inFlight); });
    QSignalSpy progress(&rig.flow, &BulkRequestFlow::progressChanged);

    const BulkRequestFlow::Summary summary = rig.run();
    QCOMPARE(summary.outcomes.size(), 60);
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 60);
    QCOMPARE(rig.requestsAtAltinn(), 60);
    QCOMPARE(rig.inState(CustomerState::Waiting), 60);
    QVERIFY(mostInFlight >= 1 && mostInFlight <= 3);
    // One POST per customer, and one token for the whole run (plus nothing else).
    QVERIFY2(summary.calls >= 60 && summary.calls <= 62, qPrintable(QString::number(summary.calls)));
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().first().value<BulkRequestFlow::Progress>();
    QCOMPARE(last.finished, 60);
    QCOMPARE(last.remainingMs, 0);
    // The journal is gone after a clean run; the approval links are in the ledger.
    QVERIFY(!QFile::exists(RequestJournal::pathFor(rig.ledger.filePath())));
    for (const CustomerRecord &customer : rig.ledger.customers())
        QVERIFY(!customer.confirmUrl.isEmpty());
}

void TestBulkRequestFlow::moreThanSixInFlightUseConnectionsOfTheirOwn()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    // Every answer 200 ms late: sixteen at a time take about four rounds for 60 customers. Qt opens only
    // six connections per host and network manager, so without lanes the rest would queue (ten rounds).
    QVERIFY(addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"delayMs"_s, 200}, {u"count"_s, 1000}}));
    BulkRig rig(session, freshPath(), 60);
    rig.flow.setConcurrency(16);
    QElapsedTimer clock;
    clock.start();
    const BulkRequestFlow::Summary summary = rig.run();
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 60);
    QCOMPARE(rig.requestsAtAltinn(), 60);
    QVERIFY2(elapsed < 1600, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestBulkRequestFlow::onlyCustomersWhoNeedARequestAreAsked()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    BulkRig rig(session, freshPath(), 10);
    QCOMPARE(rig.run().counts.value(OutcomeKind::Created), 10);
    QVERIFY(BulkRequestFlow::needingRequest(rig.ledger.customers()).isEmpty());

    // The same list again (say, a second import): Altinn answers with the waiting request, nothing new.
    QSignalSpy finished(&rig.flow, &BulkRequestFlow::finished);
    rig.flow.start(AltinnTestSession::exampleSystem(), rig.ledger.customers());
    QVERIFY(finished.wait(20000));
    const auto again = finished.first().first().value<BulkRequestFlow::Summary>();
    QCOMPARE(again.counts.value(OutcomeKind::AlreadyWaiting), 10);
    QCOMPARE(rig.requestsAtAltinn(), 10);
}

void TestBulkRequestFlow::subsetFromTheImportIsWhatIsAsked()
{
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    CustomerRecord customer;
    customer.orgNo = Organisations.first();
    customer.wantedRights = {AltinnTestSession::Krav};
    customer.wantedPackages = {AltinnTestSession::packageUrn(u"jordbruk"_s)};
    const Altinn::SystemUserRequest request = BulkRequestFlow::requestFor(customer, system);
    QCOMPARE(request.rights->size(), 1);
    QCOMPARE(request.rights->first().resourceId(), AltinnTestSession::Krav);
    QCOMPARE(request.accessPackages->size(), 1);
    QVERIFY(!request.externalRef.has_value());

    customer.wantedRights.clear();
    customer.wantedPackages.clear();
    customer.kind = Altinn::RequestKind::Agent;
    const Altinn::SystemUserRequest agent = BulkRequestFlow::requestFor(customer, system);
    QVERIFY(!agent.rights.has_value());
    QCOMPARE(agent.accessPackages->size(), 2);
}

void TestBulkRequestFlow::interruptedRunIsLookedUpNotResent()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    BulkRig rig(session, freshPath(), 12);

    // A run that was killed after four POSTs reached Altinn and before any answer was recorded: the
    // journal names them (and two more that never went out), the ledger still says "not asked".
    RequestJournal journal(RequestJournal::pathFor(rig.ledger.filePath()));
    const QList<CustomerRecord> customers = rig.ledger.customers();
    for (int i = 0; i < 6; ++i) {
        QVERIFY(journal.recordSending(customers.at(i).key()));
        if (i < 4) {
            CallResult<Altinn::RequestClient::Created> created;
            rig.requests.create(
                BulkRequestFlow::requestFor(customers.at(i), AltinnTestSession::exampleSystem()),
                created.callback());
            QVERIFY(created.wait() && created->ok());
        }
    }
    QCOMPARE(BulkRequestFlow::inDoubt(rig.ledger).size(), 6);
    QCOMPARE(rig.requestsAtAltinn(), 4);

    const BulkRequestFlow::Summary summary = rig.run();
    QCOMPARE(summary.rechecked, 6);
    QCOMPARE(summary.counts.value(OutcomeKind::FoundAfterInterruption), 4);
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 8);
    QCOMPARE(rig.requestsAtAltinn(), 12);
    QCOMPARE(rig.inState(CustomerState::Waiting), 12);
    QVERIFY(BulkRequestFlow::inDoubt(rig.ledger).isEmpty());
}

void TestBulkRequestFlow::cancelThenResumeMakesNoDuplicate()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    // Slow answers, so the cancel lands while POSTs are in flight.
    QVERIFY(addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"delayMs"_s, 150}, {u"count"_s, 1000}}));
    BulkRig rig(session, freshPath(), 30);
    rig.flow.setConcurrency(4);
    QSignalSpy finished(&rig.flow, &BulkRequestFlow::finished);
    int done = 0;
    QObject::connect(&rig.flow, &BulkRequestFlow::customerFinished, &rig.flow, [&done, &rig] {
        if (++done == 6)
            rig.flow.cancel();
    });
    rig.flow.start(
        AltinnTestSession::exampleSystem(), BulkRequestFlow::needingRequest(rig.ledger.customers()));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.flow.isBusy(), 20000);
    QVERIFY(finished.isEmpty());
    QVERIFY(!BulkRequestFlow::inDoubt(rig.ledger).isEmpty());
    // Let whatever was in flight settle before the next run looks the doubtful ones up.
    QTest::qWait(400);
    QVERIFY(rig.requestsAtAltinn() >= 6);

    const BulkRequestFlow::Summary summary = rig.run();
    QVERIFY(summary.rechecked > 0);
    QCOMPARE(summary.counts.value(OutcomeKind::Failed), 0);
    QCOMPARE(rig.requestsAtAltinn(), 30);
    QCOMPARE(rig.inState(CustomerState::Waiting), 30);
}

void TestBulkRequestFlow::rateLimitIsHonouredAndEveryoneIsAsked()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    QVERIFY(addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"status"_s, 429},
            {u"retryAfterSeconds"_s, 1}, {u"count"_s, 5}}));
    BulkRig rig(session, freshPath(), 15);
    QElapsedTimer clock;
    clock.start();
    const BulkRequestFlow::Summary summary = rig.run();
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 15);
    QCOMPARE(summary.rateLimited, 5);
    QCOMPARE(rig.requestsAtAltinn(), 15);
    // Retry-After: 1 was honoured (every slot waited), but not doubled per 429.
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestBulkRequestFlow::serverErrorsFailOnlyThoseCustomers()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    QVERIFY(addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"status"_s, 400}, {u"count"_s, 2}}));
    BulkRig rig(session, freshPath(), 10);
    rig.flow.setConcurrency(1);
    const BulkRequestFlow::Summary summary = rig.run();
    QCOMPARE(summary.counts.value(OutcomeKind::Failed), 2);
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 8);
    QCOMPARE(rig.inState(CustomerState::Failed), 2);
    for (const auto &outcome : summary.outcomes) {
        if (outcome.kind == OutcomeKind::Failed)
            QVERIFY(!outcome.text.isEmpty());
    }
    // The failed ones are asked again by the next run, and only they.
    const BulkRequestFlow::Summary retry = rig.run();
    QCOMPARE(retry.outcomes.size(), 2);
    QCOMPARE(retry.counts.value(OutcomeKind::Created), 2);
    QCOMPARE(rig.requestsAtAltinn(), 10);
}

void TestBulkRequestFlow::serverErrorsAreLookedUpBeforeAskingAgain()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    QVERIFY(addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"status"_s, 502}, {u"count"_s, 3}}));
    BulkRig rig(session, freshPath(), 12);
    rig.flow.setConcurrency(2);
    const BulkRequestFlow::Summary summary = rig.run();
    QCOMPARE(summary.counts.value(OutcomeKind::Failed), 3);
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 9);
    // A 502 may have been answered by a gateway for a service that did the work: each is looked up at once,
    // and Altinn has nothing for them, so they are plainly failed, not in doubt.
    QVERIFY(BulkRequestFlow::inDoubt(rig.ledger).isEmpty());
    for (const auto &outcome : summary.outcomes) {
        if (outcome.kind == OutcomeKind::Failed)
            QVERIFY2(outcome.text.contains(u"nothing was created"_s), qPrintable(outcome.text));
    }

    const BulkRequestFlow::Summary retry = rig.run();
    QCOMPARE(retry.rechecked, 0);
    QCOMPARE(retry.counts.value(OutcomeKind::Created), 3);
    QCOMPARE(rig.requestsAtAltinn(), 12);
}

void TestBulkRequestFlow::serverErrorsThatCannotBeLookedUpStayInDoubt()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    QVERIFY(addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RequestPath}, {u"status"_s, 502}, {u"count"_s, 3}}));
    // Every look-up by external reference fails as well (after the transport's retries).
    QVERIFY(addFault(session,
        {{u"method"_s, u"GET"_s}, {u"pathPrefix"_s, QString(RequestPath + u"/byexternalref"_s)},
            {u"status"_s, 500}, {u"count"_s, 1000}}));
    BulkRig rig(session, freshPath(), 12);
    rig.flow.setConcurrency(2);
    const BulkRequestFlow::Summary summary = rig.run();
    QCOMPARE(summary.counts.value(OutcomeKind::Failed), 3);
    QCOMPARE(summary.counts.value(OutcomeKind::Created), 9);
    for (const auto &outcome : summary.outcomes) {
        if (outcome.kind == OutcomeKind::Failed)
            QVERIFY2(outcome.text.contains(u"may exist"_s), qPrintable(outcome.text));
    }
    // Whether those three were made is unknown: they stay in doubt and are looked up before anything is sent.
    QCOMPARE(BulkRequestFlow::inDoubt(rig.ledger).size(), 3);

    QCOMPARE(session.sandbox().send("DELETE", u"sandbox/faults"_s).status, 200);
    const BulkRequestFlow::Summary retry = rig.run();
    QCOMPARE(retry.rechecked, 3);
    QCOMPARE(retry.counts.value(OutcomeKind::Created), 3);
    QCOMPARE(rig.requestsAtAltinn(), 12);
    QVERIFY(BulkRequestFlow::inDoubt(rig.ledger).isEmpty());
}

void TestBulkRequestFlow::pauseStopsNewCustomers()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    BulkRig rig(session, freshPath(), 20);
    rig.flow.setConcurrency(2);
    QSignalSpy finished(&rig.flow, &BulkRequestFlow::finished);
    QObject::connect(&rig.flow, &BulkRequestFlow::customerFinished, &rig.flow, [&rig] {
        if (rig.flow.progress().finished == 4)
            rig.flow.pause();
    });
    rig.flow.start(
        AltinnTestSession::exampleSystem(), BulkRequestFlow::needingRequest(rig.ledger.customers()));
    QTRY_VERIFY_WITH_TIMEOUT(rig.flow.isPaused() && rig.flow.progress().inFlight == 0, 10000);
    const int paused = rig.flow.progress().finished;
    QTest::qWait(300);
    QCOMPARE(rig.flow.progress().finished, paused);
    QVERIFY(paused < 20);
    rig.flow.resume();
    QVERIFY(finished.wait(20000));
    QCOMPARE(rig.requestsAtAltinn(), 20);
}

void TestBulkRequestFlow::unwritableJournalStopsBeforeSending()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    BulkRig rig(session, freshPath(), 5);
    // A directory where the journal file should be: it cannot be opened for writing.
    QVERIFY(QDir().mkpath(RequestJournal::pathFor(rig.ledger.filePath())));
    const BulkRequestFlow::Summary summary = rig.run();
    QVERIFY(!summary.journalError.isEmpty());
    QCOMPARE(summary.counts.value(OutcomeKind::Failed), 5);
    QCOMPARE(rig.requestsAtAltinn(), 0);
}

QTEST_GUILESS_MAIN(TestBulkRequestFlow)
#include "TestBulkRequestFlow.moc"
