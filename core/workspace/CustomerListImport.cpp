#include "workspace/CustomerListImport.h"

#include "model/AltinnUrns.h"
#include "model/SystemDefinition.h"
#include "validation/OrgNumber.h"
#include "validation/RequestValidator.h"
#include "workspace/DelimitedText.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

using Column = CustomerListImport::Column;
using Encoding = CustomerListImport::Encoding;
using Finding = CustomerListImport::Finding;
using Row = CustomerListImport::Row;
using Validation::OrgNumber;
using Validation::Severity;

/// Without a header: organisation number, name, external reference, e-mail.
constexpr std::array<Column, 4> HeaderlessColumns = {
    Column::OrgNo, Column::Name, Column::ExternalRef, Column::ContactEmail};

struct HeaderName
{
    Column column;
    QStringView key; ///< lower case, letters and digits only (see headerKey)
};

// Column names as people write them in Norwegian and English spreadsheets, and as systemuser-cli's
// CSV export names them, so an exported list can be read back.
constexpr HeaderName HeaderNames[] = {
    {Column::OrgNo, u"orgnr"},
    {Column::OrgNo, u"orgno"},
    {Column::OrgNo, u"orgnummer"},
    {Column::OrgNo, u"orgnumber"},
    {Column::OrgNo, u"organisasjonsnummer"},
    {Column::OrgNo, u"organisasjonsnr"},
    {Column::OrgNo, u"organizationnumber"},
    {Column::OrgNo, u"organisationnumber"},
    {Column::OrgNo, u"organizationno"},
    {Column::OrgNo, u"organisationno"},
    {Column::OrgNo, u"organizationnr"},
    {Column::OrgNo, u"organisationnr"},
    {Column::OrgNo, u"foretaksnummer"},
    {Column::OrgNo, u"foretaksnr"},
    {Column::OrgNo, u"føretaksnummer"},
    {Column::Name, u"navn"},
    {Column::Name, u"name"},
    {Column::Name, u"firmanavn"},
    {Column::Name, u"firma"},
    {Column::Name, u"kundenavn"},
    {Column::Name, u"customername"},
    {Column::Name, u"company"},
    {Column::Name, u"companyname"},
    {Column::Name, u"organisasjonsnavn"},
    {Column::Name, u"organisationname"},
    {Column::Name, u"organizationname"},
    {Column::Name, u"virksomhet"},
    {Column::Name, u"virksomhetsnavn"},
    {Column::Name, u"foretaksnavn"},
    // Nynorsk
    {Column::Name, u"namn"},
    {Column::Name, u"firmanamn"},
    {Column::Name, u"kundenamn"},
    {Column::Name, u"organisasjonsnamn"},
    {Column::Name, u"verksemd"},
    {Column::Name, u"verksemdsnamn"},
    {Column::Name, u"føretaksnamn"},
    {Column::ExternalRef, u"eksternreferanse"},
    {Column::ExternalRef, u"eksternref"},
    {Column::ExternalRef, u"externalreference"},
    {Column::ExternalRef, u"externalref"},
    {Column::ExternalRef, u"referanse"},
    {Column::ExternalRef, u"reference"},
    {Column::ExternalRef, u"ref"},
    {Column::ContactEmail, u"epost"},
    {Column::ContactEmail, u"epostadresse"},
    {Column::ContactEmail, u"email"},
    {Column::ContactEmail, u"emailaddress"},
    {Column::ContactEmail, u"mail"},
    {Column::ContactEmail, u"kontaktepost"},
    {Column::ContactEmail, u"kontaktepostadresse"},
    {Column::ContactEmail, u"kontaktemail"},
    {Column::ContactEmail, u"contactemail"},
    {Column::ContactEmail, u"contactemailaddress"},
    {Column::Kind, u"type"},
    {Column::Kind, u"kind"},
    {Column::Kind, u"requestkind"},
    {Column::Kind, u"requesttype"},
    {Column::Kind, u"forespørselstype"},
    {Column::Kind, u"førespurnadstype"},
    {Column::Rights, u"rettigheter"},
    {Column::Rights, u"rettighet"},
    {Column::Rights, u"rettar"},
    {Column::Rights, u"rett"},
    {Column::Rights, u"rights"},
    {Column::Rights, u"right"},
    {Column::Rights, u"wantedrights"},
    {Column::Packages, u"tilgangspakker"},
    {Column::Packages, u"tilgangspakke"},
    {Column::Packages, u"pakker"},
    {Column::Packages, u"tilgangspakkar"},
    {Column::Packages, u"pakkar"},
    {Column::Packages, u"packages"},
    {Column::Packages, u"package"},
    {Column::Packages, u"accesspackages"},
    {Column::Packages, u"accesspackage"},
    {Column::Packages, u"wantedpackages"},
    {Column::Language, u"språk"},
    {Column::Language, u"sprak"},
    {Column::Language, u"målform"},
    {Column::Language, u"malform"},
    {Column::Language, u"language"},
    {Column::Language, u"lang"},
};

