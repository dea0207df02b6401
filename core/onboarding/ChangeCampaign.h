#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/ChangePlan.h"
#include "onboarding/SubmitChangeRequestFlow.h"
#include "validation/SystemDefinitionValidator.h"
#include "workspace/CustomerRecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class CustomerLedger;

namespace Altinn {
class ApiOperation;
class ChangeRequestClient;
class RequestClient;
} // namespace Altinn

namespace Onboarding {

/**
 * Plans a change-request campaign after the system definition gained or lost rights or access
 * packages: for every customer of the ledger with a live system user it works out what the system
 * user holds now and what it should hold, and says whether a change request will change it, is not
 * needed, or cannot be sent — and why, in words that say what to do. It sends nothing; the WillChange
 * customers become SubmitChangeRequestFlow inputs (Plan::toChangeInputs()).
 *
 * What a system user holds: the request it was created from (its id is the system user's id, GET by id
 * for its kind) plus every Accepted change request of that system user, applied in created order
 * (required items added, unwanted ones removed). The system's change-request list is walked once, every
 * page; a change request the ledger knows and the list did not mention (the list may ignore its page
 * token, docs/altinn-behaviour.md#pagination) is read by id. The GETs run at most concurrency() at a
 * time; the transport retries them and honours Retry-After. A failed read marks only that customer.
 */
class ChangeCampaign : public QObject
{
    Q_OBJECT

public:
    /// The clients the campaign reads with (owned elsewhere, usually by VendorSession).
    struct Clients
    {
        Altinn::RequestClient *requests = nullptr;
        Altinn::ChangeRequestClient *changeRequests = nullptr;
    };

    struct Input
    {
        /// The system as it is now: what its system users should be offered.
        Altinn::SystemDefinition system;
        /**
         * The access-package catalogue's flags, so a client-relationship package (delegable, not
         * assignable) is wanted only for agent system users and the others only for standard ones, as the
         * request form offers them. Empty: no catalogue at hand, every package counts for both kinds.
         */
        Validation::PackageFlagsLookup packageFlags;
    };

    enum class Verdict {
        WillChange, ///< a change request would add or remove something
        NothingToChange, ///< the system user already holds what it should
        CannotChange, ///< see Reason
        Failed, ///< reading what the system user holds failed; see CustomerResult::explanation
    };

    /// Why a customer's system user cannot be changed with a change request now.
    enum class Reason {
        None,
        AgentSystemUser, ///< change requests are for standard system users only
        ChangePending, ///< a change request waits for the customer already
        HoldingsUnknown, ///< the request it was created from is gone, so what it holds is unknown
        NothingLeftToAsk, ///< the system no longer offers anything the customer wants
    };

    /// What one system user holds now.
    struct Holdings
    {
        QList<Altinn::Right> rights;
        QList<Altinn::AccessPackageRef> packages;
        int changesApplied = 0; ///< accepted change requests applied on top of the request
    };

    /// What the campaign read about one customer's system user (the input of assess()).
    struct Facts
    {
        std::optional<Altinn::SystemUserRequestResponse> request; ///< the request it was created from
        bool requestGone = false; ///< the GET answered 404: deleted (or of the other kind)
        /// Every change request known for this system user: from the list, or read by id.
        QList<Altinn::ChangeRequestResponse> changeRequests;
        std::optional<Altinn::ApiFailure> failure; ///< a read that failed (not a 404)
        QString failedOperation; ///< translated, e.g. "reading the request of 310904473"
    };

    struct CustomerResult
    {
        QString key;
        QString orgNo;
        QString externalRef;
        QString name;
        QString systemUserId;
        Altinn::RequestKind kind = Altinn::RequestKind::Standard;
        /// Held (current*) and wanted; its toChangeRequest() is the change. Current lists are empty
        /// when the holdings are unknown.
        ChangePlan plan;
        Verdict verdict = Verdict::Failed;
        Reason reason = Reason::None;
        /// CannotChange and Failed: what stands in the way (summary) and what to do (remedy), translated.
        Altinn::Explanation explanation;
        /// Rights (resource ids) and packages (URNs) the customer wanted that the system no longer offers.
        QStringList notOffered;
        int acceptedChanges = 0; ///< accepted change requests the holdings include
        /// ChangePending: the change request that waits (its confirmUrl is the link to hand over).
        std::optional<Altinn::ChangeRequestResponse> pendingChange;

