#pragma once

#include "model/SystemUserRequest.h"
#include "validation/Finding.h"
#include "workspace/CustomerRecord.h"
#include "workspace/DelimitedText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Altinn {
struct SystemDefinition;
}

/**
 * Reads a customer list: a CSV file as Excel, LibreOffice or Google Sheets save it, or rows pasted
 * from a spreadsheet (TAB-separated). One customer per line; only the organisation number column is
 * required. Each problem becomes a Finding with the line it is on: an error leaves that row out, a
 * warning keeps it. merge() turns the accepted rows into CustomerRecords for CustomerLedger::upsertAll
 * (docs/customer-ledger.md).
 */
class CustomerListImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListImport)

public:
    enum class Column { OrgNo, Name, ExternalRef, ContactEmail, Kind, Rights, Packages, Language };
    using Encoding = DelimitedText::Encoding;

    struct Row
    {
        int line = 0; ///< 1-based physical line where the row starts
        QString orgNo; ///< 9 digits, MOD11-checked
        QString name;
        QString externalRef; ///< empty = Altinn's default (the org number)
        QString contactEmail;
        QString language; ///< "nb", "nn", "en" or empty
        Altinn::RequestKind kind = Altinn::RequestKind::Standard;
        bool kindGiven = false; ///< the row said standard or agent (an empty cell says nothing)
        QStringList wantedRights; ///< resource ids
        QStringList wantedPackages; ///< package URNs

        QString key() const { return CustomerRecord::keyOf(orgNo, externalRef); }
        friend bool operator==(const Row &, const Row &) = default;
    };

    struct Finding
    {
        int line = 0; ///< 1-based physical line where the row starts; 0 = the list as a whole
        QString column; ///< as the header names it (its title when there is no header); empty = the row
        Validation::Severity severity = Validation::Severity::Error;
        QString message; ///< translated, starts with the line, says what to do

        bool isError() const { return severity == Validation::Severity::Error; }
    };

    struct Counts
    {
        int rowsRead = 0; ///< customer rows in the list (not the header, not empty lines)
        int accepted = 0;
        int rejected = 0; ///< left out because of an error
        int errors = 0;
        int warnings = 0;
    };

    struct Result
    {
        QList<Row> rows; ///< the accepted rows, in list order
        QList<Finding> findings; ///< ordered by line
        Encoding encoding = Encoding::Text;
        QChar separator; ///< ';', ',' or '\t'; null when every line has one cell
        bool hasHeader = false;
        QHash<Column, QString> columnHeaders; ///< each understood column as the list names it
        int rowsRead = 0;

        bool hasErrors() const;
        Counts counts() const;
        QList<Finding> findingsOn(int line) const;
    };

    /// What importing the accepted rows does to a ledger.
    struct Merge
    {
        QList<CustomerRecord> records; ///< new and changed customers, for CustomerLedger::upsertAll
        int added = 0;
        int updated = 0; ///< already in the ledger, the import fills in something
        int unchanged = 0; ///< already in the ledger with everything the import says
        int rejected = 0; ///< rows of the list left out because of an error

        int alreadyListed() const { return updated + unchanged; }
    };

    /// The ledger's record with this key (CustomerRecord::key()), if any.
    using Lookup = std::function<std::optional<CustomerRecord>(const QString &key)>;

    CustomerListImport() = delete;

    /// A file's bytes: UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252.
    static Result parse(const QByteArray &bytes);
    /// Text pasted from a spreadsheet or typed.
    static Result parse(const QString &text);

    /**
     * Leaves out rows asking for rights or access packages that @p system does not offer (an error
     * each) and spells the ones it offers as the system does. Call after parse(), before merge().
     */
    static void checkAgainst(Result &result, const Altinn::SystemDefinition &system);

    /**
     * New customers become NotAsked with the imported fields. A customer already in the ledger keeps
     * its state, Altinn's facts and its note; the import fills in name, e-mail, language and wanted
     * rights/packages where it has them, and the kind only while nothing was sent to Altinn.
     */
    static Merge merge(const Result &result, const Lookup &find);
    static Merge merge(const Result &result, const QList<CustomerRecord> &existing);

    /// "212 new, 80 already in the list, 8 with errors", translated.
    static QString summary(const Merge &plan);
    /// The column's title for people ("Organisation number"), translated.
    static QString columnTitle(Column column);
    static QString encodingName(Encoding encoding);
    /// "semicolon", "comma", "tab" or "none", translated.
    static QString separatorName(QChar separator);
    /// The organisation number in a cell ("974 760 673", "974.760.673", "NO974760673MVA") without
    /// spaces, dots and the VAT affixes; not checked.
    static QString orgNumberFromCell(QStringView cell);

private:
    static Result parseText(QStringView text, Encoding encoding);
};
