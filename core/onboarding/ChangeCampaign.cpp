#include "onboarding/ChangeCampaign.h"

#include "altinn/ApiOperation.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/RequestClient.h"
#include "workspace/CustomerLedger.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {
namespace {

using Altinn::RequestKind;
using Altinn::RequestStatus;

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // GUIDs, in whatever case they were stored
}

/// A package a system user of @p kind can hold, as the request form offers them.
bool suitsKind(const QString &urn, RequestKind kind, const Validation::PackageFlagsLookup &lookup)
{
    if (!lookup)
        return true;
    const std::optional<Validation::PackageFlags> flags = lookup(urn);
    if (!flags)
        return true; // unknown to the catalogue: let Altinn decide
    const bool clientRelationship = flags->isDelegable && !flags->isAssignable;
    return kind == RequestKind::Agent ? clientRelationship : !clientRelationship;
}

/// The newest change request of the list that still waits for the customer.
std::optional<Altinn::ChangeRequestResponse> waitingChange(
    const QList<Altinn::ChangeRequestResponse> &changes)
{
    std::optional<Altinn::ChangeRequestResponse> newest;
    for (const Altinn::ChangeRequestResponse &change : changes) {
        if (change.status == RequestStatus::New && (!newest || newest->created < change.created))
            newest = change;
    }
    return newest;
}

} // namespace

int ChangeCampaign::Plan::count(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::WillChange:
        return willChange;
    case Verdict::NothingToChange:
        return nothingToChange;
    case Verdict::CannotChange:
        return cannotChange;
    case Verdict::Failed:
        return failed;
    }
    return 0;
}

QList<SubmitChangeRequestFlow::Input> ChangeCampaign::Plan::toChangeInputs(
    const std::optional<QString> &redirectUrl) const
{
    QList<SubmitChangeRequestFlow::Input> inputs;
    for (const CustomerResult &result : customers) {
        if (result.verdict != Verdict::WillChange)
            continue;
        SubmitChangeRequestFlow::Input input;
        input.systemUserId = result.systemUserId;
        input.systemUserKind = result.kind;
        input.change = result.change();
        input.change.redirectUrl = redirectUrl;
        // The same system user and the same change give the same correlation id, so a campaign run again
        // after an interruption gets the change request it made before instead of a second one.
        static const QUuid Namespace = QUuid::fromString(u"6d1f0c52-3f1e-4a8e-9d8c-5b2f3f9e7a41"_s);
        input.correlationId = QUuid::createUuidV5(Namespace,
            input.systemUserId.toUtf8() + QJsonDocument(input.change.toJson()).toJson(QJsonDocument::Compact))
                                  .toString(QUuid::WithoutBraces);
        inputs.append(input);
    }
    return inputs;
}

ChangeCampaign::ChangeCampaign(CustomerLedger *ledger, Clients clients, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_clients(clients)
{ }

ChangeCampaign::~ChangeCampaign()
{
    cancel();
}

void ChangeCampaign::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, MaxConcurrency);
}

bool ChangeCampaign::isLive(const CustomerRecord &customer)
{
    return (customer.state == CustomerState::Approved || customer.state == CustomerState::ChangePending)
        && !customer.systemUserId.isEmpty();
}

template <typename Callback> auto ChangeCampaign::guarded(Callback callback)
{
    // An answer that arrives after cancel() (or for an earlier run) is dropped.
    return [self = QPointer<ChangeCampaign>(this), generation = m_generation, callback](const auto &result) {
        if (!self || generation != self->m_generation)
            return;
        callback(result);
    };
}

void ChangeCampaign::start(const Input &input)
{
    if (m_busy)
        return;
    m_busy = true;
    ++m_generation;
    m_input = input;
    m_entries.clear();
    m_queue.clear();
    m_operations.clear();
    m_changeList.reset();
    m_changeListFailure.reset();
    m_inFlight = 0;
    m_done = 0;
    m_plan = Plan();
    m_plan.approverNote = approverNote();

    bool anyStandard = false;
    for (const CustomerRecord &customer : m_ledger->customers()) {
        if (!isLive(customer)) {
            ++m_plan.notLive;
            continue;
        }
        Entry entry;
        entry.customer = customer;
        m_entries.append(entry);
        anyStandard = anyStandard || customer.kind == RequestKind::Standard;
    }
    if (anyStandard) {
        readChangeList();
        return;
    }
    // Agent system users have no change requests: nothing to list. Still answer from the event loop.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            queueReads();
    });
}

