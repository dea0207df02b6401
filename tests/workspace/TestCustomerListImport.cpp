#include "model/SystemDefinition.h"
#include "workspace/CustomerLedger.h"
#include "workspace/CustomerListImport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerListImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void utf8WithBomAndSemicolons();
    void excelSeparatorLineIsHonoured();
    void commasWithQuotedCells();
    void pastedTabSeparatedText();
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks();
    void emptyLinesAndLineEndings();
    void windows1252BytesAreRead();
    void utf16WithBomIsRead();
    void orgNumbersMayBeGrouped();
    void invalidOrgNumbersNameTheirLine();
    void lineNumbersCountLinesInsideQuotedCells();
    void unclosedQuoteIsAnError();
    void duplicatesKeepTheFirst();
    void unknownColumnsAreIgnoredWithAWarning();
    void headerNamesAreUnderstoodInBothLanguages();
    void listWithoutOrgNumberColumnSaysWhatIsUnderstood();
    void listWithoutHeader();
    void headerOnlyAndEmptyInput();
    void kindsLanguagesRightsAndPackages();
    void malformedEmailIsAWarning();
    void externalRefsFollowTheRequestRules();
    void tooManyCellsIsAnError();
    void checkAgainstTheSystemOffer();
    void tenThousandRowsAreFast();
    void mergeKeepsStateOfKnownCustomers();
    void mergeIntoALedger();

private:
    QTemporaryDir m_directory;
};

namespace {

using Column = CustomerListImport::Column;
using Encoding = CustomerListImport::Encoding;

/// The MOD11 check digit for eight digits, or -1 when none exists (remainder 1).
int checkDigit(const QString &firstEight)
{
    constexpr int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (firstEight.at(i).unicode() - u'0') * weights[i];
    const int remainder = sum % 11;
    if (remainder == 1)
        return -1;
    return remainder == 0 ? 0 : 11 - remainder;
}

/// A valid organisation number, different for each @p seed.
QString validOrgNo(int seed)
{
    // Even bases; when one has no check digit, base + 1 has (its weighted sum differs by 2).
    for (int base = 80000000 + seed * 2;; ++base) {
        const QString firstEight = QString::number(base);
        const int digit = checkDigit(firstEight);
        if (digit >= 0)
            return firstEight + QString::number(digit);
    }
}

QString withWrongCheckDigit(const QString &orgNo)
{
    const int last = orgNo.back().unicode() - u'0';
    return orgNo.first(8) + QString::number((last + 1) % 10);
}

QString spaced(const QString &orgNo)
{
    return orgNo.first(3) + u' ' + orgNo.sliced(3, 3) + u' ' + orgNo.sliced(6);
}

QStringList messages(const CustomerListImport::Result &result)
{
    QStringList texts;
    for (const CustomerListImport::Finding &finding : result.findings)
        texts.append(QString::number(finding.line) + u": "_s + finding.message);
    return texts;
}

QList<int> errorLines(const CustomerListImport::Result &result)
{
    QList<int> lines;
    for (const CustomerListImport::Finding &finding : result.findings) {
        if (finding.isError())
            lines.append(finding.line);
    }
    return lines;
}

QStringList orgNos(const CustomerListImport::Result &result)
{
    QStringList numbers;
    for (const CustomerListImport::Row &row : result.rows)
        numbers.append(row.orgNo);
    return numbers;
}

} // namespace

void TestCustomerListImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    // The test's own MOD11 agrees with a number from the Central Coordinating Register.
    QCOMPARE(checkDigit(u"97476067"_s), 3);
    QCOMPARE(checkDigit(u"99182582"_s), 7);
}

void TestCustomerListImport::utf8WithBomAndSemicolons()
{
    const QString a = validOrgNo(1);
    const QString b = validOrgNo(2);
    const QByteArray bytes = "\xEF\xBB\xBF"_ba
        + (u"Org.nr.;Navn;E-post\r\n"_s + a + u";Bø i Telemark;post@bo.no\r\n"_s + b
            + u";  Ærlig Øl Ås  ;\r\n"_s)
              .toUtf8();

    const auto result = CustomerListImport::parse(bytes);
    QCOMPARE(result.encoding, Encoding::Utf8WithBom);
    QCOMPARE(result.separator, QChar(u';'));
    QVERIFY(result.hasHeader);
    QVERIFY2(result.findings.isEmpty(), qPrintable(messages(result).join(u'\n')));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(0).orgNo, a);
    QCOMPARE(result.rows.at(0).name, u"Bø i Telemark"_s);
    QCOMPARE(result.rows.at(0).contactEmail, u"post@bo.no"_s);
    QCOMPARE(result.rows.at(1).line, 3);
    QCOMPARE(result.rows.at(1).name, u"Ærlig Øl Ås"_s); // trimmed
    QCOMPARE(result.rows.at(1).contactEmail, QString());
    QCOMPARE(result.columnHeaders.value(Column::OrgNo), u"Org.nr."_s); // no BOM left in the first cell

    const auto plain = CustomerListImport::parse(bytes.sliced(3));
    QCOMPARE(plain.encoding, Encoding::Utf8);
    QCOMPARE(plain.rows, result.rows);
}