// Shown when a column is missing or not understood; the names themselves are not translated.
constexpr QStringView OrgNoColumnNames =
    u"Organisasjonsnummer, Org.nr., orgnr, Org number, Organization number";
constexpr QStringView UnderstoodColumnNames =
    u"Organisasjonsnummer/Org.nr./Organization number, Navn/Name, Ekstern referanse/External reference, "
    u"E-post/E-mail, Type (standard/agent), Rettigheter/Rights, Tilgangspakker/Access packages, "
    u"Språk/Language (nb/nn/en)";

struct ValueName
{
    QStringView key; ///< as headerKey() makes it
    QStringView value;
};

constexpr ValueName KindNames[] = {
    {u"standard", u"standard"},
    {u"vanlig", u"standard"},
    {u"normal", u"standard"},
    {u"agent", u"agent"},
    {u"klient", u"agent"},
    {u"client", u"agent"},
    {u"klientforhold", u"agent"},
};

constexpr ValueName LanguageNames[] = {
    {u"nb", u"nb"},
    {u"nob", u"nb"},
    {u"bokmål", u"nb"},
    {u"bokmal", u"nb"},
    {u"norsk", u"nb"},
    {u"norskbokmål", u"nb"},
    {u"norwegian", u"nb"},
    {u"no", u"nb"},
    {u"nn", u"nn"},
    {u"nno", u"nn"},
    {u"nynorsk", u"nn"},
    {u"norsknynorsk", u"nn"},
    {u"en", u"en"},
    {u"eng", u"en"},
    {u"english", u"en"},
    {u"engelsk", u"en"},
};

constexpr QStringView ResourceUrnPrefix = u"urn:altinn:resource:";

/// Lower case, letters and digits only: "Org.nr." → "orgnr", "E-post" → "epost".
QString headerKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

std::optional<Column> columnNamed(QStringView header)
{
    const auto lookUp = [](const QString &key) -> std::optional<Column> {
        for (const HeaderName &name : HeaderNames) {
            if (name.key == key)
                return name.column;
        }
        return std::nullopt;
    };
    if (const auto column = lookUp(headerKey(header)))
        return column;
    // "E-post (kontakt)", "Org.nr. (9 siffer)": the part before the parenthesis names the column.
    const qsizetype parenthesis = header.indexOf(u'(');
    if (parenthesis > 0)
        return lookUp(headerKey(header.first(parenthesis)));
    return std::nullopt;
}

template <std::size_t N> QString valueNamed(const ValueName (&names)[N], QStringView cell)
{
    const auto lookUp = [&names](const QString &key) {
        for (const ValueName &name : names) {
            if (name.key == key)
                return name.value.toString();
        }
        return QString();
    };
    QString value = lookUp(headerKey(cell));
    // "agent (klient)", "nb (bokmål)": the word before the parenthesis decides.
    const qsizetype parenthesis = cell.indexOf(u'(');
    if (value.isEmpty() && parenthesis > 0)
        value = lookUp(headerKey(cell.first(parenthesis)));
    return value;
}

