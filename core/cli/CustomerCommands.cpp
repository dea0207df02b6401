#include "cli/CustomerCommands.h"

#include "cli/CliContext.h"
#include "cli/CustomerBulkCommands.h"
#include "cli/Invocation.h"
#include "onboarding/LedgerSync.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

QJsonObject CustomerCommands::describe(const CustomerRecord &record)
{
    QJsonObject object = record.toJson();
    const CustomerAction action = CustomerStates::nextAction(record.state);
    object.insert(u"stateText"_s, CustomerStates::text(record.state));
    object.insert(u"nextAction"_s, CustomerStates::actionId(action));
    object.insert(u"nextActionText"_s, CustomerStates::actionText(action));
    return object;
}

namespace {

QString csvCell(QString text)
{
    // A cell starting like a formula would run in a spreadsheet: make it text.
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()) && !text.front().isDigit())
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u';') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

} // namespace

QString CustomerCommands::summary() const
{
    return tr("The customers of a system and where each one stands");
}

CustomerCommands::CustomerCommands(CliContext &context)
    : CommandGroup(context)
    , m_bulk(std::make_unique<CustomerBulkCommands>(context, *this))
    , m_handOff(std::make_unique<CustomerHandOffCommands>(context, *this))
    , m_holdings(std::make_unique<CustomerHoldingsCommands>(context, *this))
{ }

CustomerCommands::~CustomerCommands() = default;

