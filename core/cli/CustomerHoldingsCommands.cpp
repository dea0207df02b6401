#include "cli/CustomerHoldingsCommands.h"

#include "cli/CliContext.h"
#include "cli/CustomerCommands.h"
#include "cli/Invocation.h"
#include "onboarding/SystemUserHoldingsCheck.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SystemUserHoldingsCheck;
using Outcome = Onboarding::SystemUserHoldingsCheck::Outcome;

namespace {

QString resultId(Outcome::Result result)
{
    switch (result) {
    case Outcome::Result::Matches:
        return u"matches"_s;
    case Outcome::Result::Drifted:
        return u"drifted"_s;
    case Outcome::Result::NotCompared:
        return u"not-compared"_s;
    case Outcome::Result::Failed:
        break;
    }
    return u"failed"_s;
}

QJsonObject describe(const Outcome &outcome)
{
    const auto lists = [](const QStringList &resources, const QStringList &packages) {
        return QJsonObject{{u"resources"_s, QJsonArray::fromStringList(resources)},
            {u"accessPackages"_s, QJsonArray::fromStringList(packages)}};
    };
    const SystemUserHoldingsCheck::Drift &drift = outcome.drift;
    const SystemUserHoldingsCheck::Calls &calls = outcome.calls;
    return QJsonObject{
        {u"orgNo"_s, outcome.request.customerOrgNo},
        {u"externalRef"_s,
            outcome.request.externalRef.isEmpty() ? outcome.request.customerOrgNo
                                                  : outcome.request.externalRef},
        {u"systemId"_s, outcome.request.systemId},
        {u"result"_s, resultId(outcome.result)},
        {u"summary"_s, outcome.summary},
        {u"details"_s, QJsonArray::fromStringList(outcome.details)},
        {u"customerListed"_s, outcome.customerListed},
        {u"expected"_s, lists(outcome.expectedResources, outcome.expectedPackages)},
        {u"held"_s, lists(outcome.heldResources, outcome.heldPackages)},
        {u"missing"_s, lists(drift.missingResources, drift.missingPackages)},
        {u"extra"_s, lists(drift.extraResources, drift.extraPackages)},
        {u"needsChangeRequest"_s, outcome.needsChangeRequest()},
        {u"parties"_s, Altinn::AuthorizedParties::toJson(outcome.parties).value(u"data"_s)},
        {u"calls"_s,
            QJsonObject{{u"systemRegister"_s, calls.systemRegister}, {u"maskinporten"_s, calls.maskinporten},
                {u"exchange"_s, calls.exchange}, {u"authorizedParties"_s, calls.authorizedParties},
                {u"total"_s, calls.total()}}},
    };
}

} // namespace

CustomerHoldingsCommands::CustomerHoldingsCommands(CliContext &context, CustomerCommands &customers)
    : m_context(context)
    , m_customers(customers)
{ }

QList<CommandSpec> CustomerHoldingsCommands::commands()
{
    return {
        {{m_customers.word(), u"holdings"_s},
            tr("Ask Altinn what one customer's system user really holds and compare it with the system "
               "(one system user token, one exchange and one call per customer)."),
            {},
            {{u"org"_s, u"ORGNO"_s, tr("The customer's organisation number.")},
                {u"system"_s, u"ID"_s,
                    tr("The system id (default: the system named in the system user token).")},
                {u"external-ref"_s, u"REF"_s,
                    tr("The system user's external reference (default: the organisation number).")}},
            [this](const Invocation &invocation, Cli::Done done) {
                holdings(invocation, done);
            }},
    };
}

void CustomerHoldingsCommands::holdings(const Invocation &invocation, Cli::Done done)
{
    if (!invocation.isSet(u"org"_s)) {
        done(m_context.usageError(tr("Say which customer: --org ORGNO.")));
        return;
    }
    const auto orgNo =
        m_context.orgNumber(invocation.value(u"org"_s), tr("The customer's organisation number"));
    if (!orgNo) {
        done(Cli::Failed);
        return;
    }
    SystemUserHoldingsCheck::Request request;
    request.customerOrgNo = *orgNo;
    request.externalRef = invocation.value(u"external-ref"_s).trimmed();
    request.systemId = invocation.value(u"system"_s).trimmed();
    m_context.session(
        [this, request, done](VendorSession *session) mutable {
            // What the ledger knows of the customer: an agent system user, or a subset asked for.
            if (!request.systemId.isEmpty()) {
                if (const std::optional<Profile> profile = m_context.profile()) {
                    CustomerLedger ledger(m_context.ledgerScope(*profile, request.systemId));
                    if (ledger.load()) {
                        if (const auto record = ledger.find(request.customerOrgNo, request.externalRef)) {
                            request.kind = record->kind;
                            request.wantedRights = record->wantedRights;
                            request.wantedPackages = record->wantedPackages;
                        }
                    }
                }
            }
            auto *check = new SystemUserHoldingsCheck(session, &m_context);
            check->setRequest(request);
            // Owned by the context (destroyed with it when the command ends), not by its own connection.
            QObject::connect(
                check, &SystemUserHoldingsCheck::finished, check, [this, done](const Outcome &outcome) {
                    if (outcome.result == Outcome::Result::Failed) {
                        done(m_context.failed(outcome.explanation.fullText()));
                        return;
                    }
                    switch (outcome.result) {
                    case Outcome::Result::Matches:
                        m_context.out().success(outcome.summary);
                        break;
                    case Outcome::Result::Drifted:
                        m_context.out().warning(outcome.summary);
                        break;
                    default:
                        m_context.out().info(outcome.summary);
                        break;
                    }
                    if (!outcome.details.isEmpty())
                        m_context.out().bullets(outcome.details);
                    if (outcome.needsChangeRequest()) {
                        m_context.out().info(tr("To ask the customer for what is missing: %1")
                                                 .arg(m_context.commandText(u"customers change --system "_s
                                                     + outcome.request.systemId)));
                    }
                    m_context.out().info(
                        tr("%n call(s) made for this check.", nullptr, outcome.calls.total()));
                    m_context.out().json(describe(outcome));
                    done(Cli::Ok);
                });
            check->start();
        },
        done);
}
