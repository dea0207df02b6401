#include "AltinnTestSession.h"
#include "altinn/RequestClient.h"
#include "onboarding/RequestStatusPoller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Altinn::RequestStatus;
using Altinn::RequestStatusPoller;

/// Live status on the approval page: the poller against the sandbox over HTTP.
class TestRequestStatusPoller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void approvalMidPollIsReportedAndEndsPolling();
    void agentRequestRejectionIsReported();
    void deletedRequestEndsPolling();
    void backoffGrowsToTheCapAndPollNowResetsIt();
    void neverMoreThanOneRequestInFlight();
    void stopEndsPollingSilently();
    void connectionProblemIsReportedOnceAndPollingGoesOn();

private:
    /// A new standard (or agent) request for the example system; its id.
    static QString createRequest(
        AltinnTestSession &session, Altinn::RequestKind kind = Altinn::RequestKind::Standard);
    static constexpr RequestStatusPoller::Intervals Fast{20ms, 80ms};
};

void TestRequestStatusPoller::initTestCase()
{
    qRegisterMetaType<Altinn::RequestStatus>();
    qRegisterMetaType<Altinn::SystemUserRequestResponse>();
    qRegisterMetaType<Altinn::Explanation>();
}

QString TestRequestStatusPoller::createRequest(AltinnTestSession &session, Altinn::RequestKind kind)
{
    const bool agent = kind == Altinn::RequestKind::Agent;
    auto system = AltinnTestSession::exampleSystem();
    if (agent) {
        // Client relationship packages make a system invisible in the portal's list (a server rule).
        system.accessPackages->append(
            {AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)});
        system.isVisible = false;
    }
    if (!session.registerSystem(system))
        return {};
    QJsonObject body{{u"systemId"_s, system.id},
        {u"partyOrgNo"_s, agent ? AltinnTestSession::Facilitator : AltinnTestSession::Customer}};
    if (agent) {
        body.insert(u"accessPackages"_s,
            QJsonArray{QJsonObject{
                {u"urn"_s, AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)}}});
    } else {
        body.insert(u"rights"_s, QJsonArray{Altinn::Right::forResource(AltinnTestSession::Krav).toJson()});
    }
    const auto reply =
        session.sandbox().post(agent ? u"authentication/api/v1/systemuser/request/vendor/agent"_s
                                     : u"authentication/api/v1/systemuser/request/vendor"_s,
            body, session.sandbox().vendorToken());
    if (reply.status != 201)
        qWarning("create request: %d %s", reply.status, reply.body.constData());
    return reply.object().value(u"id"_s).toString();
}

void TestRequestStatusPoller::approvalMidPollIsReportedAndEndsPolling()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    const QString id = createRequest(session);
    QVERIFY(!id.isEmpty());
    Altinn::RequestClient client(session.transport());
    RequestStatusPoller poller(&client, id, Altinn::RequestKind::Standard);
    poller.setIntervals(Fast);
    QSignalSpy changed(&poller, &RequestStatusPoller::statusChanged);
    QSignalSpy polled(&poller, &RequestStatusPoller::polled);
    QSignalSpy finished(&poller, &RequestStatusPoller::finished);

    poller.start();
    QVERIFY(poller.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000); // the first answer: Unknown → New
    QCOMPARE(changed.at(0).at(0).value<RequestStatus>(), RequestStatus::Unknown);
    QCOMPARE(changed.at(0).at(1).value<RequestStatus>(), RequestStatus::New);
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 3, 10000); // still New: it keeps asking
    QCOMPARE(changed.size(), 1);
    QCOMPARE(finished.size(), 0);

    QCOMPARE(session.approve(id), 200);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<RequestStatus>(), RequestStatus::New);
    QCOMPARE(changed.at(1).at(1).value<RequestStatus>(), RequestStatus::Accepted);
    const auto response = changed.at(1).at(2).value<Altinn::SystemUserRequestResponse>();
    QCOMPARE(response.id, id);
    QCOMPARE(response.status, RequestStatus::Accepted);
    QVERIFY(!poller.isActive());
    QCOMPARE(poller.status(), RequestStatus::Accepted);

    const qsizetype polls = polled.size();
    QTest::qWait(200);
    QCOMPARE(polled.size(), polls); // no more polling after a final status
}

void TestRequestStatusPoller::agentRequestRejectionIsReported()
{
    AltinnTestSession session;
    const QString id = createRequest(session, Altinn::RequestKind::Agent);
    QVERIFY(!id.isEmpty());
    Altinn::RequestClient client(session.transport());
    RequestStatusPoller poller(&client, id, Altinn::RequestKind::Agent);
    poller.setIntervals(Fast);
    poller.setKnownStatus(RequestStatus::New); // from the create answer: no change on the first poll
    QSignalSpy changed(&poller, &RequestStatusPoller::statusChanged);
    QSignalSpy polled(&poller, &RequestStatusPoller::polled);
    QSignalSpy finished(&poller, &RequestStatusPoller::finished);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 1, 10000);
    QCOMPARE(changed.size(), 0);

    QCOMPARE(session.sandbox().post(u"sandbox/requests/%1/reject"_s.arg(id), QJsonObject{}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).value<RequestStatus>(), RequestStatus::Rejected);
}

