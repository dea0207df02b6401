#include "onboarding/SystemUserHoldingsCheck.h"

#include "altinn/AltinnScopes.h"
#include "altinn/AuthorizedPartiesClient.h"
#include "altinn/SystemRegisterClient.h"
#include "onboarding/SystemUserTokenFetch.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;

namespace Onboarding {

namespace {

QSet<QString> keysOf(const QStringList &values)
{
    QSet<QString> keys;
    for (const QString &value : values)
        keys.insert(value.trimmed().toLower());
    return keys;
}

/// The entries of @p values whose key is not in @p other, in @p values' order.
QStringList without(const QStringList &values, const QSet<QString> &other)
{
    QStringList rest;
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString key = value.trimmed().toLower();
        if (!other.contains(key) && !seen.contains(key)) {
            rest.append(value);
            seen.insert(key);
        }
    }
    return rest;
}

/// @p values restricted to @p wanted (all of them when @p wanted is empty).
QStringList restrictedTo(const QStringList &values, const QStringList &wanted)
{
    if (wanted.isEmpty())
        return values;
    const QSet<QString> keys = keysOf(wanted);
    QStringList kept;
    for (const QString &value : values) {
        if (keys.contains(value.trimmed().toLower()))
            kept.append(value);
    }
    return kept;
}

} // namespace

