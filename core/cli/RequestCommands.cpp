#include "cli/RequestCommands.h"

#include "altinn/RequestClient.h"
#include "altinn/SystemRegisterClient.h"
#include "cli/CliContext.h"
#include "model/AltinnUrns.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/LedgerRecording.h"
#include "onboarding/RequestLookup.h"
#include "onboarding/SubmitRequestFlow.h"
#include "session/VendorSession.h"
#include "validation/RequestValidator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The request as asked for on the command line; what is not given is taken from the registered system.
Altinn::SystemUserRequest buildRequest(const Invocation &invocation, Altinn::RequestKind kind,
    const QString &customer, const Altinn::SystemDefinition &system)
{
    Altinn::SystemUserRequest request;
    request.kind = kind;
    request.systemId = system.id;
    request.partyOrgNo = customer;
    if (invocation.isSet(u"external-ref"_s))
        request.externalRef = invocation.value(u"external-ref"_s);
    if (invocation.isSet(u"redirect"_s))
        request.redirectUrl = invocation.value(u"redirect"_s);

    const QStringList rights = invocation.listValues(u"right"_s);
    const QStringList packages = invocation.listValues(u"package"_s);
    const bool chosen = !rights.isEmpty() || !packages.isEmpty();
    if (kind == Altinn::RequestKind::Standard) {
        QList<Altinn::Right> requested;
        for (const QString &resource : rights)
            requested.append(Altinn::Right::forResource(resource));
        request.rights = chosen ? requested : system.rights.value_or(QList<Altinn::Right>());
    }
    QList<Altinn::AccessPackageRef> requestedPackages;
    for (const QString &package : packages)
        requestedPackages.append({RequestCommands::packageUrn(package)});
    request.accessPackages =
        chosen ? requestedPackages : system.accessPackages.value_or(QList<Altinn::AccessPackageRef>());
    return request;
}

} // namespace

QString RequestCommands::summary() const
{
    return tr("System user requests to customers");
}

QString RequestCommands::packageUrn(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"urn:"_s) ? trimmed : Altinn::Urns::AccessPackagePrefix.toString() + trimmed;
}

Altinn::RequestKind RequestCommands::kindOf(const Invocation &invocation)
{
    return invocation.isSet(u"agent"_s) ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
}

QList<CommandSpec> RequestCommands::commands()
{
    const OptionSpec agent{
        u"agent"_s, {}, tr("An agent request (client relationships: access packages only).")};
    const OptionSpec system{u"system"_s, u"ID"_s, tr("The system id.")};
    const ArgumentSpec id{u"ID"_s, tr("The request id.")};
    const auto bind = [this](void (RequestCommands::*handler)(const Invocation &, Cli::Done)) {
        return [this, handler](const Invocation &invocation, Cli::Done done) {
            (this->*handler)(invocation, done);
        };
    };
    return {
        {{word(), u"create"_s},
            tr("Ask a customer for a system user. Without --right/--package, everything the system has is "
               "asked for."),
            {},
            {system, {u"org"_s, u"ORGNO"_s, tr("The customer's organisation number.")},
                {u"external-ref"_s, u"REF"_s,
                    tr("Your reference for this system user (default: the customer's org number).")},
                {u"right"_s, u"RESOURCE"_s, tr("A resource id from the system's rights."), true},
                {u"package"_s, u"URN"_s, tr("An access package (URN or its last part) from the system's."),
                    true},
                {u"redirect"_s, u"URL"_s, tr("Where the customer's browser goes after deciding.")}, agent},
            bind(&RequestCommands::create)},
        {{word(), u"get"_s}, tr("Show a request and its status."), {id}, {agent},
            bind(&RequestCommands::get)},
        {{word(), u"by-ref"_s}, tr("Find a request by system, customer and external reference."),
            {{u"SYSTEM"_s, tr("The system id.")}, {u"ORG"_s, tr("The customer's organisation number.")},
                {u"REF"_s, tr("The external reference.")}},
            {agent}, bind(&RequestCommands::byRef)},
        {{word(), u"list"_s}, tr("List every request of a system (all pages)."), {}, {system, agent},
            bind(&RequestCommands::list)},
        {{word(), u"delete"_s}, tr("Delete a request."), {id}, {}, bind(&RequestCommands::remove)},
    };
}

