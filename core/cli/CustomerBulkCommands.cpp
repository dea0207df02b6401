#include "cli/CustomerBulkCommands.h"

#include "altinn/SystemRegisterClient.h"
#include "cli/CliContext.h"
#include "cli/CustomerCommands.h"
#include "cli/Invocation.h"
#include "onboarding/BulkRequestFlow.h"
#include "onboarding/LedgerSync.h"
#include "session/VendorSession.h"
#include "workspace/CustomerListImport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using Onboarding::BulkRequestFlow;

namespace {

QJsonObject describe(const BulkRequestFlow::CustomerOutcome &outcome)
{
    QJsonObject object{
        {u"orgNo"_s, outcome.orgNo},
        {u"key"_s, outcome.key},
        {u"outcome"_s, BulkRequestFlow::CustomerOutcome::kindId(outcome.kind)},
        {u"text"_s, outcome.text},
    };
    if (!outcome.name.isEmpty())
        object.insert(u"name"_s, outcome.name);
    if (!outcome.requestId.isEmpty())
        object.insert(u"requestId"_s, outcome.requestId);
    if (!outcome.confirmUrl.isEmpty())
        object.insert(u"confirmUrl"_s, outcome.confirmUrl);
    if (outcome.answerLost)
        object.insert(u"answerLost"_s, true);
    return object;
}

QJsonObject describe(const CustomerListImport::Finding &finding)
{
    return {
        {u"line"_s, finding.line},
        {u"column"_s, finding.column},
        {u"severity"_s, finding.isError() ? u"error"_s : u"warning"_s},
        {u"message"_s, finding.message},
    };
}

/// "2 min 5 s", "40 s" in the person's locale.
QString duration(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 60)
        return CustomerBulkCommands::tr("%1 s").arg(QLocale().toString(seconds));
    return CustomerBulkCommands::tr("%1 min %2 s")
        .arg(QLocale().toString(seconds / 60), QLocale().toString(seconds % 60));
}

} // namespace

CustomerBulkCommands::CustomerBulkCommands(CliContext &context, CustomerCommands &customers)
    : m_context(context)
    , m_customers(customers)
{ }