void TestCustomerListImport::excelSeparatorLineIsHonoured()
{
    const QString a = validOrgNo(3);
    const auto result =
        CustomerListImport::parse((u"sep=,\r\norgnr,navn\r\n"_s + a + u",Acme; Bergen\r\n"_s).toUtf8());
    QCOMPARE(result.separator, QChar(u','));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.at(0).line, 3);
    QCOMPARE(result.rows.at(0).name, u"Acme; Bergen"_s);
}

void TestCustomerListImport::commasWithQuotedCells()
{
    const QString a = validOrgNo(4);
    const QString b = validOrgNo(5);
    const QString text = u"organization number,name,external reference\n"_s + a + u",\"Acme, Inc\",K-1\n"_s
        + b + u",Beta AS,K-2\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(result.separator, QChar(u','));
    QVERIFY(result.findings.isEmpty());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).name, u"Acme, Inc"_s);
    QCOMPARE(result.rows.at(0).externalRef, u"K-1"_s);
    QCOMPARE(result.rows.at(1).externalRef, u"K-2"_s);
}

void TestCustomerListImport::pastedTabSeparatedText()
{
    const QString a = validOrgNo(6);
    const QString b = validOrgNo(7);
    // As Excel puts it on the clipboard: TAB between cells, CRLF after each row, commas in names.
    const QString pasted = u"Organisasjonsnummer\tFirmanavn\tEkstern referanse\tType\tSpråk\r\n"_s + spaced(a)
        + u"\tHansen, Olsen & Co\tkunde_17\tklient\tnynorsk\r\n"_s + b
        + u"\tBeta; Gamma AS\t\tvanlig\tEN\r\n"_s;
    const auto result = CustomerListImport::parse(pasted);
    QCOMPARE(result.encoding, Encoding::Text);
    QCOMPARE(result.separator, QChar(u'\t'));
    QVERIFY2(result.findings.isEmpty(), qPrintable(messages(result).join(u'\n')));
    QCOMPARE(result.rows.size(), 2);
    const CustomerListImport::Row &first = result.rows.at(0);
    QCOMPARE(first.orgNo, a);
    QCOMPARE(first.name, u"Hansen, Olsen & Co"_s);
    QCOMPARE(first.externalRef, u"kunde_17"_s);
    QCOMPARE(first.kind, Altinn::RequestKind::Agent);
    QVERIFY(first.kindGiven);
    QCOMPARE(first.language, u"nn"_s);
    QCOMPARE(result.rows.at(1).name, u"Beta; Gamma AS"_s);
    QCOMPARE(result.rows.at(1).kind, Altinn::RequestKind::Standard);
    QCOMPARE(result.rows.at(1).language, u"en"_s);
}

void TestCustomerListImport::quotedCellsHoldSeparatorsQuotesAndLineBreaks()
{
    const QString a = validOrgNo(8);
    const QString b = validOrgNo(9);
    const QString text = u"Orgnr;Navn;Ekstern referanse\r\n"_s + a
        + u";\"Smith \"\"The Best\"\" AS; avd. Oslo\";\"ref-1\"\r\n"_s + b
        + u"; \"Line one\r\nLine two\" ;\"\"\r\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(result.separator, QChar(u';'));
    QVERIFY2(result.findings.isEmpty(), qPrintable(messages(result).join(u'\n')));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).name, u"Smith \"The Best\" AS; avd. Oslo"_s);
    QCOMPARE(result.rows.at(0).externalRef, u"ref-1"_s);
    QCOMPARE(result.rows.at(1).line, 3);
    QCOMPARE(result.rows.at(1).name, u"Line one Line two"_s); // a name is one line
    QCOMPARE(result.rows.at(1).externalRef, QString());
}

void TestCustomerListImport::emptyLinesAndLineEndings()
{
    const QString a = validOrgNo(10);
    const QString b = validOrgNo(11);
    const QString bad = withWrongCheckDigit(validOrgNo(12));
    for (const QString &lineEnd : {u"\r\n"_s, u"\n"_s, u"\r"_s}) {
        const QString text = u"orgnr;navn"_s + lineEnd + lineEnd + a + u";A"_s + lineEnd + u" ; "_s + lineEnd
            + u";;;"_s + lineEnd + b + u";B;;"_s + lineEnd + bad + u";C"_s + lineEnd + lineEnd;
        const auto result = CustomerListImport::parse(text.toUtf8());
        QCOMPARE(orgNos(result), (QStringList{a, b}));
        QCOMPARE(result.rows.at(0).line, 3);
        QCOMPARE(result.rows.at(1).line, 6); // trailing empty cells are fine
        QCOMPARE(errorLines(result), QList<int>{7});
        QCOMPARE(result.counts().rowsRead, 3);
        QCOMPARE(result.counts().rejected, 1);
    }
}

