#include "model/RequestStatus.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestStatus;
namespace RequestStatuses = Altinn::RequestStatuses;

class TestRequestStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromString_data();
    void fromString();
    void toString_data();
    void toString();
    void toWireString_keepsUnknownText();
    void isFinal_data();
    void isFinal();
};

void TestRequestStatus::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RequestStatus>("expected");
    QTest::newRow("New") << u"New"_s << RequestStatus::New;
    QTest::newRow("Accepted") << u"Accepted"_s << RequestStatus::Accepted;
    QTest::newRow("Rejected") << u"Rejected"_s << RequestStatus::Rejected;
    QTest::newRow("Denied") << u"Denied"_s << RequestStatus::Denied;
    QTest::newRow("Timedout") << u"Timedout"_s << RequestStatus::Timedout;
    QTest::newRow("NoChangeNeeded") << u"NoChangeNeeded"_s << RequestStatus::NoChangeNeeded;
    QTest::newRow("lower case") << u"accepted"_s << RequestStatus::Accepted;
    QTest::newRow("TimedOut casing") << u"TimedOut"_s << RequestStatus::Timedout;
    QTest::newRow("upper case") << u"NOCHANGENEEDED"_s << RequestStatus::NoChangeNeeded;
    QTest::newRow("unknown") << u"Pending"_s << RequestStatus::Unknown;
    QTest::newRow("empty") << QString() << RequestStatus::Unknown;
    QTest::newRow("prefix only") << u"Accept"_s << RequestStatus::Unknown;
}

void TestRequestStatus::fromString()
{
    QFETCH(QString, text);
    QFETCH(RequestStatus, expected);
    QCOMPARE(RequestStatuses::fromString(text), expected);
}

void TestRequestStatus::toString_data()
{
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("New") << RequestStatus::New << u"New"_s;
    QTest::newRow("Accepted") << RequestStatus::Accepted << u"Accepted"_s;
    QTest::newRow("Rejected") << RequestStatus::Rejected << u"Rejected"_s;
    QTest::newRow("Denied") << RequestStatus::Denied << u"Denied"_s;
    QTest::newRow("Timedout") << RequestStatus::Timedout << u"Timedout"_s;
    QTest::newRow("NoChangeNeeded") << RequestStatus::NoChangeNeeded << u"NoChangeNeeded"_s;
    QTest::newRow("Unknown") << RequestStatus::Unknown << u"Unknown"_s;
}

void TestRequestStatus::toString()
{
    QFETCH(RequestStatus, status);
    QFETCH(QString, expected);
    QCOMPARE(RequestStatuses::toString(status), expected);
    if (status != RequestStatus::Unknown)
        QCOMPARE(RequestStatuses::fromString(expected), status);
}

void TestRequestStatus::toWireString_keepsUnknownText()
{
    QCOMPARE(RequestStatuses::toWireString(RequestStatus::Unknown, u"Pending"_s), u"Pending"_s);
    QCOMPARE(RequestStatuses::toWireString(RequestStatus::Unknown, QString()), u"Unknown"_s);
    // Known statuses are written canonically, whatever casing was received.
    QCOMPARE(RequestStatuses::toWireString(RequestStatus::Accepted, u"accepted"_s), u"Accepted"_s);
    QCOMPARE(RequestStatuses::toWireString(RequestStatus::Rejected, u"New"_s), u"Rejected"_s);
}

void TestRequestStatus::isFinal_data()
{
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<bool>("expected");
    QTest::newRow("New") << RequestStatus::New << false;
    QTest::newRow("Accepted") << RequestStatus::Accepted << true;
    QTest::newRow("Rejected") << RequestStatus::Rejected << true;
    QTest::newRow("Denied") << RequestStatus::Denied << true;
    QTest::newRow("Timedout") << RequestStatus::Timedout << true;
    QTest::newRow("NoChangeNeeded") << RequestStatus::NoChangeNeeded << false;
    QTest::newRow("Unknown") << RequestStatus::Unknown << false;
}

void TestRequestStatus::isFinal()
{
    QFETCH(RequestStatus, status);
    QFETCH(bool, expected);
    QCOMPARE(RequestStatuses::isFinal(status), expected);
}

QTEST_GUILESS_MAIN(TestRequestStatus)
#include "TestRequestStatus.moc"
