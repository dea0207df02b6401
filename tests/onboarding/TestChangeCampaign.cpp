#include "AltinnTestSession.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "onboarding/BulkChangeRequestFlow.h"
#include "onboarding/ChangeCampaign.h"
#include "onboarding/LedgerSync.h"
#include "workspace/CustomerLedger.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestKind;
using Onboarding::ChangeCampaign;
using Reason = ChangeCampaign::Reason;
using Verdict = ChangeCampaign::Verdict;

Q_DECLARE_METATYPE(Onboarding::ChangeCampaign::Plan)
Q_DECLARE_METATYPE(Onboarding::LedgerSync::Outcome)
Q_DECLARE_METATYPE(Onboarding::BulkChangeRequestFlow::Summary)

/// ChangeCampaign: the pure parts, then whole campaigns against the sandbox over HTTP.
class TestChangeCampaign final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptedChangesApplyInCreatedOrder();
    void wantedIsWhatTheSystemOffersNarrowedAndByKind();
    void assessAgentAndFailure();
    void campaignAfterTheSystemChanged();
    void failedReadMarksOnlyThatCustomer();
    void changeListFailureMarksOnlyStandardCustomers();
    void knownChangeRequestTheListMissedIsReadById();
    void concurrencyIsBounded();
    void cancelMidRunEmitsNothing();
    void sendingTheCampaignTwiceMakesOneChangeRequestEach();

private:
    QString freshPath() { return m_directory.filePath(u"ledger-%1.json"_s.arg(++m_counter)); }
    QTemporaryDir m_directory;
    int m_counter = 0;
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
// Rights A, B, C and packages: S assignable (standard), P and Q client relationships (agent).
const QString A = AltinnTestSession::Krav;
const QString B = AltinnTestSession::App;
const QString C = u"ske-innrapportering-amelding"_s;
const QString S = AltinnTestSession::packageUrn(u"skatt-naering"_s);
const QString P = AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s);
const QString Q = AltinnTestSession::packageUrn(u"regnskapsforer-lonn"_s);

// Customers (organisations of the sandbox register).
const QString Full = AltinnTestSession::Customer; // had A, B, S: gains C, loses B and S
const QString Subset = u"310945552"_s; // wants only A: nothing to change
const QString Changed = u"310959502"_s; // a change request took B away: gains C only
const QString Pending = u"310977756"_s; // a change request waits
const QString Gone = u"311164651"_s; // its request was deleted: holdings unknown
const QString OnlyB = u"311716670"_s; // wanted only B, which the system no longer offers
const QString NotApproved = u"310394955"_s; // still waiting: not part of the campaign
const QString Agent = AltinnTestSession::Facilitator; // agent with P: would gain Q
const QString AgentRef = u"byra-1"_s;

QList<Altinn::Right> rights(const QStringList &ids)
{
    QList<Altinn::Right> list;
    for (const QString &id : ids)
        list.append(Altinn::Right::forResource(id));
    return list;
}

QList<Altinn::AccessPackageRef> packages(const QStringList &urns)
{
    QList<Altinn::AccessPackageRef> list;
    for (const QString &urn : urns)
        list.append(Altinn::AccessPackageRef{urn});
    return list;
}

QStringList rightIds(const QList<Altinn::Right> &list)
{
    QStringList ids;
    for (const Altinn::Right &right : list)
        ids.append(right.resourceId());
    ids.sort();
    return ids;
}

QStringList packageUrns(const QList<Altinn::AccessPackageRef> &list)
{
    QStringList urns;
    for (const Altinn::AccessPackageRef &package : list)
        urns.append(package.urn);
    urns.sort();
    return urns;
}

Altinn::SystemDefinition systemOffering(const QStringList &rightIds, const QStringList &packageUrns)
{
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    system.rights = rights(rightIds);
    system.accessPackages = packages(packageUrns);
    system.isVisible = false; // client-relationship packages are not assignable
    return system;
}