void TestCustomerListImport::windows1252BytesAreRead()
{
    const QString a = validOrgNo(13);
    const QString b = validOrgNo(14);
    // Excel's "CSV (semikolondelt)" on Norwegian Windows: ø = F8, Æ = C6, Ø = D8, Å = C5, – = 96.
    const QByteArray bytes = "Org.nr.;Navn\r\n"_ba + a.toLatin1() + ";B\xF8 i Telemark\r\n"_ba + b.toLatin1()
        + ";\xC6rlig \xD8l \xC5s \x96 \x80 1\r\n"_ba;
    const auto result = CustomerListImport::parse(bytes);
    QCOMPARE(result.encoding, Encoding::Windows1252);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).name, u"Bø i Telemark"_s);
    QCOMPARE(result.rows.at(1).name, u"Ærlig Øl Ås – € 1"_s);
}

void TestCustomerListImport::utf16WithBomIsRead()
{
    const QString a = validOrgNo(15);
    const QString text = u"Org.nr.\tNavn\r\n"_s + a + u"\tÆrlig Øl Ås\r\n"_s;
    QByteArray little = "\xFF\xFE"_ba;
    QByteArray big = "\xFE\xFF"_ba;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        little.append(low).append(high);
        big.append(high).append(low);
    }
    for (const QByteArray &bytes : {little, big}) {
        const auto result = CustomerListImport::parse(bytes);
        QCOMPARE(result.encoding, bytes == little ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian);
        QCOMPARE(result.separator, QChar(u'\t'));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.at(0).name, u"Ærlig Øl Ås"_s);
    }
}

void TestCustomerListImport::orgNumbersMayBeGrouped()
{
    QStringList numbers;
    for (int i = 0; i < 6; ++i)
        numbers.append(validOrgNo(20 + i));
    const QString text = u"orgnr\n"_s + spaced(numbers[0]) + u"\n"_s + numbers[1].first(3) + u'.'
        + numbers[1].sliced(3, 3) + u'.' + numbers[1].sliced(6) + u"\nNO"_s + numbers[2] + u"MVA\n"_s
        + numbers[3].first(3) + QChar(0x00A0) + numbers[3].sliced(3, 3) + QChar(0x00A0) + numbers[3].sliced(6)
        + u"\n'"_s + numbers[4] + u"\n  "_s + numbers[5] + u"  \n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QVERIFY2(result.findings.isEmpty(), qPrintable(messages(result).join(u'\n')));
    QCOMPARE(orgNos(result), numbers);
    QVERIFY(result.separator.isNull()); // one column
    QCOMPARE(CustomerListImport::orgNumberFromCell(u"no 974 760 673 mva"), u"974760673"_s);
}

void TestCustomerListImport::invalidOrgNumbersNameTheirLine()
{
    const QString good = validOrgNo(30);
    const QString text = u"Org.nr.;Navn\n"_s // 1
        + good + u";Good\n"_s // 2
        + u"974 760 674;Bad check digit\n"_s // 3
        + u"97476067;Too short\n"_s // 4
        + u"97A760673;Letters\n"_s // 5
        + u";No number\n"_s // 6
        + u"9,75E+08;Rounded by Excel\n"_s; // 7
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(orgNos(result), QStringList{good});
    QCOMPARE(errorLines(result), (QList<int>{3, 4, 5, 6, 7}));
    QVERIFY(result.hasErrors());
    const auto checkDigitProblem = result.findingsOn(3);
    QCOMPARE(checkDigitProblem.size(), 1);
    QCOMPARE(checkDigitProblem.at(0).column, u"Org.nr."_s);
    QCOMPARE(checkDigitProblem.at(0).message,
        u"Line 3: 974 760 674 is not a valid organisation number (the check digit does not match). "
        u"Correct it in the spreadsheet and import again."_s);
    QVERIFY(result.findingsOn(4).at(0).message.contains(u"8 digit"));
    QVERIFY(result.findingsOn(6).at(0).message.contains(u"missing"));
    QVERIFY(result.findingsOn(7).at(0).message.contains(u"as text"));
    // Remainder 1: no check digit makes these eight digits valid.
    QString noCheckDigit;
    for (int base = 80000000;; ++base) {
        if (checkDigit(QString::number(base)) < 0) {
            noCheckDigit = QString::number(base);
            break;
        }
    }
    for (int digit = 0; digit <= 9; ++digit) {
        const auto one = CustomerListImport::parse(u"orgnr\n"_s + noCheckDigit + QString::number(digit));
        QCOMPARE(errorLines(one), QList<int>{2});
    }
    const CustomerListImport::Counts counts = result.counts();
    QCOMPARE(counts.rowsRead, 6);
    QCOMPARE(counts.accepted, 1);
    QCOMPARE(counts.rejected, 5);
    QCOMPARE(counts.errors, 5);
}