/// The apostrophe a spreadsheet (or systemuser-cli's CSV export) puts before "=…" to keep it text.
QString withoutFormulaGuard(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && QStringView(u"=+-@").contains(cell.at(1)))
        return cell.sliced(1);
    return cell;
}

bool looksLikeEmail(QStringView address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || address.lastIndexOf(u'@') != at)
        return false;
    const QStringView domain = address.sliced(at + 1);
    if (domain.indexOf(u'.') <= 0 || domain.endsWith(u'.') || domain.contains(u".."))
        return false;
    return std::none_of(address.begin(), address.end(),
        [](QChar c) { return c.isSpace() || QStringView(u",;:<>()[]\"\\").contains(c); });
}

/// Items of a rights or packages cell, separated by spaces, line breaks, '|', ',' or ';'; no repeats.
QStringList listItems(QStringView cell)
{
    QStringList items;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        const bool boundary = i == cell.size() || cell[i].isSpace() || QStringView(u"|,;").contains(cell[i]);
        if (!boundary) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start >= 0) {
            const QString item = cell.sliced(start, i - start).toString();
            if (!items.contains(item))
                items.append(item);
            start = -1;
        }
    }
    return items;
}

QStringList rightItems(QStringView cell)
{
    QStringList rights;
    for (QString item : listItems(cell)) {
        if (item.startsWith(ResourceUrnPrefix, Qt::CaseInsensitive))
            item.remove(0, ResourceUrnPrefix.size());
        if (!item.isEmpty() && !rights.contains(item))
            rights.append(item);
    }
    return rights;
}

QStringList packageItems(QStringView cell)
{
    QStringList packages;
    for (QString item : listItems(cell)) {
        // A bare code ("regnskapsforer-lonn") means the package with that URN.
        if (!item.startsWith(u"urn:", Qt::CaseInsensitive))
            item.prepend(Altinn::Urns::AccessPackagePrefix);
        if (!packages.contains(item))
            packages.append(item);
    }
    return packages;
}

QString orgNumberMessage(int line, const QString &cell, const QString &digits, OrgNumber::Problem problem)
{
    const QString lineText = QString::number(line);
    switch (problem) {
    case OrgNumber::Problem::None:
        return {};
    case OrgNumber::Problem::Empty:
        return CustomerListImport::tr(
            "Line %1: the organisation number is missing. Fill it in, or delete the line, and import "
            "again.")
            .arg(lineText);
    case OrgNumber::Problem::NotDigits:
        if (cell.contains(u"E+", Qt::CaseInsensitive)) {
            return CustomerListImport::tr(
                "Line %1: %2 is not a valid organisation number (the spreadsheet shows it as a rounded "
                "number). Format the column as text, write the number in full and import again.")
                .arg(lineText, cell);
        }
        return CustomerListImport::tr(
            "Line %1: %2 is not a valid organisation number (it may have digits, spaces and dots only). "
            "Correct it in the spreadsheet and import again.")
            .arg(lineText, cell);
    case OrgNumber::Problem::WrongLength:
        return CustomerListImport::tr(
            "Line %1: %2 is not a valid organisation number (it has %n digit(s), not 9). Correct it in "
            "the spreadsheet and import again.",
            nullptr, int(digits.size()))
            .arg(lineText, cell);
    case OrgNumber::Problem::BadCheckDigit:
        return CustomerListImport::tr(
            "Line %1: %2 is not a valid organisation number (the check digit does not match). Correct "
            "it in the spreadsheet and import again.")
            .arg(lineText, cell);
    }
    return {};
}

QString columnLabel(const CustomerListImport::Result &result, Column column)
{
    return result.columnHeaders.value(column, CustomerListImport::columnTitle(column));
}

void sortByLine(QList<Finding> &findings)
{
    std::stable_sort(
        findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.line < b.line; });
}

