#pragma once

#include "cli/CommandGroup.h"
#include "onboarding/SystemUserTokenDiagnosis.h"

#include <QCoreApplication>
#include <QJsonObject>

struct MaskinportenToken;
class VendorSession;

/// token — a vendor token or a system user token from Maskinporten, raw or decoded.
class TokenCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("token"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void token(const Invocation &invocation, Cli::Done done);
    void vendorToken(VendorSession *session, const Invocation &invocation, Cli::Done done);
    void systemUserToken(VendorSession *session, const Invocation &invocation, Cli::Done done);
    /// Prints the token (or with --decode its header and claims); the claims explained on stderr.
    void print(const MaskinportenToken &token, const Invocation &invocation);
    /// After MP-303 with --system: which fact of the register and the requests does not match.
    void printDiagnosis(const QList<Altinn::SystemUserTokenDiagnosis::Finding> &findings);
};