QList<CommandSpec> CustomerCommands::commands()
{
    const OptionSpec system{u"system"_s, u"ID"_s, tr("The system id.")};
    const OptionSpec format{u"format"_s, u"FORMAT"_s, tr("json (default) or csv.")};
    const OptionSpec state{
        u"state"_s, u"STATE"_s, tr("Only customers in this state: %1.").arg(stateIds().join(u", "_s))};
    QList<CommandSpec> specs{
        {{word(), u"list"_s}, tr("List the customers in the ledger (no call to Altinn)."), {},
            {system, format, state},
            [this](const Invocation &invocation, Cli::Done done) {
                list(invocation, done);
            }},
        {{word(), u"sync"_s},
            tr("Read every request, agent request, system user and change request of the system from Altinn, "
               "update the ledger and list it."),
            {}, {system, format, state},
            [this](const Invocation &invocation, Cli::Done done) {
                sync(invocation, done);
            }},
        {{word(), u"show"_s}, tr("Show one customer: its state and the next thing to do."),
            {{u"ORGNO"_s, tr("The customer's organisation number.")}},
            {system, {u"external-ref"_s, u"REF"_s, tr("Only the system user with this external reference.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                show(invocation, done);
            }},
    };
    specs.append(m_bulk->commands());
    specs.append(m_handOff->commands());
    specs.append(m_holdings->commands());
    return specs;
}

QStringList CustomerCommands::stateIds()
{
    QStringList ids;
    for (const CustomerState state : CustomerStates::all())
        ids.append(CustomerStates::id(state));
    return ids;
}

std::optional<CustomerLedger::Scope> CustomerCommands::scope(
    const Invocation &invocation, Cli::Done done, bool listFormat)
{
    const QString systemId = invocation.value(u"system"_s).trimmed();
    if (systemId.isEmpty()) {
        done(m_context.usageError(tr("Say which system: --system ID.")));
        return std::nullopt;
    }
    const QString format = invocation.value(u"format"_s, u"json"_s).toLower();
    if (listFormat && format != u"json" && format != u"csv") {
        done(m_context.usageError(tr("--format must be json or csv.")));
        return std::nullopt;
    }
    if (invocation.isSet(u"state"_s) && !CustomerStates::fromId(invocation.value(u"state"_s))) {
        done(m_context.usageError(tr("--state must be one of: %1.").arg(stateIds().join(u", "_s))));
        return std::nullopt;
    }
    const std::optional<Profile> profile = m_context.profile();
    if (!profile) {
        done(Cli::Failed); // the context has said why
        return std::nullopt;
    }
    return m_context.ledgerScope(*profile, systemId);
}

std::shared_ptr<CustomerLedger> CustomerCommands::load(const CustomerLedger::Scope &scope, Cli::Done done)
{
    auto ledger = std::make_shared<CustomerLedger>(scope);
    QString error;
    if (ledger->load(&error))
        return ledger;
    done(m_context.failed(error));
    return nullptr;
}

int CustomerCommands::print(const Invocation &invocation, const QList<CustomerRecord> &records)
{
    QList<CustomerRecord> shown;
    const std::optional<CustomerState> only = CustomerStates::fromId(invocation.value(u"state"_s));
    for (const CustomerRecord &record : records) {
        if (!invocation.isSet(u"state"_s) || record.state == only)
            shown.append(record);
    }
    if (invocation.value(u"format"_s).toLower() == u"csv") {
        m_context.out().text(toCsv(shown));
    } else {
        QJsonArray array;
        for (const CustomerRecord &record : std::as_const(shown))
            array.append(describe(record));
        m_context.out().json(array);
    }
    return Cli::Ok;
}

QByteArray CustomerCommands::toCsv(const QList<CustomerRecord> &records)
{
    QStringList lines{u"orgNo,name,externalRef,kind,state,nextAction,requestId,requestStatus,confirmUrl,"
                      u"changeRequestId,changeRequestStatus,systemUserId,requestCreated,stateSince,note"_s};
    for (const CustomerRecord &record : records) {
        const QStringList cells{record.orgNo, record.name, record.externalRef,
            record.kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s,
            CustomerStates::id(record.state),
            CustomerStates::actionId(CustomerStates::nextAction(record.state)), record.requestId,
            record.requestStatus, record.confirmUrl, record.changeRequestId, record.changeRequestStatus,
            record.systemUserId,
            record.requestCreated.isValid() ? record.requestCreated.toString(Qt::ISODate) : QString(),
            record.stateSince.isValid() ? record.stateSince.toString(Qt::ISODate) : QString(), record.note};
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(csvCell(cell));
        lines.append(escaped.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

void CustomerCommands::list(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> ledgerScope = scope(invocation, done);
    if (!ledgerScope)
        return;
    const std::shared_ptr<CustomerLedger> ledger = load(*ledgerScope, done);
    if (!ledger)
        return;
    if (!ledger->syncedAt().isValid())
        m_context.out().info(
            tr("Never compared with Altinn. To bring the list up to date, run: %1")
                .arg(m_context.commandText(u"customers sync --system "_s + ledgerScope->systemId)));
    done(print(invocation, ledger->customers()));
}

void CustomerCommands::show(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> ledgerScope = scope(invocation, done);
    if (!ledgerScope)
        return;
    const auto orgNo = m_context.orgNumber(invocation.argument(0), tr("The customer's organisation number"));
    if (!orgNo) {
        done(Cli::Failed);
        return;
    }
    const std::shared_ptr<CustomerLedger> ledger = load(*ledgerScope, done);
    if (!ledger)
        return;
    QList<CustomerRecord> records = ledger->forOrganisation(*orgNo);
    if (invocation.isSet(u"external-ref"_s)) {
        const std::optional<CustomerRecord> one = ledger->find(*orgNo, invocation.value(u"external-ref"_s));
        records = one ? QList<CustomerRecord>{*one} : QList<CustomerRecord>{};
    }
    if (records.isEmpty()) {
        done(
            m_context.failed(tr("Customer %1 is not in the ledger of %2.").arg(*orgNo, ledgerScope->systemId),
                tr("Run %1 to read it from Altinn, or send a request first.")
                    .arg(m_context.commandText(u"customers sync --system "_s + ledgerScope->systemId))));
        return;
    }
    for (const CustomerRecord &record : std::as_const(records)) {
        m_context.out().info(
            tr("%1 (%2): %3. Next: %4.")
                .arg(record.orgNo, record.effectiveExternalRef(), CustomerStates::text(record.state),
                    CustomerStates::actionText(CustomerStates::nextAction(record.state))));
    }
    done(print(invocation, records));
}

void CustomerCommands::sync(const Invocation &invocation, Cli::Done done)
{
    const std::optional<CustomerLedger::Scope> ledgerScope = scope(invocation, done);
    if (!ledgerScope)
        return;
    m_context.session(
        [this, invocation, scope = *ledgerScope, done](VendorSession *session) {
            const std::shared_ptr<CustomerLedger> ledger = load(scope, done);
            if (!ledger)
                return;
            auto *sync = new Onboarding::LedgerSync(ledger.get(),
                Onboarding::LedgerClients{
                    session->requests(), session->systemUsers(), session->changeRequests()},
                &m_context);
            // Owned by the context (destroyed with it when the command ends), not by its own connection.
            QObject::connect(sync, &Onboarding::LedgerSync::finished, sync,
                [this, invocation, ledger, sync, done](const Onboarding::LedgerSync::Outcome &outcome) {
                    if (!outcome.ok) {
                        done(m_context.fail(outcome.failure, tr("reading the customers")));
                        return;
                    }
                    // Written now, before the summary: the ledger saves after a quiet period.
                    if (!ledger->flush())
                        m_context.out().warning(ledger->saveError());
                    const QHash<CustomerState, int> counts = ledger->counts();
                    QStringList lines;
                    for (const CustomerState state : CustomerStates::all()) {
                        if (counts.value(state) > 0)
                            lines.append(tr("%1: %2").arg(
                                CustomerStates::text(state), QLocale().toString(counts.value(state))));
                    }
                    m_context.out().success(
                        tr("%n customer(s) compared with Altinn; %1 changed.", nullptr, ledger->size())
                            .arg(QLocale().toString(outcome.changedKeys.size())));
                    if (!lines.isEmpty())
                        m_context.out().bullets(lines);
                    done(print(invocation, ledger->customers()));
                });
            sync->start();
        },
        done);
}