/// Turns the records after the header into rows and findings.
class RowReader
{
public:
    RowReader(CustomerListImport::Result &result, QList<std::optional<Column>> columns)
        : m_result(result)
        , m_columns(std::move(columns))
    { }

    void read(const DelimitedText::Record &record)
    {
        ++m_result.rowsRead;
        m_line = record.line;
        m_rowFindings.clear();
        Row row;
        row.line = record.line;

        if (record.unclosedQuote) {
            add(Severity::Error, {},
                CustomerListImport::tr(
                    "Line %1: a cell starts with a quotation mark that is never closed, so the rest of the "
                    "list "
                    "was read as one cell. Add the closing quotation mark and import again.")
                    .arg(m_line));
        }
        if (record.usedCells() > m_columns.size()) {
            add(Severity::Error, {},
                CustomerListImport::tr(
                    "Line %1 has %2 cells, but the list has %3 columns. A cell probably holds the separator "
                    "(%4) without quotation marks around it: correct the line and import again.")
                    .arg(QString::number(m_line), QString::number(record.usedCells()),
                        QString::number(m_columns.size()),
                        CustomerListImport::separatorName(m_result.separator)));
        }

        QString orgCell;
        const qsizetype cellCount = std::min(record.cells.size(), m_columns.size());
        for (qsizetype i = 0; i < cellCount; ++i) {
            if (!m_columns.at(i))
                continue;
            const Column column = *m_columns.at(i);
            const QString &cell = record.cells.at(i);
            switch (column) {
            case Column::OrgNo:
                orgCell = cell;
                break;
            case Column::Name:
                row.name = withoutFormulaGuard(cell).simplified();
                break;
            case Column::ExternalRef:
                readExternalRef(cell, row);
                break;
            case Column::ContactEmail:
                readEmail(cell, row);
                break;
            case Column::Kind:
                readKind(cell, row);
                break;
            case Column::Language:
                readLanguage(cell, row);
                break;
            case Column::Rights:
                row.wantedRights = rightItems(cell);
                break;
            case Column::Packages:
                row.wantedPackages = packageItems(cell);
                break;
            }
        }
        readOrgNo(orgCell, row);

        if (row.kind == Altinn::RequestKind::Agent && !row.wantedRights.isEmpty()) {
            add(Severity::Warning, label(Column::Rights),
                CustomerListImport::tr("Line %1: an agent request carries access packages only, so the "
                                       "rights on this line (%2) are "
                                       "left out.")
                    .arg(QString::number(m_line), row.wantedRights.join(u", "_s)));
            row.wantedRights.clear();
        }

        const bool rejected = std::any_of(m_rowFindings.cbegin(), m_rowFindings.cend(),
            [](const Finding &finding) { return finding.isError(); });
        if (!rejected)
            keepUnlessDuplicate(row);
        m_result.findings.append(m_rowFindings);
    }

private:
    QString label(Column column) const { return columnLabel(m_result, column); }

    void add(Severity severity, const QString &column, const QString &message)
    {
        m_rowFindings.append(Finding{m_line, column, severity, message});
    }

    void readOrgNo(const QString &cell, Row &row)
    {
        const QString digits = CustomerListImport::orgNumberFromCell(cell);
        const OrgNumber::Problem problem = OrgNumber::check(digits);
        if (problem == OrgNumber::Problem::None)
            row.orgNo = digits;
        else
            add(Severity::Error, label(Column::OrgNo), orgNumberMessage(m_line, cell, digits, problem));
    }

    void readExternalRef(const QString &cell, Row &row)
    {
        row.externalRef = withoutFormulaGuard(cell);
        if (row.externalRef.isEmpty())
            return;
        // The request rules every client shares: at most 255 characters, and only what Maskinporten takes.
        if (const auto finding = Validation::RequestValidator::externalRefFinding(row.externalRef)) {
            add(Severity::Error, label(Column::ExternalRef),
                CustomerListImport::tr("Line %1: %2 Correct it in the spreadsheet and import again.")
                    .arg(QString::number(m_line), finding->message));
        }
    }