Altinn::SystemUserRequest standard(
    const QString &orgNo, const QStringList &rightIds, const QStringList &packageUrns = {})
{
    Altinn::SystemUserRequest request;
    request.systemId = SystemId;
    request.partyOrgNo = orgNo;
    request.rights = rights(rightIds);
    if (!packageUrns.isEmpty())
        request.accessPackages = packages(packageUrns);
    return request;
}

QString create(AltinnTestSession &session, const Altinn::SystemUserRequest &request)
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

QString createChange(
    AltinnTestSession &session, const QString &systemUserId, const Altinn::ChangeRequest &change)
{
    Altinn::ChangeRequestClient client(session.transport());
    CallResult<Altinn::ChangeRequestResponse> created;
    client.create(systemUserId, change, created.callback());
    if (!created.wait() || !created->ok()) {
        qWarning("change request failed: %s", created.failureText());
        return {};
    }
    return created.value().id;
}

/// The package flags of the sandbox's own catalogue, as the metadata API would give them.
Validation::PackageFlagsLookup catalogueFlags(AltinnTestSession &session)
{
    const SeedCatalogue catalogue = session.sandbox().context().catalogue;
    return [catalogue](const QString &urn) -> std::optional<Validation::PackageFlags> {
        const std::optional<SeedCatalogue::PackageFlags> flags = catalogue.packageFlags(urn);
        if (!flags)
            return std::nullopt;
        return Validation::PackageFlags{flags->isDelegable, flags->isAssignable};
    };
}

/// Clients, a ledger and a campaign over one sandbox session.
struct Rig
{
    Rig(AltinnTestSession &testSession, const QString &path)
        : session(testSession)
        , requests(testSession.transport())
        , systemUsers(testSession.transport())
        , changeRequests(testSession.transport())
        , ledger({u"acme"_s, u"sandbox"_s, SystemId}, path)
        , campaign(&ledger, {&requests, &changeRequests})
    { }

    /// The ledger as a full sync leaves it (states, system user and change request ids).
    bool sync()
    {
        Onboarding::LedgerSync sync(&ledger, {&requests, &systemUsers, &changeRequests});
        QSignalSpy finished(&sync, &Onboarding::LedgerSync::finished);
        sync.start();
        return finished.wait(20000) && finished.first().first().value<Onboarding::LedgerSync::Outcome>().ok;
    }

    /// Synced, and two customers with wishes of their own (from an imported customer list).
    bool prepare() { return sync() && setWanted(Subset, {A}, u"Subset AS"_s) && setWanted(OnlyB, {B}); }

    bool setWanted(const QString &orgNo, const QStringList &wantedRights, const QString &name = {})
    {
        std::optional<CustomerRecord> record = ledger.find(orgNo, {});
        if (!record)
            return false;
        record->wantedRights = wantedRights;
        if (!name.isEmpty())
            record->name = name;
        return ledger.upsert(*record);
    }

    ChangeCampaign::Input input(const QStringList &rightIds, const QStringList &packageUrns)
    {
        ChangeCampaign::Input in;
        in.system = systemOffering(rightIds, packageUrns);
        in.packageFlags = catalogueFlags(session);
        return in;
    }

    std::optional<ChangeCampaign::Plan> run(const ChangeCampaign::Input &in)
    {
        QSignalSpy finished(&campaign, &ChangeCampaign::finished);
        campaign.start(in);
        if (!finished.wait(30000) || finished.size() != 1)
            return std::nullopt;
        return finished.first().first().value<ChangeCampaign::Plan>();
    }

    AltinnTestSession &session;
    Altinn::RequestClient requests;
    Altinn::SystemUserClient systemUsers;
    Altinn::ChangeRequestClient changeRequests;
    CustomerLedger ledger;
    ChangeCampaign campaign;
};

/// The campaign's scenario at Altinn: the system offered A, B, S, P; seven live system users.
struct Scenario
{
    QString full, subset, changed, pending, gone, onlyB, agent, pendingChange;

