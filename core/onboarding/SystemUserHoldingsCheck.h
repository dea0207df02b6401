#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "auth/MaskinportenError.h"
#include "model/AuthorizedParty.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class VendorSession;

namespace Altinn {
class AuthorizedPartiesClient;
}

namespace Onboarding {

class SystemUserTokenFetch;

/**
 * What one customer's system user really holds, against what the system asks for
 * (docs/customer-ledger.md#what-the-system-user-holds): reads the system definition from the register,
 * gets a system user token for the customer with the scope altinn:accessmanagement/authorizedparties,
 * exchanges it for an Altinn token, asks accessmanagement's authorizedparties what the system user may do
 * for whom, and compares the customer's party with the definition — rights the system asks for that the
 * system user lacks (a change request fixes that), and rights or packages it holds that the system no
 * longer asks for. Shared by the customers view and `systemuser-cli customers holdings`. Costs one
 * register GET (none when the definition is given), one Maskinporten token (none when cached), one
 * exchange and one GET: run it for one customer on demand, never for all at once.
 */
class SystemUserHoldingsCheck : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString systemId; ///< empty: the system the system user token names (its system_id)
        QString customerOrgNo;
        QString externalRef; ///< empty: the customer's organisation number, as Altinn does
        Altinn::RequestKind kind = Altinn::RequestKind::Standard;
        /// The customer's own subset (CustomerRecord::wantedRights / wantedPackages): only these are
        /// expected. Empty = everything the system asks for.
        QStringList wantedRights;
        QStringList wantedPackages;
        /// The definition as registered, when the caller has just read it; otherwise the check reads it.
        std::optional<Altinn::SystemDefinition> definition;
    };

    /// Differences between what the system asks for and what the system user holds.
    struct Drift
    {
        QStringList missingResources; ///< asked for, not held (resource ids)
        QStringList missingPackages; ///< asked for, not held (URNs)
        QStringList extraResources; ///< held, no longer asked for
        QStringList extraPackages;

        bool hasMissing() const { return !missingResources.isEmpty() || !missingPackages.isEmpty(); }
        bool hasExtra() const { return !extraResources.isEmpty() || !extraPackages.isEmpty(); }
        bool isEmpty() const { return !hasMissing() && !hasExtra(); }
    };

    /// The calls a check made (the vendor token for the register GET aside, which the session caches).
    struct Calls
    {
        int systemRegister = 0;
        int maskinporten = 0;
        int exchange = 0;
        int authorizedParties = 0;

        int total() const { return systemRegister + maskinporten + exchange + authorizedParties; }
    };

    struct Outcome
    {
        enum class Result {
            Matches, ///< holds everything asked for, nothing more
            Drifted, ///< see drift
            NotCompared, ///< an agent system user: it holds rights per client, not for its owner
            Failed,
        };
        enum class Stage { SystemDefinition, Token, Exchange, AuthorizedParties, Done };

        Result result = Result::Failed;
        Stage stage = Stage::SystemDefinition; ///< where a failure happened
        Request request;
        QList<Altinn::AuthorizedParty> parties; ///< as Altinn answered
        QStringList expectedResources; ///< what the system asks of this customer
        QStringList expectedPackages; ///< URNs
        QStringList heldResources; ///< what the system user holds for the customer
        QStringList heldPackages; ///< URNs
        bool customerListed = false; ///< the customer is among the parties
        Drift drift;
        QString summary; ///< one translated sentence
        QStringList details; ///< translated lines naming what is missing or extra

        Altinn::ApiFailure failure; ///< Kind::Cancelled after cancel()
        Altinn::Explanation explanation;
        MaskinportenError::Cause cause = MaskinportenError::Cause::Unknown;
        Calls calls;

        bool isCancelled() const { return failure.kind == Altinn::ApiFailure::Kind::Cancelled; }
        bool needsChangeRequest() const { return result == Result::Drifted && drift.hasMissing(); }
    };

    explicit SystemUserHoldingsCheck(VendorSession *session, QObject *parent = nullptr);
    ~SystemUserHoldingsCheck() override;

    void setRequest(const Request &request) { m_request = request; }
    Request request() const { return m_request; }

    /// Runs the check; `finished` follows once. Ignored while busy.
    void start();
    /// Stops; `finished` follows at once with Kind::Cancelled.
    void cancel();
    bool isBusy() const { return m_running != 0; }

    /// The comparison alone (no calls): fills expected, held, drift, result, summary and details of
    /// @p outcome from @p definition and outcome.parties.
    static void compare(const Altinn::SystemDefinition &definition, Outcome &outcome);

Q_SIGNALS:
    void finished(const Onboarding::SystemUserHoldingsCheck::Outcome &outcome);

private:
    void readDefinition(quint64 attempt, Outcome outcome, const QByteArray &altinnToken);
    void fetchToken(
        quint64 attempt, Outcome outcome, const std::optional<Altinn::SystemDefinition> &definition);
    void fetchParties(quint64 attempt, Outcome outcome, const Altinn::SystemDefinition &definition,
        const QByteArray &altinnToken);
    /// False (and `finished` with a failure) when the session is gone.
    bool sessionLives(const Outcome &outcome);
    void fail(Outcome outcome, const QString &operation);
    void finish(const Outcome &outcome);

    QPointer<VendorSession> m_session;
    Request m_request;
    SystemUserTokenFetch *m_fetch = nullptr;
    Altinn::AuthorizedPartiesClient *m_client = nullptr;
    QPointer<Altinn::ApiOperation> m_operation;
    quint64 m_running = 0;
    quint64 m_nextAttempt = 1;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::SystemUserHoldingsCheck::Outcome)