void RequestCommands::create(const Invocation &invocation, Cli::Done done)
{
    const QString systemId = invocation.value(u"system"_s).trimmed();
    if (systemId.isEmpty() || !invocation.isSet(u"org"_s)) {
        done(m_context.usageError(tr("Say which system and which customer: --system ID --org ORGNO.")));
        return;
    }
    const auto customer =
        m_context.orgNumber(invocation.value(u"org"_s), tr("The customer's organisation number"));
    if (!customer) {
        done(Cli::Failed);
        return;
    }
    const Altinn::RequestKind kind = kindOf(invocation);
    if (kind == Altinn::RequestKind::Agent && invocation.isSet(u"right"_s)) {
        done(m_context.usageError(
            tr("Agent requests carry access packages only: use --package, not --right.")));
        return;
    }
    m_context.session(
        [this, invocation, systemId, customer = *customer, kind, done](VendorSession *session) {
            session->systemRegister()->get(systemId,
                [this, session, invocation, customer, kind, done](
                    const Altinn::ApiResult<Altinn::SystemDefinition> &found) {
                    if (!found.ok()) {
                        done(m_context.fail(found.failure, tr("fetching the system")));
                        return;
                    }
                    const Altinn::SystemUserRequest request =
                        buildRequest(invocation, kind, customer, *found.value);
                    QStringList problems;
                    for (const Validation::Finding &finding :
                        Validation::RequestValidator().validate(request, &*found.value)) {
                        if (finding.isError())
                            problems.append(u"%1 (%2)"_s.arg(finding.message, finding.code));
                        else
                            m_context.out().warning(finding.message);
                    }
                    if (!problems.isEmpty()) {
                        m_context.failed(tr("The request has %n problem(s); nothing was sent:", nullptr,
                            int(problems.size())));
                        m_context.out().bullets(problems);
                        done(Cli::Failed);
                        return;
                    }
                    if (!m_context.confirmWrite(session->environment())) {
                        done(Cli::Usage);
                        return;
                    }
                    submit(session, request, done);
                });
        },
        done);
}

void RequestCommands::submit(VendorSession *session, const Altinn::SystemUserRequest &request, Cli::Done done)
{
    auto *flow = new Onboarding::SubmitRequestFlow(session->requests(), session->systemUsers(), session);
    const bool local = session->environment().isLocal();
    QObject::connect(flow, &Onboarding::SubmitRequestFlow::finished, flow,
        [this, flow, local, done](const Onboarding::SubmitRequestFlow::Outcome &outcome) {
            flow->deleteLater();
            // The same ledger the wizard keeps: `customers list` shows this customer at once.
            m_context.recordInLedger(outcome.sent.systemId, [&outcome](CustomerLedger *ledger) {
                Onboarding::LedgerRecording::requestOutcome(ledger, outcome);
            });
            done(report(outcome, local));
        });
    flow->start(request);
}

