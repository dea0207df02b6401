#include "JsonTestHelpers.h"
#include "model/JsonObjectReader.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::JsonObjectReader;

class TestJsonObjectReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_matchesAnyCasing_data();
    void value_matchesAnyCasing();
    void value_exactCaseWins();
    void value_absentIsUndefined();
    void nullMember_countsAsAbsent();
    void wrongTypes_areTreatedAsAbsent();
    void stringList_skipsNonStrings();
    void dateTimeMember_parsesAnyCasing();

    void parseDateTime_data();
    void parseDateTime();
    void parseDateTime_rejectsGarbage_data();
    void parseDateTime_rejectsGarbage();
    void formatDateTime_data();
    void formatDateTime();
    void formatThenParse_roundTrips();
};

void TestJsonObjectReader::value_matchesAnyCasing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("exact") << u"allowedRedirectUrls"_s;
    QTest::newRow("lower") << u"allowedredirecturls"_s;
    QTest::newRow("pascal") << u"AllowedRedirectUrls"_s;
    QTest::newRow("upper") << u"ALLOWEDREDIRECTURLS"_s;
}

void TestJsonObjectReader::value_matchesAnyCasing()
{
    QFETCH(QString, name);
    const JsonObjectReader reader(
        TestJson::parseObject(R"json({"allowedRedirectUrls": ["https://a.example/"]})json"));
    QVERIFY(reader.has(name));
    QCOMPARE(reader.stringList(name), QStringList{u"https://a.example/"_s});
}

void TestJsonObjectReader::value_exactCaseWins()
{
    const JsonObjectReader reader(
        TestJson::parseObject(R"json({"id": "lower", "ID": "upper", "Id": "pascal"})json"));
    QCOMPARE(reader.string(u"id"), u"lower"_s);
    QCOMPARE(reader.string(u"ID"), u"upper"_s);
    QCOMPARE(reader.string(u"Id"), u"pascal"_s);
    // No exact match: any of the case-insensitive twins is acceptable, but one must be found.
    const QString other = reader.string(u"iD");
    QVERIFY2(QStringList({u"lower"_s, u"upper"_s, u"pascal"_s}).contains(other), qPrintable(other));
}

void TestJsonObjectReader::value_absentIsUndefined()
{
    const JsonObjectReader reader(TestJson::parseObject(R"json({"id": "x"})json"));
    QVERIFY(reader.value(u"missing").isUndefined());
    QVERIFY(!reader.has(u"missing"));
    QVERIFY(!reader.has(u"i")); // a prefix is not a match
    QCOMPARE(reader.optionalString(u"missing"), std::nullopt);
    QVERIFY(reader.string(u"missing").isEmpty());
}

void TestJsonObjectReader::nullMember_countsAsAbsent()
{
    const JsonObjectReader reader(TestJson::parseObject(
        R"json({"text": null, "flag": null, "list": null, "map": null, "Other": null})json"));
    QVERIFY(!reader.has(u"text"));
    QVERIFY(!reader.has(u"other"));
    QCOMPARE(reader.optionalString(u"text"), std::nullopt);
    QVERIFY(reader.string(u"text").isEmpty());
    QCOMPARE(reader.optionalBool(u"flag"), std::nullopt);
    QCOMPARE(reader.boolean(u"flag", true), true);
    QCOMPARE(reader.boolean(u"flag", false), false);
    QCOMPARE(reader.optionalArray(u"list"), std::nullopt);
    QVERIFY(reader.array(u"list").isEmpty());
    QVERIFY(reader.stringList(u"list").isEmpty());
    QVERIFY(reader.object(u"map").isEmpty());
}

void TestJsonObjectReader::wrongTypes_areTreatedAsAbsent()
{
    const JsonObjectReader reader(TestJson::parseObject(
        R"json({"text": 42, "flag": "true", "list": {"a": 1}, "map": [1, 2], "number": false})json"));
    QVERIFY(reader.has(u"text")); // present, just not usable as a string
    QCOMPARE(reader.optionalString(u"text"), std::nullopt);
    QVERIFY(reader.string(u"text").isEmpty());
    QCOMPARE(reader.optionalBool(u"flag"), std::nullopt);
    QCOMPARE(reader.boolean(u"flag", false), false);
    QCOMPARE(reader.boolean(u"flag", true), true);
    QCOMPARE(reader.optionalArray(u"list"), std::nullopt);
    QVERIFY(reader.array(u"list").isEmpty());
    QVERIFY(reader.stringList(u"list").isEmpty());
    QVERIFY(reader.object(u"map").isEmpty());
    QVERIFY(!reader.dateTime(u"number").isValid());
}

void TestJsonObjectReader::stringList_skipsNonStrings()
{
    const JsonObjectReader reader(
        TestJson::parseObject(R"json({"clientId": ["a", 1, null, "b", {}, [], true, ""]})json"));
    QCOMPARE(reader.stringList(u"clientid"), (QStringList{u"a"_s, u"b"_s, QString()}));
}

void TestJsonObjectReader::dateTimeMember_parsesAnyCasing()
{
    const JsonObjectReader reader(
        TestJson::parseObject(R"json({"Created": "2026-03-02T09:14:03.512345Z", "bad": "yesterday"})json"));
    QCOMPARE(reader.dateTime(u"created"), QDateTime(QDate(2026, 3, 2), QTime(9, 14, 3, 512), Qt::UTC));
    QVERIFY(!reader.dateTime(u"bad").isValid());
    QVERIFY(!reader.dateTime(u"missing").isValid());
}

void TestJsonObjectReader::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDate day(2026, 3, 2);
    QTest::newRow("0 digits") << u"2026-03-02T09:14:03Z"_s << QDateTime(day, QTime(9, 14, 3), Qt::UTC);
    QTest::newRow("1 digit") << u"2026-03-02T09:14:03.5Z"_s << QDateTime(day, QTime(9, 14, 3, 500), Qt::UTC);
    QTest::newRow("3 digits") << u"2026-03-02T09:14:03.512Z"_s
                              << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("6 digits") << u"2026-03-02T09:14:03.512345Z"_s
                              << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("7 digits") << u"2026-03-02T09:14:03.5123456Z"_s
                              << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("7 digits truncated, not rounded")
        << u"2026-03-02T09:14:03.9999999Z"_s << QDateTime(day, QTime(9, 14, 3, 999), Qt::UTC);
    QTest::newRow("zeros") << u"2026-03-05T10:00:00.000000Z"_s
                           << QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC);
    QTest::newRow("lower-case z") << u"2026-03-02t09:14:03.512z"_s
                                  << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("positive offset") << u"2026-03-02T10:14:03.512+01:00"_s
                                     << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("negative half-hour offset")
        << u"2026-03-02T04:44:03.512345-04:30"_s << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("offset without colon")
        << u"2026-03-02T11:14:03.5123456+0200"_s << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("zero offset") << u"2026-03-02T09:14:03+00:00"_s
                                 << QDateTime(day, QTime(9, 14, 3), Qt::UTC);
    QTest::newRow("offset crosses midnight")
        << u"2026-03-02T00:30:00+01:00"_s << QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC);
    QTest::newRow("no offset means UTC")
        << u"2026-03-02T09:14:03.512345"_s << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC);
    QTest::newRow("no seconds") << u"2026-03-02T09:14Z"_s << QDateTime(day, QTime(9, 14), Qt::UTC);
}