SystemUserHoldingsCheck::SystemUserHoldingsCheck(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

SystemUserHoldingsCheck::~SystemUserHoldingsCheck()
{
    if (m_operation)
        m_operation->cancel();
}

void SystemUserHoldingsCheck::start()
{
    if (m_running != 0)
        return;
    const quint64 attempt = m_nextAttempt++;
    m_running = attempt;
    Outcome outcome;
    outcome.request = m_request;
    if (!m_session) {
        outcome.failure = Altinn::ApiFailure::of(Kind::Rejected, u"no session"_s);
        fail(outcome, tr("checking what the system user holds"));
        return;
    }
    if (m_request.definition || m_request.systemId.isEmpty()) {
        // The token first: it names the system when the request does not. Queued, so `finished` never
        // comes from inside start().
        QMetaObject::invokeMethod(
            this,
            [this, attempt, outcome] {
                if (m_running == attempt)
                    fetchToken(attempt, outcome, outcome.request.definition);
            },
            Qt::QueuedConnection);
        return;
    }
    readDefinition(attempt, outcome, {});
}

void SystemUserHoldingsCheck::readDefinition(quint64 attempt, Outcome outcome, const QByteArray &altinnToken)
{
    outcome.stage = Outcome::Stage::SystemDefinition;
    if (!sessionLives(outcome))
        return;
    outcome.calls.systemRegister = 1;
    const QPointer<SystemUserHoldingsCheck> self(this);
    m_operation = m_session->systemRegister()->get(outcome.request.systemId,
        [self, attempt, outcome, altinnToken](
            const Altinn::ApiResult<Altinn::SystemDefinition> &result) mutable {
            if (!self || self->m_running != attempt)
                return;
            self->m_operation = nullptr;
            if (!result.ok()) {
                outcome.stage = Outcome::Stage::SystemDefinition;
                outcome.failure = result.failure;
                self->fail(outcome, tr("reading the system definition"));
                return;
            }
            if (altinnToken.isEmpty())
                self->fetchToken(attempt, outcome, *result.value);
            else
                self->fetchParties(attempt, outcome, *result.value, altinnToken);
        });
}

void SystemUserHoldingsCheck::fetchToken(
    quint64 attempt, Outcome outcome, const std::optional<Altinn::SystemDefinition> &definition)
{
    outcome.stage = Outcome::Stage::Token;
    if (!sessionLives(outcome))
        return;
    if (!m_fetch)
        m_fetch = new SystemUserTokenFetch(m_session, this);
    disconnect(m_fetch, nullptr, this, nullptr);
    connect(m_fetch, &SystemUserTokenFetch::finished, this,
        [this, attempt, outcome, definition](const SystemUserTokenFetch::Result &token) mutable {
            if (m_running != attempt)
                return;
            outcome.calls.maskinporten = token.maskinportenCalls;
            outcome.calls.exchange = token.exchangeCalls;
            if (!token.ok) {
                outcome.stage = token.stage == SystemUserTokenFetch::Result::Stage::Exchange
                    ? Outcome::Stage::Exchange
                    : Outcome::Stage::Token;
                outcome.failure = token.failure;
                outcome.explanation = token.explanation;
                outcome.cause = token.cause;
                if (outcome.cause == MaskinportenError::Cause::ScopeNotOnClient
                    || outcome.cause == MaskinportenError::Cause::ScopeNotGranted) {
                    outcome.explanation.remedy += u' '
                        + tr("This check asks for a system user token with the scope %1: add it to the "
                             "Maskinporten client (in the sandbox, register the client again).")
                              .arg(Altinn::AltinnScopes::AuthorizedParties);
                } else if (outcome.cause == MaskinportenError::Cause::SystemUserNotFound) {
                    outcome.explanation.remedy += u' '
                        + tr("Maskinporten found no system user of this system for the customer: it may have "
                             "been deleted. Refresh the customer list.");
                }
                outcome.result = Outcome::Result::Failed;
                outcome.summary = outcome.explanation.summary;
                finish(outcome);
                return;
            }
            if (definition) {
                fetchParties(attempt, outcome, *definition, token.altinnToken);
                return;
            }
            // The system the token's system user belongs to (Maskinporten's authorization_details).
            const QJsonObject details =
                token.claims.value(u"authorization_details"_s).toArray().first().toObject();
            outcome.request.systemId = details.value(u"system_id"_s).toString();
            if (outcome.request.systemId.isEmpty()) {
                outcome.stage = Outcome::Stage::SystemDefinition;
                outcome.failure = Altinn::ApiFailure::of(
                    Kind::InvalidResponse, u"the system user token names no system (system_id)"_s);
                fail(outcome, tr("finding the system of the system user"));
                return;
            }
            readDefinition(attempt, outcome, token.altinnToken);
        });
    SystemUserTokenFetch::Request request;
    request.customerOrgNo = outcome.request.customerOrgNo;
    request.externalRef = outcome.request.externalRef;
    // The one scope the call needs, as Digdir advises.
    request.scopes = {Altinn::AltinnScopes::AuthorizedParties};
    request.exchange = true;
    m_fetch->start(request);
}

void SystemUserHoldingsCheck::fetchParties(quint64 attempt, Outcome outcome,
    const Altinn::SystemDefinition &definition, const QByteArray &altinnToken)
{
    outcome.stage = Outcome::Stage::AuthorizedParties;
    if (!sessionLives(outcome))
        return;
    outcome.calls.authorizedParties = 1;
    if (!m_client)
        m_client = new Altinn::AuthorizedPartiesClient(m_session->transport(), this);
    const QPointer<SystemUserHoldingsCheck> self(this);
    m_operation = m_client->list(altinnToken, Altinn::AuthorizedPartiesClient::Query{},
        [self, attempt, outcome, definition](
            const Altinn::ApiResult<QList<Altinn::AuthorizedParty>> &result) mutable {
            if (!self || self->m_running != attempt)
                return;
            self->m_operation = nullptr;
            if (!result.ok()) {
                outcome.failure = result.failure;
                self->fail(outcome, tr("asking Altinn what the system user may do"));
                return;
            }
            outcome.parties = *result.value;
            outcome.stage = Outcome::Stage::Done;
            compare(definition, outcome);
            self->finish(outcome);
        });
}

void SystemUserHoldingsCheck::compare(const Altinn::SystemDefinition &definition, Outcome &outcome)
{
    const Request &request = outcome.request;
    QStringList definedResources;
    for (const Altinn::Right &right : definition.rights.value_or(QList<Altinn::Right>{})) {
        if (const QString id = right.resourceId(); !id.isEmpty())
            definedResources.append(id);
    }
    QStringList definedPackages;
    for (const Altinn::AccessPackageRef &package :
        definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}))
        definedPackages.append(Altinn::AuthorizedParties::packageUrn(package.urn));
    definedResources = without(definedResources, {});
    definedPackages = without(definedPackages, {});
    outcome.expectedResources = restrictedTo(definedResources, request.wantedRights);
    outcome.expectedPackages = restrictedTo(definedPackages, request.wantedPackages);

    outcome.heldResources.clear();
    outcome.heldPackages.clear();
    outcome.customerListed = false;
    for (const Altinn::AuthorizedParty &party : std::as_const(outcome.parties)) {
        if (party.organizationNumber != request.customerOrgNo)
            continue;
        outcome.customerListed = true;
        outcome.heldResources += party.authorizedResources;
        outcome.heldPackages += party.accessPackageUrns();
    }
    outcome.heldResources = without(outcome.heldResources, {});
    outcome.heldPackages = without(outcome.heldPackages, {});

    Drift &drift = outcome.drift;
    drift.missingResources = without(outcome.expectedResources, keysOf(outcome.heldResources));
    drift.missingPackages = without(outcome.expectedPackages, keysOf(outcome.heldPackages));
    // Extra: held, and not asked for by the system at all (the customer's own subset aside).
    drift.extraResources = without(outcome.heldResources, keysOf(definedResources));
    drift.extraPackages = without(outcome.heldPackages, keysOf(definedPackages));

    outcome.details.clear();
    if (request.kind == Altinn::RequestKind::Agent) {
        outcome.result = Outcome::Result::NotCompared;
        outcome.summary = tr("An agent system user holds its rights per client, through client delegations, "
                             "so this check does not compare them with the system.");
        return;
    }
    if (!outcome.customerListed)
        outcome.details.append(
            tr("Altinn lists no party %1 for the system user: it holds nothing for the customer.")
                .arg(request.customerOrgNo));
    for (const QString &id : std::as_const(drift.missingResources))
        outcome.details.append(tr("Lacks the right %1, which the system asks for.").arg(id));
    for (const QString &urn : std::as_const(drift.missingPackages))
        outcome.details.append(tr("Lacks the access package %1, which the system asks for.").arg(urn));
    for (const QString &id : std::as_const(drift.extraResources))
        outcome.details.append(tr("Holds the right %1, which the system no longer asks for.").arg(id));
    for (const QString &urn : std::as_const(drift.extraPackages))
        outcome.details.append(
            tr("Holds the access package %1, which the system no longer asks for.").arg(urn));

    const int missing = int(drift.missingResources.size() + drift.missingPackages.size());
    const int extra = int(drift.extraResources.size() + drift.extraPackages.size());
    if (drift.isEmpty()) {
        outcome.result = Outcome::Result::Matches;
        outcome.summary = tr("The system user holds everything the system asks for, and nothing more.");
    } else if (missing > 0 && extra > 0) {
        outcome.result = Outcome::Result::Drifted;
        outcome.summary = tr("The system user lacks %n of the rights and packages the system asks for — send "
                             "a change request.",
                              nullptr, missing)
            + u' '
            + tr("It also holds %n right(s) or package(s) the system no longer asks for.", nullptr, extra);
    } else if (missing > 0) {
        outcome.result = Outcome::Result::Drifted;
        outcome.summary = tr("The system user lacks %n of the rights and packages the system asks for — send "
                             "a change request.",
            nullptr, missing);
    } else {
        outcome.result = Outcome::Result::Drifted;
        outcome.summary = tr("The system user holds everything the system asks for, and %n right(s) or "
                             "package(s) the system no longer asks for.",
            nullptr, extra);
    }
}

