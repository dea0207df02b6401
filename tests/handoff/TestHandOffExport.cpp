#include "handoff/HandOffExport.h"
#include "handoff/HandOffFiles.h"
#include "handoff/HandOffPdf.h"
#include "handoff/QrMatrix.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using Altinn::CustomerMessage;

/// The hand-off of many customers at once: who is in it, in which language, and CSV, .eml and PDF files
/// that other programs (Python's csv and email modules, a PDF reader's page count) read back right.
class TestHandOffExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customersWithoutALinkAreSkippedWithTheReason();
    void theChangeRequestLinkForChangePending();
    void eachCustomerGetsTheTextsOfItsLanguage();
    void rightsAndPackagesAreTheWantedOnes();
    void reminderAddsPrefixAndLineInTheCustomerLanguage();
    void csvReadsBackWithPythonsCsvModule();
    void csvCellsThatLookLikeFormulasBecomeText();
    void emlFilesParseWithPythonsEmailModule();
    void emlLinesStayShortAndAscii();
    void emlFileNamesAreSafeAndUnique();
    void emailAddressesKeepOnlyUsableOnes();
    void pdfHasOnePagePerCustomerAndEveryLink();
    void pdfQrCodesScanBackToTheLinks();
    void pdfOfThreeHundredCustomers();
    void pdfCanBeCancelledAndLeavesNoFile();
    void qrMatrixIsDeterministicAndGrowsWithTheText();
    void qrMatrixReportsWhatCannotBeEncoded();
    void failuresSayWhatToDo();

private:
    static HandOffExport::Input input();
    static QJsonDocument runPython(const QString &script, const QStringList &arguments);
};

