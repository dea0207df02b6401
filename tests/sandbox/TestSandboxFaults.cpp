#include "SandboxHarness.h"
#include "model/Right.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The fault switch (/sandbox/faults): error statuses, Retry-After, late answers and dropped connections.
class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void faultAnswersWithTheStatusThenStops();
    void retryAfterIsSent();
    void methodAndPathMustMatch();
    void controlApiIsNeverFaulted();
    void listAndClear();
    void resetClearsFaults();
    void badRulesAreRejected_data();
    void badRulesAreRejected();
    void delayedAnswerDoesNotBlockOthers();
    void delayOnlyGivesTheNormalAnswerLate();
    void droppedConnectionHasNoAnswer();
    void lostAnswerMeansTheWorkWasDone();

private:
    std::optional<SandboxHarness> m_sandbox;
};

namespace {

const QString SystemsPath = u"authentication/api/v1/systemregister/vendor"_s;
const QString Packages = u"accessmanagement/api/v1/meta/info/accesspackages/export"_s;

} // namespace

void TestSandboxFaults::initTestCase()
{
    m_sandbox.emplace();
    QVERIFY(m_sandbox->isListening());
}

void TestSandboxFaults::init()
{
    QCOMPARE(m_sandbox->send("DELETE", u"sandbox/faults"_s).status, 200);
}

void TestSandboxFaults::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxFaults::faultAnswersWithTheStatusThenStops()
{
    const auto added = m_sandbox->post(u"sandbox/faults"_s,
        QJsonObject{{u"pathPrefix"_s, u"authentication/api/v1/systemregister"_s}, {u"status"_s, 503},
            {u"count"_s, 2}});
    QCOMPARE(added.status, 201);
    QVERIFY(added.object().value(u"id"_s).toInt() > 0);

    const QByteArray token = m_sandbox->vendorToken();
    for (int i = 0; i < 2; ++i) {
        const auto faulted = m_sandbox->get(SystemsPath, token);
        QCOMPARE(faulted.status, 503);
        QCOMPARE(faulted.object().value(u"error"_s).toString(), u"injected fault"_s);
        QVERIFY(faulted.header("Content-Type").startsWith("application/json"));
        QVERIFY(faulted.header("Retry-After").isEmpty());
    }
    QCOMPARE(m_sandbox->get(SystemsPath, token).status, 200); // used up
    QVERIFY(m_sandbox->get(u"sandbox/faults"_s).array().isEmpty());
}

void TestSandboxFaults::retryAfterIsSent()
{
    QCOMPARE(
        m_sandbox
            ->post(u"sandbox/faults"_s,
                QJsonObject{{u"status"_s, 429}, {u"retryAfterSeconds"_s, 7}, {u"pathPrefix"_s, Packages}})
            .status,
        201);
    const auto faulted = m_sandbox->get(Packages);
    QCOMPARE(faulted.status, 429);
    QCOMPARE(faulted.header("Retry-After"), QByteArray("7"));
}

void TestSandboxFaults::methodAndPathMustMatch()
{
    QCOMPARE(m_sandbox
                 ->post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"post"_s}, {u"pathPrefix"_s, QString(u"/" + SystemsPath)},
                         {u"status"_s, 500}})
                 .status,
        201);
    const QByteArray token = m_sandbox->vendorToken();
    QCOMPARE(m_sandbox->get(SystemsPath, token).status, 200); // GET: other method
    QCOMPARE(m_sandbox->get(Packages).status, 200); // other path
    QCOMPARE(m_sandbox->post(SystemsPath, QJsonObject{}, token).status, 500);
}

void TestSandboxFaults::controlApiIsNeverFaulted()
{
    // No method, no path: every request — except the control API, which must stay usable to clear it.
    QCOMPARE(
        m_sandbox->post(u"sandbox/faults"_s, QJsonObject{{u"status"_s, 502}, {u"count"_s, 10}}).status, 201);
    QCOMPARE(m_sandbox->get(u"sandbox/health"_s).status, 200);
    QCOMPARE(m_sandbox->get(Packages).status, 502);
    QCOMPARE(m_sandbox->get(u"sandbox/faults"_s).array().first()[u"count"_s].toInt(), 9);
}

void TestSandboxFaults::listAndClear()
{
    const auto first = m_sandbox->post(u"sandbox/faults"_s,
        QJsonObject{{u"method"_s, u"GET"_s}, {u"pathPrefix"_s, Packages}, {u"delayMs"_s, 50}});
    const auto second = m_sandbox->post(u"sandbox/faults"_s, QJsonObject{{u"dropConnection"_s, true}});
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QVERIFY(second.object().value(u"id"_s).toInt() > first.object().value(u"id"_s).toInt());

    const QJsonArray rules = m_sandbox->get(u"sandbox/faults"_s).array();
    QCOMPARE(rules.size(), 2);
    const QJsonObject rule = rules.first().toObject();
    QCOMPARE(rule.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(rule.value(u"pathPrefix"_s).toString(), Packages);
    QCOMPARE(rule.value(u"delayMs"_s).toInt(), 50);
    QCOMPARE(rule.value(u"count"_s).toInt(), 1);
    QVERIFY(!rule.contains(u"status"_s));
    QCOMPARE(rules.last()[u"dropConnection"_s].toBool(), true);

    QCOMPARE(m_sandbox->send("DELETE", u"sandbox/faults"_s).status, 200);
    QVERIFY(m_sandbox->get(u"sandbox/faults"_s).array().isEmpty());
    QCOMPARE(m_sandbox->get(Packages).status, 200);
}

void TestSandboxFaults::resetClearsFaults()
{
    QCOMPARE(m_sandbox->post(u"sandbox/faults"_s, QJsonObject{{u"status"_s, 503}}).status, 201);
    QCOMPARE(m_sandbox->post(u"sandbox/reset"_s, QJsonObject{}).status, 200);
    QVERIFY(m_sandbox->get(u"sandbox/faults"_s).array().isEmpty());
    QCOMPARE(m_sandbox->get(Packages).status, 200);
}

void TestSandboxFaults::badRulesAreRejected_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::newRow("nothing to do") << QJsonObject{{u"pathPrefix"_s, SystemsPath}};
    QTest::newRow("status too low") << QJsonObject{{u"status"_s, 99}};
    QTest::newRow("status not a number") << QJsonObject{{u"status"_s, u"503"_s}};
    QTest::newRow("count zero") << QJsonObject{{u"status"_s, 503}, {u"count"_s, 0}};
    QTest::newRow("fractional delay") << QJsonObject{{u"delayMs"_s, 1.5}};
    QTest::newRow("negative retry-after") << QJsonObject{{u"status"_s, 429}, {u"retryAfterSeconds"_s, -1}};
    QTest::newRow("status and drop") << QJsonObject{{u"status"_s, 503}, {u"dropConnection"_s, true}};
    QTest::newRow("unknown member") << QJsonObject{{u"status"_s, 503}, {u"times"_s, 2}};
}

