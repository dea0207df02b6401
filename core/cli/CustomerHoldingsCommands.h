#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class CliContext;
class CustomerCommands;

namespace Onboarding {
class SystemUserHoldingsCheck;
}

/**
 * customers holdings --org ORGNO [--system ID] [--external-ref REF] — what one customer's system user
 * really holds, from Altinn's authorized parties, against what the system asks for
 * (docs/customer-ledger.md#what-the-system-user-holds): the same SystemUserHoldingsCheck the customers
 * screen runs. Prints the parties, what is held, what is missing or extra, and the calls it made. Exit code
 * 0 when the check ran, drift or not (the JSON's `result` says which); 1 when it could not run.
 */
class CustomerHoldingsCommands
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHoldingsCommands)

public:
    CustomerHoldingsCommands(CliContext &context, CustomerCommands &customers);

    QList<CommandSpec> commands();

private:
    void holdings(const Invocation &invocation, Cli::Done done);

    CliContext &m_context;
    CustomerCommands &m_customers;
};