void ChangeCampaign::cancel()
{
    ++m_generation;
    m_busy = false;
    m_queue.clear();
    m_inFlight = 0;
    const QList<QPointer<Altinn::ApiOperation>> operations = std::exchange(m_operations, {});
    for (const QPointer<Altinn::ApiOperation> &operation : operations) {
        if (operation)
            operation->cancel();
    }
}

void ChangeCampaign::readChangeList()
{
    ++m_plan.calls;
    ++m_plan.listWalks;
    m_operations.append(m_clients.changeRequests->listBySystem(m_input.system.id,
        guarded([this](const Altinn::ApiResult<QList<Altinn::ChangeRequestResponse>> &result) {
            if (result.ok())
                m_changeList = *result.value;
            else
                m_changeListFailure = result.failure;
            queueReads();
        })));
}

void ChangeCampaign::queueReads()
{
    QSet<QString> listed;
    if (m_changeList) {
        for (const Altinn::ChangeRequestResponse &change : std::as_const(*m_changeList))
            listed.insert(change.id.toLower());
    } else if (m_changeListFailure) {
        m_plan.changeListFailure =
            Altinn::ErrorExplainer::explain(*m_changeListFailure, tr("reading the change requests"));
    }
    for (int index = 0; index < m_entries.size(); ++index) {
        Entry &entry = m_entries[index];
        const CustomerRecord &customer = entry.customer;
        const bool standard = customer.kind == RequestKind::Standard;
        if (standard && m_changeListFailure) {
            // Without the change requests neither what it holds nor what waits can be known.
            entry.facts.failure = m_changeListFailure;
            entry.facts.failedOperation = tr("reading the change requests");
            ++m_done;
            continue;
        }
        if (standard) {
            for (const Altinn::ChangeRequestResponse &change : std::as_const(*m_changeList)) {
                if (sameId(change.systemUserId, customer.systemUserId))
                    entry.facts.changeRequests.append(change);
            }
        }
        m_queue.append(Read{index, false, customer.systemUserId});
        ++entry.readsLeft;
        if (standard && !customer.changeRequestId.isEmpty()
            && !listed.contains(customer.changeRequestId.toLower())) {
            m_queue.append(Read{index, true, customer.changeRequestId});
            ++entry.readsLeft;
        }
    }
    const quint64 generation = m_generation;
    Q_EMIT progress(m_done, int(m_entries.size()));
    if (generation == m_generation)
        pump();
}

void ChangeCampaign::pump()
{
    while (m_inFlight < m_concurrency && !m_queue.isEmpty())
        launch(m_queue.takeFirst());
    if (m_inFlight == 0 && m_queue.isEmpty())
        conclude();
}

void ChangeCampaign::launch(const Read &read)
{
    ++m_inFlight;
    ++m_plan.calls;
    const CustomerRecord &customer = m_entries[read.entry].customer;
    if (read.changeRequest) {
        ++m_plan.changeRequestReads;
        m_operations.append(m_clients.changeRequests->get(read.id,
            guarded(
                [this, index = read.entry](const Altinn::ApiResult<Altinn::ChangeRequestResponse> &result) {
                    Facts &facts = m_entries[index].facts;
                    if (result.ok()) {
                        facts.changeRequests.append(*result.value);
                    } else if (result.failure.httpStatus() != 404) {
                        // Whether a change waits is unknown: planning one might ask the customer twice.
                        facts.failure = result.failure;
                        facts.failedOperation =
                            tr("reading the change request of %1").arg(m_entries[index].customer.orgNo);
                    } // 404: deleted, nothing waits
                    readDone(index);
                })));
        return;
    }
    ++m_plan.requestReads;
    m_operations.append(m_clients.requests->get(read.id, customer.kind,
        guarded(
            [this, index = read.entry](const Altinn::ApiResult<Altinn::SystemUserRequestResponse> &result) {
                Facts &facts = m_entries[index].facts;
                if (result.ok()) {
                    facts.request = *result.value;
                } else if (result.failure.httpStatus() == 404) {
                    facts.requestGone = true;
                } else if (!facts.failure) {
                    facts.failure = result.failure;
                    facts.failedOperation =
                        tr("reading what the system user of %1 holds").arg(m_entries[index].customer.orgNo);
                }
                readDone(index);
            })));
}

