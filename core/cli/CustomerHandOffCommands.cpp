#include "cli/CustomerHandOffCommands.h"

#include "cli/CliContext.h"
#include "cli/CustomerCommands.h"
#include "cli/Invocation.h"
#include "handoff/HandOffExport.h"
#include "handoff/HandOffFiles.h"
#include "onboarding/BulkChangeRequestFlow.h"
#include "onboarding/ChangeCampaign.h"
#include "onboarding/LedgerSync.h"
#include "onboarding/SystemNamesLoader.h"
#include "session/VendorSession.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Onboarding::BulkChangeRequestFlow;
using Onboarding::ChangeCampaign;

namespace {

QJsonObject describe(const BulkChangeRequestFlow::CustomerOutcome &outcome)
{
    QJsonObject object{
        {u"orgNo"_s, outcome.orgNo},
        {u"key"_s, outcome.key},
        {u"outcome"_s, BulkChangeRequestFlow::CustomerOutcome::kindId(outcome.kind)},
        {u"text"_s, outcome.text},
    };
    if (!outcome.name.isEmpty())
        object.insert(u"name"_s, outcome.name);
    if (!outcome.confirmUrl.isEmpty())
        object.insert(u"confirmUrl"_s, outcome.confirmUrl);
    return object;
}

QString verdictId(ChangeCampaign::Verdict verdict)
{
    switch (verdict) {
    case ChangeCampaign::Verdict::WillChange:
        return u"will-change"_s;
    case ChangeCampaign::Verdict::NothingToChange:
        return u"nothing-to-change"_s;
    case ChangeCampaign::Verdict::CannotChange:
        return u"cannot-change"_s;
    case ChangeCampaign::Verdict::Failed:
        break;
    }
    return u"failed"_s;
}

QJsonArray ids(const QList<Altinn::Right> &rights)
{
    QJsonArray array;
    for (const Altinn::Right &right : rights)
        array.append(right.resourceId());
    return array;
}

QJsonArray urns(const QList<Altinn::AccessPackageRef> &packages)
{
    QJsonArray array;
    for (const Altinn::AccessPackageRef &package : packages)
        array.append(package.urn);
    return array;
}

QJsonObject describe(const ChangeCampaign::CustomerResult &result)
{
    const Altinn::ChangeRequest change = result.change();
    QJsonObject object{
        {u"orgNo"_s, result.orgNo},
        {u"key"_s, CustomerRecord::keyOf(result.orgNo, result.externalRef)},
        {u"verdict"_s, verdictId(result.verdict)},
        {u"addRights"_s, ids(change.requiredRights)},
        {u"removeRights"_s, ids(change.unwantedRights)},
        {u"addPackages"_s, urns(change.requiredAccessPackages)},
        {u"removePackages"_s, urns(change.unwantedAccessPackages)},
    };
    if (!result.name.isEmpty())
        object.insert(u"name"_s, result.name);
    if (!result.explanation.summary.isEmpty())
        object.insert(u"why"_s, result.explanation.summary);
    if (!result.explanation.remedy.isEmpty())
        object.insert(u"whatToDo"_s, result.explanation.remedy);
    return object;
}

} // namespace

CustomerHandOffCommands::CustomerHandOffCommands(CliContext &context, CustomerCommands &customers)
    : m_context(context)
    , m_customers(customers)
{ }

bool CustomerHandOffCommands::needsGui(const QStringList &arguments)
{
    if (!arguments.contains(u"export-links"_s))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf"
            || (arguments.at(i) == u"--format" && arguments.value(i + 1) == u"pdf"))
            return true;
    }
    return false;
}

