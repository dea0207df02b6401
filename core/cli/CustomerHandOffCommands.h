#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>
#include <QList>

class CliContext;
class CustomerCommands;

/**
 * customers export-links | change — handing the approval links of many customers over (a mail-merge CSV,
 * one .eml draft per customer or a printable PDF with QR codes), and a change-request campaign after the
 * system changed (docs/bulk-onboarding.md). The same HandOffExport, ChangeCampaign and BulkChangeRequestFlow
 * the customers screen uses.
 */
class CustomerHandOffCommands
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHandOffCommands)

public:
    CustomerHandOffCommands(CliContext &context, CustomerCommands &customers);

    QList<CommandSpec> commands();
    /// True when @p arguments ask for a PDF, which needs the GUI library's fonts and painter (main() then
    /// makes a QGuiApplication on the offscreen platform instead of a QCoreApplication).
    static bool needsGui(const QStringList &arguments);

private:
    void exportLinks(const Invocation &invocation, Cli::Done done);
    void change(const Invocation &invocation, Cli::Done done);

    CliContext &m_context;
    CustomerCommands &m_customers;
};
