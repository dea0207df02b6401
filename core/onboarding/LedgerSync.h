#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/ChangeRequestResponse.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"
#include "workspace/CustomerRecord.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class CustomerLedger;

namespace Altinn {
class ApiOperation;
class ChangeRequestClient;
class RequestClient;
class SystemUserClient;
} // namespace Altinn

namespace Onboarding {

/// The clients a ledger walk needs (all owned elsewhere, usually by VendorSession).
struct LedgerClients
{
    Altinn::RequestClient *requests = nullptr;
    Altinn::SystemUserClient *systemUsers = nullptr;
    Altinn::ChangeRequestClient *changeRequests = nullptr;
};

/**
 * Reconciles a CustomerLedger with Altinn (docs/customer-ledger.md): reads every page of the lists
 * it is asked for — standard and agent requests, system users, change requests of the ledger's
 * system — one call after another, then looks up by id each known request the lists did not
 * mention (the standard list can skip one request per page boundary, docs/altinn-behaviour.md), and
 * derives each customer's state. Customers found at Altinn but not in the ledger are added.
 * A full sync reads all four lists; StatusFollower asks only for what its waiting customers need.
 */
class LedgerSync : public QObject
{
    Q_OBJECT

public:
    enum class Part {
        StandardRequests = 0x1,
        AgentRequests = 0x2,
        SystemUsers = 0x4,
        ChangeRequests = 0x8,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts AllParts =
        Parts(Part::StandardRequests) | Part::AgentRequests | Part::SystemUsers | Part::ChangeRequests;

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        Altinn::ApiFailure failure;
        Altinn::Explanation explanation; ///< why it failed, in plain words
        QStringList changedKeys; ///< customers whose record changed (including added ones)
        int added = 0;
        int lookups = 0; ///< requests looked up by id because no list mentioned them
    };

    /// What Altinn says about one customer, as far as this walk looked.
    struct Facts
    {
        std::optional<Altinn::SystemUserRequestResponse> request;
        bool requestKnown = false; ///< the request's kind was walked or it was looked up: absent = gone
        std::optional<Altinn::SystemUser> systemUser;
        bool systemUsersKnown = false;
        std::optional<Altinn::ChangeRequestResponse> changeRequest;
        bool changeRequestsKnown = false;
    };

    /// Most lookups by id in one walk; beyond them unmentioned requests keep their last state.
    static constexpr int MaxLookups = 100;

    LedgerSync(CustomerLedger *ledger, LedgerClients clients, QObject *parent = nullptr);
    ~LedgerSync() override;

    void setParts(Parts parts) { m_parts = parts; }
    Parts parts() const { return m_parts; }
    bool isBusy() const { return m_busy; }

    /// Starts a walk; ignored while one runs.
    void start();
    /// Stops the call in flight; finished() then reports cancelled and nothing was written.
    void cancel();

    /// The record @p known becomes given @p facts (pure; unit-tested on its own). @p known may be a
    /// fresh record holding only the org number, external reference and kind.
    static CustomerRecord reconcile(const CustomerRecord &known, const Facts &facts);

Q_SIGNALS:
    void finished(const Onboarding::LedgerSync::Outcome &outcome);

private:
    void nextStep();
    void lookUpMissing();
    void apply();
    void fail(const Altinn::ApiFailure &failure, const QString &operation);
    void finish(Outcome outcome);
    template <typename Callback> auto guarded(Callback callback);

    CustomerLedger *m_ledger;
    LedgerClients m_clients;
    Parts m_parts = AllParts;
    Parts m_pending;
    bool m_busy = false;
    quint64 m_generation = 0;
    QPointer<Altinn::ApiOperation> m_operation;

    QHash<QString, Altinn::SystemUserRequestResponse> m_requests; ///< by customer key
    QHash<QString, Altinn::SystemUser> m_systemUsers; ///< by customer key
    QHash<QString, Altinn::ChangeRequestResponse> m_changeRequests; ///< by customer key
    QHash<QString, bool> m_lookedUp; ///< customer key → looked up by id (true = found)
    QStringList m_toLookUp; ///< customer keys still to look up
    int m_lookups = 0;
};

} // namespace Onboarding

Q_DECLARE_OPERATORS_FOR_FLAGS(Onboarding::LedgerSync::Parts)