void TestCustomerListImport::lineNumbersCountLinesInsideQuotedCells()
{
    const QString text = u"Org.nr.;Navn;Ekstern referanse\r\n"_s // 1
        + validOrgNo(40) + u";\"Multi\r\nline\r\nname\";a\r\n"_s // 2-4
        + validOrgNo(41) + u";\"Two\nlines\";b\r\n"_s // 5-6
        + u"974 760 674;After the quotes;c\r\n"_s; // 7
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(1).line, 5);
    QCOMPARE(errorLines(result), QList<int>{7});
    QCOMPARE(result.findings.at(0).message,
        u"Line 7: 974 760 674 is not a valid organisation number (the check digit does not match). "
        u"Correct it in the spreadsheet and import again."_s);
}

void TestCustomerListImport::unclosedQuoteIsAnError()
{
    const QString text = u"orgnr;navn\n"_s + validOrgNo(42) + u";Fine\n"_s + validOrgNo(43) + u";\"Open\n"_s
        + validOrgNo(44) + u";Swallowed\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(errorLines(result), QList<int>{3});
    QVERIFY(result.findings.at(0).message.contains(u"never closed"));
}

void TestCustomerListImport::duplicatesKeepTheFirst()
{
    const QString a = validOrgNo(50);
    const QString b = validOrgNo(51);
    const QString text = u"orgnr;navn;ekstern referanse\n"_s // 1
        + a + u";First;\n"_s // 2
        + a + u";Other reference;K-2\n"_s // 3: another system user for the same customer
        + spaced(a) + u";Again;\n"_s // 4: duplicate of 2
        + a + u";Written out;"_s + a
        + u"\n"_s // 5: the org number as reference is Altinn's default: duplicate of 2
        + b + u";B;K-2\n"_s // 6
        + a + u";Repeated;K-2\n"_s; // 7: duplicate of 3
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(orgNos(result), (QStringList{a, a, b}));
    QCOMPARE(result.rows.at(0).name, u"First"_s);
    QCOMPARE(errorLines(result), (QList<int>{4, 5, 7}));
    QVERIFY(result.findingsOn(4).at(0).message.startsWith(u"Line 4: "_s + a + u" is already on line 2."_s));
    QVERIFY(result.findingsOn(4).at(0).message.contains(u"Line 2 is kept"));
    QVERIFY(result.findingsOn(7).at(0).message.contains(u"already on line 3"));
    QVERIFY(result.findingsOn(7).at(0).message.contains(u"K-2"));
}

void TestCustomerListImport::unknownColumnsAreIgnoredWithAWarning()
{
    const QString text =
        u"Orgnr;Telefon;Navn;Adresse\n"_s + validOrgNo(60) + u";22 22 22 22;Acme;Storgata 1\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.at(0).name, u"Acme"_s);
    QCOMPARE(result.findings.size(), 1);
    const CustomerListImport::Finding &warning = result.findings.at(0);
    QCOMPARE(warning.severity, Validation::Severity::Warning);
    QCOMPARE(warning.line, 1);
    QVERIFY(warning.message.contains(u"\"Telefon\""));
    QVERIFY(warning.message.contains(u"\"Adresse\""));
    QVERIFY(warning.message.contains(u"ignored"));
    QCOMPARE(result.counts().warnings, 1);
}

void TestCustomerListImport::headerNamesAreUnderstoodInBothLanguages()
{
    const QList<QPair<QString, Column>> names = {
        {u"Org.nr."_s, Column::OrgNo},
        {u"Organisasjonsnummer"_s, Column::OrgNo},
        {u"orgnr"_s, Column::OrgNo},
        {u"Org number"_s, Column::OrgNo},
        {u"Organization Number"_s, Column::OrgNo},
        {u"orgNo"_s, Column::OrgNo},
        {u"Navn"_s, Column::Name},
        {u"name"_s, Column::Name},
        {u"Firmanavn"_s, Column::Name},
        {u"Ekstern referanse"_s, Column::ExternalRef},
        {u"external reference"_s, Column::ExternalRef},
        {u"externalRef"_s, Column::ExternalRef},
        {u"E-post"_s, Column::ContactEmail},
        {u"epost"_s, Column::ContactEmail},
        {u"email"_s, Column::ContactEmail},
        {u"E-mail"_s, Column::ContactEmail},
        {u"Kontakt e-post"_s, Column::ContactEmail},
        {u"E-post (kontakt)"_s, Column::ContactEmail},
        {u"Type"_s, Column::Kind},
        {u"kind"_s, Column::Kind},
        {u"Request kind"_s, Column::Kind},
        {u"Rettigheter"_s, Column::Rights},
        {u"rights"_s, Column::Rights},
        {u"Tilgangspakker"_s, Column::Packages},
        {u"packages"_s, Column::Packages},
        {u"Access packages"_s, Column::Packages},
        {u"Språk"_s, Column::Language},
        {u"LANGUAGE"_s, Column::Language},
        // Nynorsk, as the wizard's own nn exports name them
        {u"Namn"_s, Column::Name},
        {u"Firmanamn"_s, Column::Name},
        {u"Rettar"_s, Column::Rights},
        {u"Tilgangspakkar"_s, Column::Packages},
    };
    for (const auto &[header, column] : names) {
        // The org number column always comes first, so each name is tested in a column of its own.
        QString text = header + u"\n"_s + validOrgNo(61);
        if (column != Column::OrgNo)
            text = u"orgnr;"_s + header + u"\n"_s + validOrgNo(61) + u";"_s;
        const auto result = CustomerListImport::parse(text);
        QVERIFY2(result.columnHeaders.value(column) == header, qPrintable(header));
        QVERIFY2(result.findings.isEmpty(), qPrintable(header + u": "_s + messages(result).join(u'\n')));
    }
}