namespace {

const QString LinkPrefix = u"https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id="_s;
const QString ChangeLinkPrefix =
    u"https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/changerequest?id="_s;

QString link(int number)
{
    return LinkPrefix
        + u"505f8488-3d48-4c15-8e21-%1&DONTCHOOSEREPORTEE=true"_s.arg(number, 12, 10, QChar(u'0'));
}

CustomerRecord customer(
    const QString &orgNo, const QString &name, CustomerState state, const QString &language)
{
    CustomerRecord record;
    record.orgNo = orgNo;
    record.name = name;
    record.state = state;
    record.language = language;
    return record;
}

qsizetype pageObjects(const QByteArray &pdf)
{
    // "/Type /Page" objects, not the "/Type /Pages" tree node.
    const QByteArray page = "/Type /Page";
    qsizetype count = 0;
    for (qsizetype at = pdf.indexOf(page); at >= 0; at = pdf.indexOf(page, at + page.size())) {
        if (pdf.mid(at + page.size(), 1) != "s")
            ++count;
    }
    return count;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

HandOffExport::Input TestHandOffExport::input()
{
    HandOffExport::Input input;
    input.system.id = u"991825827_lonn"_s;
    input.system.name = {{u"nb"_s, u"Lønnssystem"_s}, {u"nn"_s, u"Lønssystem"_s}, {u"en"_s, u"Payroll"_s}};
    input.system.rights = QList<Altinn::Right>{
        Altinn::Right::forResource(u"ske-krav-og-betalinger"_s), Altinn::Right::forResource(u"app_ttd_a1"_s)};
    input.system.accessPackages = QList<Altinn::AccessPackageRef>{
        {u"urn:altinn:accesspackage:regnskapsforer-lonn"_s}, {u"urn:altinn:accesspackage:skattnaering"_s}};
    input.titles.insert(u"ske-krav-og-betalinger"_s,
        {{u"nb"_s, u"Krav og betalinger"_s}, {u"nn"_s, u"Krav og betalingar"_s},
            {u"en"_s, u"Claims and payments"_s}});
    input.titles.insert(u"app_ttd_a1"_s, {{u"nb"_s, u"Årsoppgjør"_s}, {u"en"_s, u"Annual accounts"_s}});
    input.titles.insert(u"urn:altinn:accesspackage:regnskapsforer-lonn"_s,
        {{u"nb"_s, u"Regnskapsfører lønn"_s}, {u"nn"_s, u"Rekneskapsførar løn"_s},
            {u"en"_s, u"Accountant payroll"_s}});
    input.titles.insert(u"urn:altinn:accesspackage:skattnaering"_s,
        {{u"nb"_s, u"Skatt næring"_s}, {u"en"_s, u"Business tax"_s}});
    input.vendorName = u"Lønn & Regnskap AS"_s;
    input.vendorOrgNo = u"991825827"_s;
    input.vendorContact = u"kundeservice@lonn.example, 22 33 44 55"_s;

    CustomerRecord bokmal = customer(u"310000001"_s, u"Bjørk & Æsir AS"_s, CustomerState::Waiting, u"nb"_s);
    bokmal.confirmUrl = link(1);
    bokmal.contactEmail = u"post@bjork.example"_s;
    bokmal.wantedRights = {u"ske-krav-og-betalinger"_s};
    bokmal.wantedPackages = {u"urn:altinn:accesspackage:skattnaering"_s};
    CustomerRecord nynorsk =
        customer(u"310000002"_s, u"Fjord; \"Vest\" SA"_s, CustomerState::Waiting, u"nn"_s);
    nynorsk.confirmUrl = link(2);
    nynorsk.contactEmail = u"Kari Nordmann <kari@fjord.example>"_s;
    CustomerRecord english =
        customer(u"310000003"_s, u"=HYPERLINK(\"x\")"_s, CustomerState::Waiting, u"en"_s);
    english.confirmUrl = link(3);
    CustomerRecord agent =
        customer(u"310000004"_s, u"Klient Øst AS"_s, CustomerState::ChangePending, u"en"_s);
    agent.kind = Altinn::RequestKind::Agent;
    agent.confirmUrl = link(40);
    agent.changeConfirmUrl = ChangeLinkPrefix + u"77e1c2aa-0000-4000-8000-000000000004"_s;
    agent.contactEmail = u"ikke en adresse"_s;
    CustomerRecord notAsked = customer(u"310000005"_s, u"Ikke spurt AS"_s, CustomerState::NotAsked, {});
    CustomerRecord noLinkYet = customer(u"310000006"_s, u"Uten lenke AS"_s, CustomerState::Waiting, u"nb"_s);
    CustomerRecord approved = customer(u"310000007"_s, u"Ferdig AS"_s, CustomerState::Approved, u"nb"_s);
    approved.confirmUrl = link(7);
    input.customers = {bokmal, notAsked, nynorsk, english, noLinkYet, agent, approved};
    return input;
}

QJsonDocument TestHandOffExport::runPython(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.start(u"python3"_s, QStringList{u"-c"_s, script} + arguments);
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        qWarning().noquote() << "python3 failed:" << python.errorString() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput());
}

void TestHandOffExport::customersWithoutALinkAreSkippedWithTheReason()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    QStringList exported;
    for (const HandOffExport::Message &message : batch.messages)
        exported.append(message.orgNo);
    QCOMPARE(exported, (QStringList{u"310000001"_s, u"310000002"_s, u"310000003"_s, u"310000004"_s}));

    QCOMPARE(batch.skipped.size(), 3);
    QCOMPARE(batch.skipped.at(0).orgNo, u"310000005"_s);
    QCOMPARE(batch.skipped.at(0).reason, HandOffExport::SkipReason::NoRequestYet);
    QCOMPARE(batch.skipped.at(1).orgNo, u"310000006"_s);
    QCOMPARE(batch.skipped.at(1).reason, HandOffExport::SkipReason::NoLinkYet);
    QVERIFY(batch.skipped.at(1).reasonText.contains(u"Refresh"_s));
    // Approved has an old link, but nothing waits behind it any more.
    QCOMPARE(batch.skipped.at(2).orgNo, u"310000007"_s);
    QCOMPARE(batch.skipped.at(2).reason, HandOffExport::SkipReason::NotWaiting);
    QVERIFY(batch.skipped.at(2).reasonText.contains(CustomerStates::text(CustomerState::Approved)));
    for (const HandOffExport::Skipped &skipped : batch.skipped)
        QVERIFY(!skipped.reasonText.isEmpty());
    QVERIFY(HandOffExport::skippedSummary(batch).contains(u'3'));

    HandOffExport::Input allWithLinks = input();
    allWithLinks.customers = allWithLinks.customers.mid(0, 1);
    QVERIFY(HandOffExport::skippedSummary(HandOffExport::prepare(allWithLinks)).isEmpty());
}

