#include "AltinnTestSession.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "onboarding/StatusFollower.h"
#include "workspace/CustomerLedger.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Onboarding::LedgerSync;
using Onboarding::StatusFollower;

class TestStatusFollower final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void budgetWithOnePendingRequest();
    void showingAPageAgainDoesNotWalkSooner();
    void changeAndUserActionResetTheBackoff();
    void stopsWhenNobodyWaitsOrNobodyWatches();
    void outageBacksOffAndIsReportedOnce();
    void retryAfterHoldsFollowingBack();

private:
    QString freshPath() { return m_directory.filePath(u"ledger-%1.json"_s.arg(++m_counter)); }
    QTemporaryDir m_directory;
    int m_counter = 0;
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;

/**
 * A follower on a fake clock: the scheduler only remembers the delay; advance() moves the clock to
 * the next scheduled tick, fires it and waits for the walk (real HTTP to the sandbox) to finish.
 */
struct FakeClockRig
{
    explicit FakeClockRig(AltinnTestSession &session, const QString &path)
        : requests(session.transport())
        , systemUsers(session.transport())
        , changeRequests(session.transport())
        , ledger({u"acme"_s, u"sandbox"_s, SystemId}, path)
        , follower(&ledger, {&requests, &systemUsers, &changeRequests})
    {
        follower.setClock([this] { return nowMs; });
        follower.setScheduler([this](std::chrono::milliseconds delay) {
            dueAt = delay.count() < 0 ? -1 : nowMs + delay.count();
        });
    }

    /// Waits for a walk in flight to end.
    bool settle()
    {
        QElapsedTimer timer;
        timer.start();
        while (follower.isWalking() && timer.elapsed() < 15000)
            QTest::qWait(2);
        return !follower.isWalking();
    }

    /// Moves the clock to the next tick and runs it; false when nothing is scheduled.
    bool advance()
    {
        if (!settle() || dueAt < 0)
            return false;
        nowMs = dueAt;
        dueAt = -1;
        follower.tick();
        return settle();
    }

    QString sendRequest(const QString &orgNo)
    {
        Altinn::SystemUserRequest request;
        request.systemId = SystemId;
        request.partyOrgNo = orgNo;
        request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
        CallResult<Altinn::RequestClient::Created> created;
        requests.create(request, created.callback());
        if (!created.wait() || !created->ok())
            return {};
        CustomerRecord record;
        record.orgNo = orgNo;
        record.requestId = created.value().request.id;
        record.requestStatus = u"New"_s;
        record.state = CustomerState::Waiting;
        ledger.upsert(record);
        return record.requestId;
    }

    Altinn::RequestClient requests;
    Altinn::SystemUserClient systemUsers;
    Altinn::ChangeRequestClient changeRequests;
    CustomerLedger ledger;
    StatusFollower follower;
    qint64 nowMs = 1'000'000;
    qint64 dueAt = -1;
};

/// Has the sandbox answer every list call with @p status (and Retry-After: @p retryAfterSeconds) from now on.
bool failListCalls(AltinnTestSession &session, int status, std::optional<int> retryAfterSeconds = {})
{
    QJsonObject fault{{u"pathPrefix"_s, u"authentication/api/v1/systemuser/request/vendor/bysystem"_s},
        {u"status"_s, status}, {u"count"_s, 1000}};
    if (retryAfterSeconds)
        fault.insert(u"retryAfterSeconds"_s, *retryAfterSeconds);
    return session.sandbox().post(u"sandbox/faults"_s, fault).status < 300;
}

} // namespace

void TestStatusFollower::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
}