void TestCustomerListImport::listWithoutOrgNumberColumnSaysWhatIsUnderstood()
{
    const QString text = u"Navn;E-post\nAcme;post@acme.no\nBeta;post@beta.no\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.findings.size(), 1);
    QVERIFY(result.findings.at(0).isError());
    QVERIFY(result.findings.at(0).message.contains(u"Organisasjonsnummer"));
    QVERIFY(result.findings.at(0).message.contains(u"Org.nr."));
    QVERIFY(result.findings.at(0).message.contains(u"Organization number"));
    QCOMPARE(result.counts().rowsRead, 2);
    QCOMPARE(result.counts().rejected, 2);
}

void TestCustomerListImport::listWithoutHeader()
{
    const QString a = validOrgNo(70);
    const QString b = validOrgNo(71);
    const QString text =
        a + u";Acme;K-1;post@acme.no\n"_s + b + u";Beta\n"_s + withWrongCheckDigit(a) + u";Bad\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QVERIFY(!result.hasHeader);
    QCOMPARE(orgNos(result), (QStringList{a, b}));
    QCOMPARE(result.rows.at(0).line, 1);
    QCOMPARE(result.rows.at(0).name, u"Acme"_s);
    QCOMPARE(result.rows.at(0).externalRef, u"K-1"_s);
    QCOMPARE(result.rows.at(0).contactEmail, u"post@acme.no"_s);
    QCOMPARE(errorLines(result), QList<int>{3});
    QCOMPARE(result.findings.at(0).column, u"Organisation number"_s);

    // A mistyped number on the first line is reported there, not as a missing column.
    const auto mistyped = CustomerListImport::parse(withWrongCheckDigit(a) + u"\tAcme\n"_s + b + u"\tBeta"_s);
    QVERIFY(!mistyped.hasHeader);
    QCOMPARE(orgNos(mistyped), QStringList{b});
    QCOMPARE(errorLines(mistyped), QList<int>{1});
}

void TestCustomerListImport::headerOnlyAndEmptyInput()
{
    const auto headerOnly = CustomerListImport::parse("Org.nr.;Navn;E-post\r\n\r\n"_ba);
    QVERIFY(headerOnly.rows.isEmpty());
    QCOMPARE(errorLines(headerOnly), QList<int>{1});
    QVERIFY(headerOnly.findings.at(0).message.contains(u"no customers"));

    for (const QByteArray &bytes : {QByteArray(), "\xEF\xBB\xBF"_ba, " \r\n\r\n ; ; \r\n"_ba}) {
        const auto empty = CustomerListImport::parse(bytes);
        QVERIFY(empty.rows.isEmpty());
        QCOMPARE(errorLines(empty), QList<int>{0});
        QVERIFY(empty.findings.at(0).message.contains(u"empty"));
        QCOMPARE(empty.counts().rowsRead, 0);
    }
    QCOMPARE(errorLines(CustomerListImport::parse(QString())), QList<int>{0});
}

