#include "AltinnTestSession.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "onboarding/LedgerSync.h"
#include "workspace/CustomerLedger.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestKind;
using Altinn::SystemUserRequest;
using Onboarding::LedgerSync;

Q_DECLARE_METATYPE(Onboarding::LedgerSync::Outcome)

class TestLedgerSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStateAcrossThreePages();
    void systemUserDeletedByTheCustomer();
    void skippedRequestsAreLookedUpAndDeletedOnesAreNoLongerWaiting();
    void failureWritesNothingAndIsExplained();
    void cancelReportsCancelled();
    void reconcileKeepsWhatALimitedWalkCannotSee();

private:
    QString freshPath() { return m_directory.filePath(u"ledger-%1.json"_s.arg(++m_counter)); }
    QTemporaryDir m_directory;
    int m_counter = 0;
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
const QString Rejecter = u"310945552"_s;
const QString Slow = u"310959502"_s;
const QString Approver = u"310977756"_s;
const QString Deleter = u"311164651"_s;
const QString Waiter2 = u"311716670"_s;

/// The example system plus a client-relationship package, so it takes standard and agent requests.
bool registerSystem(AltinnTestSession &session)
{
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    system.accessPackages = QList<Altinn::AccessPackageRef>{
        {AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)}};
    system.isVisible = false;
    return session.registerSystem(system);
}

SystemUserRequest standard(const QString &orgNo, const QString &externalRef = {})
{
    SystemUserRequest request;
    request.systemId = SystemId;
    request.partyOrgNo = orgNo;
    if (!externalRef.isEmpty())
        request.externalRef = externalRef;
    request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
    return request;
}

SystemUserRequest agent(const QString &externalRef)
{
    SystemUserRequest request;
    request.kind = RequestKind::Agent;
    request.systemId = SystemId;
    request.partyOrgNo = AltinnTestSession::Facilitator;
    request.externalRef = externalRef;
    request.accessPackages = QList<Altinn::AccessPackageRef>{
        {AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)}};
    return request;
}

QString create(AltinnTestSession &session, const SystemUserRequest &request)
{
    Altinn::RequestClient client(session.transport());
    CallResult<Altinn::RequestClient::Created> created;
    client.create(request, created.callback());
    if (!created.wait() || !created->ok()) {
        qWarning("create failed: %s", created.failureText());
        return {};
    }
    return created.value().request.id;
}

/// Clients and a sync over one ledger, all against the session's sandbox.
struct SyncRig
{
    explicit SyncRig(AltinnTestSession &session, const QString &path)
        : requests(session.transport())
        , systemUsers(session.transport())
        , changeRequests(session.transport())
        , ledger({u"acme"_s, u"sandbox"_s, SystemId}, path)
        , sync(&ledger, {&requests, &systemUsers, &changeRequests})
    { }

    /// Runs one walk to its end; the outcome.
    LedgerSync::Outcome run()
    {
        QSignalSpy finished(&sync, &LedgerSync::finished);
        sync.start();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<LedgerSync::Outcome>();
    }

    CustomerState stateOf(const QString &orgNo, const QString &externalRef = {}) const
    {
        const auto record = ledger.find(orgNo, externalRef);
        return record ? record->state : CustomerState::NotAsked;
    }

    Altinn::RequestClient requests;
    Altinn::SystemUserClient systemUsers;
    Altinn::ChangeRequestClient changeRequests;
    CustomerLedger ledger;
    LedgerSync sync;
};

/// What the customer does in the portal: the system user and its request are deleted.
void deleteSystemUserAsTheCustomer(AltinnTestSession &session, const QString &systemUserId)
{
    SandboxState &state = session.sandbox().context().state;
    state.systemUsers[systemUserId].isDeleted = true;
    if (state.requests.contains(systemUserId))
        state.requests[systemUserId].isDeleted = true;
}

} // namespace

void TestLedgerSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Onboarding::LedgerSync::Outcome>();
    QVERIFY(m_directory.isValid());
}