void ChangeCampaign::readDone(int entry)
{
    --m_inFlight;
    m_operations.removeIf([](const QPointer<Altinn::ApiOperation> &operation) { return operation.isNull(); });
    if (--m_entries[entry].readsLeft == 0) {
        ++m_done;
        const quint64 generation = m_generation;
        Q_EMIT progress(m_done, int(m_entries.size()));
        if (generation != m_generation)
            return; // cancelled from a slot
    }
    pump();
}

void ChangeCampaign::conclude()
{
    Plan plan = std::exchange(m_plan, Plan());
    for (const Entry &entry : std::as_const(m_entries)) {
        CustomerResult result = assess(entry.customer, entry.facts, m_input);
        switch (result.verdict) {
        case Verdict::WillChange:
            ++plan.willChange;
            break;
        case Verdict::NothingToChange:
            ++plan.nothingToChange;
            break;
        case Verdict::CannotChange:
            ++plan.cannotChange;
            break;
        case Verdict::Failed:
            ++plan.failed;
            break;
        }
        plan.customers.append(result);
    }
    m_busy = false;
    m_entries.clear();
    m_operations.clear();
    ++m_generation;
    Q_EMIT finished(plan);
}

ChangeCampaign::Holdings ChangeCampaign::holdingsOf(
    const Altinn::SystemUserRequestResponse &request, QList<Altinn::ChangeRequestResponse> changeRequests)
{
    Holdings holdings;
    if (request.kind == RequestKind::Standard)
        holdings.rights = request.rights;
    holdings.packages = request.accessPackages;
    std::stable_sort(changeRequests.begin(), changeRequests.end(),
        [](const Altinn::ChangeRequestResponse &a, const Altinn::ChangeRequestResponse &b) {
            return a.created < b.created;
        });
    QSet<QString> applied;
    const auto holdsRight = [&holdings](const Altinn::Right &right) {
        return std::any_of(holdings.rights.cbegin(), holdings.rights.cend(),
            [&right](const Altinn::Right &held) { return held.identityKey() == right.identityKey(); });
    };
    for (const Altinn::ChangeRequestResponse &change : std::as_const(changeRequests)) {
        // The system user's id is its request's id (docs/altinn-behaviour.md#key-facts).
        if (change.status != RequestStatus::Accepted || !sameId(change.systemUserId, request.id)
            || applied.contains(change.id.toLower()))
            continue;
        applied.insert(change.id.toLower());
        // Approval adds what is missing and removes what is unwanted
        // (docs/altinn-behaviour.md#change-requests).
        for (const Altinn::Right &right : change.requiredRights) {
            if (!holdsRight(right))
                holdings.rights.append(right);
        }
        for (const Altinn::Right &right : change.unwantedRights) {
            holdings.rights.removeIf(
                [&right](const Altinn::Right &held) { return held.identityKey() == right.identityKey(); });
        }
        for (const Altinn::AccessPackageRef &package : change.requiredAccessPackages) {
            if (!holdings.packages.contains(package))
                holdings.packages.append(package);
        }
        for (const Altinn::AccessPackageRef &package : change.unwantedAccessPackages)
            holdings.packages.removeAll(package);
        ++holdings.changesApplied;
    }
    return holdings;
}

ChangePlan ChangeCampaign::wantedFor(const CustomerRecord &customer, const Input &input)
{
    ChangePlan plan;
    if (customer.kind == RequestKind::Standard) {
        // An agent system user holds packages only; its request has no rights.
        for (const Altinn::Right &right : input.system.rights.value_or(QList<Altinn::Right>())) {
            if (customer.wantedRights.isEmpty() || customer.wantedRights.contains(right.resourceId()))
                plan.wantedRights.append(right);
        }
    }
    for (const Altinn::AccessPackageRef &package :
        input.system.accessPackages.value_or(QList<Altinn::AccessPackageRef>())) {
        if (suitsKind(package.urn, customer.kind, input.packageFlags)
            && (customer.wantedPackages.isEmpty() || customer.wantedPackages.contains(package.urn)))
            plan.wantedPackages.append(package);
    }
    return plan;
}

