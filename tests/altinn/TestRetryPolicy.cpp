#include "net/RetryPolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::RetryPolicy;

/// When an idempotent call is repeated and how long the transport waits first.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesPassingFailures_data();
    void retriesPassingFailures();
    void stopsAtMaxAttempts();
    void backoffDoublesUpToTheCap();
    void retryAfterSecondsWinsButIsCapped();
    void retryAfterDateCountsFromNow();
    void unreadableRetryAfterFallsBackToBackoff();
    void hugeRetryAfterSecondsSaturate();
    void hugeRetryAfterDateSaturates();
    void parsesTheThreeHttpDateForms_data();
    void parsesTheThreeHttpDateForms();
};

void TestRetryPolicy::retriesPassingFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");
    QTest::newRow("no answer") << 0 << true;
    QTest::newRow("429 too many requests") << 429 << true;
    QTest::newRow("500") << 500 << true;
    QTest::newRow("502") << 502 << true;
    QTest::newRow("503") << 503 << true;
    QTest::newRow("504") << 504 << true;
    QTest::newRow("501 not implemented") << 501 << false;
    QTest::newRow("200") << 200 << false;
    QTest::newRow("400") << 400 << false;
    QTest::newRow("401") << 401 << false;
    QTest::newRow("404") << 404 << false;
    QTest::newRow("409") << 409 << false;
}

void TestRetryPolicy::retriesPassingFailures()
{
    QFETCH(int, status);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy().shouldRetry(status, 1), retry);
}

void TestRetryPolicy::stopsAtMaxAttempts()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    QVERIFY(policy.shouldRetry(503, 1));
    QVERIFY(policy.shouldRetry(503, 2));
    QVERIFY(!policy.shouldRetry(503, 3));
    policy.maxAttempts = 1;
    QVERIFY(!policy.shouldRetry(0, 1));
}

void TestRetryPolicy::backoffDoublesUpToTheCap()
{
    RetryPolicy policy;
    policy.initialDelayMs = 500;
    policy.maxDelayMs = 3000;
    QCOMPARE(policy.delayMs(1, {}), 500);
    QCOMPARE(policy.delayMs(2, {}), 1000);
    QCOMPARE(policy.delayMs(3, {}), 2000);
    QCOMPARE(policy.delayMs(4, {}), 3000);
    QCOMPARE(policy.delayMs(30, {}), 3000); // no overflow on silly attempt numbers
}

void TestRetryPolicy::retryAfterSecondsWinsButIsCapped()
{
    RetryPolicy policy;
    policy.initialDelayMs = 10;
    policy.maxDelayMs = 8000;
    QCOMPARE(policy.delayMs(1, "2"), 2000);
    QCOMPARE(policy.delayMs(1, " 0 "), 0);
    QCOMPARE(policy.delayMs(1, "120"), 8000);
}

void TestRetryPolicy::retryAfterDateCountsFromNow()
{
    RetryPolicy policy;
    policy.maxDelayMs = 8000;
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 14, 3), Qt::UTC);
    QCOMPARE(policy.delayMs(1, "Mon, 02 Mar 2026 09:14:07 GMT", now), 4000);
    QCOMPARE(policy.delayMs(1, "Mon, 02 Mar 2026 09:13:00 GMT", now), 0); // already passed
    QCOMPARE(policy.delayMs(1, "Mon, 02 Mar 2026 10:00:00 GMT", now), 8000); // capped
}

void TestRetryPolicy::unreadableRetryAfterFallsBackToBackoff()
{
    RetryPolicy policy;
    policy.initialDelayMs = 250;
    QCOMPARE(policy.delayMs(2, "soon"), 500);
    QCOMPARE(policy.delayMs(1, "-5"), 250);
}

void TestRetryPolicy::hugeRetryAfterSecondsSaturate()
{
    RetryPolicy policy;
    policy.initialDelayMs = 10;
    policy.maxDelayMs = 8000;
    // seconds * 1000 overflowed here and gave a negative delay: the retry timer never fired.
    QCOMPARE(policy.delayMs(1, "9223372036854775807"), 8000);
    QCOMPARE(policy.delayMs(1, "9223372036854775"), 8000);
    QCOMPARE(policy.delayMs(1, "99999999999999999999999999999"), 8000); // beyond qint64: still a wait
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(RetryPolicy::retryAfterMs("9223372036854775807", now), RetryPolicy::MaxRetryAfterMs);
    QCOMPARE(RetryPolicy::retryAfterMs("86400", now), RetryPolicy::MaxRetryAfterMs);
    QCOMPARE(RetryPolicy::retryAfterMs("86399", now), std::optional<qint64>(86399000));
    QCOMPARE(RetryPolicy::retryAfterMs("7", now), std::optional<qint64>(7000));
    QCOMPARE(RetryPolicy::retryAfterMs("-7", now), std::nullopt);
    QCOMPARE(RetryPolicy::retryAfterMs("", now), std::nullopt);
}

void TestRetryPolicy::hugeRetryAfterDateSaturates()
{
    RetryPolicy policy;
    policy.maxDelayMs = 8000;
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 14, 3), Qt::UTC);
    QCOMPARE(policy.delayMs(1, "Fri, 31 Dec 9999 23:59:59 GMT", now), 8000);
    QCOMPARE(RetryPolicy::retryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT", now), RetryPolicy::MaxRetryAfterMs);
    QCOMPARE(RetryPolicy::retryAfterMs("Mon, 01 Jan 1900 00:00:00 GMT", now), std::optional<qint64>(0));
}

void TestRetryPolicy::parsesTheThreeHttpDateForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
}

void TestRetryPolicy::parsesTheThreeHttpDateForms()
{
    QFETCH(QByteArray, text);
    QDateTime date = RetryPolicy::parseHttpDate(text);
    // RFC 850's two-digit year is read in this century; only the day and time matter here.
    QVERIFY(date.isValid());
    QCOMPARE(date.timeSpec(), Qt::UTC);
    QCOMPARE(date.date().month(), 11);
    QCOMPARE(date.date().day(), 6);
    QCOMPARE(date.time(), QTime(8, 49, 37));
    QVERIFY(!RetryPolicy::parseHttpDate("yesterday").isValid());
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
