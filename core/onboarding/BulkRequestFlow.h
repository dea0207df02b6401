#pragma once

#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "net/ActivityLog.h"
#include "onboarding/BulkPacing.h"
#include "onboarding/RequestJournal.h"
#include "onboarding/SubmitRequestFlow.h"
#include "workspace/CustomerRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <memory>
#include <vector>

class CustomerLedger;

namespace Altinn {
class RequestClient;
class SystemUserClient;
} // namespace Altinn

namespace Onboarding {

/**
 * Sends a system user request to every customer who needs one (docs/bulk-onboarding.md), for
 * the customers screen and `systemuser-cli customers request`. At most `concurrency` customers are in
 * flight (default 4, at most 16); each goes through SubmitRequestFlow, so every answer Altinn can give is
 * handled the way the one-customer page handles it, and each outcome is recorded in the ledger at once.
 *
 * Exactly once in effect: a RequestJournal line is written before each POST. Customers a killed or
 * cancelled run may have asked are looked up by external reference first on the next run and only asked
 * when Altinn has nothing. A 429 (or 503) with Retry-After holds every slot for that long and puts the
 * customer back in the queue: the server did not carry the call out, so asking again is safe.
 */
class BulkRequestFlow : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = BulkPacing::DefaultConcurrency;
    static constexpr int MaxConcurrency = BulkPacing::MaxConcurrency;

    struct CustomerOutcome
    {
        enum class Kind {
            Created, ///< a new request waits for the customer
            AlreadyWaiting, ///< an earlier request is still waiting: nothing new was made
            FoundAfterInterruption, ///< an interrupted run had made it; found by external reference
            HasSystemUser, ///< the customer has this system user already
            NeedsAskingAgain, ///< an earlier request was rejected or timed out: delete it and ask again
            Failed,
        };
        QString key;
        QString orgNo;
        QString name;
        Kind kind = Kind::Failed;
        QString text; ///< what happened, in plain words (translated)
        QString requestId;
        QString confirmUrl;
        bool answerLost = false;

        /// Stable machine name ("created", "already-waiting", …) for JSON lines.
        static QString kindId(Kind kind);
    };

    using Progress = BulkProgress;

    struct Summary
    {
        QList<CustomerOutcome> outcomes;
        QHash<CustomerOutcome::Kind, int> counts;
        int calls = 0; ///< HTTP calls made (Altinn and Maskinporten), from the activity log
        int rateLimited = 0; ///< 429/503 answers honoured
        int rechecked = 0; ///< customers of an interrupted run looked up first
        qint64 elapsedMs = 0;
        QString journalError; ///< set when the run stopped because the journal could not be written
    };

    BulkRequestFlow(Altinn::RequestClient *requests, Altinn::SystemUserClient *systemUsers,
        CustomerLedger *ledger, QObject *parent = nullptr);
    ~BulkRequestFlow() override;

    /// Customers whose next action is to send a request (not asked, or the last attempt failed).
    static QList<CustomerRecord> needingRequest(const QList<CustomerRecord> &customers);
    /// The request for @p customer: its kind, external reference and chosen subset of what @p system offers.
    static Altinn::SystemUserRequest requestFor(
        const CustomerRecord &customer, const Altinn::SystemDefinition &system);
    /// Customers an earlier run may have asked without recording the answer (from the journal).
    static QSet<QString> inDoubt(const CustomerLedger &ledger);

    /// Counts the calls of a run (Summary::calls) from the entries @p log receives; null = not counted.
    void setActivityLog(Altinn::ActivityLog *log) { m_activityLog = log; }
    /// 1…MaxConcurrency; takes effect for the next customer started.
    void setConcurrency(int concurrency) { m_pacing.setConcurrency(concurrency); }
    int concurrency() const { return m_pacing.concurrency(); }

    /// Asks every customer in @p customers (use needingRequest()); customers in the journal are looked up
    /// first. Ignored while busy. `finished` follows, never inside start().
    void start(const Altinn::SystemDefinition &system, const QList<CustomerRecord> &customers);
    /// No new customer is started; those in flight finish.
    void pause();
    void resume();
    bool isPaused() const { return m_pacing.isPaused(); }
    /// Stops everything in flight; what was in flight stays in the journal for the next run. `finished`
    /// is not emitted.
    void cancel();
    bool isBusy() const { return m_running; }
    Progress progress() const;

Q_SIGNALS:
    void customerFinished(const Onboarding::BulkRequestFlow::CustomerOutcome &outcome);
    /// At most five times a second while running, and once at the end.
    void progressChanged(const Onboarding::BulkProgress &progress);
    void finished(const Onboarding::BulkRequestFlow::Summary &summary);

private:
    struct Item
    {
        CustomerRecord customer;
        bool lookUpFirst = false;
        int rateLimited = 0;
    };
    struct Slot;
    /// Clients on a QNetworkAccessManager of their own (ApiTransport::twin), for slots beyond the first six.
    struct Lane;
    static constexpr int SlotsPerLane = 6;
    /// The clients slot @p index sends with: the caller's for the first six, then a lane per six more.
    std::pair<Altinn::RequestClient *, Altinn::SystemUserClient *> clientsFor(int index);

    void pump();
    void launch(Slot &slot, Item item);
    void lookUp(Slot &slot);
    void send(Slot &slot);
    void onSent(Slot &slot, const SubmitRequestFlow::Outcome &outcome);
    /// True when @p failure asks us to wait and try again (the call was not carried out): the customer
    /// goes back to the front of the queue.
    bool holdFor(const Altinn::ApiFailure &failure, Slot &slot);
    void complete(Slot &slot, CustomerOutcome outcome);
    void finishIfDone();
    void stopWithJournalError(const QString &error);
    static CustomerOutcome outcomeOf(const SubmitRequestFlow::Outcome &sent);

    Altinn::RequestClient *m_requests;
    Altinn::SystemUserClient *m_systemUsers;
    QPointer<Altinn::ActivityLog> m_activityLog;
    QPointer<CustomerLedger> m_ledger;
    Altinn::SystemDefinition m_system;
    std::unique_ptr<RequestJournal> m_journal;
    std::deque<Item> m_queue;
    BulkSlots<Slot> m_slots;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QSet<QString> m_stillInDoubt;
    Summary m_summary;
    int m_total = 0;
    bool m_running = false;
    bool m_finishing = false; ///< every customer is done; waiting for the ledger's save
    quint64 m_generation = 0;
    BulkPacing m_pacing;
    QMetaObject::Connection m_callCounter;
};

} // namespace Onboarding