void SystemUserHoldingsCheck::cancel()
{
    if (m_running == 0)
        return;
    m_running = 0; // answers that still come are ignored
    if (m_operation)
        m_operation->cancel();
    if (m_fetch)
        m_fetch->cancel();
    Outcome outcome;
    outcome.request = m_request;
    outcome.failure = Altinn::ApiFailure::of(Kind::Cancelled);
    outcome.explanation =
        Altinn::ErrorExplainer::explain(outcome.failure, tr("checking what the system user holds"));
    outcome.summary = outcome.explanation.summary;
    finish(outcome);
}

bool SystemUserHoldingsCheck::sessionLives(const Outcome &outcome)
{
    if (m_session)
        return true;
    // The wizard switched profiles while the check ran.
    Outcome failed = outcome;
    failed.failure = Altinn::ApiFailure::of(Kind::Rejected, u"no session"_s);
    fail(failed, tr("checking what the system user holds"));
    return false;
}

void SystemUserHoldingsCheck::fail(Outcome outcome, const QString &operation)
{
    outcome.result = Outcome::Result::Failed;
    outcome.explanation = Altinn::ErrorExplainer::explain(outcome.failure, operation);
    if (outcome.stage == Outcome::Stage::AuthorizedParties && outcome.failure.httpStatus() == 403) {
        outcome.explanation.remedy += u' '
            + tr("Altinn wants the scope %1 in the token; check that the Maskinporten client has it.")
                  .arg(Altinn::AltinnScopes::AuthorizedParties);
    }
    outcome.summary = outcome.explanation.summary;
    finish(outcome);
}

void SystemUserHoldingsCheck::finish(const Outcome &outcome)
{
    m_running = 0;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