void TestSandboxFaults::badRulesAreRejected()
{
    QFETCH(QJsonObject, rule);
    const auto answer = m_sandbox->post(u"sandbox/faults"_s, rule);
    QCOMPARE(answer.status, 400);
    QVERIFY(!answer.object().value(u"error"_s).toString().isEmpty());
    QVERIFY(m_sandbox->get(u"sandbox/faults"_s).array().isEmpty());
}

void TestSandboxFaults::delayedAnswerDoesNotBlockOthers()
{
    QCOMPARE(m_sandbox
                 ->post(u"sandbox/faults"_s,
                     QJsonObject{{u"pathPrefix"_s, Packages}, {u"status"_s, 504}, {u"delayMs"_s, 600}})
                 .status,
        201);
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = network.get(QNetworkRequest(QUrl(m_sandbox->baseUrl().toString() + Packages)));
    qint64 slowDoneAt = -1;
    connect(slow, &QNetworkReply::finished, this, [&slowDoneAt, &timer] { slowDoneAt = timer.elapsed(); });
    QTest::qWait(50);

    // Meanwhile the sandbox answers other requests at once.
    QCOMPARE(m_sandbox->get(u"sandbox/health"_s).status, 200);
    QCOMPARE(slowDoneAt, -1);
    QVERIFY(QTest::qWaitFor([&slowDoneAt] { return slowDoneAt >= 0; }, 5000));
    QVERIFY2(slowDoneAt >= 590, QByteArray::number(slowDoneAt).constData());
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 504);
    slow->deleteLater();
}

void TestSandboxFaults::delayOnlyGivesTheNormalAnswerLate()
{
    QCOMPARE(
        m_sandbox->post(u"sandbox/faults"_s, QJsonObject{{u"pathPrefix"_s, Packages}, {u"delayMs"_s, 300}})
            .status,
        201);
    QElapsedTimer timer;
    timer.start();
    const auto late = m_sandbox->get(Packages);
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(late.status, 200);
    QVERIFY(!late.array().isEmpty());
}

void TestSandboxFaults::droppedConnectionHasNoAnswer()
{
    // Qt resends a request once or twice by itself when a connection closes before any answer, so the
    // rule lasts a few requests to make the drop visible to the caller.
    QCOMPARE(m_sandbox
                 ->post(u"sandbox/faults"_s,
                     QJsonObject{{u"pathPrefix"_s, Packages}, {u"dropConnection"_s, true}, {u"count"_s, 5}})
                 .status,
        201);
    const auto dropped = m_sandbox->get(Packages);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.body.isEmpty());
    QCOMPARE(m_sandbox->get(u"sandbox/health"_s).status, 200); // the server itself is fine
}

void TestSandboxFaults::lostAnswerMeansTheWorkWasDone()
{
    const QString systemId = u"991825827_tapt-svar"_s;
    SandboxHarness::seedSystem(m_sandbox->context(), systemId, SandboxHarness::VendorOrg,
        QList{Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)});
    // Qt may send the POST again by itself when the connection closes without an answer; every one of
    // those is done and its answer lost, so the count covers them.
    QCOMPARE(m_sandbox
                 ->post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"POST"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemuser"_s}, {u"loseAnswer"_s, true},
                         {u"count"_s, 5}})
                 .status,
        201);
    const QJsonObject body{{u"systemId"_s, systemId}, {u"partyOrgNo"_s, u"310904473"_s},
        {u"externalRef"_s, u"tapt-1"_s},
        {u"rights"_s, QJsonArray{Altinn::Right::forResource(u"ske-krav-og-betalinger"_s).toJson()}}};
    const auto lost =
        m_sandbox->post(u"authentication/api/v1/systemuser/request/vendor"_s, body, m_sandbox->vendorToken());
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.body.isEmpty());
    QCOMPARE(m_sandbox->send("DELETE", u"sandbox/faults"_s).status, 200);

    // The request exists although its answer never came.
    const auto found = m_sandbox->get(
        u"authentication/api/v1/systemuser/request/vendor/byexternalref/%1/310904473/tapt-1"_s.arg(systemId),
        m_sandbox->vendorToken());
    QCOMPARE(found.status, 200);
    QCOMPARE(found.object().value(u"externalRef"_s).toString(), u"tapt-1"_s);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