    bool build(AltinnTestSession &session)
    {
        if (!session.registerSystem(systemOffering({A, B}, {S, P})))
            return false;
        full = create(session, standard(Full, {A, B}, {S}));
        subset = create(session, standard(Subset, {A}));
        changed = create(session, standard(Changed, {A, B}));
        pending = create(session, standard(Pending, {A, B}));
        gone = create(session, standard(Gone, {A, B}));
        onlyB = create(session, standard(OnlyB, {B}));
        Altinn::SystemUserRequest agentRequest;
        agentRequest.kind = RequestKind::Agent;
        agentRequest.systemId = SystemId;
        agentRequest.partyOrgNo = Agent;
        agentRequest.externalRef = AgentRef;
        agentRequest.accessPackages = packages({P});
        agent = create(session, agentRequest);
        const QString waiting = create(session, standard(NotApproved, {A}));
        for (const QString &id : {full, subset, changed, pending, gone, onlyB, agent, waiting}) {
            if (id.isEmpty())
                return false;
        }
        for (const QString &id : {full, subset, changed, pending, gone, onlyB, agent}) {
            if (session.approve(id) != 200)
                return false;
        }
        // Changed: the customer approved giving up B.
        Altinn::ChangeRequest dropB;
        dropB.unwantedRights = rights({B});
        const QString accepted = createChange(session, changed, dropB);
        if (accepted.isEmpty() || session.approve(accepted) != 200)
            return false;
        // Pending: asked to give up B, not decided yet.
        pendingChange = createChange(session, pending, dropB);
        if (pendingChange.isEmpty())
            return false;
        // Gone: the vendor deleted the accepted request; the system user lives on.
        return session.sandbox()
                   .del(u"authentication/api/v1/systemuser/request/vendor/"_s + gone,
                       session.sandbox().vendorToken())
                   .status
            == 202;
    }
};

const ChangeCampaign::CustomerResult *resultFor(const ChangeCampaign::Plan &plan, const QString &orgNo)
{
    const auto it = std::find_if(plan.customers.cbegin(), plan.customers.cend(),
        [&orgNo](const ChangeCampaign::CustomerResult &result) { return result.orgNo == orgNo; });
    return it == plan.customers.cend() ? nullptr : &*it;
}

} // namespace

void TestChangeCampaign::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Onboarding::ChangeCampaign::Plan>();
    qRegisterMetaType<Onboarding::LedgerSync::Outcome>();
    QVERIFY(m_directory.isValid());
}

void TestChangeCampaign::acceptedChangesApplyInCreatedOrder()
{
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    Altinn::SystemUserRequestResponse request;
    request.id = u"5f0c8e0e-1111-4aaa-8bbb-000000000001"_s;
    request.status = Altinn::RequestStatus::Accepted;
    request.rights = rights({A, B});

    const auto change = [&](const QString &id, int minutes, Altinn::RequestStatus status) {
        Altinn::ChangeRequestResponse response;
        response.id = id;
        response.systemUserId = request.id.toUpper(); // any GUID spelling
        response.created = t0.addSecs(minutes * 60);
        response.status = status;
        return response;
    };
    Altinn::ChangeRequestResponse addC = change(u"c1"_s, 1, Altinn::RequestStatus::Accepted);
    addC.requiredRights = rights({C});
    Altinn::ChangeRequestResponse dropCAddS = change(u"c2"_s, 2, Altinn::RequestStatus::Accepted);
    dropCAddS.unwantedRights = rights({C});
    dropCAddS.requiredAccessPackages = packages({S});
    Altinn::ChangeRequestResponse waiting = change(u"c3"_s, 3, Altinn::RequestStatus::New);
    waiting.requiredRights = rights({u"nav_sykepenger_dialog"_s});
    Altinn::ChangeRequestResponse rejected = change(u"c4"_s, 0, Altinn::RequestStatus::Rejected);
    rejected.unwantedRights = rights({A});
    Altinn::ChangeRequestResponse otherUser = change(u"c5"_s, 0, Altinn::RequestStatus::Accepted);
    otherUser.systemUserId = u"someone-else"_s;
    otherUser.unwantedRights = rights({A});

    // Given newest first: applied oldest first, so C is added and then taken away again.
    const ChangeCampaign::Holdings holdings =
        ChangeCampaign::holdingsOf(request, {waiting, dropCAddS, otherUser, addC, rejected});
    QCOMPARE(rightIds(holdings.rights), (QStringList{B, A}));
    QCOMPARE(packageUrns(holdings.packages), QStringList{S});
    QCOMPARE(holdings.changesApplied, 2);

    // An agent request holds packages only.
    Altinn::SystemUserRequestResponse agent = request;
    agent.kind = RequestKind::Agent;
    agent.rights.clear();
    agent.accessPackages = packages({P});
    QCOMPARE(packageUrns(ChangeCampaign::holdingsOf(agent, {}).packages), QStringList{P});
}