int RequestCommands::report(const Onboarding::SubmitRequestFlow::Outcome &outcome, bool local)
{
    using Kind = Onboarding::SubmitRequestFlow::Outcome::Kind;
    const QString operation = tr("creating the request");
    // Altinn answered with an error (or nothing at all): no request to show.
    if (outcome.failure.isFailure() || !outcome.request) {
        const Altinn::SystemUserRequest &sent = outcome.sent;
        // The request may exist: name the command that looks it up before anyone sends it again.
        const QString lookUp = outcome.mayExist
            ? tr("Look it up with: %1")
                  .arg(m_context.commandText(u"request by-ref %1 %2 %3%4"_s.arg(sent.systemId,
                      sent.partyOrgNo, Onboarding::RequestLookup::effectiveExternalRef(sent),
                      sent.kind == Altinn::RequestKind::Agent ? u" --agent"_s : QString())))
            : QString();
        const int code = outcome.answerLost || !outcome.failure.isFailure()
            ? m_context.failed(outcome.explanation.fullText(), lookUp)
            : m_context.fail(outcome.failure, operation);
        if (outcome.kind == Kind::SystemUserExists && outcome.systemUser)
            m_context.out().info(tr("The customer's system user: %1").arg(outcome.systemUser->id));
        return code;
    }
    const Altinn::SystemUserRequestResponse &response = *outcome.request;
    m_context.out().json(response.toJson());
    if (outcome.answerLost)
        m_context.out().warning(tr("The answer to the request was lost; Altinn's request for this customer "
                                   "and external reference was looked up instead."));
    if (outcome.kind == Kind::Created) {
        m_context.out().success(tr("Request %1 created; it waits for the customer.").arg(response.id));
    } else {
        m_context.out().warning(tr("This customer already had a request for this system and external "
                                   "reference; "
                                   "that one (%1, status %2) was returned instead of a new one.")
                                    .arg(response.id, response.statusText));
    }
    if (!response.confirmUrl.isEmpty())
        m_context.out().info(tr("The customer approves at: %1").arg(response.confirmUrl));
    if (local)
        m_context.out().info(tr("In the sandbox you can approve it yourself: %1")
                                 .arg(m_context.commandText(u"sandbox approve "_s + response.id)));
    return outcome.kind == Kind::SystemUserExists ? int(Cli::Failed) : int(Cli::Ok);
}

void RequestCommands::get(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    const Altinn::RequestKind kind = kindOf(invocation);
    m_context.session(
        [this, id, kind, done](VendorSession *session) {
            session->requests()->get(id, kind,
                m_context.onResult<Altinn::SystemUserRequestResponse>(done, tr("fetching the request"),
                    [this](const Altinn::SystemUserRequestResponse &request) {
                        m_context.out().json(request.toJson());
                        // Any request older than 180 days is timedOut; only a waiting one needs a new one.
                        if (request.timedOut && request.status == Altinn::RequestStatus::New)
                            m_context.out().warning(
                                tr("The request has timed out: ask the customer again with a new one."));
                        return int(Cli::Ok);
                    }));
        },
        done);
}

void RequestCommands::byRef(const Invocation &invocation, Cli::Done done)
{
    const auto customer =
        m_context.orgNumber(invocation.argument(1), tr("The customer's organisation number"));
    if (!customer) {
        done(Cli::Failed);
        return;
    }
    const Altinn::RequestKind kind = kindOf(invocation);
    m_context.session(
        [this, invocation, customer = *customer, kind, done](VendorSession *session) {
            session->requests()->byExternalRef(invocation.argument(0).trimmed(), customer,
                invocation.argument(2), kind,
                m_context.onResult<Altinn::SystemUserRequestResponse>(done, tr("finding the request"),
                    [this](const Altinn::SystemUserRequestResponse &request) {
                        m_context.out().json(request.toJson());
                        return int(Cli::Ok);
                    }));
        },
        done);
}

void RequestCommands::list(const Invocation &invocation, Cli::Done done)
{
    const QString systemId = invocation.value(u"system"_s).trimmed();
    if (systemId.isEmpty()) {
        done(m_context.usageError(tr("Say which system: --system ID.")));
        return;
    }
    const Altinn::RequestKind kind = kindOf(invocation);
    m_context.session(
        [this, systemId, kind, done](VendorSession *session) {
            session->requests()->listBySystem(systemId, kind,
                m_context.onResult<QList<Altinn::SystemUserRequestResponse>>(done, tr("listing the requests"),
                    [this](const QList<Altinn::SystemUserRequestResponse> &requests) {
                        QJsonArray array;
                        for (const auto &request : requests)
                            array.append(request.toJson());
                        m_context.out().json(array);
                        return int(Cli::Ok);
                    }));
        },
        done);
}

void RequestCommands::remove(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    m_context.session(
        [this, id, done](VendorSession *session) {
            if (!m_context.confirmWrite(session->environment())) {
                done(Cli::Usage);
                return;
            }
            session->requests()->remove(id,
                m_context.onResult<Altinn::Done>(
                    done, tr("deleting the request"), [this, id](const Altinn::Done &) {
                        m_context.out().json(QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}});
                        m_context.out().success(tr("Deleted request %1.").arg(id));
                        return int(Cli::Ok);
                    }));
        },
        done);
}