    void readEmail(const QString &cell, Row &row)
    {
        QString address = cell;
        if (address.startsWith(u"mailto:", Qt::CaseInsensitive))
            address.remove(0, 7);
        if (address.isEmpty())
            return;
        if (looksLikeEmail(address)) {
            row.contactEmail = address;
            return;
        }
        add(Severity::Warning, label(Column::ContactEmail),
            CustomerListImport::tr(
                "Line %1: \"%2\" does not look like an e-mail address, so it is left out. Correct it in the "
                "spreadsheet and import again to keep it.")
                .arg(QString::number(m_line), cell));
    }

    void readKind(const QString &cell, Row &row)
    {
        if (cell.isEmpty())
            return;
        const QString kind = valueNamed(KindNames, cell);
        if (kind.isEmpty()) {
            add(Severity::Error, label(Column::Kind),
                CustomerListImport::tr("Line %1: the type \"%2\" is not understood. Write standard, or agent "
                                       "(klient) for a client "
                                       "of an accounting or auditing firm, or leave the cell empty for "
                                       "standard, and import again.")
                    .arg(QString::number(m_line), cell));
            return;
        }
        row.kind = kind == u"agent" ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
        row.kindGiven = true;
    }

    void readLanguage(const QString &cell, Row &row)
    {
        if (cell.isEmpty())
            return;
        row.language = valueNamed(LanguageNames, cell);
        if (row.language.isEmpty()) {
            add(Severity::Warning, label(Column::Language),
                CustomerListImport::tr(
                    "Line %1: the language \"%2\" is not understood, so messages to this customer will be in "
                    "Norwegian bokmål. Write nb, nn or en to choose another.")
                    .arg(QString::number(m_line), cell));
        }
    }

    void keepUnlessDuplicate(const Row &row)
    {
        const QString key = row.key();
        const auto first = m_firstLineOfKey.constFind(key);
        if (first == m_firstLineOfKey.cend()) {
            m_firstLineOfKey.insert(key, row.line);
            m_result.rows.append(row);
            return;
        }
        const QString message = row.externalRef.isEmpty()
            ? CustomerListImport::tr(
                "Line %1: %2 is already on line %3. Line %3 is kept and this line is left out; give each "
                "line "
                "its own external reference to ask more than once for the same organisation.")
                  .arg(QString::number(m_line), row.orgNo, QString::number(*first))
            : CustomerListImport::tr(
                "Line %1: %2 with external reference %3 is already on line %4. Line %4 is kept and this line "
                "is left out.")
                  .arg(QString::number(m_line), row.orgNo, row.externalRef, QString::number(*first));
        add(Severity::Error, label(Column::OrgNo), message);
    }

    CustomerListImport::Result &m_result;
    QList<std::optional<Column>> m_columns;
    QHash<QString, int> m_firstLineOfKey;
    QList<Finding> m_rowFindings;
    int m_line = 0;
};

/// Nothing was sent to Altinn for this customer, so what kind of request it gets is still open.
bool nothingAtAltinn(const CustomerRecord &record)
{
    return record.requestId.isEmpty() && record.changeRequestId.isEmpty() && record.systemUserId.isEmpty();
}

void fillIn(CustomerRecord &record, const Row &row)
{
    if (!row.name.isEmpty())
        record.name = row.name;
    if (!row.contactEmail.isEmpty())
        record.contactEmail = row.contactEmail;
    if (!row.language.isEmpty())
        record.language = row.language;
    if (row.kindGiven && nothingAtAltinn(record))
        record.kind = row.kind;
    // Rights and packages go together, as CustomerLedger keeps them: a row naming either replaces both.
    if (!row.wantedRights.isEmpty() || !row.wantedPackages.isEmpty()) {
        record.wantedRights = record.kind == Altinn::RequestKind::Agent ? QStringList() : row.wantedRights;
        record.wantedPackages = row.wantedPackages;
    }
}

} // namespace

