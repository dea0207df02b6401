#include "cli/PersonLogin.h"

#include "altinn/TokenClaimsExplainer.h"
#include "cli/CliContext.h"
#include "cli/SandboxBrowser.h"
#include "session/VendorSession.h"

#include <QProcess>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Onboarding::IdPortenLoginFlow;

QList<OptionSpec> PersonLogin::options(bool withScope)
{
    QList<OptionSpec> options;
    if (withScope) {
        options.append({u"scope"_s, u"SCOPE"_s,
            tr("A scope to ask ID-porten for besides openid (default: altinn:instances.read and "
               "altinn:instances.write)."),
            true});
    }
    options.append({u"person"_s, u"PID"_s,
        tr("Sandbox only: log in as this test person (national identity number) without a browser, e.g. "
           "24908099411.")});
    options.append({u"no-browser"_s, {}, tr("Do not open a browser; only print the address to open.")});
    return options;
}

void PersonLogin::run(CliContext &context, VendorSession *session, const Invocation &invocation,
    LoggedIn loggedIn, Cli::Done done)
{
    const QString pid = invocation.value(u"person"_s).trimmed();
    if (invocation.isSet(u"person"_s) && !session->environment().isLocal()) {
        done(context.usageError(
            tr("--person works with the sandbox only. In %1 a real (or TestID) person logs in "
               "in the browser.")
                .arg(session->environment().displayName())));
        return;
    }
    IdPortenLoginFlow::Request request;
    if (const QStringList scopes = invocation.listValues(u"scope"_s); !scopes.isEmpty())
        request.scopes = scopes;
    auto *flow = new IdPortenLoginFlow(session, session);
    flow->setRequest(request);
    // What went wrong in the CLI's own browser, said instead of the cancelled login it leads to.
    auto browserError = std::make_shared<QString>();
    CliContext *cli = &context;
    if (invocation.isSet(u"person"_s)) {
        auto *browser = new SandboxBrowser(session->network(), flow);
        const Altinn::Environment environment = session->environment();
        flow->setBrowserOpener([flow, browser, environment, pid, browserError](const QUrl &url) {
            if (!SandboxBrowser::mayLogIn(environment, url)) {
                *browserError = tr("The CLI logs in without a browser only at a sandbox on this computer.");
                QMetaObject::invokeMethod(flow, &IdPortenLoginFlow::cancel, Qt::QueuedConnection);
                return false;
            }
            browser->logIn(url, pid, true, [flow, browserError](const QString &error) {
                if (error.isEmpty())
                    return;
                *browserError = error;
                flow->cancel();
            });
            return true;
        });
    } else {
        const bool open = !invocation.isSet(u"no-browser"_s);
        flow->setBrowserOpener([cli, open](const QUrl &url) {
            const QString address = url.toString(QUrl::FullyEncoded);
            // The core has no QDesktopServices: xdg-open is what it would call on Linux.
            const bool opened = open && QProcess::startDetached(u"xdg-open"_s, {address});
            cli->out().info(opened ? tr("Log in in the browser that opens. If none does, open this address:")
                                   : tr("Open this address in a browser and log in:"));
            cli->out().info(u"  "_s + address);
            cli->out().info(tr("Waiting for the login (at most five minutes) …"));
            return opened;
        });
    }
    QObject::connect(flow, &IdPortenLoginFlow::finished, session,
        [cli, flow, browserError, loggedIn, done](const IdPortenLoginFlow::Outcome &outcome) {
            flow->deleteLater();
            if (outcome.isLoggedIn()) {
                loggedIn(outcome);
                return;
            }
            if (!browserError->isEmpty()) {
                done(cli->failed(*browserError));
                return;
            }
            done(cli->failed(outcome.explanation.fullText()));
        });
    flow->start();
}

void PersonLogin::printClaims(CliContext &context, const QString &title, const QJsonObject &claims)
{
    context.out().info(title);
    QStringList lines;
    for (const Altinn::ClaimRow &row : Altinn::TokenClaimsExplainer::rows(claims))
        lines.append(u"%1: %2 — %3"_s.arg(row.claim, row.value, row.explanation));
    context.out().bullets(lines);
}