void TestCustomerListImport::kindsLanguagesRightsAndPackages()
{
    const QString text = u"orgnr;type;språk;rettigheter;tilgangspakker\n"_s // 1
        + validOrgNo(80)
        + u";Standard;bokmål;\"ske-krav | skatt-mva,  altinn-x\";regnskapsforer-lonn\n"_s // 2
        + validOrgNo(81)
        + u";Agent (klient);Nynorsk;;\"urn:altinn:accesspackage:a urn:altinn:accesspackage:b\"\n"_s // 3
        + validOrgNo(82) + u";;English (UK);urn:altinn:resource:ske-krav;\n"_s // 4
        + validOrgNo(83) + u";sometimes;nb;;\n"_s // 5: unknown kind → error
        + validOrgNo(84) + u";client;deutsch;;\n"_s; // 6: unknown language → warning
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(result.rows.size(), 4);
    const auto &standard = result.rows.at(0);
    QCOMPARE(standard.kind, Altinn::RequestKind::Standard);
    QVERIFY(standard.kindGiven);
    QCOMPARE(standard.language, u"nb"_s);
    QCOMPARE(standard.wantedRights, (QStringList{u"ske-krav"_s, u"skatt-mva"_s, u"altinn-x"_s}));
    QCOMPARE(standard.wantedPackages, QStringList{u"urn:altinn:accesspackage:regnskapsforer-lonn"_s});
    const auto &agent = result.rows.at(1);
    QCOMPARE(agent.kind, Altinn::RequestKind::Agent);
    QCOMPARE(agent.language, u"nn"_s);
    QCOMPARE(agent.wantedPackages,
        (QStringList{u"urn:altinn:accesspackage:a"_s, u"urn:altinn:accesspackage:b"_s}));
    const auto &empty = result.rows.at(2);
    QVERIFY(!empty.kindGiven);
    QCOMPARE(empty.kind, Altinn::RequestKind::Standard);
    QCOMPARE(empty.language, u"en"_s);
    QCOMPARE(empty.wantedRights, QStringList{u"ske-krav"_s});
    QCOMPARE(result.rows.at(3).line, 6);
    QCOMPARE(result.rows.at(3).kind, Altinn::RequestKind::Agent);
    QCOMPARE(result.rows.at(3).language, QString());

    QCOMPARE(errorLines(result), QList<int>{5});
    QCOMPARE(result.findingsOn(5).at(0).column, u"type"_s);
    QVERIFY(result.findingsOn(5).at(0).message.contains(u"\"sometimes\""));
    QCOMPARE(result.findingsOn(6).size(), 1);
    QCOMPARE(result.findingsOn(6).at(0).severity, Validation::Severity::Warning);
    QCOMPARE(result.findingsOn(6).at(0).column, u"språk"_s);

    // Agent requests carry packages only: the rights are dropped with a warning, the row is kept.
    const auto agentWithRights = CustomerListImport::parse(
        u"orgnr\ttype\trights\tpackages\n"_s + validOrgNo(85) + u"\tagent\tske-krav\tregnskapsforer-lonn"_s);
    QCOMPARE(agentWithRights.rows.size(), 1);
    QVERIFY(agentWithRights.rows.at(0).wantedRights.isEmpty());
    QCOMPARE(agentWithRights.rows.at(0).wantedPackages.size(), 1);
    QCOMPARE(agentWithRights.findings.size(), 1);
    QCOMPARE(agentWithRights.findings.at(0).severity, Validation::Severity::Warning);
    QVERIFY(agentWithRights.findings.at(0).message.contains(u"ske-krav"));
}

void TestCustomerListImport::malformedEmailIsAWarning()
{
    const QString text = u"orgnr;e-mail\n"_s + validOrgNo(90) + u";post@acme\n"_s + validOrgNo(91)
        + u";ola nordmann@acme.no\n"_s + validOrgNo(92) + u";mailto:post@beta.no\n"_s + validOrgNo(93)
        + u";a@b@c.no\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.rows.size(), 4);
    QCOMPARE(result.rows.at(0).contactEmail, QString());
    QCOMPARE(result.rows.at(2).contactEmail, u"post@beta.no"_s);
    QCOMPARE(result.counts().warnings, 3);
    QCOMPARE(result.findingsOn(2).at(0).column, u"e-mail"_s);
    QVERIFY(result.findingsOn(2).at(0).message.contains(u"post@acme"));
}

void TestCustomerListImport::externalRefsFollowTheRequestRules()
{
    // The request rules every client shares (RequestValidator): at most 255 characters, and only the
    // characters Maskinporten takes in a system user token request. Such a line is left out.
    const QString text = u"orgnr;ekstern referanse\n"_s + validOrgNo(96) + u";kunde 17\n"_s + validOrgNo(97)
        + u";K-2\n"_s + validOrgNo(98) + u";"_s + QString(256, u'k') + u"\n"_s + validOrgNo(99)
        + u";Bø_3\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(errorLines(result), (QList<int>{2, 4}));
    QCOMPARE(orgNos(result), (QStringList{validOrgNo(97), validOrgNo(99)}));
    const auto refused = result.findingsOn(2).at(0);
    QCOMPARE(refused.column, u"ekstern referanse"_s);
    QVERIFY2(refused.message.startsWith(u"Line 2: "_s), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(u"Maskinporten"_s), qPrintable(refused.message));
    QVERIFY(result.findingsOn(4).at(0).message.contains(u"255"_s));
}

void TestCustomerListImport::tooManyCellsIsAnError()
{
    // A comma inside an unquoted name shifts every cell after it.
    const QString text = u"orgnr,navn,ekstern referanse\n"_s + validOrgNo(94) + u",Acme, Inc,K-1\n"_s
        + validOrgNo(95) + u",Beta,K-2,,\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(errorLines(result), QList<int>{2});
    QVERIFY(result.findingsOn(2).at(0).message.contains(u"4 cells"));
    QVERIFY(result.findingsOn(2).at(0).message.contains(u"comma"));
    QCOMPARE(orgNos(result), QStringList{validOrgNo(95)});
}

