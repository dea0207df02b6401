#pragma once

#include "cli/CommandSpec.h"
#include "workspace/CustomerLedger.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class CliContext;
class CustomerCommands;
class VendorSession;
namespace Altinn {
struct SystemDefinition;
}

/**
 * customers import | request | status — many customers at once (docs/bulk-onboarding.md),
 * on the same CustomerListImport, LedgerSync and BulkRequestFlow the customers screen uses. One key read
 * and one vendor token per run; `request` prints one JSON line per customer on stdout as it is answered.
 */
class CustomerBulkCommands
{
    Q_DECLARE_TR_FUNCTIONS(CustomerBulkCommands)

public:
    CustomerBulkCommands(CliContext &context, CustomerCommands &customers);

    QList<CommandSpec> commands();

private:
    void import(const Invocation &invocation, Cli::Done done);
    void request(const Invocation &invocation, Cli::Done done);
    void status(const Invocation &invocation, Cli::Done done);

    /// Reads the system from Altinn, then runs @p next with it; a failure is reported and ends the command.
    void withSystem(VendorSession *session, const QString &systemId,
        std::function<void(const Altinn::SystemDefinition &)> next, Cli::Done done);
    /// Sends to every customer of @p ledger who needs a request; one JSON line per customer.
    void send(VendorSession *session, std::shared_ptr<CustomerLedger> ledger,
        const Altinn::SystemDefinition &system, int concurrency, Cli::Done done);
    void printCounts(const CustomerLedger &ledger);

    CliContext &m_context;
    CustomerCommands &m_customers;
};
