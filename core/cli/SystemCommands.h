#pragma once

#include "cli/CommandGroup.h"
#include "model/SystemDefinition.h"

#include <QCoreApplication>

#include <optional>

class VendorSession;

/// system list | get | register | update | diff | delete | changelog — the vendor's systems in the register.
class SystemCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(SystemCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("system"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void list(const Invocation &invocation, Cli::Done done);
    void get(const Invocation &invocation, Cli::Done done);
    void registerSystem(const Invocation &invocation, Cli::Done done);
    void update(const Invocation &invocation, Cli::Done done);
    void diff(const Invocation &invocation, Cli::Done done);
    void remove(const Invocation &invocation, Cli::Done done);
    void changelog(const Invocation &invocation, Cli::Done done);

    /// The definition in FILE (the vendor filled in from the profile when missing); nullopt after
    /// printing why it cannot be read.
    std::optional<Altinn::SystemDefinition> readDefinition(
        const QString &path, const VendorSession *session, QByteArray *contents = nullptr);
    /// Checks @p system as the register would (and that it lists the profile's client id); prints every
    /// problem found in FILE @p path.
    bool isValid(const Altinn::SystemDefinition &system, const QString &path, const VendorSession *session);
};