void TestLedgerSync::everyStateAcrossThreePages()
{
    AltinnTestSession session;
    QVERIFY(registerSystem(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}}));

    // Asked long ago: timed out after 180 days.
    QVERIFY(!create(session, standard(Slow)).isEmpty());
    session.sandbox().context().clock.advanceDays(181);

    const QString waiting = create(session, standard(AltinnTestSession::Customer, u"kunde-1"_s));
    const QString rejected = create(session, standard(Rejecter));
    const QString approved = create(session, standard(Approver));
    const QString agentWaiting = create(session, agent(u"byra-1"_s));
    const QString waiting2 = create(session, standard(Waiter2));
    QVERIFY(!waiting.isEmpty() && !rejected.isEmpty() && !approved.isEmpty() && !agentWaiting.isEmpty()
        && !waiting2.isEmpty());
    QCOMPARE(session.approve(approved), 200);
    QCOMPARE(session.sandbox().send("POST", u"sandbox/requests/"_s + rejected + u"/reject"_s).status, 200);

    SyncRig rig(session, freshPath());
    // A customer the vendor has listed but not asked yet stays as it is.
    CustomerRecord imported;
    imported.orgNo = Deleter;
    imported.name = u"Imported AS"_s;
    imported.note = u"call first"_s;
    QVERIFY(rig.ledger.upsert(imported));

    const int callsBefore = session.tokens().tokensRequested();
    const LedgerSync::Outcome outcome = rig.run();
    QVERIFY2(outcome.ok, qPrintable(outcome.explanation.summary));
    QCOMPARE(outcome.added, 6);
    // Three pages of standard requests, one of agent requests, one of system users, one of change
    // requests: every page was read, and nothing was looked up by id.
    QCOMPARE(outcome.lookups, 0);
    QCOMPARE(session.tokens().tokensRequested() - callsBefore, 3 + 1 + 1 + 1);

    QCOMPARE(rig.stateOf(Slow), CustomerState::WaitingTimedOut);
    QCOMPARE(rig.stateOf(AltinnTestSession::Customer, u"kunde-1"_s), CustomerState::Waiting);
    QCOMPARE(rig.stateOf(Rejecter), CustomerState::Rejected);
    QCOMPARE(rig.stateOf(Approver), CustomerState::Approved);
    QCOMPARE(rig.stateOf(AltinnTestSession::Facilitator, u"byra-1"_s), CustomerState::Waiting);
    QCOMPARE(rig.stateOf(Waiter2), CustomerState::Waiting);
    QCOMPARE(rig.stateOf(Deleter), CustomerState::NotAsked);

    const CustomerRecord approvedRecord = *rig.ledger.find(Approver, {});
    QCOMPARE(approvedRecord.systemUserId, approved);
    QCOMPARE(approvedRecord.requestStatus, u"Accepted"_s);
    const CustomerRecord agentRecord = *rig.ledger.find(AltinnTestSession::Facilitator, u"byra-1"_s);
    QCOMPARE(agentRecord.kind, RequestKind::Agent);
    QVERIFY(agentRecord.confirmUrl.contains(agentWaiting));
    QCOMPARE(rig.ledger.find(Deleter, {})->note, u"call first"_s);
    QVERIFY(rig.ledger.syncedAt().isValid());

    // The file holds the same, for the CLI and the next start.
    QVERIFY(rig.ledger.flush()); // saving is coalesced: write what is pending before reading the file
    CustomerLedger reread(rig.ledger.scope(), rig.ledger.filePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.customers(), rig.ledger.customers());

    // Nothing changed at Altinn: a second walk changes nothing.
    const LedgerSync::Outcome again = rig.run();
    QVERIFY(again.ok);
    QVERIFY2(again.changedKeys.isEmpty(), qPrintable(again.changedKeys.join(u", "_s)));
}

void TestLedgerSync::systemUserDeletedByTheCustomer()
{
    AltinnTestSession session;
    QVERIFY(registerSystem(session));
    const QString id = create(session, standard(Approver, u"ref-9"_s));
    QVERIFY(!id.isEmpty());
    QCOMPARE(session.approve(id), 200);

    SyncRig rig(session, freshPath());
    QVERIFY(rig.run().ok);
    QCOMPARE(rig.stateOf(Approver, u"ref-9"_s), CustomerState::Approved);

    deleteSystemUserAsTheCustomer(session, id);
    const LedgerSync::Outcome outcome = rig.run();
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.changedKeys, QStringList{CustomerRecord::keyOf(Approver, u"ref-9"_s)});
    QCOMPARE(rig.stateOf(Approver, u"ref-9"_s), CustomerState::SystemUserDeleted);
    QCOMPARE(CustomerStates::nextAction(CustomerState::SystemUserDeleted), CustomerAction::AskAgain);
}

void TestLedgerSync::skippedRequestsAreLookedUpAndDeletedOnesAreNoLongerWaiting()
{
    AltinnTestSession session;
    QVERIFY(registerSystem(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}, {u"requestListSkipsItemAtPageBoundary"_s, true}}));
    const QStringList customers{AltinnTestSession::Customer, Rejecter, Slow, Approver, Waiter2};
    QStringList ids;
    for (const QString &orgNo : customers)
        ids.append(create(session, standard(orgNo)));
    QVERIFY(!ids.contains(QString()));

    SyncRig rig(session, freshPath());
    QVERIFY(rig.run().ok);
    // The list skipped some of the five, so they were not added; record all five as sent.
    for (int i = 0; i < customers.size(); ++i) {
        CustomerRecord record;
        record.orgNo = customers[i];
        record.requestId = ids[i];
        record.state = CustomerState::Waiting;
        QVERIFY(rig.ledger.upsert(record));
    }
    // The vendor deletes one of them elsewhere (another program, the CLI).
    QCOMPARE(session.sandbox()
                 .del(u"authentication/api/v1/systemuser/request/vendor/"_s + ids[1],
                     session.sandbox().vendorToken())
                 .status,
        202);

    const LedgerSync::Outcome outcome = rig.run();
    QVERIFY(outcome.ok);
    QVERIFY2(outcome.lookups >= 2, "the skipped and the deleted request are looked up by id");
    for (const QString &orgNo : {AltinnTestSession::Customer, Slow, Approver, Waiter2})
        QCOMPARE(rig.stateOf(orgNo), CustomerState::Waiting);
    QCOMPARE(rig.stateOf(Rejecter), CustomerState::NotAsked);
    QVERIFY(rig.ledger.find(Rejecter, {})->requestId.isEmpty());
}