void TestHandOffExport::theChangeRequestLinkForChangePending()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    const HandOffExport::Message &agent = batch.messages.at(3);
    QCOMPARE(agent.state, CustomerState::ChangePending);
    QCOMPARE(agent.link, ChangeLinkPrefix + u"77e1c2aa-0000-4000-8000-000000000004"_s);
    QVERIFY(agent.body.contains(agent.link));
    QVERIFY(!agent.body.contains(link(40)));
    QCOMPARE(batch.messages.at(0).link, link(1));
}

void TestHandOffExport::eachCustomerGetsTheTextsOfItsLanguage()
{
    const HandOffExport::Input exportInput = input();
    const HandOffExport::Batch batch = HandOffExport::prepare(exportInput);
    const HandOffExport::Message &nb = batch.messages.at(0);
    const HandOffExport::Message &nn = batch.messages.at(1);
    const HandOffExport::Message &en = batch.messages.at(2);
    QCOMPARE(nb.language, CustomerMessage::Language::Bokmal);
    QCOMPARE(nn.language, CustomerMessage::Language::Nynorsk);
    QCOMPARE(en.language, CustomerMessage::Language::English);
    QCOMPARE(nb.subject, u"Forespørsel om systemtilgang i Altinn: Lønnssystem"_s);
    QCOMPARE(nn.subject, u"Førespurnad om systemtilgang i Altinn: Lønssystem"_s);
    QCOMPARE(en.subject, u"Request for system access in Altinn: Payroll"_s);
    QCOMPARE(nb.systemName, u"Lønnssystem"_s);
    QCOMPARE(en.systemName, u"Payroll"_s);
    QVERIFY(nb.body.startsWith(u"Hei,"_s));
    QVERIFY(nn.body.contains(u"Opne lenkja: "_s + link(2)));
    QVERIFY(en.body.contains(u"Open the link: "_s + link(3)));
    QVERIFY(nn.body.contains(u"Krav og betalingar"_s));
    QVERIFY(en.body.contains(u"Claims and payments"_s));
    QVERIFY(en.body.contains(u"kundeservice@lonn.example, 22 33 44 55"_s));

    // The body is CustomerMessage's own text, not a second copy of it.
    const CustomerMessage::Text expected = CustomerMessage::compose(
        HandOffExport::messageInput(exportInput, exportInput.customers.at(2), link(2)),
        CustomerMessage::Language::Nynorsk);
    QCOMPARE(nn.body, expected.body);
    QCOMPARE(nn.subject, expected.subject);

    // No language in the record: Bokmål.
    HandOffExport::Input unspecified = input();
    unspecified.customers = {unspecified.customers.at(0)};
    unspecified.customers[0].language.clear();
    QCOMPARE(HandOffExport::prepare(unspecified).messages.at(0).language, CustomerMessage::Language::Bokmal);
}

void TestHandOffExport::rightsAndPackagesAreTheWantedOnes()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    const QString &wanted = batch.messages.at(0).body;
    QVERIFY(wanted.contains(u"- Krav og betalinger"_s));
    QVERIFY(!wanted.contains(u"Årsoppgjør"_s));
    QVERIFY(wanted.contains(u"- Skatt næring"_s));
    QVERIFY(!wanted.contains(u"Regnskapsfører lønn"_s));

    const QString &all = batch.messages.at(1).body; // nothing wanted in particular: everything
    QVERIFY(all.contains(u"- Krav og betalingar"_s));
    QVERIFY(all.contains(u"- Årsoppgjør"_s)); // no nn title: nb
    QVERIFY(all.contains(u"- Rekneskapsførar løn"_s));

    const QString &agent = batch.messages.at(3).body; // agent: packages only
    QVERIFY(agent.contains(u"- Accountant payroll"_s));
    QVERIFY(agent.contains(u"- Business tax"_s));
    QVERIFY(!agent.contains(u"Claims and payments"_s));
    QVERIFY(agent.contains(u"Client administrator"_s));
}

