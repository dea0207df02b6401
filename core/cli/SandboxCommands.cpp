#include "cli/SandboxCommands.h"

#include "altinn/SandboxControlClient.h"
#include "cli/CliContext.h"
#include "onboarding/SandboxCatalogueFlow.h"
#include "onboarding/SandboxClientRegistrationFlow.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueFlow;
using Onboarding::SandboxCatalogueImport;
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
        {{word(), u"catalogue"_s, u"import"_s},
            tr("Add a file to the sandbox's own catalogue: a resource list or one resource, an access "
               "package "
               "export (as Altinn's metadata APIs answer them, e.g. saved from TT02), or organisations "
               "({\"orgNo\", \"name\"}). Entries the catalogue has are replaced."),
            {{u"FILE"_s, tr("The JSON file.")}},
            {{u"language"_s, u"LANG"_s,
                tr("The language an access package export was fetched in: nb, nn or en (default: told from "
                   "the file, else nb).")}},
            [this](const Invocation &invocation, Cli::Done done) {
                importCatalogue(invocation, done);
            }},
        {{word(), u"catalogue"_s, u"add"_s, u"resource"_s},
            tr("Add one resource to the sandbox's catalogue, so that systems can list it as a right."), {},
            {{u"id"_s, u"ID"_s, tr("The resource id, e.g. app_brg_aarsregnskap-vanlig-202406 (required).")},
                {u"title"_s, u"TEXT"_s, tr("Its title, used in every language (required).")},
                {u"type"_s, u"TYPE"_s,
                    tr("Its resource type, e.g. GenericAccessResource (default: AltinnApp for app_… ids, "
                       "else "
                       "Default).")},
                {u"owner"_s, u"ORGCODE"_s,
                    tr("The owner's code, e.g. skd or brg (default: from an app's id); the sandbox fills in "
                       "the owner's number and name when it knows the code.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                addCatalogueResource(invocation, done);
            }},
        {{word(), u"catalogue"_s, u"add"_s, u"organisation"_s},
            tr("Add a test organisation to the sandbox's register, so that requests can be sent to it."), {},
            {{u"org"_s, u"ORGNO"_s, tr("Its organisation number (required).")},
                {u"name"_s, u"NAME"_s, tr("Its name (required).")}},
            [this](const Invocation &invocation, Cli::Done done) {
                addCatalogueOrganisation(invocation, done);
            }},
        {{word(), u"catalogue"_s, u"list"_s}, tr("Show what was added to the sandbox's catalogue."), {}, {},
            [this](const Invocation &, Cli::Done done) {
                runCatalogueFlow(done, [](Onboarding::SandboxCatalogueFlow *flow, VendorSession *session) {
                    flow->list(session);
                });
            }},
        {{word(), u"catalogue"_s, u"clear"_s},
            tr("Remove everything added to the sandbox's catalogue; the built-in catalogue stays."), {}, {},
            [this](const Invocation &, Cli::Done done) {
                runCatalogueFlow(done, [](Onboarding::SandboxCatalogueFlow *flow, VendorSession *session) {
                    flow->clear(session);
                });
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

void SandboxCommands::printFindings(const SandboxCatalogueImport &import)
{
    for (const SandboxCatalogueImport::Finding &finding : import.findings()) {
        const QString line =
            finding.path.isEmpty() ? finding.message : finding.path + u": "_s + finding.message;
        if (finding.isError)
            m_context.out().error(line);
        else
            m_context.out().warning(line);
    }
}

void SandboxCommands::importCatalogue(const Invocation &invocation, Cli::Done done)
{
    const QString language = invocation.value(u"language"_s).trimmed().toLower();
    if (!language.isEmpty() && language != u"nb"_s && language != u"nn"_s && language != u"en"_s) {
        done(m_context.usageError(tr("--language must be nb, nn or en (got \"%1\").").arg(language)));
        return;
    }
    // Read and checked before any sandbox is looked for: a bad file needs no network.
    const SandboxCatalogueImport import = SandboxCatalogueImport::fromFile(invocation.argument(0));
    printFindings(import);
    if (!import.isSendable()) {
        done(m_context.failed(tr("Nothing was sent: the file has problems the sandbox would refuse."),
            tr("Save the API's answer as it came (e.g. curl -o FILE …/resource/resourcelist) and try "
               "again.")));
        return;
    }
    m_context.out().info(tr("The file holds %1.").arg(import.description()));
    runCatalogueFlow(done, [import, language](SandboxCatalogueFlow *flow, VendorSession *session) {
        flow->send(session, import, language);
    });
}

void SandboxCommands::addCatalogueResource(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.value(u"id"_s).trimmed();
    const QString title = invocation.value(u"title"_s).trimmed();
    if (id.isEmpty() || title.isEmpty()) {
        done(m_context.usageError(tr("Give the resource's --id and --title.")));
        return;
    }
    const SandboxCatalogueImport import = SandboxCatalogueImport::resource(
        id, title, invocation.value(u"type"_s), invocation.value(u"owner"_s));
    printFindings(import);
    if (import.hasErrors()) {
        done(m_context.failed(tr("Nothing was sent.")));
        return;
    }
    runCatalogueFlow(
        done, [import](SandboxCatalogueFlow *flow, VendorSession *session) { flow->send(session, import); });
}

void SandboxCommands::addCatalogueOrganisation(const Invocation &invocation, Cli::Done done)
{
    const QString name = invocation.value(u"name"_s).trimmed();
    if (!invocation.isSet(u"org"_s) || name.isEmpty()) {
        done(m_context.usageError(tr("Give the organisation's --org and --name.")));
        return;
    }
    const auto orgNo = m_context.orgNumber(invocation.value(u"org"_s), tr("The organisation number"));
    if (!orgNo) {
        done(Cli::Failed);
        return;
    }
    const SandboxCatalogueImport import = SandboxCatalogueImport::organisation(*orgNo, name);
    printFindings(import);
    if (import.hasErrors()) {
        done(m_context.failed(tr("Nothing was sent.")));
        return;
    }
    runCatalogueFlow(
        done, [import](SandboxCatalogueFlow *flow, VendorSession *session) { flow->send(session, import); });
}

void SandboxCommands::runCatalogueFlow(
    Cli::Done done, std::function<void(SandboxCatalogueFlow *, VendorSession *)> start)
{
    m_context.session(
        [this, done, start](VendorSession *session) {
            if (!isSandbox(session, done))
                return;
            // Owned by the command's context, not kept alive by its own signal.
            auto *flow = new SandboxCatalogueFlow(&m_context);
            QObject::connect(flow, &SandboxCatalogueFlow::finished, flow,
                [this, flow, done](const SandboxCatalogueFlow::Outcome &outcome) {
                    flow->deleteLater();
                    done(reportCatalogue(outcome));
                });
            start(flow, session);
        },
        done, CliContext::Needs::Environment);
}

int SandboxCommands::reportCatalogue(const SandboxCatalogueFlow::Outcome &outcome)
{
    switch (outcome.failure) {
    case SandboxCatalogueFlow::Failure::None:
        break;
    case SandboxCatalogueFlow::Failure::NotSandbox:
        return m_context.usageError(outcome.message);
    case SandboxCatalogueFlow::Failure::InvalidInput:
    case SandboxCatalogueFlow::Failure::Refused:
    case SandboxCatalogueFlow::Failure::Cancelled:
        return m_context.failed(outcome.message);
    }
    switch (outcome.operation) {
    case SandboxCatalogueFlow::Operation::List: {
        m_context.out().json(outcome.additions);
        const auto count = [&outcome](const QString &member) {
            return int(outcome.additions.value(member).toArray().size());
        };
        m_context.out().info(
            tr("Added to the built-in catalogue: %1 resource(s), %2 access package(s) in %3 area(s), %4 "
               "organisation(s).")
                .arg(count(u"resources"_s))
                .arg(count(u"packages"_s))
                .arg(count(u"areas"_s))
                .arg(count(u"organisations"_s)));
        return Cli::Ok;
    }
    case SandboxCatalogueFlow::Operation::Clear:
        m_context.out().json(
            QJsonObject{{u"removed"_s, outcome.removed}, {u"cacheRefreshed"_s, outcome.cacheRefreshed}});
        m_context.out().success(
            tr("Removed what was added to the sandbox's catalogue; the built-in catalogue is as it was."));
        break;
    case SandboxCatalogueFlow::Operation::Send: {
        const QString kind = outcome.kind == SandboxCatalogueImport::Kind::AccessPackageExport
            ? u"accessPackages"_s
            : outcome.kind == SandboxCatalogueImport::Kind::Organisations ? u"organisations"_s
                                                                          : u"resources"_s;
        QJsonObject result{{u"kind"_s, kind}, {u"added"_s, outcome.added}, {u"replaced"_s, outcome.replaced},
            {u"batches"_s, outcome.batches}, {u"cacheRefreshed"_s, outcome.cacheRefreshed}};
        if (outcome.kind == SandboxCatalogueImport::Kind::AccessPackageExport) {
            result.insert(u"areasAdded"_s, outcome.areasAdded);
            result.insert(u"areaGroupsAdded"_s, outcome.areaGroupsAdded);
        }
        m_context.out().json(result);
        m_context.out().success(tr("The sandbox's catalogue has %1 new and %2 replaced entries.")
                                    .arg(outcome.added)
                                    .arg(outcome.replaced));
        if (outcome.kind != SandboxCatalogueImport::Kind::Organisations)
            m_context.out().info(tr("Next: list them as rights in your system and register it: %1")
                                     .arg(m_context.commandText(u"system register FILE"_s)));
        break;
    }
    }
    if (!outcome.cacheProblem.isEmpty())
        m_context.out().warning(outcome.cacheProblem);
    return Cli::Ok;
}
