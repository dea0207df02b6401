#include "cli/AppCommands.h"

#include "cli/CliContext.h"
#include "cli/PersonLogin.h"
#include "onboarding/AppInstanceFlow.h"
#include "onboarding/PersonAppInstanceFlow.h"
#include "session/VendorSession.h"

using namespace Qt::Literals::StringLiterals;
using Onboarding::AppInstanceFlow;
using Onboarding::PersonAppInstanceFlow;

QString AppCommands::summary() const
{
    return tr("Call an Altinn app as a customer's system user or as a person");
}

QList<CommandSpec> AppCommands::commands()
{
    QList<OptionSpec> options{{u"org"_s, u"ORG"_s, tr("The app owner's code, e.g. brg.")},
        {u"app"_s, u"APP"_s, tr("The app's name, e.g. aarsregnskap-vanlig-202406.")},
        {u"owner"_s, u"ORGNO"_s,
            tr("The customer's organisation number: the instance is created for it, by its system user (or "
               "the person acting for it).")},
        {u"external-ref"_s, u"REF"_s,
            tr("The external reference of the system user (default: the customer's org number).")},
        {u"scope"_s, u"SCOPE"_s,
            tr("A scope for the system user token (default: the profile's scopes); with --as person one for "
               "ID-porten (default: altinn:instances.read and altinn:instances.write)."),
            true},
        {u"system"_s, u"ID"_s,
            tr("The system id, used to find out why when Maskinporten finds no system user (MP-303).")},
        {u"as"_s, u"WHO"_s,
            tr("systemuser (default): the customer's system user acts; person: a person logs in with "
               "ID-porten first and acts for the organisation.")}};
    options += PersonLogin::options(false);
    return {
        {{word(), u"instantiate"_s},
            tr("Create an instance of an Altinn app for a customer with the customer's system user token, as "
               "your system will (the app checks that the system user holds the app's right app_ORG_APP), "
               "or with --as person as a person logged in with ID-porten (the app checks the person's role "
               "at the organisation)."),
            {}, options,
            [this](const Invocation &invocation, Cli::Done done) {
                instantiate(invocation, done);
            }},
    };
}

void AppCommands::instantiate(const Invocation &invocation, Cli::Done done)
{
    const QString org = invocation.value(u"org"_s).trimmed();
    const QString app = invocation.value(u"app"_s).trimmed();
    if (org.isEmpty() || app.isEmpty() || !invocation.isSet(u"owner"_s)) {
        done(
            m_context.usageError(tr("Say which app and which customer: --org ORG --app APP --owner ORGNO.")));
        return;
    }
    const QString as = invocation.value(u"as"_s, u"systemuser"_s).trimmed().toLower();
    if (as != u"systemuser" && as != u"person") {
        done(m_context.usageError(tr("--as takes systemuser or person, not \"%1\".").arg(as)));
        return;
    }
    const bool person = as == u"person";
    if (!person && (invocation.isSet(u"person"_s) || invocation.isSet(u"no-browser"_s))) {
        done(m_context.usageError(
            tr("--person and --no-browser belong to a person's login: add --as person.")));
        return;
    }
    if (person && (invocation.isSet(u"external-ref"_s) || invocation.isSet(u"system"_s))) {
        done(m_context.usageError(
            tr("--external-ref and --system belong to a system user: leave out --as person.")));
        return;
    }
    const auto owner =
        m_context.orgNumber(invocation.value(u"owner"_s), tr("The customer's organisation number"));
    if (!owner) {
        done(Cli::Failed);
        return;
    }
    if (person) {
        m_context.session([this, invocation, owner = *owner, done](
                              VendorSession *session) { runAsPerson(session, invocation, owner, done); },
            done, CliContext::Needs::Profile);
        return;
    }
    m_context.session([this, invocation, owner = *owner, done](
                          VendorSession *session) { run(session, invocation, owner, done); },
        done);
}