void TestHandOffExport::reminderAddsPrefixAndLineInTheCustomerLanguage()
{
    HandOffExport::Input reminderInput = input();
    reminderInput.reminder = true;
    const HandOffExport::Batch plain = HandOffExport::prepare(input());
    const HandOffExport::Batch batch = HandOffExport::prepare(reminderInput);
    QCOMPARE(batch.messages.at(0).subject, u"Påminnelse: "_s + plain.messages.at(0).subject);
    QCOMPARE(batch.messages.at(1).subject, u"Påminning: "_s + plain.messages.at(1).subject);
    QCOMPARE(batch.messages.at(2).subject, u"Reminder: "_s + plain.messages.at(2).subject);
    const QStringList paragraphs = batch.messages.at(0).body.split(u"\n\n"_s);
    QCOMPARE(paragraphs.at(0), u"Hei,"_s);
    QVERIFY(paragraphs.at(1).startsWith(u"Dette er en påminnelse"_s));
    QVERIFY(batch.messages.at(1).body.contains(u"påminning"_s));
    QVERIFY(batch.messages.at(2).body.contains(u"This is a reminder"_s));
    // Everything else is as without the reminder.
    QCOMPARE(QString(batch.messages.at(2).body)
                 .remove(u"This is a reminder: the request below is still "
                         "waiting for your answer.\n\n"_s),
        plain.messages.at(2).body);
}

void TestHandOffExport::csvReadsBackWithPythonsCsvModule()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    QTemporaryDir directory;
    const QString path = directory.filePath(u"utsending/kunder.csv"_s);
    const HandOffFiles::Outcome outcome = HandOffFiles::saveCsv(path, batch.messages);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.files, QStringList{QFileInfo(path).absoluteFilePath()});

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes, HandOffExport::csv(batch.messages));

    const QJsonDocument parsed =
        runPython(u"import csv, json, sys\n"
                  "with open(sys.argv[1], encoding=\"utf-8-sig\", newline=\"\") as f:\n"
                  "    rows = list(csv.reader(f, delimiter=\";\", strict=True))\n"
                  "print(json.dumps(rows))\n"_s,
            {path});
    QVERIFY(parsed.isArray());
    const QJsonArray rows = parsed.array();
    QCOMPARE(rows.size(), batch.messages.size() + 1);
    QCOMPARE(rows.at(0).toVariant().toStringList(), HandOffExport::csvHeader());
    for (qsizetype index = 0; index < batch.messages.size(); ++index) {
        const HandOffExport::Message &message = batch.messages.at(index);
        const QStringList row = rows.at(index + 1).toVariant().toStringList();
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.at(0), message.orgNo);
        QCOMPARE(row.at(2), message.contactEmail);
        QCOMPARE(row.at(3), message.languageCode());
        QCOMPARE(row.at(4), CustomerStates::id(message.state));
        QCOMPARE(row.at(5), message.link);
        QCOMPARE(row.at(6), message.subject);
        QCOMPARE(row.at(7), message.body); // several lines, quoted
    }
    QCOMPARE(rows.at(1).toVariant().toStringList().at(1), u"Bjørk & Æsir AS"_s);
    QCOMPARE(rows.at(2).toVariant().toStringList().at(1), u"Fjord; \"Vest\" SA"_s);
    QCOMPARE(rows.at(3).toVariant().toStringList().at(1), u"'=HYPERLINK(\"x\")"_s);
}

