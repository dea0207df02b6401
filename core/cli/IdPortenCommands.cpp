#include "cli/IdPortenCommands.h"

#include "altinn/TokenClaimsExplainer.h"
#include "cli/CliContext.h"
#include "cli/PersonLogin.h"
#include "onboarding/PersonTokenExchange.h"
#include "session/VendorSession.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Onboarding::IdPortenLoginFlow;

QString IdPortenCommands::summary() const
{
    return tr("Log a person in with ID-porten and act on their behalf");
}

QList<CommandSpec> IdPortenCommands::commands()
{
    return {
        {{word(), u"login"_s},
            tr("Log a person in with ID-porten (authorization code with PKCE, through a browser and a "
               "listener "
               "on 127.0.0.1) and print the claims of the ID token and the access token. On the sandbox the "
               "profile's ID-porten client is registered on first use."),
            {}, PersonLogin::options(),
            [this](const Invocation &invocation, Cli::Done done) {
                login(invocation, false, done);
            }},
        {{word(), u"exchange"_s},
            tr("Log a person in as idporten login does, then exchange the access token for an Altinn token "
               "and print its claims."),
            {}, PersonLogin::options(),
            [this](const Invocation &invocation, Cli::Done done) {
                login(invocation, true, done);
            }},
    };
}

void IdPortenCommands::login(const Invocation &invocation, bool exchangeToo, Cli::Done done)
{
    m_context.session(
        [this, invocation, exchangeToo, done](VendorSession *session) {
            PersonLogin::run(
                m_context, session, invocation,
                [this, session, exchangeToo, done](const IdPortenLoginFlow::Outcome &outcome) {
                    const QString pid = outcome.idTokenClaims.value(u"pid"_s).toString();
                    if (exchangeToo) {
                        m_context.out().success(
                            tr("Logged in as the person with national identity number %1.")
                                .arg(Altinn::TokenClaimsExplainer::maskedPid(pid)));
                        exchange(session, outcome.accessToken, done);
                        return;
                    }
                    m_context.out().json(QJsonObject{{u"idToken"_s, outcome.idTokenClaims},
                        {u"accessToken"_s, outcome.accessTokenClaims},
                        {u"scopes"_s, QJsonArray::fromStringList(outcome.grantedScopes)}});
                    PersonLogin::printClaims(
                        m_context, tr("The ID token (who logged in):"), outcome.idTokenClaims);
                    PersonLogin::printClaims(m_context, tr("The access token (what your system may do):"),
                        outcome.accessTokenClaims);
                    m_context.out().success(
                        tr("Logged in as the person with national identity number %1, with "
                           "the scopes %2.")
                            .arg(Altinn::TokenClaimsExplainer::maskedPid(pid),
                                outcome.grantedScopes.join(u", "_s)));
                    done(Cli::Ok);
                },
                done);
        },
        done, CliContext::Needs::Profile);
}

void IdPortenCommands::exchange(VendorSession *session, const QByteArray &accessToken, Cli::Done done)
{
    auto *exchanger = new Onboarding::PersonTokenExchange(session, session);
    exchanger->start(
        accessToken, [this, exchanger, done](const Onboarding::PersonTokenExchange::Outcome &outcome) {
            exchanger->deleteLater();
            if (!outcome.ok()) {
                done(m_context.failed(outcome.explanation.fullText()));
                return;
            }
            m_context.out().json(QJsonObject{{u"altinnToken"_s, outcome.claims}});
            PersonLogin::printClaims(m_context, tr("The Altinn token:"), outcome.claims);
            m_context.out().success(
                tr("Altinn exchanged the ID-porten token: Altinn's APIs and apps take the new "
                   "token for the person."));
            done(Cli::Ok);
        });
}