void TestChangeCampaign::wantedIsWhatTheSystemOffersNarrowedAndByKind()
{
    AltinnTestSession session;
    ChangeCampaign::Input input;
    input.system = systemOffering({A, C}, {S, P});
    input.packageFlags = catalogueFlags(session);

    CustomerRecord everything;
    everything.orgNo = Full;
    Onboarding::ChangePlan plan = ChangeCampaign::wantedFor(everything, input);
    QCOMPARE(rightIds(plan.wantedRights), (QStringList{C, A}));
    QCOMPARE(packageUrns(plan.wantedPackages), QStringList{S}); // P is for agent system users only

    CustomerRecord someRights = everything;
    someRights.wantedRights = {A, B};
    plan = ChangeCampaign::wantedFor(someRights, input);
    QCOMPARE(rightIds(plan.wantedRights), QStringList{A});
    QCOMPARE(packageUrns(plan.wantedPackages), QStringList{S}); // no package wishes: every package

    CustomerRecord agent = everything;
    agent.kind = RequestKind::Agent;
    plan = ChangeCampaign::wantedFor(agent, input);
    QVERIFY(plan.wantedRights.isEmpty());
    QCOMPARE(packageUrns(plan.wantedPackages), QStringList{P});

    // Without a catalogue every package counts for both kinds.
    input.packageFlags = {};
    QCOMPARE(packageUrns(ChangeCampaign::wantedFor(everything, input).wantedPackages), (QStringList{P, S}));
}

void TestChangeCampaign::assessAgentAndFailure()
{
    ChangeCampaign::Input input;
    input.system = systemOffering({A, C}, {P});

    CustomerRecord agent;
    agent.orgNo = Agent;
    agent.externalRef = AgentRef;
    agent.kind = RequestKind::Agent;
    agent.systemUserId = u"id"_s;
    agent.state = CustomerState::Approved;
    ChangeCampaign::Facts facts;
    Altinn::SystemUserRequestResponse request;
    request.kind = RequestKind::Agent;
    request.id = u"id"_s;
    request.status = Altinn::RequestStatus::Accepted;
    request.accessPackages = packages({P});
    facts.request = request;

    // The system's rights changed, its packages did not: nothing for an agent system user to change.
    ChangeCampaign::CustomerResult result = ChangeCampaign::assess(agent, facts, input);
    QCOMPARE(result.verdict, Verdict::NothingToChange);

    input.system.accessPackages = packages({P, Q});
    result = ChangeCampaign::assess(agent, facts, input);
    QCOMPARE(result.verdict, Verdict::CannotChange);
    QCOMPARE(result.reason, Reason::AgentSystemUser);
    QCOMPARE(packageUrns(result.change().requiredAccessPackages), QStringList{Q});
    QVERIFY(result.explanation.summary.contains(u"standard"_s));
    QVERIFY(result.explanation.remedy.contains(u"new agent request"_s));

    // A read that failed: only a verdict of Failed, explained.
    ChangeCampaign::Facts failed;
    failed.failure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Network, u"connection refused"_s);
    failed.failedOperation = u"reading"_s;
    result = ChangeCampaign::assess(agent, failed, input);
    QCOMPARE(result.verdict, Verdict::Failed);
    QCOMPARE(result.reason, Reason::None);
    QVERIFY(!result.explanation.summary.isEmpty());
}

