#include "validation/OrgNumber.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Validation::OrgNumber;

Q_DECLARE_METATYPE(Validation::OrgNumber::Problem)

class TestOrgNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void atMostOneCheckDigitPerPrefix();
    void normalized_data();
    void normalized();
    void messages();
};

void TestOrgNumber::validNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("Digdir") << u"991825827"_s;
    QTest::newRow("TILFELDIG SUBTIL APE") << u"310904473"_s;
    QTest::newRow("TILBAKEHOLDEN USYMMETRISK TIGER") << u"314250052"_s;
    QTest::newRow("Skatteetaten") << u"974761076"_s;
    QTest::newRow("123456785") << u"123456785"_s;
    QTest::newRow("remainder 0 gives check digit 0") << u"312424940"_s;
    QTest::newRow("remainder 10 gives check digit 1") << u"313642291"_s;
    QTest::newRow("Fiken") << u"913312465"_s;
}

void TestOrgNumber::validNumbers()
{
    QFETCH(QString, number);
    QCOMPARE(OrgNumber::check(number), OrgNumber::Problem::None);
    QVERIFY(OrgNumber::isValid(number));
}

void TestOrgNumber::invalidNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<OrgNumber::Problem>("problem");
    QTest::newRow("empty") << QString() << OrgNumber::Problem::Empty;
    QTest::newRow("empty string") << u""_s << OrgNumber::Problem::Empty;
    QTest::newRow("letter") << u"99182582a"_s << OrgNumber::Problem::NotDigits;
    QTest::newRow("spaces are not normalised by check") << u"991 825 827"_s << OrgNumber::Problem::NotDigits;
    QTest::newRow("leading space") << u" 991825827"_s << OrgNumber::Problem::NotDigits;
    QTest::newRow("minus sign") << u"-91825827"_s << OrgNumber::Problem::NotDigits;
    QTest::newRow("full-width digits") << u"９９１８２５８２７"_s << OrgNumber::Problem::NotDigits;
    QTest::newRow("Arabic-Indic digits") << u"٩٩١٨٢٥٨٢٧"_s << OrgNumber::Problem::NotDigits;
    QTest::newRow("8 digits") << u"99182582"_s << OrgNumber::Problem::WrongLength;
    QTest::newRow("10 digits") << u"9918258270"_s << OrgNumber::Problem::WrongLength;
    QTest::newRow("1 digit") << u"9"_s << OrgNumber::Problem::WrongLength;
    QTest::newRow("last digit changed") << u"991825828"_s << OrgNumber::Problem::BadCheckDigit;
    QTest::newRow("placeholder 123456789") << u"123456789"_s << OrgNumber::Problem::BadCheckDigit;
    QTest::newRow("altered test org") << u"313725139"_s << OrgNumber::Problem::BadCheckDigit;
    QTest::newRow("ACN test owner") << u"999999990"_s << OrgNumber::Problem::BadCheckDigit;
    QTest::newRow("remainder 1: no check digit fits (0)")
        << u"310000060"_s << OrgNumber::Problem::BadCheckDigit;
    QTest::newRow("remainder 1: no check digit fits (1)")
        << u"310000061"_s << OrgNumber::Problem::BadCheckDigit;
    QTest::newRow("mock owner 110110110") << u"110110110"_s << OrgNumber::Problem::BadCheckDigit;
}

void TestOrgNumber::invalidNumbers()
{
    QFETCH(QString, number);
    QFETCH(OrgNumber::Problem, problem);
    QCOMPARE(OrgNumber::check(number), problem);
    QVERIFY(!OrgNumber::isValid(number));
}

void TestOrgNumber::atMostOneCheckDigitPerPrefix()
{
    // Property of MOD11: for any first eight digits exactly one last digit is valid, except when
    // the remainder is 1, where none is. Checked over a spread of prefixes without recomputing it.
    int prefixesWithoutValidNumber = 0;
    for (int prefix = 10000000; prefix < 100000000; prefix += 99991) {
        int valid = 0;
        for (int last = 0; last <= 9; ++last) {
            if (OrgNumber::isValid(QString(QString::number(prefix) + QString::number(last))))
                ++valid;
        }
        QVERIFY2(valid <= 1, qPrintable(QString::number(prefix)));
        if (valid == 0)
            ++prefixesWithoutValidNumber;
    }
    // About one prefix in eleven has none; 900 prefixes are sampled.
    QVERIFY(prefixesWithoutValidNumber > 40);
    QVERIFY(prefixesWithoutValidNumber < 130);
}

void TestOrgNumber::normalized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("grouped with spaces") << u"991 825 827"_s << u"991825827"_s;
    QTest::newRow("surrounding spaces") << u"  991825827 "_s << u"991825827"_s;
    QTest::newRow("no-break spaces") << u"991\u00a0825\u00a0827"_s << u"991825827"_s;
    QTest::newRow("tab") << u"991\t825827"_s << u"991825827"_s;
    QTest::newRow("already plain") << u"991825827"_s << u"991825827"_s;
    QTest::newRow("other characters kept") << u"991-825-827"_s << u"991-825-827"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestOrgNumber::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(OrgNumber::normalized(input), expected);
}

void TestOrgNumber::messages()
{
    QVERIFY(OrgNumber::message(OrgNumber::Problem::None).isEmpty());
    QSet<QString> seen;
    for (const OrgNumber::Problem problem : {OrgNumber::Problem::Empty, OrgNumber::Problem::NotDigits,
             OrgNumber::Problem::WrongLength, OrgNumber::Problem::BadCheckDigit}) {
        const QString message = OrgNumber::message(problem);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!seen.contains(message), qPrintable(message)); // each problem says something different
        seen.insert(message);
    }
    // The UI accepts grouped input once normalised.
    QVERIFY(OrgNumber::isValid(OrgNumber::normalized(u"991 825 827")));
}

QTEST_GUILESS_MAIN(TestOrgNumber)
#include "TestOrgNumber.moc"