void TestHandOffExport::csvCellsThatLookLikeFormulasBecomeText()
{
    QCOMPARE(HandOffExport::csvCell(u"=1+1"_s), u"'=1+1"_s);
    QCOMPARE(HandOffExport::csvCell(u"+4722334455"_s), u"'+4722334455"_s);
    QCOMPARE(HandOffExport::csvCell(u"-2"_s), u"'-2"_s);
    QCOMPARE(HandOffExport::csvCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(HandOffExport::csvCell(u"\t=1"_s), u"'\t=1"_s);
    QCOMPARE(HandOffExport::csvCell(u"310000001"_s), u"310000001"_s);
    QCOMPARE(HandOffExport::csvCell(u"a;b"_s), u"\"a;b\""_s);
    QCOMPARE(HandOffExport::csvCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(HandOffExport::csvCell(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(HandOffExport::csvCell(u"=\"x\";y"_s), u"\"'=\"\"x\"\";y\""_s);
}

void TestHandOffExport::emlFilesParseWithPythonsEmailModule()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    QTemporaryDir directory;
    const QString folder = directory.filePath(u"e-post"_s);
    const QDateTime date(QDate(2025, 3, 4), QTime(9, 5, 7), QTimeZone(3600));
    const HandOffFiles::Outcome outcome = HandOffFiles::saveEmails(folder, batch.messages, date);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.files.size(), batch.messages.size());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), batch.messages.size()); // no temporary files left

    const QJsonDocument parsed = runPython(
        u"import email, email.policy, json, sys\n"
        "out = []\n"
        "for path in sys.argv[1:]:\n"
        "    with open(path, \"rb\") as f:\n"
        "        m = email.message_from_binary_file(f, policy=email.policy.default)\n"
        "    part = m.get_body((\"plain\",))\n"
        "    out.append({\"to\": [a.addr_spec for a in m[\"to\"].addresses] if m[\"to\"] else None,\n"
        "                \"subject\": str(m[\"subject\"]), \"body\": part.get_content(),\n"
        "                \"charset\": part.get_content_charset(), \"type\": m.get_content_type(),\n"
        "                \"cte\": m[\"content-transfer-encoding\"], \"unsent\": m[\"x-unsent\"],\n"
        "                \"mime\": m[\"mime-version\"], \"messageId\": m[\"message-id\"],\n"
        "                \"date\": m[\"date\"].datetime.isoformat(), \"defects\": len(m.defects)})\n"
        "print(json.dumps(out))\n"_s,
        outcome.files);
    QVERIFY(parsed.isArray());
    const QJsonArray messages = parsed.array();
    QCOMPARE(messages.size(), batch.messages.size());
    for (qsizetype index = 0; index < messages.size(); ++index) {
        const HandOffExport::Message &expected = batch.messages.at(index);
        const QJsonObject message = messages.at(index).toObject();
        QCOMPARE(message.value(u"subject"_s).toString(), expected.subject);
        QCOMPARE(message.value(u"body"_s).toString(), expected.body + u'\n');
        QVERIFY(message.value(u"body"_s).toString().contains(expected.link));
        QCOMPARE(message.value(u"charset"_s).toString(), u"utf-8"_s);
        QCOMPARE(message.value(u"type"_s).toString(), u"text/plain"_s);
        QCOMPARE(message.value(u"cte"_s).toString(), u"quoted-printable"_s);
        QCOMPARE(message.value(u"unsent"_s).toString(), u"1"_s);
        QCOMPARE(message.value(u"mime"_s).toString(), u"1.0"_s);
        QVERIFY(message.value(u"messageId"_s).toString().contains(u'@'));
        QCOMPARE(message.value(u"date"_s).toString(), u"2025-03-04T09:05:07+01:00"_s);
        QCOMPARE(message.value(u"defects"_s).toInt(), 0);
    }
    QCOMPARE(messages.at(0).toObject().value(u"to"_s).toVariant().toStringList(),
        QStringList{u"post@bjork.example"_s});
    QCOMPARE(messages.at(1).toObject().value(u"to"_s).toVariant().toStringList(),
        QStringList{u"kari@fjord.example"_s});
    QVERIFY(messages.at(2).toObject().value(u"to"_s).isNull()); // no address: no To header
    QVERIFY(messages.at(3).toObject().value(u"to"_s).isNull()); // not an address: no To header
    QVERIFY(messages.at(0).toObject().value(u"subject"_s).toString().contains(u"ø"_s));
}

