#pragma once

#include "cli/CommandGroup.h"
#include "cli/CustomerBulkCommands.h"
#include "cli/CustomerHandOffCommands.h"
#include "cli/CustomerHoldingsCommands.h"
#include "workspace/CustomerLedger.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

/**
 * customers list | sync | show (and, through CustomerBulkCommands, CustomerHandOffCommands and
 * CustomerHoldingsCommands, import | request | status | export-links | change | holdings) — the customer
 * ledger of one system (docs/customer-ledger.md), the same file and the same LedgerSync the wizard uses.
 * `list` and `show` read the ledger only; `sync` reads every page of Altinn's lists first.
 */
class CustomerCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCommands)

public:
    explicit CustomerCommands(CliContext &context);
    ~CustomerCommands() override;

    QString word() const override { return QStringLiteral("customers"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

    /// RFC 4180 CSV of @p records with a header line; cells that a spreadsheet would run as a formula
    /// get a leading apostrophe.
    static QByteArray toCsv(const QList<CustomerRecord> &records);
    /// The machine names of every state, for --state.
    static QStringList stateIds();
    /// The record as JSON with its state and next action in words, for list, show and status.
    static QJsonObject describe(const CustomerRecord &record);

    /// The ledger of the profile, environment and --system of @p invocation, or a reported error; with
    /// @p listFormat, --format must be json or csv.
    std::optional<CustomerLedger::Scope> scope(
        const Invocation &invocation, Cli::Done done, bool listFormat = true);
    /// The ledger of @p scope read from its file; null (and @p done called) when it cannot be read.
    std::shared_ptr<CustomerLedger> load(const CustomerLedger::Scope &scope, Cli::Done done);

private:
    void list(const Invocation &invocation, Cli::Done done);
    void sync(const Invocation &invocation, Cli::Done done);
    void show(const Invocation &invocation, Cli::Done done);

    int print(const Invocation &invocation, const QList<CustomerRecord> &records);

    std::unique_ptr<CustomerBulkCommands> m_bulk;
    std::unique_ptr<CustomerHandOffCommands> m_handOff;
    std::unique_ptr<CustomerHoldingsCommands> m_holdings;
};