void TestChangeCampaign::campaignAfterTheSystemChanged()
{
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 1}})); // the change-request list spans two pages
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    QCOMPARE(rig.ledger.find(Pending, {})->state, CustomerState::ChangePending);

    // The vendor changes the system: C added, B removed, S replaced by the client package Q.
    const Altinn::SystemDefinition now = systemOffering({A, C}, {P, Q});
    QCOMPARE(session.sandbox()
                 .put(u"authentication/api/v1/systemregister/vendor/"_s + SystemId, now.toRequestJson(),
                     session.sandbox().vendorToken())
                 .status,
        200);

    QSignalSpy progress(&rig.campaign, &ChangeCampaign::progress);
    const int tokensBefore = session.tokens().tokensRequested();
    const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(plan);
    QVERIFY(!rig.campaign.isBusy());
    const int httpCalls = session.tokens().tokensRequested() - tokensBefore;

    QCOMPARE(plan->customers.size(), 7);
    QCOMPARE(plan->notLive, 1);
    QVERIFY(!resultFor(*plan, NotApproved));

    const auto *full = resultFor(*plan, Full);
    QVERIFY(full);
    QCOMPARE(full->verdict, Verdict::WillChange);
    QCOMPARE(rightIds(full->change().requiredRights), QStringList{C});
    QCOMPARE(rightIds(full->change().unwantedRights), QStringList{B});
    QVERIFY(full->change().requiredAccessPackages.isEmpty());
    QCOMPARE(packageUrns(full->change().unwantedAccessPackages), QStringList{S});

    const auto *subset = resultFor(*plan, Subset);
    QVERIFY(subset);
    QCOMPARE(subset->name, u"Subset AS"_s);
    QCOMPARE(subset->verdict, Verdict::NothingToChange);
    QVERIFY(subset->change().isEmpty());

    const auto *changed = resultFor(*plan, Changed);
    QVERIFY(changed);
    QCOMPARE(changed->verdict, Verdict::WillChange);
    QCOMPARE(changed->acceptedChanges, 1);
    QCOMPARE(rightIds(changed->change().requiredRights), QStringList{C});
    QVERIFY2(changed->change().unwantedRights.isEmpty(), "B went with the accepted change request");

    const auto *pending = resultFor(*plan, Pending);
    QVERIFY(pending);
    QCOMPARE(pending->verdict, Verdict::CannotChange);
    QCOMPARE(pending->reason, Reason::ChangePending);
    QVERIFY(pending->pendingChange);
    QCOMPARE(pending->pendingChange->id, scenario.pendingChange);
    QVERIFY(pending->explanation.remedy.contains(pending->pendingChange->confirmUrl));

    const auto *gone = resultFor(*plan, Gone);
    QVERIFY(gone);
    QCOMPARE(gone->verdict, Verdict::CannotChange);
    QCOMPARE(gone->reason, Reason::HoldingsUnknown);
    QVERIFY(gone->explanation.remedy.contains(u"Ask again"_s));

    const auto *onlyB = resultFor(*plan, OnlyB);
    QVERIFY(onlyB);
    QCOMPARE(onlyB->verdict, Verdict::CannotChange);
    QCOMPARE(onlyB->reason, Reason::NothingLeftToAsk);
    QCOMPARE(onlyB->notOffered, QStringList{B});

    const auto *agent = resultFor(*plan, Agent);
    QVERIFY(agent);
    QCOMPARE(agent->externalRef, AgentRef);
    QCOMPARE(agent->kind, RequestKind::Agent);
    QCOMPARE(agent->verdict, Verdict::CannotChange);
    QCOMPARE(agent->reason, Reason::AgentSystemUser);
    QCOMPARE(packageUrns(agent->change().requiredAccessPackages), QStringList{Q});

    // What the campaign worked out is what the sandbox's system users hold.
    for (const auto *result : {full, subset, changed, pending, onlyB, agent}) {
        const SandboxSystemUserRecord &user =
            session.sandbox().context().state.systemUsers[result->systemUserId];
        QCOMPARE(rightIds(result->plan.currentRights), rightIds(user.rights));
        QCOMPARE(packageUrns(result->plan.currentPackages), packageUrns(user.accessPackages));
    }

    QCOMPARE(plan->willChange, 2);
    QCOMPARE(plan->nothingToChange, 1);
    QCOMPARE(plan->cannotChange, 4);
    QCOMPARE(plan->failed, 0);
    QCOMPARE(plan->count(Verdict::CannotChange), 4);
    QVERIFY(plan->approverNote.contains(u"access manager"_s));
    QVERIFY(!plan->changeListFailure);

    // One list walk (two pages) and one GET per live system user; nothing read by id beyond them.
    QCOMPARE(plan->listWalks, 1);
    QCOMPARE(plan->requestReads, 7);
    QCOMPARE(plan->changeRequestReads, 0);
    QCOMPARE(plan->calls, 8);
    QCOMPARE(httpCalls, 2 + 7);

    // Progress: once after the list, then once per customer, ending at 7 of 7.
    QCOMPARE(progress.size(), 8);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.last().at(0).toInt(), 7);
    QCOMPARE(progress.last().at(1).toInt(), 7);

    const QList<Onboarding::SubmitChangeRequestFlow::Input> inputs =
        plan->toChangeInputs(AltinnTestSession::Callback);
    QCOMPARE(inputs.size(), 2);
    QStringList ids{inputs[0].systemUserId, inputs[1].systemUserId};
    ids.sort();
    QStringList expected{scenario.full, scenario.changed};
    expected.sort();
    QCOMPARE(ids, expected);
    for (const auto &input : inputs) {
        QCOMPARE(input.systemUserKind, RequestKind::Standard);
        QCOMPARE(input.change.redirectUrl, std::optional<QString>(AltinnTestSession::Callback));
        QCOMPARE(input.change.requiredRights, rights({C}));
    }
    // The same plan gives the same correlation ids (a campaign run again gets back what it made); two
    // system users never share one.
    const QList<Onboarding::SubmitChangeRequestFlow::Input> again =
        plan->toChangeInputs(AltinnTestSession::Callback);
    QCOMPARE(again[0].correlationId, inputs[0].correlationId);
    QVERIFY(!inputs[0].correlationId.isEmpty());
    QVERIFY(inputs[0].correlationId != inputs[1].correlationId);
    // Planning sent nothing.
    QCOMPARE(session.sandbox().context().state.changeRequests.size(), 2);
}