bool CustomerListImport::Result::hasErrors() const
{
    return std::any_of(
        findings.cbegin(), findings.cend(), [](const Finding &finding) { return finding.isError(); });
}

CustomerListImport::Counts CustomerListImport::Result::counts() const
{
    Counts tally;
    tally.rowsRead = rowsRead;
    tally.accepted = int(rows.size());
    tally.rejected = rowsRead - tally.accepted;
    for (const Finding &finding : findings)
        ++(finding.isError() ? tally.errors : tally.warnings);
    return tally;
}

QList<CustomerListImport::Finding> CustomerListImport::Result::findingsOn(int line) const
{
    QList<Finding> found;
    for (const Finding &finding : findings) {
        if (finding.line == line)
            found.append(finding);
    }
    return found;
}

CustomerListImport::Result CustomerListImport::parse(const QByteArray &bytes)
{
    const DelimitedText::Decoded decoded = DelimitedText::decode(bytes);
    return parseText(decoded.text, decoded.encoding);
}

CustomerListImport::Result CustomerListImport::parse(const QString &text)
{
    QStringView view(text);
    if (view.startsWith(QChar::ByteOrderMark))
        view = view.sliced(1);
    return parseText(view, Encoding::Text);
}

CustomerListImport::Result CustomerListImport::parseText(QStringView text, Encoding encoding)
{
    Result result;
    result.encoding = encoding;

    // Excel's "sep=;" first line names the separator and is not part of the list.
    int firstLine = 1;
    bool separatorGiven = false;
    if (text.startsWith(u"sep=", Qt::CaseInsensitive) && text.size() > 4
        && (text.size() == 5 || DelimitedText::isLineBreak(text[5]))) {
        result.separator = text[4];
        separatorGiven = true;
        qsizetype next = 5;
        if (next < text.size() && text[next] == u'\r')
            ++next;
        if (next < text.size() && text[next] == u'\n')
            ++next;
        text = text.sliced(next);
        firstLine = 2;
    }
    if (!separatorGiven)
        result.separator = DelimitedText::detectSeparator(text, firstLine);

    DelimitedText::Reader tokenizer(text, result.separator, firstLine);
    DelimitedText::Record first;
    while (!tokenizer.atEnd() && first.isEmpty())
        first = tokenizer.next();
    if (first.isEmpty()) {
        result.findings.append({0, {}, Severity::Error,
            tr("The list is empty. Choose a file with one customer per line, or copy the rows in the "
               "spreadsheet and paste them.")});
        return result;
    }

    QList<std::optional<Column>> columns;
    for (const QString &cell : std::as_const(first.cells))
        columns.append(columnNamed(cell));
    const QString firstCellNumber = orgNumberFromCell(first.cells.constFirst());
    const bool firstCellIsNumber = !firstCellNumber.isEmpty()
        && std::all_of(
            firstCellNumber.cbegin(), firstCellNumber.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const bool namesAColumn = std::any_of(columns.cbegin(), columns.cend(),
        [](const std::optional<Column> &column) { return column.has_value(); });
    // A first line starting with an organisation number is a customer, not column names. A number
    // that fails the check is still reported on its line rather than as a missing column.
    result.hasHeader = !(OrgNumber::isValid(firstCellNumber) || (firstCellIsNumber && !namesAColumn));

    std::optional<RowReader> reader;
    if (!result.hasHeader) {
        columns = QList<std::optional<Column>>(HeaderlessColumns.cbegin(), HeaderlessColumns.cend());
        reader.emplace(result, columns);
        reader->read(first);
    } else {
        const QString headerLine = QString::number(first.line);
        QStringList unknown;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString &header = first.cells.at(i);
            if (!columns.at(i)) {
                if (!header.isEmpty())
                    unknown.append(u'"' + header + u'"');
                continue;
            }
            const Column column = *columns.at(i);
            if (result.columnHeaders.contains(column)) {
                result.findings.append({first.line, header, Severity::Warning,
                    tr("Line %1: \"%2\" and \"%3\" both name the column %4; only \"%2\" is read.")
                        .arg(headerLine, result.columnHeaders.value(column), header, columnTitle(column))});
                columns[i] = std::nullopt;
                continue;
            }
            result.columnHeaders.insert(column, header);
        }
        // Trailing header cells that are empty are no columns (spreadsheets write their separators).
        while (!columns.isEmpty() && !columns.constLast() && first.cells.at(columns.size() - 1).isEmpty())
            columns.removeLast();
        if (!unknown.isEmpty()) {
            result.findings.append({first.line, unknown.join(u", "_s), Severity::Warning,
                tr("Line %1: %n column(s) not understood and ignored: %2. Columns "
                   "understood: %3.",
                    nullptr, int(unknown.size()))
                    .arg(headerLine, unknown.join(u", "_s), UnderstoodColumnNames)});
        }
        if (!result.columnHeaders.contains(Column::OrgNo)) {
            result.findings.append({first.line, {}, Severity::Error,
                tr("The list has no column with organisation numbers. Name that column in the first line "
                   "(%1), or leave out the column names and put the organisation numbers first. Columns "
                   "understood: %2.")
                    .arg(OrgNoColumnNames, UnderstoodColumnNames)});
            while (!tokenizer.atEnd()) {
                if (!tokenizer.next().isEmpty())
                    ++result.rowsRead;
            }
            return result;
        }
        reader.emplace(result, columns);
    }

    while (!tokenizer.atEnd()) {
        const DelimitedText::Record record = tokenizer.next();
        if (!record.isEmpty())
            reader->read(record);
    }
    if (result.rowsRead == 0) {
        result.findings.append({first.line, {}, Severity::Error,
            tr("Line %1 names the columns, but there are no customers below it. Add one "
               "customer per line and import again.")
                .arg(first.line)});
    }
    return result;
}

