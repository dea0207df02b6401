#pragma once

#include "cli/CommandGroup.h"

#include <QCoreApplication>
#include <QDateTime>

/**
 * resources search | packages search — the public metadata (resource registry, access packages) for
 * finding the rights a system needs. Anonymous: works without a profile.
 */
class MetadataCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(MetadataCommands)

public:
    explicit MetadataCommands(CliContext &context, QString word);

    QString word() const override { return m_word; }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void searchResources(const Invocation &invocation, Cli::Done done);
    void searchPackages(const Invocation &invocation, Cli::Done done);
    void warnIfStale(bool stale, const QDateTime &fetchedAt);

    QString m_word; ///< "resources" or "packages"
};