QList<CommandSpec> CustomerHandOffCommands::commands()
{
    const OptionSpec system{u"system"_s, u"ID"_s, tr("The system id.")};
    const OptionSpec concurrency{u"concurrency"_s, u"N"_s,
        tr("Customers asked at the same time, 1–%1 (default %2).")
            .arg(Onboarding::BulkPacing::MaxConcurrency)
            .arg(Onboarding::BulkPacing::DefaultConcurrency)};
    return {
        {{u"customers"_s, u"export-links"_s},
            tr("Write the approval link and the ready-to-send message of every waiting customer: a CSV for "
               "mail "
               "merge, one e-mail draft (.eml) per customer, or a PDF with a QR code per customer."),
            {},
            {system, {u"format"_s, u"FORMAT"_s, tr("csv, eml or pdf.")},
                {u"out"_s, u"PATH"_s,
                    tr("The file to write (csv, pdf) or the folder for the e-mails (eml).")},
                {u"waiting-days"_s, u"N"_s, tr("Only customers waiting for more than N days, as reminders.")},
                {u"contact"_s, u"TEXT"_s, tr("Where your customers can ask questions (e-mail or phone).")}},
            [this](const Invocation &invocation, Cli::Done done) {
                exportLinks(invocation, done);
            }},
        {{u"customers"_s, u"change"_s},
            tr("After the system gained or lost rights or access packages: work out for every customer what "
               "its "
               "system user lacks or has extra, and send the change requests. One JSON line per customer."),
            {}, {system, concurrency, {u"dry-run"_s, {}, tr("Only show the plan; send nothing.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                change(invocation, done);
            }},
    };
}

void CustomerHandOffCommands::exportLinks(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> scope = m_customers.scope(invocation, done, false);
    if (!scope)
        return;
    const QString format = invocation.value(u"format"_s).toLower();
    if (format != u"csv" && format != u"eml" && format != u"pdf") {
        done(m_context.usageError(tr("Say which format: --format csv, eml or pdf.")));
        return;
    }
    const QString out = invocation.value(u"out"_s);
    if (out.isEmpty()) {
        done(m_context.usageError(tr("Say where to write: --out PATH.")));
        return;
    }
    int waitingDays = -1;
    if (invocation.isSet(u"waiting-days"_s)) {
        bool numeric = false;
        waitingDays = invocation.value(u"waiting-days"_s).toInt(&numeric);
        if (!numeric || waitingDays < 0) {
            done(m_context.usageError(tr("--waiting-days must be a whole number of days, 0 or more.")));
            return;
        }
    }
    const QString contact = invocation.value(u"contact"_s);
    m_context.session(
        [this, scope = *scope, format, out, waitingDays, contact, done](VendorSession *session) {
            const std::shared_ptr<CustomerLedger> ledger = m_customers.load(scope, done);
            if (!ledger)
                return;
            auto *names = new Onboarding::SystemNamesLoader(&m_context);
            QObject::connect(names, &Onboarding::SystemNamesLoader::finished, names,
                [this, names, ledger, session, format, out, waitingDays, contact, done](
                    bool ok, const Altinn::Explanation &explanation) {
                    if (!ok) {
                        done(m_context.failed(explanation.summary, explanation.remedy));
                        return;
                    }
                    HandOffExport::Input input;
                    input.customers = waitingDays >= 0
                        ? ledger->waitingLongerThan(waitingDays, QDateTime::currentDateTimeUtc())
                        : ledger->customers();
                    input.reminder = waitingDays >= 0;
                    input.system = *names->system();
                    input.titles = names->titles();
                    input.vendorName = session->profile().vendorName;
                    input.vendorOrgNo = session->profile().vendorOrgNumber;
                    input.vendorContact = contact;
                    const HandOffExport::Batch batch = HandOffExport::prepare(input);
                    if (const QString skipped = HandOffExport::skippedSummary(batch); !skipped.isEmpty())
                        m_context.out().info(skipped);
                    if (batch.messages.isEmpty()) {
                        done(m_context.failed(tr("No customer has an approval link to hand over."),
                            tr("Send requests first: %1")
                                .arg(m_context.commandText(
                                    u"customers request --system "_s + ledger->scope().systemId))));
                        return;
                    }
                    const HandOffFiles::Outcome saved = format == u"csv"
                        ? HandOffFiles::saveCsv(out, batch.messages)
                        : format == u"eml" ? HandOffFiles::saveEmails(out, batch.messages)
                                           : HandOffFiles::savePdf(out, batch);
                    if (!saved.ok) {
                        done(m_context.failed(saved.error));
                        return;
                    }
                    m_context.out().success(
                        tr("%n customer(s) written to %1.", nullptr, int(batch.messages.size()))
                            .arg(QDir::toNativeSeparators(out)));
                    QJsonArray files;
                    for (const QString &file : saved.files)
                        files.append(file);
                    m_context.out().json(QJsonObject{{u"customers"_s, int(batch.messages.size())},
                        {u"skipped"_s, int(batch.skipped.size())}, {u"files"_s, files}});
                    done(Cli::Ok);
                });
            // Who has a live system user comes from the ledger: bring it up to date first.
            auto *sync = new Onboarding::LedgerSync(ledger.get(),
                Onboarding::LedgerClients{
                    session->requests(), session->systemUsers(), session->changeRequests()},
                &m_context);
            QObject::connect(sync, &Onboarding::LedgerSync::finished, sync,
                [this, sync, names, session, systemId = scope.systemId, done](
                    const Onboarding::LedgerSync::Outcome &outcome) {
                    if (!outcome.ok) {
                        done(m_context.fail(outcome.failure, tr("comparing the customers with Altinn")));
                        return;
                    }
                    names->start(session, systemId);
                });
            sync->start();
        },
        done);
}

void CustomerHandOffCommands::change(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> scope = m_customers.scope(invocation, done);
    if (!scope)
        return;
    bool numeric = false;
    const int concurrency =
        invocation.value(u"concurrency"_s, QString::number(Onboarding::BulkPacing::DefaultConcurrency))
            .toInt(&numeric);
    if (!numeric || concurrency < 1 || concurrency > Onboarding::BulkPacing::MaxConcurrency) {
        done(m_context.usageError(
            tr("--concurrency must be a number from 1 to %1.").arg(Onboarding::BulkPacing::MaxConcurrency)));
        return;
    }
    const bool dryRun = invocation.isSet(u"dry-run"_s);
    m_context.session(
        [this, scope = *scope, concurrency, dryRun, done](VendorSession *session) {
            if (!dryRun && !m_context.confirmWrite(session->environment())) {
                done(Cli::Failed);
                return;
            }
            const std::shared_ptr<CustomerLedger> ledger = m_customers.load(scope, done);
            if (!ledger)
                return;
            auto *names = new Onboarding::SystemNamesLoader(&m_context);
            auto *campaign = new ChangeCampaign(ledger.get(),
                ChangeCampaign::Clients{session->requests(), session->changeRequests()}, &m_context);
            campaign->setConcurrency(concurrency);
            QObject::connect(campaign, &ChangeCampaign::finished, campaign,
                [this, campaign, ledger, session, concurrency, dryRun, done](
                    const ChangeCampaign::Plan &plan) {
                    QList<BulkChangeRequestFlow::Item> items;
                    const QList<Onboarding::SubmitChangeRequestFlow::Input> inputs = plan.toChangeInputs();
                    for (const ChangeCampaign::CustomerResult &result : plan.customers) {
                        if (result.verdict != ChangeCampaign::Verdict::WillChange) {
                            m_context.out().jsonLine(describe(result));
                            continue;
                        }
                        for (const auto &input : inputs) {
                            if (input.systemUserId == result.systemUserId)
                                items.append({CustomerRecord::keyOf(result.orgNo, result.externalRef),
                                    result.orgNo, result.name, input});
                        }
                        if (dryRun)
                            m_context.out().jsonLine(describe(result));
                    }
                    m_context.out().bullets({tr("Will change: %1").arg(QLocale().toString(plan.willChange)),
                        tr("Nothing to change: %1").arg(QLocale().toString(plan.nothingToChange)),
                        tr("Cannot be changed with a change request: %1")
                            .arg(QLocale().toString(plan.cannotChange)),
                        tr("Could not be read: %1").arg(QLocale().toString(plan.failed))});
                    if (!plan.approverNote.isEmpty())
                        m_context.out().info(plan.approverNote);
                    if (dryRun || items.isEmpty()) {
                        if (items.isEmpty())
                            m_context.out().success(tr("No change request to send."));
                        done(plan.failed > 0 ? Cli::Failed : Cli::Ok);
                        return;
                    }
                    auto *flow =
                        new BulkChangeRequestFlow(session->changeRequests(), ledger.get(), &m_context);
                    flow->setConcurrency(concurrency);
                    QObject::connect(flow, &BulkChangeRequestFlow::customerFinished, flow,
                        [this](const BulkChangeRequestFlow::CustomerOutcome &outcome) {
                            m_context.out().jsonLine(describe(outcome));
                        });
                    QObject::connect(flow, &BulkChangeRequestFlow::finished, flow,
                        [this, flow, ledger, done](const BulkChangeRequestFlow::Summary &summary) {
                            using Kind = BulkChangeRequestFlow::CustomerOutcome::Kind;
                            const int failed = summary.counts.value(Kind::Failed);
                            m_context.out().success(tr("%n change request(s) sent or found; %1 failed.",
                                nullptr,
                                summary.counts.value(Kind::Created) + summary.counts.value(Kind::Existing))
                                                        .arg(QLocale().toString(failed)));
                            if (failed > 0) {
                                done(m_context.failed(tr("Some change requests were not sent."),
                                    tr("Run the same command again: change requests already sent are not "
                                       "sent twice.")));
                                return;
                            }
                            m_context.out().info(
                                tr("Next: hand the change links over, e.g. %1")
                                    .arg(m_context.commandText(u"customers export-links --system "_s
                                        + ledger->scope().systemId + u" --format csv --out links.csv"_s)));
                            done(Cli::Ok);
                        });
                    flow->start(items);
                });
            QObject::connect(names, &Onboarding::SystemNamesLoader::finished, names,
                [this, names, campaign, done](bool ok, const Altinn::Explanation &explanation) {
                    if (!ok) {
                        done(m_context.failed(explanation.summary, explanation.remedy));
                        return;
                    }
                    m_context.out().info(
                        tr("Working out what each customer's system user lacks or has extra…"));
                    ChangeCampaign::Input input;
                    input.system = *names->system();
                    input.packageFlags = names->packageFlags();
                    campaign->start(input);
                });
            // Who has a live system user comes from the ledger: bring it up to date first.
            auto *sync = new Onboarding::LedgerSync(ledger.get(),
                Onboarding::LedgerClients{
                    session->requests(), session->systemUsers(), session->changeRequests()},
                &m_context);
            QObject::connect(sync, &Onboarding::LedgerSync::finished, sync,
                [this, sync, names, session, systemId = scope.systemId, done](
                    const Onboarding::LedgerSync::Outcome &outcome) {
                    if (!outcome.ok) {
                        done(m_context.fail(outcome.failure, tr("comparing the customers with Altinn")));
                        return;
                    }
                    names->start(session, systemId);
                });
            sync->start();
        },
        done);
}