void CustomerListImport::checkAgainst(Result &result, const Altinn::SystemDefinition &system)
{
    // Resource ids and URNs are compared ignoring case; the system's spelling is what gets sent.
    QHash<QString, QString> offeredRights;
    for (const Altinn::Right &right : system.rights.value_or(QList<Altinn::Right>{})) {
        const QString id = right.resourceId();
        if (!id.isEmpty())
            offeredRights.insert(id.toLower(), id);
    }
    QHash<QString, QString> offeredPackages;
    for (const Altinn::AccessPackageRef &package :
        system.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}))
        offeredPackages.insert(package.urn.toLower(), package.urn);

    // Spells @p items as offered; returns those not offered.
    const auto respell = [](QStringList &items, const QHash<QString, QString> &offered) {
        QStringList missing;
        for (QString &item : items) {
            const auto it = offered.constFind(item.toLower());
            if (it == offered.cend())
                missing.append(item);
            else
                item = *it;
        }
        return missing;
    };

    QList<Row> kept;
    kept.reserve(result.rows.size());
    for (Row row : std::as_const(result.rows)) {
        const QString line = QString::number(row.line);
        const QStringList missingRights = respell(row.wantedRights, offeredRights);
        const QStringList missingPackages = respell(row.wantedPackages, offeredPackages);
        if (!missingRights.isEmpty()) {
            result.findings.append({row.line, columnLabel(result, Column::Rights), Severity::Error,
                tr("Line %1: the system does not offer %n right(s): %2. Remove them from the line, or add "
                   "them "
                   "to the system first, and import again.",
                    nullptr, int(missingRights.size()))
                    .arg(line, missingRights.join(u", "_s))});
        }
        if (!missingPackages.isEmpty()) {
            result.findings.append({row.line, columnLabel(result, Column::Packages), Severity::Error,
                tr("Line %1: the system does not offer %n access package(s): %2. Remove them from the line, "
                   "or "
                   "add them to the system first, and import again.",
                    nullptr, int(missingPackages.size()))
                    .arg(line, missingPackages.join(u", "_s))});
        }
        if (missingRights.isEmpty() && missingPackages.isEmpty())
            kept.append(row);
    }
    result.rows = kept;
    sortByLine(result.findings);
}

