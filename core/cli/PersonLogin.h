#pragma once

#include "cli/CommandSpec.h"
#include "onboarding/IdPortenLoginFlow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

class CliContext;
class Invocation;
class VendorSession;

/**
 * The person's login that `idporten login`, `idporten exchange` and `app instantiate --as person` start
 * with (Onboarding::IdPortenLoginFlow): the system browser through xdg-open, the address printed as well;
 * or with --person the CLI itself as the browser at the sandbox (SandboxBrowser). The tokens stay in this
 * process; what is printed are their claims.
 */
class PersonLogin
{
    Q_DECLARE_TR_FUNCTIONS(PersonLogin)

public:
    using LoggedIn = std::function<void(const Onboarding::IdPortenLoginFlow::Outcome &)>;

    PersonLogin() = delete;

    /// --scope, --person and --no-browser; @p withScope false when the command has a --scope of its own.
    static QList<OptionSpec> options(bool withScope = true);
    /// Logs the person in with @p session; @p loggedIn on success, otherwise the reason is printed and
    /// @p done gets Cli::Failed (Cli::Usage for --person outside a sandbox).
    static void run(CliContext &context, VendorSession *session, const Invocation &invocation,
        LoggedIn loggedIn, Cli::Done done);
    /// @p claims explained line by line (TokenClaimsExplainer) on stderr, under @p title.
    static void printClaims(CliContext &context, const QString &title, const QJsonObject &claims);
};