ChangeCampaign::CustomerResult ChangeCampaign::assess(
    const CustomerRecord &customer, const Facts &facts, const Input &input)
{
    CustomerResult result;
    result.key = customer.key();
    result.orgNo = customer.orgNo;
    result.externalRef = customer.externalRef;
    result.name = customer.name;
    result.systemUserId = customer.systemUserId;
    result.kind = customer.kind;

    QSet<QString> offered;
    for (const Altinn::Right &right : input.system.rights.value_or(QList<Altinn::Right>()))
        offered.insert(right.resourceId());
    for (const Altinn::AccessPackageRef &package :
        input.system.accessPackages.value_or(QList<Altinn::AccessPackageRef>()))
        offered.insert(package.urn);
    for (const QString &id : customer.wantedRights + customer.wantedPackages) {
        if (!offered.contains(id))
            result.notOffered.append(id);
    }

    if (facts.failure) {
        result.verdict = Verdict::Failed;
        result.explanation = Altinn::ErrorExplainer::explain(*facts.failure, facts.failedOperation);
        return result;
    }

    const ChangePlan wanted = wantedFor(customer, input);
    result.plan.wantedRights = wanted.wantedRights;
    result.plan.wantedPackages = wanted.wantedPackages;
    // Only an accepted request made a system user; anything else says nothing about what it holds.
    const bool known = facts.request && facts.request->status == RequestStatus::Accepted;
    if (known) {
        const Holdings holdings = holdingsOf(*facts.request, facts.changeRequests);
        result.plan.currentRights = holdings.rights;
        result.plan.currentPackages = holdings.packages;
        result.acceptedChanges = holdings.changesApplied;
    }

    const auto cannot = [&result](Reason reason, const QString &summary, const QString &remedy,
                            Altinn::Explanation::Remedy action) {
        result.verdict = Verdict::CannotChange;
        result.reason = reason;
        result.explanation.summary = summary;
        result.explanation.remedy = remedy;
        result.explanation.action = action;
        return result;
    };

    if (customer.kind == RequestKind::Agent) {
        if (known && !result.plan.hasChanges()) {
            result.verdict = Verdict::NothingToChange;
            return result;
        }
        // Altinn answers a change request for an agent system user with AUTH-00015
        // (docs/altinn-behaviour.md#change-requests).
        return cannot(Reason::AgentSystemUser,
            tr("This is a system user for client relationships (agent): Altinn's change requests are for "
               "standard system users only."),
            tr("The customer must approve a new agent request instead: the customer deletes the system user "
               "in Altinn (Systemtilganger), then you send a new agent request with what it should have."),
            Altinn::Explanation::Remedy::DeleteAndAskAgain);
    }
    if (const std::optional<Altinn::ChangeRequestResponse> waiting = waitingChange(facts.changeRequests)) {
        result.pendingChange = waiting;
        return cannot(Reason::ChangePending,
            tr("A change request for this system user already waits for the customer."),
            waiting->confirmUrl.isEmpty()
                ? tr("Wait until the customer has decided, then plan again.")
                : tr("Wait until the customer has decided, or hand over its link again: %1. Then plan again.")
                      .arg(waiting->confirmUrl),
            Altinn::Explanation::Remedy::None);
    }
    if (!known) {
        return cannot(Reason::HoldingsUnknown,
            tr("What this system user holds is unknown: the request it was created from is gone."),
            tr("Ask again instead: the customer deletes the system user in Altinn (Systemtilganger), then "
               "you "
               "send a new request with what it should have."),
            Altinn::Explanation::Remedy::DeleteAndAskAgain);
    }
    if (result.plan.wantedRights.isEmpty() && result.plan.wantedPackages.isEmpty()) {
        return cannot(Reason::NothingLeftToAsk,
            tr("The system no longer offers anything this customer wanted, so there is nothing left to ask "
               "for."),
            tr("Agree with the customer what the system user should have and update what the customer "
               "wants, or let the customer delete the system user in Altinn."),
            Altinn::Explanation::Remedy::None);
    }
    result.verdict = result.plan.hasChanges() ? Verdict::WillChange : Verdict::NothingToChange;
    return result;
}

QString ChangeCampaign::approverNote()
{
    // The approver's checks: docs/altinn-behaviour.md#approval-url-and-flow (steps 3 and 4).
    return tr("Each change request must be approved in Altinn by someone who holds the access manager "
              "role for the customer and may delegate every right and access package it adds. A change "
              "request cannot be passed on (escalated) to someone else, so tell each customer who has to "
              "approve it.");
}

} // namespace Onboarding