void TestStatusFollower::budgetWithOnePendingRequest()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    FakeClockRig rig(session, freshPath());
    QVERIFY(!rig.sendRequest(AltinnTestSession::Customer).isEmpty());

    QObject page;
    const qint64 start = rig.nowMs;
    const int callsBefore = session.tokens().tokensRequested();
    rig.follower.subscribe(&page);
    QVERIFY(rig.dueAt == start); // the first walk at once

    // The first minute: 2 s, 4 s, 8 s, … apart — far below the budget of 30 calls.
    while (rig.dueAt >= 0 && rig.dueAt < start + 60'000)
        QVERIFY(rig.advance());
    const int callsInAMinute = session.tokens().tokensRequested() - callsBefore;
    QVERIFY2(callsInAMinute <= 30, qPrintable(QString::number(callsInAMinute)));
    QCOMPARE(callsInAMinute, 5); // walks at 0, 2, 6, 14 and 30 s; one list page each

    // Five minutes of no change: at most one call every 30 s from then on.
    while (rig.dueAt >= 0 && rig.dueAt < start + 300'000)
        QVERIFY(rig.advance());
    QVERIFY(rig.follower.nextInterval() >= 30s);
    const int before = session.tokens().tokensRequested();
    const qint64 windowStart = rig.nowMs;
    while (rig.dueAt >= 0 && rig.dueAt < windowStart + 300'000)
        QVERIFY(rig.advance());
    const int callsInFiveMinutes = session.tokens().tokensRequested() - before;
    QVERIFY2(callsInFiveMinutes <= 10, qPrintable(QString::number(callsInFiveMinutes)));
    QCOMPARE(rig.ledger.find(AltinnTestSession::Customer, {})->state, CustomerState::Waiting);
}

void TestStatusFollower::showingAPageAgainDoesNotWalkSooner()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    FakeClockRig rig(session, freshPath());
    QVERIFY(!rig.sendRequest(AltinnTestSession::Customer).isEmpty());
    QObject page;
    rig.follower.subscribe(&page);
    QVERIFY(rig.advance());
    QVERIFY(rig.advance());
    const int walks = rig.follower.walks();
    const qint64 due = rig.dueAt;
    QVERIFY(due > rig.nowMs);
    // The wizard hides and shows the page many times (button updates): the follower does not walk
    // again before the interval is over.
    for (int i = 0; i < 100; ++i) {
        rig.follower.unsubscribe(&page);
        rig.follower.subscribe(&page);
    }
    QCOMPARE(rig.follower.walks(), walks);
    QCOMPARE(rig.dueAt, due);
}

void TestStatusFollower::changeAndUserActionResetTheBackoff()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    FakeClockRig rig(session, freshPath());
    const QString id = rig.sendRequest(AltinnTestSession::Customer);
    QVERIFY(!rig.sendRequest(u"310945552"_s).isEmpty());
    QObject page;
    rig.follower.subscribe(&page);
    for (int i = 0; i < 5; ++i)
        QVERIFY(rig.advance());
    QVERIFY(rig.follower.nextInterval() > 2s);

    // "Check now": at once, and the backoff starts over.
    const int walks = rig.follower.walks();
    rig.follower.followNow();
    QVERIFY(rig.settle());
    QCOMPARE(rig.follower.walks(), walks + 1);
    QCOMPARE(rig.follower.nextInterval(), 4s); // 2 s for the next wait, doubled after it
    for (int i = 0; i < 4; ++i)
        QVERIFY(rig.advance());
    QVERIFY(rig.follower.nextInterval() > 2s);

    // The customer approves: the next walk sees it and the wait starts over.
    QCOMPARE(session.approve(id), 200);
    QVERIFY(rig.advance());
    QCOMPARE(rig.ledger.find(AltinnTestSession::Customer, {})->state, CustomerState::Approved);
    QCOMPARE(rig.follower.nextInterval(), 2s);
}

void TestStatusFollower::stopsWhenNobodyWaitsOrNobodyWatches()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    FakeClockRig rig(session, freshPath());
    QObject page;
    rig.follower.subscribe(&page);
    QCOMPARE(rig.dueAt, -1); // nobody waits: no call at all
    QCOMPARE(rig.follower.walks(), 0);

    const QString id = rig.sendRequest(AltinnTestSession::Customer);
    rig.follower.wake();
    QVERIFY(rig.advance());
    QCOMPARE(rig.follower.walks(), 1);

    rig.follower.unsubscribe(&page);
    QCOMPARE(rig.dueAt, -1); // nobody watches: nothing scheduled
    {
        QObject view;
        rig.follower.subscribe(&view);
        QVERIFY(rig.dueAt >= 0);
    }
    QCOMPARE(rig.dueAt, -1); // the view is gone: unsubscribed
    rig.follower.subscribe(&page);
    QCOMPARE(session.approve(id), 200);
    QVERIFY(rig.advance());
    QCOMPARE(rig.ledger.find(AltinnTestSession::Customer, {})->state, CustomerState::Approved);
    QCOMPARE(rig.dueAt, -1); // the last waiting customer decided
}