void TestChangeCampaign::failedReadMarksOnlyThatCustomer()
{
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    // Every read of Full's request fails, retries included.
    QCOMPARE(session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s,
                             QString(u"authentication/api/v1/systemuser/request/vendor/"_s + scenario.full)},
                         {u"status"_s, 500}, {u"count"_s, 100}})
                 .status,
        201);
    const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(plan);
    QCOMPARE(plan->customers.size(), 7);
    const auto *full = resultFor(*plan, Full);
    QVERIFY(full);
    QCOMPARE(full->verdict, Verdict::Failed);
    QVERIFY(!full->explanation.summary.isEmpty());
    QCOMPARE(plan->failed, 1);
    QCOMPARE(plan->willChange, 1); // Changed still planned
    QCOMPARE(resultFor(*plan, Changed)->verdict, Verdict::WillChange);
    QCOMPARE(plan->toChangeInputs().size(), 1);
}

void TestChangeCampaign::changeListFailureMarksOnlyStandardCustomers()
{
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    QCOMPARE(
        session.sandbox()
            .post(u"sandbox/faults"_s,
                QJsonObject{{u"method"_s, u"GET"_s},
                    {u"pathPrefix"_s, u"authentication/api/v1/systemuser/changerequest/vendor/bysystem"_s},
                    {u"status"_s, 503}, {u"count"_s, 100}})
            .status,
        201);
    const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(plan);
    QVERIFY(plan->changeListFailure);
    QCOMPARE(plan->failed, 6);
    QCOMPARE(plan->requestReads, 1); // only the agent's request: standard ones would be guesses
    QCOMPARE(resultFor(*plan, Agent)->reason, Reason::AgentSystemUser);
    QVERIFY(plan->toChangeInputs().isEmpty());
}