void TestHandOffExport::emlLinesStayShortAndAscii()
{
    HandOffExport::Input longNames = input();
    longNames.system.name.insert(
        u"nb"_s, u"Æææææ øøøøø ååååå lønnssystem med et svært langt navn som går over flere linjer 😀"_s);
    const HandOffExport::Batch batch = HandOffExport::prepare(longNames);
    const QByteArray eml = HandOffExport::eml(batch.messages.at(0), QDateTime::currentDateTime());
    for (const char byte : eml)
        QVERIFY(static_cast<unsigned char>(byte) < 0x80);
    // RFC 5322: header lines of at most 78 characters; RFC 2045: quoted-printable lines of at most 76.
    const qsizetype headerEnd = eml.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    for (const QByteArray &line : eml.left(headerEnd).split('\n'))
        QVERIFY2(line.size() <= 78 + 1, line.constData()); // and the CR
    for (const QByteArray &line : eml.mid(headerEnd + 4).split('\n'))
        QVERIFY2(line.size() <= 76 + 1, line.constData());
    QVERIFY(eml.left(headerEnd).count("=?utf-8?B?") >= 2); // the long subject is folded
    // Each encoded word holds whole characters (RFC 2047 section 5), together the whole subject.
    static const QRegularExpression word(u"=\\?utf-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    QString subject;
    for (const QRegularExpressionMatch &match : word.globalMatch(QString::fromLatin1(eml.left(headerEnd)))) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        subject += utf8.decode(QByteArray::fromBase64(match.captured(1).toLatin1()));
        QVERIFY(!utf8.hasError());
    }
    QCOMPARE(subject, batch.messages.at(0).subject);
    QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
    QVERIFY(!eml.contains("\n\n")); // CRLF everywhere
    QVERIFY(HandOffExport::encodeHeaderText(u"Plain subject"_s) == "Plain subject");
    QCOMPARE(QString::fromUtf8(
                 QByteArray::fromBase64(HandOffExport::encodeHeaderText(u"Ærlig"_s).mid(10).chopped(2))),
        u"Ærlig"_s);
    QCOMPARE(HandOffExport::quotedPrintable(u"a = b \nx"_s), QByteArray("a =3D b=20\r\nx\r\n"));
}

void TestHandOffExport::emlFileNamesAreSafeAndUnique()
{
    HandOffExport::Message first;
    first.orgNo = u"310000001"_s;
    first.customerName = u"Bjørk & Æsir AS"_s;
    HandOffExport::Message same = first;
    HandOffExport::Message sneaky;
    sneaky.orgNo = u"../../etc"_s;
    sneaky.customerName = u"a/b\\c:d*?\"<>|"_s;
    HandOffExport::Message nameless;
    nameless.orgNo = u"310000009"_s;
    const QStringList names = HandOffExport::emlFileNames({first, same, sneaky, nameless});
    QCOMPARE(names,
        (QStringList{u"310000001-Bjørk-Æsir-AS.eml"_s, u"310000001-Bjørk-Æsir-AS-2.eml"_s,
            u"etc-a-b-c-d.eml"_s, u"310000009.eml"_s}));
}

void TestHandOffExport::emailAddressesKeepOnlyUsableOnes()
{
    QCOMPARE(HandOffExport::emailAddresses(u"post@bjork.example"_s), QStringList{u"post@bjork.example"_s});
    QCOMPARE(HandOffExport::emailAddresses(u"a@x.example; b@y.example, A@X.example"_s),
        (QStringList{u"a@x.example"_s, u"b@y.example"_s}));
    QCOMPARE(
        HandOffExport::emailAddresses(u"Kari <kari@fjord.example>"_s), QStringList{u"kari@fjord.example"_s});
    QCOMPARE(HandOffExport::emailAddresses(u"post@bøker.no"_s), QStringList{u"post@xn--bker-gra.no"_s});
    QVERIFY(HandOffExport::emailAddresses(u"ikke en adresse"_s).isEmpty());
    QVERIFY(HandOffExport::emailAddresses(u"a@b\r\nBcc: evil@x.example"_s).size() <= 1);
    QVERIFY(!HandOffExport::emailAddresses(u"a@b\r\nBcc: evil@x.example"_s).join(u' ').contains(u'\n'));
    QVERIFY(HandOffExport::emailAddresses(u"@x.example"_s).isEmpty());
}

void TestHandOffExport::pdfHasOnePagePerCustomerAndEveryLink()
{
    HandOffExport::Input exportInput = input();
    exportInput.reminder = true;
    const HandOffExport::Batch batch = HandOffExport::prepare(exportInput);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"ark.pdf"_s);
    QList<qsizetype> progress;
    const HandOffFiles::Outcome outcome =
        HandOffFiles::savePdf(path, batch, [&](qsizetype done, qsizetype total) {
            progress.append(done);
            return total == batch.messages.size();
        });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(progress, (QList<qsizetype>{1, 2, 3, 4}));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pageObjects(pdf), batch.messages.size());
    // The link on each page is also a link annotation a PDF viewer opens.
    for (const HandOffExport::Message &message : batch.messages)
        QVERIFY2(
            pdf.contains(QByteArray("/URI (" + message.link.toLatin1() + ')')), qPrintable(message.link));
}

