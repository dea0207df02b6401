#pragma once

#include "cli/CommandGroup.h"

#include <QCoreApplication>

class VendorSession;

/**
 * idporten — the person-present path (docs/id-porten.md): `idporten login` logs a person in with ID-porten
 * and prints the claims of the ID and access tokens; `idporten exchange` also exchanges the access token
 * for an Altinn token and prints its claims. The tokens themselves are never printed or written.
 */
class IdPortenCommands : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(IdPortenCommands)

public:
    using CommandGroup::CommandGroup;

    QString word() const override { return QStringLiteral("idporten"); }
    QString summary() const override;
    QList<CommandSpec> commands() override;

private:
    void login(const Invocation &invocation, bool exchange, Cli::Done done);
    void exchange(VendorSession *session, const QByteArray &accessToken, Cli::Done done);
};