void TestChangeCampaign::knownChangeRequestTheListMissedIsReadById()
{
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    QCOMPARE(rig.ledger.find(Pending, {})->changeRequestId, scenario.pendingChange);
    QVERIFY(!rig.ledger.find(Changed, {})->changeRequestId.isEmpty());
    // Altinn's change-request list ignores the page token: with one per page only the first is seen.
    QVERIFY(session.changeSettings({{u"pageSize"_s, 1}, {u"changeRequestListIgnoresToken"_s, true}}));

    const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(plan);
    QCOMPARE(plan->changeRequestReads, 1); // the one the list did not show, read by id
    QCOMPARE(resultFor(*plan, Pending)->reason, Reason::ChangePending);
    QCOMPARE(resultFor(*plan, Changed)->acceptedChanges, 1);
    QVERIFY(resultFor(*plan, Changed)->change().unwantedRights.isEmpty());
    QCOMPARE(plan->willChange, 2);
}

void TestChangeCampaign::concurrencyIsBounded()
{
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    // Every read of a request answers late, so reads overlap when they may.
    QCOMPARE(session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemuser/request/vendor/"_s},
                         {u"delayMs"_s, 100}, {u"count"_s, 1000}})
                 .status,
        201);

    // GETs in flight = GETs started (tokens asked for after the list) - customers done.
    int started = 0;
    int done = 0;
    int mostInFlight = 0;
    bool listRead = false;
    connect(&rig.campaign, &ChangeCampaign::progress, this, [&](int doneNow, int) {
        listRead = true;
        done = doneNow;
    });
    session.tokens().setOnRequest([&](int) {
        if (!listRead)
            return;
        ++started;
        mostInFlight = std::max(mostInFlight, started - done);
    });

    const auto measure = [&](int concurrency) -> std::pair<int, qint64> {
        started = done = mostInFlight = 0;
        listRead = false;
        rig.campaign.setConcurrency(concurrency);
        QElapsedTimer timer;
        timer.start();
        const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
        const qint64 elapsed = timer.elapsed();
        if (!plan || plan->willChange != 2 || started != 7)
            return {-1, elapsed};
        return {mostInFlight, elapsed};
    };
    const auto [one, oneMs] = measure(1);
    const auto [four, fourMs] = measure(ChangeCampaign::DefaultConcurrency);
    rig.campaign.setConcurrency(99);
    QCOMPARE(rig.campaign.concurrency(), ChangeCampaign::MaxConcurrency);
    rig.campaign.setConcurrency(0);
    QCOMPARE(rig.campaign.concurrency(), 1);
    const auto [sixteen, sixteenMs] = measure(16);
    qInfo("7 reads of 100 ms: concurrency 1 %lld ms, 4 %lld ms, 16 %lld ms", oneMs, fourMs, sixteenMs);
    QCOMPARE(one, 1);
    QCOMPARE(four, 4);
    QCOMPARE(sixteen, 7); // every customer at once
    QVERIFY(oneMs >= 7 * 100);
    session.tokens().setOnRequest({});
}

void TestChangeCampaign::cancelMidRunEmitsNothing()
{
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    QCOMPARE(session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemuser/request/vendor/"_s},
                         {u"delayMs"_s, 300}, {u"count"_s, 1000}})
                 .status,
        201);
    QSignalSpy finished(&rig.campaign, &ChangeCampaign::finished);
    QSignalSpy progress(&rig.campaign, &ChangeCampaign::progress);

    // While the list is read.
    rig.campaign.start(rig.input({A, C}, {P, Q}));
    QVERIFY(rig.campaign.isBusy());
    rig.campaign.start(rig.input({A}, {})); // ignored while busy
    rig.campaign.cancel();
    QVERIFY(!rig.campaign.isBusy());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), 0);

    // While reads are in flight: cancelled when the first customer is done, the next three still waiting.
    int tokensAtCancel = -1;
    const QMetaObject::Connection connection =
        connect(&rig.campaign, &ChangeCampaign::progress, this, [&](int doneNow, int) {
            if (doneNow < 1)
                return;
            rig.campaign.cancel();
            tokensAtCancel = session.tokens().tokensRequested();
        });
    rig.campaign.start(rig.input({A, C}, {P, Q}));
    QTRY_VERIFY(tokensAtCancel >= 0);
    QVERIFY(!rig.campaign.isBusy());
    QTest::qWait(800); // the delayed answers would arrive meanwhile
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), 2); // 0 of 7 after the list, 1 of 7: then nothing
    QCOMPARE(session.tokens().tokensRequested(), tokensAtCancel); // nothing more was sent
    disconnect(connection);

    // The campaign can run again afterwards.
    const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(plan);
    QCOMPARE(plan->willChange, 2);
}

