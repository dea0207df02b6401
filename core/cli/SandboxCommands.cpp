#include "cli/SandboxCommands.h"

#include "altinn/SandboxControlClient.h"
#include "cli/CliContext.h"
#include "onboarding/SandboxClientRegistrationFlow.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxClientRegistrationFlow;

QString SandboxCommands::summary() const
{
    return tr("Sandbox only: register the Maskinporten client, act as the customer");
}

QList<CommandSpec> SandboxCommands::commands()
{
    const ArgumentSpec requestId{u"ID"_s, tr("The request or change request id.")};
    return {
        {{word(), u"register-client"_s},
            tr("Register the profile's Maskinporten client and public key in the sandbox (when the profile "
               "has no client id, one derived from the key: running it again finds that client)."),
            {}, {},
            [this](const Invocation &invocation, Cli::Done done) {
                registerClient(invocation, done);
            }},
        {{word(), u"approve"_s}, tr("Approve a request as the customer would on the approval page."),
            {requestId}, {},
            [this](const Invocation &invocation, Cli::Done done) {
                decide(invocation, true, done);
            }},
        {{word(), u"reject"_s}, tr("Reject a request as the customer would on the approval page."),
            {requestId}, {},
            [this](const Invocation &invocation, Cli::Done done) {
                decide(invocation, false, done);
            }},
        {{word(), u"organisations"_s}, tr("List the sandbox register's organisations (customers to try)."),
            {}, {},
            [this](const Invocation &invocation, Cli::Done done) {
                organisations(invocation, done);
            }},
    };
}

bool SandboxCommands::isSandbox(VendorSession *session, Cli::Done done)
{
    const Altinn::Environment &environment = session->environment();
    if (environment.isLocal())
        return true;
    const QUrl portal = environment.selfServicePortalUrl();
    done(m_context.usageError(
        tr("This works only in the sandbox (--env sandbox or the URL of a systemuser-sandbox), not in %1.")
            .arg(environment.displayName())
        + (portal.isEmpty() ? QString()
                            : u'\n'
                    + tr("In %1, register the client and public key at %2 (see \"%3\").")
                          .arg(environment.displayName(), portal.toString(),
                              m_context.commandText(u"key export-public"_s)))));
    return false;
}

void SandboxCommands::registerClient(const Invocation &, Cli::Done done)
{
    m_context.session(
        [this, done](VendorSession *session) {
            if (!isSandbox(session, done))
                return;
            auto *flow = new SandboxClientRegistrationFlow(
                [this](const Profile &profile, QString *) { return m_context.saveProfile(profile); },
                &m_context);
            QObject::connect(flow, &SandboxClientRegistrationFlow::finished, flow,
                [this, flow, done](const SandboxClientRegistrationFlow::Outcome &outcome) {
                    flow->deleteLater();
                    done(reportRegistration(outcome));
                });
            flow->start(session);
        },
        done, CliContext::Needs::Key);
}

int SandboxCommands::reportRegistration(const SandboxClientRegistrationFlow::Outcome &outcome)
{
    switch (outcome.failure) {
    case SandboxClientRegistrationFlow::Failure::None:
        break;
    case SandboxClientRegistrationFlow::Failure::NotSandbox:
        return m_context.usageError(outcome.message);
    case SandboxClientRegistrationFlow::Failure::NoKey:
        return m_context.failed(outcome.apiFailure.detail);
    case SandboxClientRegistrationFlow::Failure::RegistrationFailed:
        if (outcome.lookedUp) // what reading the client back found, not the create's own error
            return m_context.failed(outcome.message);
        return m_context.fail(outcome.apiFailure, tr("registering the client"));
    case SandboxClientRegistrationFlow::Failure::Cancelled:
        return m_context.fail(outcome.apiFailure, tr("registering the client"));
    case SandboxClientRegistrationFlow::Failure::ProfileSaveFailed: // CliContext::saveProfile said why
        return Cli::Failed;
    }
    const QString base = outcome.sandboxUrl.toString();
    m_context.out().json(
        QJsonObject{{u"clientId"_s, outcome.clientId}, {u"orgNo"_s, outcome.orgNo}, {u"kid"_s, outcome.kid},
            {u"scopes"_s, QJsonArray::fromStringList(outcome.scopes)}, {u"sandbox"_s, base},
            {u"created"_s, outcome.createdClient}, {u"alreadyRegistered"_s, outcome.alreadyRegistered}});
    if (outcome.answerLost)
        m_context.out().warning(
            tr("The sandbox's answer was lost; the client was read back afterwards: it is registered."));
    if (outcome.alreadyRegistered)
        m_context.out().success(
            tr("Client %1 was registered already with key \"%2\" in the sandbox at %3; nothing was changed.")
                .arg(outcome.clientId, outcome.kid, base));
    else
        m_context.out().success(tr("Registered client %1 with key \"%2\" in the sandbox at %3.")
                                    .arg(outcome.clientId, outcome.kid, base));
    m_context.out().info(tr("Next: check it with \"%1\", then register your system: %2")
                             .arg(m_context.commandText(u"token --decode"_s),
                                 m_context.commandText(u"system register FILE"_s)));
    return Cli::Ok;
}

void SandboxCommands::decide(const Invocation &invocation, bool approve, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    m_context.session(
        [this, id, approve, done](VendorSession *session) {
            if (!isSandbox(session, done))
                return;
            auto handler = m_context.onResult<Altinn::Done>(done,
                approve ? tr("approving the request") : tr("rejecting the request"),
                [this, id, approve](const auto &) {
                    m_context.out().json(
                        QJsonObject{{u"id"_s, id}, {u"status"_s, approve ? u"Accepted"_s : u"Rejected"_s}});
                    m_context.out().success(approve
                            ? tr("Request %1 approved, as the customer would.").arg(id)
                            : tr("Request %1 rejected, as the customer would.").arg(id));
                    return int(Cli::Ok);
                });
            if (approve)
                session->sandboxControl()->approveRequest(id, handler);
            else
                session->sandboxControl()->rejectRequest(id, handler);
        },
        done, CliContext::Needs::Environment);
}

void SandboxCommands::organisations(const Invocation &, Cli::Done done)
{
    m_context.session(
        [this, done](VendorSession *session) {
            if (!isSandbox(session, done))
                return;
            session->sandboxControl()->organisations(m_context.onResult<QList<Altinn::Organisation>>(done,
                tr("listing the organisations"), [this](const QList<Altinn::Organisation> &organisations) {
                    QJsonArray array;
                    for (const Altinn::Organisation &organisation : organisations)
                        array.append(
                            QJsonObject{{u"orgNo"_s, organisation.orgNo}, {u"name"_s, organisation.name}});
                    m_context.out().json(array);
                    return int(Cli::Ok);
                }));
        },
        done, CliContext::Needs::Environment);
}