void TestHandOffExport::pdfQrCodesScanBackToTheLinks()
{
    // An independent reader of the printed page: Ghostscript renders it, ZBar scans the code.
    const QString ghostscript = QStandardPaths::findExecutable(u"gs"_s);
    const QString zbar = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (ghostscript.isEmpty() || zbar.isEmpty())
        QSKIP("needs gs (Ghostscript) and zbarimg (zbar-tools), which the project does not install");
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    QTemporaryDir directory;
    const QString path = directory.filePath(u"ark.pdf"_s);
    const HandOffFiles::Outcome outcome = HandOffFiles::savePdf(path, batch);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(QProcess::execute(ghostscript,
                 {u"-q"_s, u"-dNOPAUSE"_s, u"-dBATCH"_s, u"-dSAFER"_s, u"-sDEVICE=pnggray"_s, u"-r150"_s,
                     u"-sOutputFile="_s + directory.filePath(u"page-%d.png"_s), path}),
        0);
    for (qsizetype index = 0; index < batch.messages.size(); ++index) {
        QProcess scan;
        scan.start(zbar, {u"-q"_s, u"--raw"_s, directory.filePath(u"page-%1.png"_s.arg(index + 1))});
        QVERIFY(scan.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(scan.readAllStandardOutput()).trimmed(), batch.messages.at(index).link);
    }
}

void TestHandOffExport::pdfOfThreeHundredCustomers()
{
    HandOffExport::Input many = input();
    many.customers.clear();
    const QStringList languages{u"nb"_s, u"nn"_s, u"en"_s};
    for (int number = 0; number < 300; ++number) {
        CustomerRecord record = customer(QString::number(310100000 + number),
            u"Kunde nummer %1 AS"_s.arg(number), CustomerState::Waiting, languages.at(number % 3));
        record.confirmUrl = link(1000 + number);
        many.customers.append(record);
    }
    const HandOffExport::Batch batch = HandOffExport::prepare(many);
    QCOMPARE(batch.messages.size(), 300);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"300.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const HandOffFiles::Outcome outcome = HandOffFiles::savePdf(path, batch);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QByteArray pdf = readAll(path);
    qInfo("300 pages: %lld ms, %lld bytes", elapsed, qint64(pdf.size()));
    QCOMPARE(pageObjects(pdf), 300);
    QVERIFY(pdf.contains(QByteArray("/URI (" + link(1299).toLatin1() + ')')));
}

void TestHandOffExport::pdfCanBeCancelledAndLeavesNoFile()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    QTemporaryDir directory;
    const QString path = directory.filePath(u"avbrutt.pdf"_s);
    const HandOffFiles::Outcome outcome =
        HandOffFiles::savePdf(path, batch, [](qsizetype done, qsizetype) { return done < 2; });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(HandOffPdf::write(&buffer, HandOffExport::Batch{}), HandOffPdf::Result::NothingToWrite);
}

