// libFuzzer target: a customer list the user imports (CustomerListImport over DelimitedText): a CSV file
// as a spreadsheet saves it, or the same text pasted. The input is the file as it is.

#include "FuzzInput.h"
#include "model/SystemDefinition.h"
#include "validation/OrgNumber.h"
#include "workspace/CustomerListImport.h"
#include "workspace/DelimitedText.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/// The system the rows are checked against: two rights and one package to match or miss.
Altinn::SystemDefinition offeredSystem()
{
    Altinn::SystemDefinition system;
    system.id = u"991825827_fuzz"_s;
    system.rights = QList<Altinn::Right>{
        Altinn::Right::forResource(u"skd-mva"_s), Altinn::Right::forResource(u"ske-krav"_s)};
    system.accessPackages = QList<Altinn::AccessPackageRef>{
        Altinn::AccessPackageRef{u"urn:altinn:accesspackage:regnskapsforer-lonn"_s}};
    return system;
}

/// A ledger that already has the first accepted customer, so that merge() updates as well as adds.
QList<CustomerRecord> existingLedger(const CustomerListImport::Result &result)
{
    QList<CustomerRecord> ledger;
    if (!result.rows.isEmpty()) {
        CustomerRecord known;
        known.orgNo = result.rows.first().orgNo;
        known.externalRef = result.rows.first().externalRef;
        known.name = u"Kjent kunde"_s;
        ledger.append(known);
    }
    return ledger;
}

void check(CustomerListImport::Result result)
{
    static const Altinn::SystemDefinition system = offeredSystem();
    // Documented: every accepted row has a nine-digit, MOD11-checked organisation number.
    for (const CustomerListImport::Row &row : result.rows)
        FUZZ_CHECK(Validation::OrgNumber::isValid(row.orgNo));
    const CustomerListImport::Counts counts = result.counts();
    FUZZ_CHECK(counts.accepted == result.rows.size());
    FUZZ_CHECK(counts.accepted + counts.rejected <= counts.rowsRead);
    for (const CustomerListImport::Finding &finding : result.findings)
        FUZZ_CHECK(!finding.message.isEmpty());
    result.findingsOn(1);

    CustomerListImport::checkAgainst(result, system);
    const CustomerListImport::Merge merge = CustomerListImport::merge(result, existingLedger(result));
    FUZZ_CHECK(merge.added + merge.updated + merge.unchanged == result.rows.size());
    CustomerListImport::summary(merge);
    CustomerListImport::separatorName(result.separator);
    CustomerListImport::encodingName(result.encoding);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzInput::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    check(CustomerListImport::parse(bytes));

    // The same text pasted; and the reader on its own, which must get through every line.
    const DelimitedText::Decoded decoded = DelimitedText::decode(bytes);
    check(CustomerListImport::parse(decoded.text));
    const QChar separator = DelimitedText::detectSeparator(decoded.text, 1);
    DelimitedText::Reader reader(decoded.text, separator, 1);
    int previousLine = 0;
    while (!reader.atEnd()) {
        const DelimitedText::Record record = reader.next();
        FUZZ_CHECK(record.line > previousLine);
        previousLine = record.line;
        record.isEmpty();
        FUZZ_CHECK(record.usedCells() <= record.cells.size());
    }
    for (const QString &cell : decoded.text.split(u'\n'))
        CustomerListImport::orgNumberFromCell(cell);
    return 0;
}
