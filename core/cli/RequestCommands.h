#pragma once

#include "cli/CommandGroup.h"
#include "model/SystemUserRequest.h"

#include <QCoreApplication>

/// request create | get | by-ref | list | delete — asking customers for a system user (standard or agent).
class RequestCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("request"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

    /// "skattnaering" → "urn:altinn:accesspackage:skattnaering"; URNs stay as they are.
    static QString packageUrn(const QString &text);

private:
    void create(const Invocation &invocation, Cli::Done done);
    void get(const Invocation &invocation, Cli::Done done);
    void byRef(const Invocation &invocation, Cli::Done done);
    void list(const Invocation &invocation, Cli::Done done);
    void remove(const Invocation &invocation, Cli::Done done);

    static Altinn::RequestKind kindOf(const Invocation &invocation);
};