void TestRequestStatusPoller::deletedRequestEndsPolling()
{
    AltinnTestSession session;
    const QString id = createRequest(session);
    Altinn::RequestClient client(session.transport());
    RequestStatusPoller poller(&client, id, Altinn::RequestKind::Standard);
    poller.setIntervals(Fast);
    QSignalSpy polled(&poller, &RequestStatusPoller::polled);
    QSignalSpy deleted(&poller, &RequestStatusPoller::requestDeleted);
    QSignalSpy finished(&poller, &RequestStatusPoller::finished);
    QSignalSpy failed(&poller, &RequestStatusPoller::failed);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 1, 10000);

    QCOMPARE(
        session.sandbox()
            .del(u"authentication/api/v1/systemuser/request/vendor/"_s + id, session.sandbox().vendorToken())
            .status,
        202);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!poller.isActive());
}

void TestRequestStatusPoller::backoffGrowsToTheCapAndPollNowResetsIt()
{
    AltinnTestSession session;
    const QString id = createRequest(session);
    Altinn::RequestClient client(session.transport());
    RequestStatusPoller poller(&client, id, Altinn::RequestKind::Standard);
    poller.setIntervals({300ms, 700ms});
    QList<qint64> times;
    QElapsedTimer clock;
    clock.start();
    connect(&poller, &RequestStatusPoller::polled, this, [&times, &clock] { times.append(clock.elapsed()); });

    poller.start(); // at once, then after 300 ms, 600 ms, 700 ms, 700 ms …
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 1, 5000);
    QCOMPARE(poller.nextInterval(), 600ms); // the 300 ms wait is running
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 3, 5000);
    QCOMPARE(poller.nextInterval(), 700ms);
    const qint64 firstWait = times.at(1) - times.at(0);
    const qint64 secondWait = times.at(2) - times.at(1);
    // Each wait at least as long as the backoff says (load may only make them longer).
    QVERIFY2(firstWait >= 280 && secondWait >= 580,
        qPrintable(u"%1 ms, then %2 ms"_s.arg(firstWait).arg(secondWait)));

    poller.pollNow(); // "Refresh": at once, and the backoff starts again
    QTRY_COMPARE_WITH_TIMEOUT(times.size(), 4, 5000);
    QCOMPARE(poller.nextInterval(), 600ms); // 700 ms had it waited for the timer

    poller.stop();
}

void TestRequestStatusPoller::neverMoreThanOneRequestInFlight()
{
    AltinnTestSession session;
    const QString id = createRequest(session);
    Altinn::RequestClient client(session.transport());
    RequestStatusPoller poller(&client, id, Altinn::RequestKind::Standard);
    poller.setIntervals({5000ms, 5000ms});
    QSignalSpy polled(&poller, &RequestStatusPoller::polled);
    const int before = session.tokens().tokensRequested(); // one token per HTTP call

    poller.start();
    QVERIFY(poller.isPolling());
    for (int i = 0; i < 5; ++i) {
        poller.pollNow();
        poller.start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 1, 10000);
    QTest::qWait(100);
    QCOMPARE(polled.size(), 1);
    QCOMPARE(session.tokens().tokensRequested() - before, 1);

    poller.pollNow(); // waiting, not in flight: polls at once
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 2, 10000);
    QCOMPARE(session.tokens().tokensRequested() - before, 2);
}

void TestRequestStatusPoller::stopEndsPollingSilently()
{
    AltinnTestSession session;
    const QString id = createRequest(session);
    Altinn::RequestClient client(session.transport());
    RequestStatusPoller poller(&client, id, Altinn::RequestKind::Standard);
    poller.setIntervals(Fast);
    QSignalSpy polled(&poller, &RequestStatusPoller::polled);
    QSignalSpy finished(&poller, &RequestStatusPoller::finished);
    poller.start();
    poller.stop(); // with the first request in flight
    QVERIFY(!poller.isActive());
    QVERIFY(!poller.isPolling());
    QTest::qWait(300);
    QCOMPARE(polled.size(), 0);
    QCOMPARE(finished.size(), 0);

    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 2, 10000);
    poller.stop();
    const qsizetype polls = polled.size();
    QTest::qWait(300);
    QCOMPARE(polled.size(), polls);
    QCOMPARE(finished.size(), 0);
}

void TestRequestStatusPoller::connectionProblemIsReportedOnceAndPollingGoesOn()
{
    AltinnTestSession session;
    // A loopback port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager network;
    Altinn::ApiTransport transport(
        &network, Altinn::Environment::sandbox(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    transport.setTokenSource(&session.tokens());
    Altinn::RetryPolicy once;
    once.maxAttempts = 1;
    transport.setRetryPolicy(once);
    Altinn::RequestClient client(&transport);

    RequestStatusPoller poller(
        &client, u"505f8488-3d48-4c15-8e21-35cb9432f815"_s, Altinn::RequestKind::Standard);
    poller.setIntervals(Fast);
    QSignalSpy problem(&poller, &RequestStatusPoller::connectionProblem);
    QSignalSpy failed(&poller, &RequestStatusPoller::failed);
    QSignalSpy finished(&poller, &RequestStatusPoller::finished);
    const int before = session.tokens().tokensRequested();
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.tokens().tokensRequested() - before >= 4, 10000);
    QCOMPARE(problem.size(), 1);
    const auto explanation = problem.at(0).at(0).value<Altinn::Explanation>();
    QVERIFY(!explanation.summary.isEmpty());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(poller.isActive());
    QCOMPARE(poller.nextInterval(), 80ms); // backed off to the cap
    poller.stop();
}

QTEST_GUILESS_MAIN(TestRequestStatusPoller)
#include "TestRequestStatusPoller.moc"
