#include "cli/AppCommands.h"

#include "cli/CliContext.h"
#include "onboarding/AppInstanceFlow.h"
#include "session/VendorSession.h"

using namespace Qt::Literals::StringLiterals;
using Onboarding::AppInstanceFlow;

QString AppCommands::summary() const
{
    return tr("Call an Altinn app as a customer's system user");
}

QList<CommandSpec> AppCommands::commands()
{
    return {
        {{word(), u"instantiate"_s},
            tr("Create an instance of an Altinn app for a customer with the customer's system user token, as "
               "your system will. The app checks that the system user holds the app's right "
               "(app_ORG_APP)."),
            {},
            {{u"org"_s, u"ORG"_s, tr("The app owner's code, e.g. brg.")},
                {u"app"_s, u"APP"_s, tr("The app's name, e.g. aarsregnskap-vanlig-202406.")},
                {u"owner"_s, u"ORGNO"_s,
                    tr("The customer's organisation number: the instance is created for it, by its system "
                       "user.")},
                {u"external-ref"_s, u"REF"_s,
                    tr("The external reference of the system user (default: the customer's org number).")},
                {u"scope"_s, u"SCOPE"_s,
                    tr("A scope for the system user token (default: the profile's scopes)."), true},
                {u"system"_s, u"ID"_s,
                    tr("The system id, used to find out why when Maskinporten finds no system user "
                       "(MP-303).")}},
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
    const auto owner =
        m_context.orgNumber(invocation.value(u"owner"_s), tr("The customer's organisation number"));
    if (!owner) {
        done(Cli::Failed);
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
