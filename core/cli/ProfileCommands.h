#pragma once

#include "cli/CommandGroup.h"
#include "workspace/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

/// profile create | list | show | use | update | delete — who the vendor is, where, with which client.
class ProfileCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void create(const Invocation &invocation, Cli::Done done);
    void list(const Invocation &invocation, Cli::Done done);
    void show(const Invocation &invocation, Cli::Done done);
    void use(const Invocation &invocation, Cli::Done done);
    void update(const Invocation &invocation, Cli::Done done);
    void remove(const Invocation &invocation, Cli::Done done);

    /// The profile named by the first argument, or the --profile/current one when it is not given.
    std::optional<Profile> named(const Invocation &invocation);
    QJsonObject describe(const Profile &profile);
};