CustomerListImport::Merge CustomerListImport::merge(const Result &result, const Lookup &find)
{
    Merge plan;
    plan.rejected = result.rowsRead - int(result.rows.size());
    for (const Row &row : result.rows) {
        const std::optional<CustomerRecord> known = find ? find(row.key()) : std::nullopt;
        if (!known) {
            CustomerRecord record;
            record.orgNo = row.orgNo;
            record.externalRef = row.externalRef;
            record.state = CustomerState::NotAsked;
            fillIn(record, row);
            plan.records.append(record);
            ++plan.added;
            continue;
        }
        CustomerRecord record = *known;
        fillIn(record, row);
        if (record == *known) {
            ++plan.unchanged;
        } else {
            plan.records.append(record);
            ++plan.updated;
        }
    }
    return plan;
}

CustomerListImport::Merge CustomerListImport::merge(
    const Result &result, const QList<CustomerRecord> &existing)
{
    QHash<QString, CustomerRecord> byKey;
    byKey.reserve(existing.size());
    for (const CustomerRecord &record : existing)
        byKey.insert(record.key(), record);
    return merge(result, [&byKey](const QString &key) -> std::optional<CustomerRecord> {
        const auto it = byKey.constFind(key);
        return it == byKey.cend() ? std::nullopt : std::optional<CustomerRecord>(*it);
    });
}

QString CustomerListImport::summary(const Merge &plan)
{
    return tr("%1, %2, %3", "new customers, customers already in the list, rows with errors")
        .arg(tr("%n new", nullptr, plan.added), tr("%n already in the list", nullptr, plan.alreadyListed()),
            tr("%n with errors", nullptr, plan.rejected));
}

QString CustomerListImport::columnTitle(Column column)
{
    switch (column) {
    case Column::OrgNo:
        return tr("Organisation number");
    case Column::Name:
        return tr("Name");
    case Column::ExternalRef:
        return tr("External reference");
    case Column::ContactEmail:
        return tr("E-mail");
    case Column::Kind:
        return tr("Type");
    case Column::Rights:
        return tr("Rights");
    case Column::Packages:
        return tr("Access packages");
    case Column::Language:
        return tr("Language");
    }
    return {};
}

QString CustomerListImport::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return tr("UTF-8 with byte order mark");
    case Encoding::Utf16LittleEndian:
        return u"UTF-16 LE"_s;
    case Encoding::Utf16BigEndian:
        return u"UTF-16 BE"_s;
    case Encoding::Windows1252:
        return u"Windows-1252"_s;
    case Encoding::Text:
        return tr("pasted text");
    }
    return {};
}

QString CustomerListImport::separatorName(QChar separator)
{
    if (separator == u';')
        return tr("semicolon");
    if (separator == u',')
        return tr("comma");
    if (separator == DelimitedText::Tab)
        return tr("tab");
    if (separator.isNull())
        return tr("none (one column)");
    return u'"' + QString(separator) + u'"';
}

QString CustomerListImport::orgNumberFromCell(QStringView cell)
{
    QString number;
    number.reserve(cell.size());
    for (const QChar c : cell) {
        // Spaces (also no-break ones from web pages), dots and dashes group the digits; an
        // apostrophe before the number is a spreadsheet's "this is text" mark.
        if (!c.isSpace() && c != u'.' && c != u'-' && c != u'\'')
            number.append(c);
    }
    // "NO974760673MVA": the VAT register's way of writing it.
    if (number.startsWith(u"NO", Qt::CaseInsensitive)) {
        number.remove(0, 2);
        if (number.endsWith(u"MVA", Qt::CaseInsensitive))
            number.chop(3);
    }
    return number;
}