void TestCustomerListImport::checkAgainstTheSystemOffer()
{
    Altinn::SystemDefinition system;
    system.rights = QList<Altinn::Right>{
        Altinn::Right::forResource(u"ske-krav"_s), Altinn::Right::forResource(u"skatt-mva"_s)};
    system.accessPackages =
        QList<Altinn::AccessPackageRef>{{u"urn:altinn:accesspackage:regnskapsforer-lonn"_s}};
    const QString text = u"orgnr;type;rettigheter;tilgangspakker\n"_s // 1
        + validOrgNo(100) + u";standard;SKE-krav;regnskapsforer-lonn\n"_s // 2: offered (case differs)
        + validOrgNo(101) + u";standard;ske-krav not-offered;\n"_s // 3: right not offered
        + validOrgNo(102) + u";agent;;urn:altinn:accesspackage:nope\n"_s // 4: package not offered
        + validOrgNo(103) + u";agent;ske-krav;regnskapsforer-lonn\n"_s // 5: agent with rights
        + validOrgNo(104) + u";;;\n"_s; // 6: everything the system offers
    auto result = CustomerListImport::parse(text.toUtf8());
    QCOMPARE(result.rows.size(), 5);
    CustomerListImport::checkAgainst(result, system);
    QCOMPARE(orgNos(result), (QStringList{validOrgNo(100), validOrgNo(103), validOrgNo(104)}));
    QCOMPARE(result.rows.at(0).wantedRights, QStringList{u"ske-krav"_s}); // the system's spelling
    QCOMPARE(errorLines(result), (QList<int>{3, 4}));
    QVERIFY(result.findingsOn(3).at(0).message.contains(u"not-offered"));
    QCOMPARE(result.findingsOn(3).at(0).column, u"rettigheter"_s);
    QVERIFY(result.findingsOn(4).at(0).message.contains(u"urn:altinn:accesspackage:nope"));
    QCOMPARE(result.findingsOn(4).at(0).column, u"tilgangspakker"_s);
    QCOMPARE(result.findingsOn(5).size(), 1);
    QCOMPARE(result.findingsOn(5).at(0).severity, Validation::Severity::Warning);
    QVERIFY(result.rows.at(1).wantedRights.isEmpty());
    QCOMPARE(result.counts().rejected, 2);

    // A system without rights offers none.
    Altinn::SystemDefinition packagesOnly = system;
    packagesOnly.rights = std::nullopt;
    auto again = CustomerListImport::parse(text.toUtf8());
    CustomerListImport::checkAgainst(again, packagesOnly);
    QCOMPARE(errorLines(again), (QList<int>{2, 3, 4}));
}

