#pragma once

#include "onboarding/BulkPacing.h"
#include "onboarding/SubmitChangeRequestFlow.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <vector>

class CustomerLedger;

namespace Altinn {
class ChangeRequestClient;
}

namespace Onboarding {

/**
 * Sends the change requests of a campaign (ChangeCampaign::Plan::toChangeInputs()) with the pace of
 * BulkPacing, each through SubmitChangeRequestFlow, and records every answer in the ledger. Exactly once in
 * effect without a journal: each input carries a correlation id made from the system user and the change,
 * so a campaign run again after an interruption gets back the change request it made (Altinn answers 200
 * with it) instead of a second one (docs/bulk-onboarding.md#change-campaigns).
 */
class BulkChangeRequestFlow : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString key; ///< the customer (CustomerRecord::key())
        QString orgNo;
        QString name;
        SubmitChangeRequestFlow::Input input;
    };

    struct CustomerOutcome
    {
        enum class Kind {
            Created, ///< waits for the customer at confirmUrl
            Existing, ///< made by an earlier run; waits at confirmUrl
            NothingToChange,
            Failed,
        };
        QString key;
        QString orgNo;
        QString name;
        Kind kind = Kind::Failed;
        QString text; ///< plain words, translated
        QString confirmUrl;

        static QString kindId(Kind kind);
    };

    using Progress = BulkProgress;

    struct Summary
    {
        QList<CustomerOutcome> outcomes;
        QHash<CustomerOutcome::Kind, int> counts;
        int rateLimited = 0;
        qint64 elapsedMs = 0;
    };

    BulkChangeRequestFlow(
        Altinn::ChangeRequestClient *changeRequests, CustomerLedger *ledger, QObject *parent = nullptr);
    ~BulkChangeRequestFlow() override;

    void setConcurrency(int concurrency) { m_pacing.setConcurrency(concurrency); }
    /// Ignored while busy; `finished` follows, never inside start().
    void start(const QList<Item> &items);
    void pause();
    void resume();
    bool isPaused() const { return m_pacing.isPaused(); }
    /// Stops what is in flight; `finished` is not emitted. Running the campaign again is safe.
    void cancel();
    bool isBusy() const { return m_running; }
    Progress progress() const;

Q_SIGNALS:
    void customerFinished(const Onboarding::BulkChangeRequestFlow::CustomerOutcome &outcome);
    void progressChanged(const Onboarding::BulkProgress &progress);
    void finished(const Onboarding::BulkChangeRequestFlow::Summary &summary);

private:
    struct Slot
    {
        std::unique_ptr<SubmitChangeRequestFlow> flow;
        Item item;
        int rateLimited = 0;
        bool busy = false;
    };

    void pump();
    void onFinished(Slot &slot, const SubmitChangeRequestFlow::Outcome &outcome);
    void finishIfDone();

    Altinn::ChangeRequestClient *m_changeRequests;
    QPointer<CustomerLedger> m_ledger;
    BulkPacing m_pacing;
    std::deque<std::pair<Item, int>> m_queue; ///< item and how often it was rate-limited
    BulkSlots<Slot> m_slots;
    Summary m_summary;
    int m_total = 0;
    bool m_running = false;
};

} // namespace Onboarding