void TestHandOffExport::qrMatrixIsDeterministicAndGrowsWithTheText()
{
    const QrMatrix first = QrMatrix::encode(link(1));
    const QrMatrix again = QrMatrix::encode(link(1));
    QVERIFY(!first.isNull());
    QCOMPARE(first.error(), QrMatrix::Error::None);
    QVERIFY(first == again);
    QVERIFY(!(first == QrMatrix::encode(link(2))));
    QCOMPARE((first.size() - 17) % 4, 0); // version n: 17 + 4n modules
    QVERIFY(QrMatrix::encode(u"a"_s).size() == 21);
    QVERIFY(QrMatrix::encode(link(1) + QString(200, u'x')).size() > first.size());

    // Finder patterns in three corners: dark ring, light ring, dark 3×3 centre.
    const int last = first.size() - 1;
    for (const QPoint corner : {QPoint(0, 0), QPoint(last - 6, 0), QPoint(0, last - 6)}) {
        QVERIFY(first.isDark(corner.x(), corner.y()));
        QVERIFY(first.isDark(corner.x() + 6, corner.y() + 6));
        QVERIFY(!first.isDark(corner.x() + 1, corner.y() + 1));
        QVERIFY(first.isDark(corner.x() + 3, corner.y() + 3));
    }
    QVERIFY(!first.isDark(last, last - 8) || first.size() > 0); // inside bounds
    QVERIFY(!first.isDark(-1, 0));
    QVERIFY(!first.isDark(first.size(), 0));

    const QImage image = first.toImage(4);
    QCOMPARE(image.size(), QSize(first.size() + 8, first.size() + 8));
    QCOMPARE(image.pixelIndex(0, 0), 0);
    QCOMPARE(image.pixelIndex(4, 4), 1);
    for (int y = 0; y < first.size(); ++y) {
        for (int x = 0; x < first.size(); ++x)
            QCOMPARE(image.pixelIndex(x + 4, y + 4), first.isDark(x, y) ? 1 : 0);
    }
}

void TestHandOffExport::qrMatrixReportsWhatCannotBeEncoded()
{
    QCOMPARE(QrMatrix::encode(QString()).error(), QrMatrix::Error::EmptyText);
    QVERIFY(QrMatrix::encode(QString()).isNull());
    const QrMatrix tooLong = QrMatrix::encode(QString(3000, u'x')); // version 40-M holds 2331 bytes
    QCOMPARE(tooLong.error(), QrMatrix::Error::TooLong);
    QVERIFY(tooLong.isNull());
    QVERIFY(tooLong.toImage(4).isNull());
}

void TestHandOffExport::failuresSayWhatToDo()
{
    const HandOffExport::Batch batch = HandOffExport::prepare(input());
    QTemporaryDir directory;
    // A file where the folder should be: the folder cannot be made.
    const QString blocker = directory.filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const HandOffFiles::Outcome csv = HandOffFiles::saveCsv(blocker + u"/kunder.csv"_s, batch.messages);
    QVERIFY(!csv.ok);
    QVERIFY2(csv.error.contains(u"Choose a folder you may write to"_s), qPrintable(csv.error));
    const HandOffFiles::Outcome emails = HandOffFiles::saveEmails(blocker + u"/e-post"_s, batch.messages);
    QVERIFY(!emails.ok);
    QVERIFY(emails.files.isEmpty());
    QVERIFY2(emails.error.contains(QDir::toNativeSeparators(blocker)), qPrintable(emails.error));
    const HandOffFiles::Outcome pdf = HandOffFiles::savePdf(blocker + u"/ark.pdf"_s, batch);
    QVERIFY(!pdf.ok);
    QVERIFY(!pdf.cancelled);
    QVERIFY(!pdf.error.isEmpty());

    // A folder (or a device) where the file should go is not replaced.
    const HandOffFiles::Outcome folderInTheWay = HandOffFiles::saveCsv(directory.path(), batch.messages);
    QVERIFY(!folderInTheWay.ok);
    QVERIFY2(folderInTheWay.error.contains(u"Choose another file name"_s), qPrintable(folderInTheWay.error));
    QVERIFY(QFileInfo(directory.path()).isDir());

    const HandOffFiles::Outcome nothing = HandOffFiles::saveCsv(directory.filePath(u"tom.csv"_s), {});
    QVERIFY(!nothing.ok);
    QVERIFY(nothing.error.contains(u"nothing to export"_s));
    QVERIFY(!QFile::exists(directory.filePath(u"tom.csv"_s)));

    const QString full = HandOffFiles::failureText(
        u"/media/usb/ark.pdf"_s, QFileDevice::ResourceError, u"No space left on device"_s);
    QVERIFY(full.contains(u"disk is full"_s));
    QVERIFY(full.contains(u"Free some space"_s));
    const QString denied =
        HandOffFiles::failureText(u"/srv/ark.pdf"_s, QFileDevice::OpenError, u"Permission denied"_s);
    QVERIFY(denied.contains(u"may not write in the folder"_s));
    QVERIFY(denied.contains(u"Permission denied"_s));
}

QTEST_MAIN(TestHandOffExport)
#include "TestHandOffExport.moc"