void AppCommands::run(
    VendorSession *session, const Invocation &invocation, const QString &owner, Cli::Done done)
{
    AppInstanceFlow::Request request;
    request.org = invocation.value(u"org"_s).trimmed().toLower();
    request.app = invocation.value(u"app"_s).trimmed().toLower();
    request.customerOrgNo = owner;
    request.externalRef = invocation.value(u"external-ref"_s);
    request.systemId = invocation.value(u"system"_s).trimmed();
    request.scopes = invocation.listValues(u"scope"_s);
    if (request.scopes.isEmpty())
        request.scopes = session->profile().scopes;
    if (request.scopes.isEmpty()) {
        done(m_context.usageError(
            tr("Say which scope the system user token is for: --scope SCOPE (or give the profile default "
               "scopes: %1).")
                .arg(m_context.commandText(u"profile update --scopes SCOPE"_s))));
        return;
    }
    // Owned by the session (the command's context), not kept alive by its own signal.
    auto *flow = new AppInstanceFlow(session, session);
    flow->setRequest(request);
    QObject::connect(flow, &AppInstanceFlow::finished, session,
        [this, flow, done](const AppInstanceFlow::Outcome &outcome) {
            flow->deleteLater();
            if (outcome.isCreated()) {
                m_context.out().json(outcome.instance->json);
                m_context.out().success(tr("Created instance %1 of %2/%3 for %4.")
                                            .arg(outcome.instance->id, outcome.request.org,
                                                outcome.request.app, outcome.request.customerOrgNo));
                done(Cli::Ok);
                return;
            }
            if (outcome.result == AppInstanceFlow::Outcome::Result::TokenFailed) {
                m_context.fail(outcome.failure, tr("getting a system user token"));
                for (const auto &finding : outcome.token.diagnosis) {
                    const QString text = finding.summary + u' ' + finding.remedy;
                    if (finding.isLikelyCause)
                        m_context.out().warning(text);
                    else
                        m_context.out().info(u"  "_s + text);
                }
                done(Cli::Failed);
                return;
            }
            QString next;
            if (outcome.explanation.action == Altinn::Explanation::Remedy::UseChangeRequest) {
                const QString right =
                    outcome.missingRight.isEmpty() ? outcome.resourceId() : outcome.missingRight;
                const QString user = outcome.systemUserId.isEmpty() ? u"ID"_s : outcome.systemUserId;
                next = tr("With the CLI: add %1 to the system's rights (%2), then %3")
                           .arg(right, m_context.commandText(u"system update FILE"_s),
                               m_context.commandText(
                                   u"changerequest create --system-user %1 --require-right %2"_s.arg(
                                       user, right)));
            }
            done(m_context.failed(outcome.explanation.fullText(), next));
        });
    flow->start();
}

void AppCommands::runAsPerson(
    VendorSession *session, const Invocation &invocation, const QString &owner, Cli::Done done)
{
    PersonLogin::run(
        m_context, session, invocation,
        [this, session, invocation, owner, done](const Onboarding::IdPortenLoginFlow::Outcome &login) {
            PersonAppInstanceFlow::Request request;
            request.org = invocation.value(u"org"_s).trimmed().toLower();
            request.app = invocation.value(u"app"_s).trimmed().toLower();
            request.ownerOrgNo = owner;
            request.idportenAccessToken = login.accessToken;
            // Owned by the session (the command's context), not kept alive by its own signal.
            auto *flow = new PersonAppInstanceFlow(session, session);
            flow->setRequest(request);
            QObject::connect(flow, &PersonAppInstanceFlow::finished, session,
                [this, flow, done](const PersonAppInstanceFlow::Outcome &outcome) {
                    flow->deleteLater();
                    if (outcome.isCreated()) {
                        m_context.out().json(outcome.instance->json);
                        m_context.out().success(
                            tr("Created instance %1 of %2/%3 for %4 as the person who logged "
                               "in.")
                                .arg(outcome.instance->id, outcome.request.org, outcome.request.app,
                                    outcome.request.ownerOrgNo));
                        done(Cli::Ok);
                        return;
                    }
                    done(m_context.failed(outcome.explanation.fullText()));
                });
            flow->start();
        },
        done);
}