void TestCustomerListImport::tenThousandRowsAreFast()
{
    constexpr int rowCount = 10000;
    QString text = u"Org.nr.;Navn;Ekstern referanse;E-post;Type;Språk;Tilgangspakker\r\n"_s;
    for (int i = 0; i < rowCount; ++i) {
        text += spaced(validOrgNo(i)) + u";\"Kunde "_s + QString::number(i) + u", Bø AS\";K-"_s
            + QString::number(i) + u";post"_s + QString::number(i)
            + u"@kunde.no;standard;nb;regnskapsforer-lonn\r\n"_s;
    }
    const QByteArray utf8 = text.toUtf8();
    QByteArray windows1252 = utf8;
    windows1252.replace("\xC3\xB8", "\xF8").replace("\xC3\xA5", "\xE5");

    for (const QByteArray &bytes : {utf8, windows1252}) {
        QElapsedTimer timer;
        timer.start();
        const auto result = CustomerListImport::parse(bytes);
        const qint64 elapsed = timer.elapsed();
        qInfo("%d rows, %lld bytes (%s): parsed in %lld ms", rowCount, qint64(bytes.size()),
            qPrintable(CustomerListImport::encodingName(result.encoding)), elapsed);
        QCOMPARE(result.rows.size(), rowCount);
        QVERIFY2(result.findings.isEmpty(), qPrintable(messages(result).mid(0, 3).join(u'\n')));
        QCOMPARE(result.rows.constLast().name, u"Kunde 9999, Bø AS"_s);
        QCOMPARE(result.rows.constLast().line, rowCount + 1);
        QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
}

void TestCustomerListImport::mergeKeepsStateOfKnownCustomers()
{
    const QString waitingNo = validOrgNo(110);
    const QString sameNo = validOrgNo(111);
    const QString newNo = validOrgNo(112);
    const QString notAskedNo = validOrgNo(113);

    CustomerRecord waiting;
    waiting.orgNo = waitingNo;
    waiting.name = u"Old name"_s;
    waiting.kind = Altinn::RequestKind::Standard;
    waiting.requestId = u"req-1"_s;
    waiting.requestStatus = u"New"_s;
    waiting.confirmUrl = u"https://example.test/confirm"_s;
    waiting.state = CustomerState::Waiting;
    waiting.note = u"called them"_s;
    waiting.contactEmail = u"old@waiting.no"_s;

    CustomerRecord same;
    same.orgNo = sameNo;
    same.name = u"Same AS"_s;
    same.state = CustomerState::Approved;
    same.systemUserId = u"su-1"_s;

    CustomerRecord notAsked;
    notAsked.orgNo = notAskedNo;
    notAsked.externalRef = u"K-9"_s;
    notAsked.name = u"Not asked AS"_s;

    const QString text = u"orgnr;navn;ekstern referanse;e-post;type;språk;tilgangspakker\n"_s + waitingNo
        + u";New name;;new@waiting.no;agent;nn;regnskapsforer-lonn\n"_s + sameNo + u";Same AS;;;;;\n"_s
        + newNo + u";New AS;K-1;post@new.no;klient;en;regnskapsforer-lonn\n"_s + notAskedNo
        + u";;K-9;;agent;;\n"_s + withWrongCheckDigit(newNo) + u";Bad;;;;;\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());
    const CustomerListImport::Merge plan = CustomerListImport::merge(result, {waiting, same, notAsked});

    QCOMPARE(plan.added, 1);
    QCOMPARE(plan.updated, 2);
    QCOMPARE(plan.unchanged, 1);
    QCOMPARE(plan.rejected, 1);
    QCOMPARE(plan.alreadyListed(), 3);
    QCOMPARE(CustomerListImport::summary(plan), u"1 new, 3 already in the list, 1 with errors"_s);
    QCOMPARE(plan.records.size(), 3);

    const CustomerRecord &updated = plan.records.at(0);
    QCOMPARE(updated.key(), waiting.key());
    QCOMPARE(updated.state, CustomerState::Waiting);
    QCOMPARE(updated.requestId, u"req-1"_s);
    QCOMPARE(updated.confirmUrl, waiting.confirmUrl);
    QCOMPARE(updated.note, u"called them"_s);
    QCOMPARE(updated.kind, Altinn::RequestKind::Standard); // a request was sent: its kind stays
    QCOMPARE(updated.name, u"New name"_s);
    QCOMPARE(updated.contactEmail, u"new@waiting.no"_s);
    QCOMPARE(updated.language, u"nn"_s);
    QCOMPARE(updated.wantedPackages, QStringList{u"urn:altinn:accesspackage:regnskapsforer-lonn"_s});

    const CustomerRecord &added = plan.records.at(1);
    QCOMPARE(added.orgNo, newNo);
    QCOMPARE(added.externalRef, u"K-1"_s);
    QCOMPARE(added.state, CustomerState::NotAsked);
    QCOMPARE(added.kind, Altinn::RequestKind::Agent);
    QCOMPARE(added.name, u"New AS"_s);
    QCOMPARE(added.contactEmail, u"post@new.no"_s);
    QCOMPARE(added.language, u"en"_s);
    QVERIFY(added.requestId.isEmpty());

    const CustomerRecord &kindChanged = plan.records.at(2);
    QCOMPARE(kindChanged.key(), notAsked.key());
    QCOMPARE(kindChanged.kind, Altinn::RequestKind::Agent); // nothing sent yet: the list decides
    QCOMPARE(kindChanged.name, u"Not asked AS"_s); // an empty cell fills in nothing

    // The same import against a lookup function instead of a list.
    const CustomerListImport::Merge viaLookup =
        CustomerListImport::merge(result, [&](const QString &key) -> std::optional<CustomerRecord> {
            for (const CustomerRecord &record : {waiting, same, notAsked}) {
                if (record.key() == key)
                    return record;
            }
            return std::nullopt;
        });
    QCOMPARE(viaLookup.records, plan.records);
}

void TestCustomerListImport::mergeIntoALedger()
{
    const CustomerLedger::Scope scope{u"acme"_s, u"sandbox"_s, u"991825827_smartregnskap"_s};
    const QString path = m_directory.filePath(u"ledger.json"_s);
    const QString waitingNo = validOrgNo(120);
    {
        CustomerLedger ledger(scope, path);
        QVERIFY(ledger.load());
        CustomerRecord waiting;
        waiting.orgNo = waitingNo;
        waiting.requestId = u"req-7"_s;
        waiting.state = CustomerState::Waiting;
        QVERIFY(ledger.upsert(waiting));
    }
    const QString text = u"orgnr;navn;e-post\n"_s + waitingNo + u";Venter AS;a@venter.no\n"_s
        + validOrgNo(121) + u";Ny AS;\n"_s;
    const auto result = CustomerListImport::parse(text.toUtf8());

    {
        // Closing the ledger writes it (it may hold back saves while it is open).
        CustomerLedger ledger(scope, path);
        QVERIFY(ledger.load());
        const auto lookup = [&ledger](const QString &key) {
            return ledger.find(key);
        };
        const CustomerListImport::Merge plan = CustomerListImport::merge(result, lookup);
        QCOMPARE(CustomerListImport::summary(plan), u"1 new, 1 already in the list, 0 with errors"_s);
        QVERIFY(ledger.upsertAll(plan.records));
    }

    CustomerLedger reread(scope, path);
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 2);
    const auto waiting = reread.find(waitingNo, {});
    QVERIFY(waiting);
    QCOMPARE(waiting->state, CustomerState::Waiting);
    QCOMPARE(waiting->requestId, u"req-7"_s);
    QCOMPARE(waiting->name, u"Venter AS"_s);
    QCOMPARE(waiting->contactEmail, u"a@venter.no"_s);
    QCOMPARE(reread.find(validOrgNo(121), {})->state, CustomerState::NotAsked);

    // Importing the same list again changes nothing.
    const CustomerListImport::Merge again =
        CustomerListImport::merge(result, [&reread](const QString &key) { return reread.find(key); });
    QCOMPARE(again.unchanged, 2);
    QVERIFY(again.records.isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomerListImport)
#include "TestCustomerListImport.moc"