void TestJsonObjectReader::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Altinn::parseDateTime(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.time().msec(), expected.time().msec());
}

void TestJsonObjectReader::parseDateTime_rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("date only") << u"2026-03-02"_s;
    QTest::newRow("no such day") << u"2026-02-30T00:00:00Z"_s;
    QTest::newRow("hour 25") << u"2026-03-02T25:00:00Z"_s;
    QTest::newRow("second 61") << u"2026-03-02T09:14:61Z"_s;
    QTest::newRow("double zone") << u"2026-03-02T09:14:03.512ZZ"_s;
    QTest::newRow("offset hour 25") << u"2026-03-02T09:14:03+25:00"_s;
    QTest::newRow("dot without digits") << u"2026-03-02T09:14:03.Z"_s;
    QTest::newRow("trailing text") << u"2026-03-02T09:14:03Z and more"_s;
}

void TestJsonObjectReader::parseDateTime_rejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!Altinn::parseDateTime(text).isValid());
}

void TestJsonObjectReader::formatDateTime_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");
    const QDate day(2026, 3, 2);
    QTest::newRow("utc with ms") << QDateTime(day, QTime(9, 14, 3, 512), Qt::UTC)
                                 << u"2026-03-02T09:14:03.512Z"_s;
    QTest::newRow("utc whole second")
        << QDateTime(day, QTime(9, 14, 3), Qt::UTC) << u"2026-03-02T09:14:03.000Z"_s;
    QTest::newRow("offset converted to UTC")
        << QDateTime(day, QTime(10, 14, 3, 7), Qt::OffsetFromUTC, 3600) << u"2026-03-02T09:14:03.007Z"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestJsonObjectReader::formatDateTime()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);
    QCOMPARE(Altinn::formatDateTime(dateTime), expected);
}

void TestJsonObjectReader::formatThenParse_roundTrips()
{
    const QDateTime original(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QCOMPARE(Altinn::parseDateTime(Altinn::formatDateTime(original)), original);
}

QTEST_GUILESS_MAIN(TestJsonObjectReader)
#include "TestJsonObjectReader.moc"