void TestStatusFollower::outageBacksOffAndIsReportedOnce()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    FakeClockRig rig(session, freshPath());
    QVERIFY(!rig.sendRequest(AltinnTestSession::Customer).isEmpty());
    QSignalSpy problems(&rig.follower, &StatusFollower::connectionProblem);
    QSignalSpy restored(&rig.follower, &StatusFollower::connectionRestored);
    // Every list call answers 503 for a while.
    QVERIFY(failListCalls(session, 503));
    QObject page;
    rig.follower.subscribe(&page);
    std::chrono::milliseconds previous = 0ms;
    for (int i = 0; i < 6; ++i) {
        QVERIFY(rig.advance());
        QVERIFY(rig.follower.nextInterval() >= previous);
        previous = rig.follower.nextInterval();
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(previous, 60s);
    QCOMPARE(session.sandbox().send("DELETE", u"sandbox/faults"_s).status / 100, 2);
    QVERIFY(rig.advance());
    QCOMPARE(restored.size(), 1);
}

void TestStatusFollower::retryAfterHoldsFollowingBack()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    FakeClockRig rig(session, freshPath());
    QVERIFY(!rig.sendRequest(AltinnTestSession::Customer).isEmpty());
    QVERIFY(failListCalls(session, 429, 120));
    QObject page;
    QSignalSpy paused(&rig.follower, &StatusFollower::pausedByAltinn);
    rig.follower.subscribe(&page);
    QVERIFY(rig.advance()); // the first walk: 429 with Retry-After: 120 after the transport's retries
    const qint64 failedAt = rig.nowMs;
    QCOMPARE(rig.follower.pausedUntil(), failedAt + 120'000);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.at(0).at(0).value<std::chrono::milliseconds>(), 120'000ms);
    // The next walk waits for the pause, not the backoff's 4 s …
    QCOMPARE(rig.dueAt, failedAt + 120'000);
    // … and "Check now" does not walk into it either.
    const int walks = rig.follower.walks();
    rig.follower.followNow();
    QVERIFY(!rig.follower.isWalking());
    QCOMPARE(rig.follower.walks(), walks);
    QCOMPARE(rig.dueAt, failedAt + 120'000);

    // A pause of an hour holds following back for MaxRetryAfter at most.
    QCOMPARE(session.sandbox().send("DELETE", u"sandbox/faults"_s).status / 100, 2);
    QVERIFY(failListCalls(session, 429, 3600));
    QVERIFY(rig.advance());
    QCOMPARE(rig.follower.pausedUntil(), rig.nowMs + StatusFollower::MaxRetryAfter.count());

    // Still failing, but without a pause: the earlier one is said to be over.
    QCOMPARE(session.sandbox().send("DELETE", u"sandbox/faults"_s).status / 100, 2);
    QVERIFY(failListCalls(session, 503));
    paused.clear();
    QVERIFY(rig.advance());
    QCOMPARE(rig.follower.pausedUntil(), -1);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.at(0).at(0).value<std::chrono::milliseconds>(), 0ms);

    // Once Altinn answers, the pause is over.
    QCOMPARE(session.sandbox().send("DELETE", u"sandbox/faults"_s).status / 100, 2);
    QVERIFY(rig.advance());
    QCOMPARE(rig.follower.pausedUntil(), -1);
    QCOMPARE(rig.dueAt, rig.nowMs + rig.follower.nextInterval().count());
}

QTEST_GUILESS_MAIN(TestStatusFollower)
#include "TestStatusFollower.moc"