        Altinn::ChangeRequest change() const { return plan.toChangeRequest(); }
    };

    struct Plan
    {
        /// One per customer with a live system user, in ledger order.
        QList<CustomerResult> customers;
        int willChange = 0;
        int nothingToChange = 0;
        int cannotChange = 0;
        int failed = 0;
        int notLive = 0; ///< customers in the ledger without a live system user (not examined)
        /// Client calls made: each walk of the change-request list counts once however many pages it
        /// took (one GET per page), each GET by id once; retries by the transport are not counted.
        int calls = 0;
        int listWalks = 0;
        int requestReads = 0;
        int changeRequestReads = 0;
        /// The change-request list could not be read: every standard customer is Failed with this.
        std::optional<Altinn::Explanation> changeListFailure;
        /// For the whole campaign: who can approve a change request (translated).
        QString approverNote;

        int count(Verdict verdict) const;
        /// One input per WillChange customer, in the same order; a fresh correlation id each.
        QList<SubmitChangeRequestFlow::Input> toChangeInputs(
            const std::optional<QString> &redirectUrl = std::nullopt) const;
    };

    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 16;

    ChangeCampaign(CustomerLedger *ledger, Clients clients, QObject *parent = nullptr);
    ~ChangeCampaign() override;

    /// GETs in flight at most; clamped to 1–16.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }

    /// Reads and plans for every live customer of the ledger; ignored while busy. `finished` follows.
    void start(const Input &input);
    /// Stops every call in flight; `finished` is not emitted.
    void cancel();
    bool isBusy() const { return m_busy; }

    /// Approved or ChangePending with a system user id.
    static bool isLive(const CustomerRecord &customer);
    /// @p request's rights and packages with @p changeRequests of its system user applied: the Accepted
    /// ones, oldest first (pure).
    static Holdings holdingsOf(const Altinn::SystemUserRequestResponse &request,
        QList<Altinn::ChangeRequestResponse> changeRequests);
    /// What @p customer's system user should hold: what the system offers its kind, narrowed to the
    /// customer's wanted rights and packages where those are set (pure). Fills the wanted lists only.
    static ChangePlan wantedFor(const CustomerRecord &customer, const Input &input);
    /// The verdict for one customer from what was read (pure; unit-tested on its own).
    static CustomerResult assess(const CustomerRecord &customer, const Facts &facts, const Input &input);
    /// The campaign-level note on who can approve a change request.
    static QString approverNote();

Q_SIGNALS:
    /// @p done of @p total customers are worked out (emitted after the list walk and per customer).
    void progress(int done, int total);
    void finished(const Onboarding::ChangeCampaign::Plan &plan);

private:
    struct Entry
    {
        CustomerRecord customer;
        Facts facts;
        int readsLeft = 0;
    };
    struct Read
    {
        int entry = 0;
        bool changeRequest = false; ///< false: the system user's request
        QString id;
    };

    void readChangeList();
    void queueReads();
    void pump();
    void launch(const Read &read);
    void readDone(int entry);
    void conclude();
    template <typename Callback> auto guarded(Callback callback);

    CustomerLedger *m_ledger;
    Clients m_clients;
    int m_concurrency = DefaultConcurrency;
    bool m_busy = false;
    quint64 m_generation = 0;

    Input m_input;
    QList<Entry> m_entries;
    QList<Read> m_queue;
    QList<QPointer<Altinn::ApiOperation>> m_operations;
    std::optional<QList<Altinn::ChangeRequestResponse>> m_changeList;
    std::optional<Altinn::ApiFailure> m_changeListFailure;
    int m_inFlight = 0;
    int m_done = 0;
    Plan m_plan;
};

} // namespace Onboarding
