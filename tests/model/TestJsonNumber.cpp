#include "model/JsonNumber.h"

#include <QJsonValue>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
namespace JsonNumber = Altinn::JsonNumber;

class TestJsonNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeNumber_acceptsWholeNumbersInRange();
    void wholeNumber_rejectsWhatCannotBeConverted_data();
    void wholeNumber_rejectsWhatCannotBeConverted();
    void wholeNumber_rejectsNonNumbers();
    void saturated_clampsHugeAndTruncates();
};

void TestJsonNumber::wholeNumber_acceptsWholeNumbersInRange()
{
    QCOMPARE(JsonNumber::wholeNumber(QJsonValue(120)), 120);
    QCOMPARE(JsonNumber::wholeNumber(QJsonValue(-5), -10, 10), -5);
    QCOMPARE(JsonNumber::wholeNumber(QJsonValue(10), 0, 10), 10);
    QCOMPARE(JsonNumber::wholeNumber(9007199254740992.0), JsonNumber::MaxExactInteger);
}

void TestJsonNumber::wholeNumber_rejectsWhatCannotBeConverted_data()
{
    QTest::addColumn<double>("number");
    QTest::newRow("1e308") << 1e308;
    QTest::newRow("-1e308") << -1e308;
    QTest::newRow("2^63") << 9223372036854775808.0;
    QTest::newRow("2^53 + 2") << 9007199254740994.0;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("fraction") << 10.5;
    QTest::newRow("above max") << 11.0;
}

void TestJsonNumber::wholeNumber_rejectsWhatCannotBeConverted()
{
    QFETCH(double, number);
    QCOMPARE(JsonNumber::wholeNumber(number, std::numeric_limits<qint64>::min(), 10), std::nullopt);
}

void TestJsonNumber::wholeNumber_rejectsNonNumbers()
{
    QCOMPARE(JsonNumber::wholeNumber(QJsonValue(u"10"_s)), std::nullopt);
    QCOMPARE(JsonNumber::wholeNumber(QJsonValue(true)), std::nullopt);
    QCOMPARE(JsonNumber::wholeNumber(QJsonValue()), std::nullopt);
}

void TestJsonNumber::saturated_clampsHugeAndTruncates()
{
    QCOMPARE(JsonNumber::saturated(1e308, 0, 86400), 86400);
    QCOMPARE(JsonNumber::saturated(-1e308, 0, 86400), 0);
    QCOMPARE(JsonNumber::saturated(std::numeric_limits<double>::infinity(), 0, 5), 5);
    QCOMPARE(JsonNumber::saturated(119.9, 0, 86400), 119);
    QCOMPARE(JsonNumber::saturated(std::numeric_limits<double>::quiet_NaN(), 0, 5), std::nullopt);
    QCOMPARE(JsonNumber::saturated(QJsonValue(u"5"_s), 0, 5), std::nullopt);
    QCOMPARE(
        JsonNumber::saturated(1e308, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()),
        JsonNumber::MaxExactInteger);
}

QTEST_GUILESS_MAIN(TestJsonNumber)
#include "TestJsonNumber.moc"