void TestChangeCampaign::sendingTheCampaignTwiceMakesOneChangeRequestEach()
{
    qRegisterMetaType<Onboarding::BulkChangeRequestFlow::Summary>();
    AltinnTestSession session;
    Scenario scenario;
    QVERIFY(scenario.build(session));
    Rig rig(session, freshPath());
    QVERIFY(rig.prepare());
    const Altinn::SystemDefinition now = systemOffering({A, C}, {P, Q});
    QCOMPARE(session.sandbox()
                 .put(u"authentication/api/v1/systemregister/vendor/"_s + SystemId, now.toRequestJson(),
                     session.sandbox().vendorToken())
                 .status,
        200);
    const std::optional<ChangeCampaign::Plan> plan = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(plan);
    const QList<Onboarding::SubmitChangeRequestFlow::Input> inputs = plan->toChangeInputs();
    QCOMPARE(inputs.size(), plan->willChange);
    QVERIFY(!inputs.isEmpty());
    QList<Onboarding::BulkChangeRequestFlow::Item> items;
    for (const ChangeCampaign::CustomerResult &result : plan->customers) {
        if (result.verdict != Verdict::WillChange)
            continue;
        const auto input = std::find_if(inputs.cbegin(), inputs.cend(),
            [&result](const auto &candidate) { return candidate.systemUserId == result.systemUserId; });
        QVERIFY(input != inputs.cend());
        QVERIFY(!input->correlationId.isEmpty());
        items.append({result.key, result.orgNo, result.name, *input});
    }
    const int changeRequestsBefore = int(session.sandbox().context().state.changeRequests.size());
    // A 429 first: the sender waits as asked and sends the same change again.
    QVERIFY(session.sandbox()
                .post(u"sandbox/faults"_s,
                    QJsonObject{{u"method"_s, u"POST"_s},
                        {u"pathPrefix"_s, u"authentication/api/v1/systemuser/changerequest/vendor"_s},
                        {u"status"_s, 429}, {u"retryAfterSeconds"_s, 1}, {u"count"_s, 1}})
                .status
            / 100
        == 2);

    const auto send = [&rig, &items]() -> std::optional<Onboarding::BulkChangeRequestFlow::Summary> {
        Onboarding::BulkChangeRequestFlow flow(&rig.changeRequests, &rig.ledger);
        QSignalSpy finished(&flow, &Onboarding::BulkChangeRequestFlow::finished);
        flow.start(items);
        if (!finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<Onboarding::BulkChangeRequestFlow::Summary>();
    };
    using Kind = Onboarding::BulkChangeRequestFlow::CustomerOutcome::Kind;
    const auto first = send();
    QVERIFY(first);
    QCOMPARE(first->counts.value(Kind::Created), int(items.size()));
    QCOMPARE(first->rateLimited, 1);
    QCOMPARE(int(session.sandbox().context().state.changeRequests.size()),
        changeRequestsBefore + int(items.size()));
    for (const auto &item : std::as_const(items))
        QCOMPARE(rig.ledger.find(item.key)->state, CustomerState::ChangePending);

    // The campaign interrupted and run again with the same plan: Altinn hands back what it made.
    const auto again = send();
    QVERIFY(again);
    QCOMPARE(again->counts.value(Kind::Existing), int(items.size()));
    QCOMPARE(int(session.sandbox().context().state.changeRequests.size()),
        changeRequestsBefore + int(items.size()));

    // Planned afresh, those customers now wait for their change request.
    const std::optional<ChangeCampaign::Plan> replanned = rig.run(rig.input({A, C}, {P, Q}));
    QVERIFY(replanned);
    QCOMPARE(replanned->willChange, 0);
}

QTEST_GUILESS_MAIN(TestChangeCampaign)
#include "TestChangeCampaign.moc"