void TestLedgerSync::failureWritesNothingAndIsExplained()
{
    AltinnTestSession session;
    // No system registered: the lists answer 404 AUTH-00011.
    SyncRig rig(session, freshPath());
    CustomerRecord record;
    record.orgNo = Approver;
    record.requestId = u"0b0ef1a5-7c2e-4bd4-9d6f-5e8a2f1c3b4d"_s;
    record.state = CustomerState::Waiting;
    QVERIFY(rig.ledger.upsert(record));
    const LedgerSync::Outcome outcome = rig.run();
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure.httpStatus(), 404);
    QVERIFY(!outcome.explanation.summary.isEmpty());
    QCOMPARE(rig.stateOf(Approver), CustomerState::Waiting);
    QVERIFY(!rig.ledger.syncedAt().isValid());
}

void TestLedgerSync::cancelReportsCancelled()
{
    AltinnTestSession session;
    QVERIFY(registerSystem(session));
    SyncRig rig(session, freshPath());
    QSignalSpy finished(&rig.sync, &LedgerSync::finished);
    rig.sync.start();
    QVERIFY(rig.sync.isBusy());
    rig.sync.start(); // ignored while busy
    rig.sync.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<LedgerSync::Outcome>().cancelled);
    QVERIFY(!rig.sync.isBusy());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(rig.ledger.size(), 0);
}

void TestLedgerSync::reconcileKeepsWhatALimitedWalkCannotSee()
{
    CustomerRecord approved;
    approved.orgNo = Approver;
    approved.requestId = u"a"_s;
    approved.systemUserId = u"a"_s;
    approved.state = CustomerState::Approved;

    // A walk of the change requests only says nothing about the system user.
    LedgerSync::Facts changesOnly;
    changesOnly.changeRequestsKnown = true;
    QCOMPARE(LedgerSync::reconcile(approved, changesOnly).state, CustomerState::Approved);

    // A change request waiting for the customer.
    Altinn::ChangeRequestResponse change;
    change.id = u"c"_s;
    change.status = Altinn::RequestStatus::New;
    changesOnly.changeRequest = change;
    const CustomerRecord pending = LedgerSync::reconcile(approved, changesOnly);
    QCOMPARE(pending.state, CustomerState::ChangePending);
    QCOMPARE(pending.changeRequestId, u"c"_s);

    // Accepted request seen in the request list: the system user is live, its id is the request's.
    CustomerRecord waiting;
    waiting.orgNo = Approver;
    waiting.requestId = u"r"_s;
    waiting.systemUserId = u"an-earlier-one"_s; // asked again after a system user was deleted
    waiting.state = CustomerState::Waiting;
    Altinn::SystemUserRequestResponse accepted;
    accepted.id = u"r"_s;
    accepted.partyOrgNo = Approver;
    accepted.status = Altinn::RequestStatus::Accepted;
    LedgerSync::Facts listed;
    listed.request = accepted;
    listed.requestKnown = true;
    const CustomerRecord now = LedgerSync::reconcile(waiting, listed);
    QCOMPARE(now.state, CustomerState::Approved);
    QCOMPARE(now.systemUserId, u"r"_s);

    // An answer without the approval link keeps the one known for the same request or change; another
    // request's answer brings its own (even none).
    waiting.confirmUrl = u"https://am.ui.example/request?id=r"_s;
    accepted.confirmUrl.clear();
    listed.request = accepted;
    QCOMPARE(LedgerSync::reconcile(waiting, listed).confirmUrl, waiting.confirmUrl);
    accepted.id = u"r2"_s;
    listed.request = accepted;
    QVERIFY(LedgerSync::reconcile(waiting, listed).confirmUrl.isEmpty());
    CustomerRecord changing = pending;
    changing.changeConfirmUrl = u"https://am.ui.example/changerequest?id=c"_s;
    change.confirmUrl.clear();
    changesOnly.changeRequest = change;
    QCOMPARE(LedgerSync::reconcile(changing, changesOnly).changeConfirmUrl, changing.changeConfirmUrl);

    // A failed send with nothing at Altinn stays failed, with its reason.
    CustomerRecord failed;
    failed.orgNo = Approver;
    failed.state = CustomerState::Failed;
    failed.lastError = u"no network"_s;
    LedgerSync::Facts nothing;
    nothing.requestKnown = true;
    nothing.systemUsersKnown = true;
    QCOMPARE(LedgerSync::reconcile(failed, nothing), failed);
}

QTEST_GUILESS_MAIN(TestLedgerSync)
#include "TestLedgerSync.moc"
