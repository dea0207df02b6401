#include "cli/ChangeRequestCommands.h"

#include "altinn/ChangeRequestClient.h"
#include "cli/CliContext.h"
#include "cli/RequestCommands.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"
#include "onboarding/LedgerRecording.h"
#include "onboarding/SubmitChangeRequestFlow.h"
#include "session/VendorSession.h"

using namespace Qt::Literals::StringLiterals;

QString ChangeRequestCommands::summary() const
{
    return tr("Change requests: more or fewer rights for an existing system user");
}

QList<CommandSpec> ChangeRequestCommands::commands()
{
    return {
        {{word(), u"create"_s}, tr("Ask the customer to change what a system user may do."), {},
            {{u"system-user"_s, u"ID"_s, tr("The system user's id.")},
                {u"require-right"_s, u"RESOURCE"_s, tr("A right the system user must get."), true},
                {u"require-package"_s, u"URN"_s, tr("An access package the system user must get."), true},
                {u"remove-right"_s, u"RESOURCE"_s, tr("A right to take away."), true},
                {u"remove-package"_s, u"URN"_s, tr("An access package to take away."), true},
                {u"redirect"_s, u"URL"_s, tr("Where the customer's browser goes after deciding.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                create(invocation, done);
            }},
        {{word(), u"get"_s}, tr("Show a change request and its status."),
            {{u"ID"_s, tr("The change request id.")}}, {},
            [this](const Invocation &invocation, Cli::Done done) {
                get(invocation, done);
            }},
    };
}

void ChangeRequestCommands::create(const Invocation &invocation, Cli::Done done)
{
    const QString systemUserId = invocation.value(u"system-user"_s).trimmed();
    if (systemUserId.isEmpty()) {
        done(m_context.usageError(tr("Say which system user: --system-user ID.")));
        return;
    }
    Altinn::ChangeRequest change;
    for (const QString &resource : invocation.listValues(u"require-right"_s))
        change.requiredRights.append(Altinn::Right::forResource(resource));
    for (const QString &resource : invocation.listValues(u"remove-right"_s))
        change.unwantedRights.append(Altinn::Right::forResource(resource));
    for (const QString &package : invocation.listValues(u"require-package"_s))
        change.requiredAccessPackages.append({RequestCommands::packageUrn(package)});
    for (const QString &package : invocation.listValues(u"remove-package"_s))
        change.unwantedAccessPackages.append({RequestCommands::packageUrn(package)});
    if (invocation.isSet(u"redirect"_s))
        change.redirectUrl = invocation.value(u"redirect"_s);
    if (change.isEmpty()) {
        done(m_context.usageError(
            tr("Say what to change: --require-right, --require-package, --remove-right or "
               "--remove-package.")));
        return;
    }
    m_context.session(
        [this, systemUserId, change, done](VendorSession *session) {
            if (!m_context.confirmWrite(session->environment())) {
                done(Cli::Usage);
                return;
            }
            // The CLI cannot tell an agent system user by its id; Altinn answers AUTH-00015 for one.
            auto *flow = new Onboarding::SubmitChangeRequestFlow(session->changeRequests(), session);
            QObject::connect(flow, &Onboarding::SubmitChangeRequestFlow::finished, flow,
                [this, flow, done](const Onboarding::SubmitChangeRequestFlow::Outcome &outcome) {
                    flow->deleteLater();
                    if (outcome.changeRequest) {
                        m_context.recordInLedger(
                            outcome.changeRequest->systemId, [&outcome](CustomerLedger *ledger) {
                                Onboarding::LedgerRecording::changeRequest(ledger, *outcome.changeRequest);
                            });
                    }
                    done(report(outcome));
                });
            flow->start({systemUserId, Altinn::RequestKind::Standard, change, {}});
        },
        done);
}

int ChangeRequestCommands::report(const Onboarding::SubmitChangeRequestFlow::Outcome &outcome)
{
    using Kind = Onboarding::SubmitChangeRequestFlow::Outcome::Kind;
    if (outcome.kind == Kind::Failed || !outcome.changeRequest)
        return m_context.fail(outcome.failure, tr("creating the change request"));
    const Altinn::ChangeRequestResponse &response = *outcome.changeRequest;
    m_context.out().json(response.toJson());
    if (outcome.kind == Kind::NothingToChange) {
        m_context.out().success(tr("The system user already has exactly that; nothing to ask."));
    } else {
        m_context.out().success(tr("Change request %1 created; it waits for the customer.").arg(response.id));
        m_context.out().info(tr("The customer approves at: %1").arg(response.confirmUrl));
    }
    return int(Cli::Ok);
}

void ChangeRequestCommands::get(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    m_context.session(
        [this, id, done](VendorSession *session) {
            session->changeRequests()->get(id,
                m_context.onResult<Altinn::ChangeRequestResponse>(done, tr("fetching the change request"),
                    [this](const Altinn::ChangeRequestResponse &response) {
                        m_context.out().json(response.toJson());
                        return int(Cli::Ok);
                    }));
        },
        done);
}