QList<CommandSpec> CustomerBulkCommands::commands()
{
    const OptionSpec system{u"system"_s, u"ID"_s, tr("The system id.")};
    return {
        {{u"customers"_s, u"import"_s},
            tr("Add the customers of a CSV file to the ledger (nothing is sent). Columns: organisation "
               "number "
               "(required), name, external reference, e-mail, kind, rights, packages, language."),
            {{u"FILE"_s, tr("The CSV file, as a spreadsheet saves it (; , or TAB separated).")}},
            {system, {u"dry-run"_s, {}, tr("Check the file and say what would change; write nothing.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                import(invocation, done);
            }},
        {{u"customers"_s, u"request"_s},
            tr("Compare the ledger with Altinn, then send a system user request to every customer who needs "
               "one. Resumable: run it again after an interruption. One JSON line per customer."),
            {},
            {system,
                {u"concurrency"_s, u"N"_s,
                    tr("Customers asked at the same time, 1–%1 (default %2).")
                        .arg(BulkRequestFlow::MaxConcurrency)
                        .arg(BulkRequestFlow::DefaultConcurrency)},
                {u"no-sync"_s, {}, tr("Do not compare with Altinn first (the ledger is up to date).")}},
            [this](const Invocation &invocation, Cli::Done done) {
                request(invocation, done);
            }},
        {{u"customers"_s, u"status"_s},
            tr("How many customers are in each state, and each customer (no call to Altinn)."), {},
            {system, {u"format"_s, u"FORMAT"_s, tr("json (default) or csv.")},
                {u"waiting-days"_s, u"N"_s, tr("Only customers waiting for more than N days.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                status(invocation, done);
            }},
    };
}

void CustomerBulkCommands::import(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> scope = m_customers.scope(invocation, done);
    if (!scope)
        return;
    const std::optional<QByteArray> bytes = m_context.readFile(invocation.argument(0));
    if (!bytes) {
        done(Cli::Failed);
        return;
    }
    auto parsed = std::make_shared<CustomerListImport::Result>(CustomerListImport::parse(*bytes));
    const bool dryRun = invocation.isSet(u"dry-run"_s);

    const auto finish = [this, scope = *scope, parsed, dryRun, done] {
        const std::shared_ptr<CustomerLedger> ledger = m_customers.load(scope, done);
        if (!ledger)
            return;
        QStringList problems;
        QJsonArray findings;
        for (const CustomerListImport::Finding &finding : std::as_const(parsed->findings)) {
            problems.append(finding.message);
            findings.append(describe(finding));
        }
        const CustomerListImport::Merge merge =
            CustomerListImport::merge(*parsed, [&ledger](const QString &key) { return ledger->find(key); });
        if (!problems.isEmpty()) {
            m_context.out().warning(tr("%n line(s) need attention:", nullptr, int(problems.size())));
            m_context.out().bullets(problems);
        }
        if (!dryRun && !merge.records.isEmpty()) {
            ledger->upsertAll(merge.records);
            ledger->flush();
            if (!ledger->saveError().isEmpty()) {
                done(m_context.failed(ledger->saveError()));
                return;
            }
        }
        const QString summary = CustomerListImport::summary(merge);
        m_context.out().success(
            dryRun ? tr("Checked, nothing written: %1.").arg(summary) : tr("Imported: %1.").arg(summary));
        if (!dryRun && merge.added + merge.updated > 0)
            m_context.out().info(
                tr("Next: %1").arg(m_context.commandText(u"customers request --system "_s + scope.systemId)));
        m_context.out().json(QJsonObject{
            {u"added"_s, merge.added},
            {u"updated"_s, merge.updated},
            {u"unchanged"_s, merge.unchanged},
            {u"rejected"_s, merge.rejected},
            {u"dryRun"_s, dryRun},
            {u"findings"_s, findings},
        });
        done(Cli::Ok);
    };

    // Only a list that chooses rights or packages needs the system, to check them against it.
    const bool choosesSomething =
        std::any_of(parsed->rows.cbegin(), parsed->rows.cend(), [](const CustomerListImport::Row &row) {
            return !row.wantedRights.isEmpty() || !row.wantedPackages.isEmpty();
        });
    if (!choosesSomething) {
        finish();
        return;
    }
    m_context.session(
        [this, systemId = scope->systemId, parsed, finish, done](VendorSession *session) {
            withSystem(
                session, systemId,
                [parsed, finish](const Altinn::SystemDefinition &system) {
                    CustomerListImport::checkAgainst(*parsed, system);
                    finish();
                },
                done);
        },
        done);
}

void CustomerBulkCommands::request(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> scope = m_customers.scope(invocation, done);
    if (!scope)
        return;
    bool numeric = false;
    const int concurrency =
        invocation.value(u"concurrency"_s, QString::number(BulkRequestFlow::DefaultConcurrency))
            .toInt(&numeric);
    if (!numeric || concurrency < 1 || concurrency > BulkRequestFlow::MaxConcurrency) {
        done(m_context.usageError(
            tr("--concurrency must be a number from 1 to %1.").arg(BulkRequestFlow::MaxConcurrency)));
        return;
    }
    const bool syncFirst = !invocation.isSet(u"no-sync"_s);
    m_context.session(
        [this, scope = *scope, concurrency, syncFirst, done](VendorSession *session) {
            if (!m_context.confirmWrite(session->environment())) {
                done(Cli::Failed);
                return;
            }
            const std::shared_ptr<CustomerLedger> ledger = m_customers.load(scope, done);
            if (!ledger)
                return;
            withSystem(
                session, scope.systemId,
                [this, session, ledger, concurrency, syncFirst, done](
                    const Altinn::SystemDefinition &system) {
                    if (!syncFirst) {
                        send(session, ledger, system, concurrency, done);
                        return;
                    }
                    // Reconcile first: who has a system user, who waits, who said no — only the rest are
                    // asked.
                    auto *sync = new Onboarding::LedgerSync(ledger.get(),
                        Onboarding::LedgerClients{
                            session->requests(), session->systemUsers(), session->changeRequests()},
                        &m_context);
                    QObject::connect(sync, &Onboarding::LedgerSync::finished, sync,
                        [this, session, ledger, system, concurrency, sync, done](
                            const Onboarding::LedgerSync::Outcome &outcome) {
                            if (!outcome.ok) {
                                done(m_context.fail(
                                    outcome.failure, tr("comparing the customers with Altinn")));
                                return;
                            }
                            m_context.out().info(tr("Compared with Altinn:"));
                            printCounts(*ledger);
                            send(session, ledger, system, concurrency, done);
                        });
                    sync->start();
                },
                done);
        },
        done);
}

void CustomerBulkCommands::send(VendorSession *session, std::shared_ptr<CustomerLedger> ledger,
    const Altinn::SystemDefinition &system, int concurrency, Cli::Done done)
{
    const QList<CustomerRecord> needing = BulkRequestFlow::needingRequest(ledger->customers());
    if (needing.isEmpty()) {
        m_context.out().success(tr("Every customer has been asked already; nothing to send."));
        done(Cli::Ok);
        return;
    }
    const int inDoubt = int(BulkRequestFlow::inDoubt(*ledger).size());
    if (inDoubt > 0)
        m_context.out().info(
            tr("%n customer(s) of an interrupted run are looked up at Altinn first.", nullptr, inDoubt));
    m_context.out().info(
        tr("Asking %n customer(s), %1 at a time…", nullptr, int(needing.size())).arg(concurrency));

    auto *flow = new BulkRequestFlow(session->requests(), session->systemUsers(), ledger.get(), &m_context);
    flow->setActivityLog(session->activityLog());
    flow->setConcurrency(concurrency);
    auto lastReport = std::make_shared<QElapsedTimer>();
    lastReport->start();
    QObject::connect(flow, &BulkRequestFlow::customerFinished, flow,
        [this](const BulkRequestFlow::CustomerOutcome &outcome) {
            m_context.out().jsonLine(describe(outcome));
        });
    QObject::connect(flow, &BulkRequestFlow::progressChanged, flow,
        [this, lastReport](const BulkRequestFlow::Progress &progress) {
            // A line every few seconds is enough for a person watching; the JSON lines carry the detail.
            if (lastReport->elapsed() < 3000 || progress.finished == progress.total)
                return;
            lastReport->restart();
            QString line =
                tr("%1 of %2 done")
                    .arg(QLocale().toString(progress.finished), QLocale().toString(progress.total));
            if (progress.heldForMs > 0)
                line += tr("; Altinn asked us to wait %1").arg(duration(progress.heldForMs));
            else if (progress.remainingMs >= 0)
                line += tr("; about %1 left").arg(duration(progress.remainingMs));
            m_context.out().info(line);
        });
    QObject::connect(flow, &BulkRequestFlow::finished, flow,
        [this, ledger, flow, done](const BulkRequestFlow::Summary &summary) {
            using Kind = BulkRequestFlow::CustomerOutcome::Kind;
            const auto count = [&summary](Kind kind) {
                return QLocale().toString(summary.counts.value(kind));
            };
            const double seconds = double(std::max<qint64>(summary.elapsedMs, 1)) / 1000.0;
            m_context.out().success(
                tr("%n customer(s) in %1 s (%2 per second), %3 calls to Altinn and Maskinporten.", nullptr,
                    int(summary.outcomes.size()))
                    .arg(QLocale().toString(seconds, 'f', 1),
                        QLocale().toString(double(summary.outcomes.size()) / seconds, 'f', 0),
                        QLocale().toString(summary.calls)));
            m_context.out().bullets({tr("Sent: %1").arg(count(Kind::Created)),
                tr("Found after an interruption: %1").arg(count(Kind::FoundAfterInterruption)),
                tr("Waiting already: %1").arg(count(Kind::AlreadyWaiting)),
                tr("Have the system user already: %1").arg(count(Kind::HasSystemUser)),
                tr("Must be asked again from their page: %1").arg(count(Kind::NeedsAskingAgain)),
                tr("Failed: %1").arg(count(Kind::Failed))});
            if (summary.rateLimited > 0)
                m_context.out().info(tr("Altinn asked us to slow down %n time(s); we waited as asked.",
                    nullptr, summary.rateLimited));
            if (!summary.journalError.isEmpty()) {
                done(m_context.failed(summary.journalError));
                return;
            }
            if (summary.counts.value(Kind::Failed) > 0) {
                done(m_context.failed(tr("Some customers were not asked."),
                    tr("Run the same command again to retry them; customers already asked are not asked "
                       "twice.")));
                return;
            }
            m_context.out().info(tr("Next: send the approval links, e.g. %1")
                                     .arg(m_context.commandText(u"customers export-links --system "_s
                                         + ledger->scope().systemId + u" --format csv --out links.csv"_s)));
            done(Cli::Ok);
        });
    flow->start(system, needing);
}

void CustomerBulkCommands::status(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> scope = m_customers.scope(invocation, done);
    if (!scope)
        return;
    int waitingDays = -1;
    if (invocation.isSet(u"waiting-days"_s)) {
        bool numeric = false;
        waitingDays = invocation.value(u"waiting-days"_s).toInt(&numeric);
        if (!numeric || waitingDays < 0) {
            done(m_context.usageError(tr("--waiting-days must be a whole number of days, 0 or more.")));
            return;
        }
    }
    const std::shared_ptr<CustomerLedger> ledger = m_customers.load(*scope, done);
    if (!ledger)
        return;
    if (ledger->syncedAt().isValid())
        m_context.out().info(
            tr("Compared with Altinn %1.")
                .arg(QLocale().toString(ledger->syncedAt().toLocalTime(), QLocale::ShortFormat)));
    else
        m_context.out().info(
            tr("Never compared with Altinn. To bring the list up to date, run: %1")
                .arg(m_context.commandText(u"customers sync --system "_s + scope->systemId)));
    printCounts(*ledger);

    QList<CustomerRecord> shown = ledger->customers();
    if (waitingDays >= 0) {
        const QList<CustomerRecord> waiting =
            ledger->waitingLongerThan(waitingDays, QDateTime::currentDateTimeUtc());
        shown = waiting;
        m_context.out().info(
            tr("%n customer(s) waiting for more than %1 days.", nullptr, int(shown.size())).arg(waitingDays));
    }
    if (invocation.value(u"format"_s).toLower() == u"csv") {
        m_context.out().text(CustomerCommands::toCsv(shown));
        done(Cli::Ok);
        return;
    }
    QJsonObject counts;
    const QHash<CustomerState, int> byState = ledger->counts();
    for (const CustomerState state : CustomerStates::all())
        counts.insert(CustomerStates::id(state), byState.value(state));
    QJsonArray customers;
    for (const CustomerRecord &record : std::as_const(shown))
        customers.append(CustomerCommands::describe(record));
    m_context.out().json(QJsonObject{
        {u"system"_s, scope->systemId},
        {u"syncedAt"_s, ledger->syncedAt().isValid() ? ledger->syncedAt().toString(Qt::ISODate) : QString()},
        {u"counts"_s, counts},
        {u"customers"_s, customers},
    });
    done(Cli::Ok);
}

void CustomerBulkCommands::withSystem(VendorSession *session, const QString &systemId,
    std::function<void(const Altinn::SystemDefinition &)> next, Cli::Done done)
{
    session->systemRegister()->get(
        systemId, [this, systemId, next, done](const Altinn::ApiResult<Altinn::SystemDefinition> &result) {
            if (result.ok())
                next(*result.value);
            else
                done(m_context.fail(result.failure, tr("reading system %1").arg(systemId)));
        });
}

void CustomerBulkCommands::printCounts(const CustomerLedger &ledger)
{
    const QHash<CustomerState, int> counts = ledger.counts();
    QStringList lines;
    for (const CustomerState state : CustomerStates::all()) {
        if (counts.value(state) > 0)
            lines.append(
                tr("%1: %2").arg(CustomerStates::text(state), QLocale().toString(counts.value(state))));
    }
    if (lines.isEmpty())
        lines.append(tr("No customers yet."));
    m_context.out().bullets(lines);
}
