#pragma once

#include "cli/CommandGroup.h"
#include "workspace/Profile.h"

#include <QCoreApplication>

class RsaKey;

/// key generate | import | export-public — the profile's signing key; the private part lives in the keychain.
class KeyCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("key"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void generate(const Invocation &invocation, Cli::Done done);
    void import(const Invocation &invocation, Cli::Done done);
    void exportPublic(const Invocation &invocation, Cli::Done done);

    /// The profile, when it has no key yet or --replace was given.
    std::optional<Profile> profileForNewKey(const Invocation &invocation, Cli::Done done);
    /// Puts @p key into the keychain under the profile's entry for @p kid, then records it in the profile.
    void store(const Profile &profile, const RsaKey &key, const QString &kid, const QList<QByteArray> &chain,
        Cli::Done done);
};
