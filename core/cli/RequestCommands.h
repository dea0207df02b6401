#pragma once

#include "cli/CommandGroup.h"
#include "model/SystemUserRequest.h"
#include "onboarding/SubmitRequestFlow.h"

#include <QCoreApplication>

class VendorSession;

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
    /// Sends @p request through Onboarding::SubmitRequestFlow and reports its outcome.
    void submit(VendorSession *session, const Altinn::SystemUserRequest &request, Cli::Done done);
    int report(const Onboarding::SubmitRequestFlow::Outcome &outcome, bool local);

    static Altinn::RequestKind kindOf(const Invocation &invocation);
};
