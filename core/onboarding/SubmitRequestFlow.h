#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Altinn {
class ApiOperation;
class RequestClient;
class SystemUserClient;
} // namespace Altinn

namespace Onboarding {

/**
 * Sends a system user request (standard or agent) and says what came of it, for page 5 and
 * `systemuser-cli request create`. Every answer Altinn can give becomes one Outcome kind. A POST whose
 * answer may be lost (no answer, a time-out or a 5xx: LostAnswer) is never sent again on its own: the
 * request is looked up by its triple (RequestLookup) and the outcome says what Altinn has — created, not
 * created, or, when the look-up fails too, that it may exist (`mayExist`). The next start() for a triple
 * in doubt looks it up first and sends only when Altinn has none, so a second click makes no duplicate.
 * Deleting an earlier request to ask again is a second, deliberate step (deleteAndAskAgain()), never
 * done on the caller's behalf.
 */
class SubmitRequestFlow : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind {
            Created, ///< 201: a new request waits for the customer
            ExistingReturned, ///< an earlier request for the triple is still open (New): follow it
            ExistingRejected, ///< the earlier request was rejected or timed out: only delete and ask again
            SystemUserExists, ///< AUTH-00004/00006: offer a change request for `systemUser`
            Failed,
        };

        Kind kind = Kind::Failed;
        Altinn::SystemUserRequest sent;
        /// Created: the new request; Existing*: the earlier one (may be missing when it could not be found).
        std::optional<Altinn::SystemUserRequestResponse> request;
        /// SystemUserExists: the customer's system user, when the lookup found it.
        std::optional<Altinn::SystemUser> systemUser;
        /// Set for SystemUserExists, ExistingRejected after an error answer, and Failed.
        Altinn::ApiFailure failure;
        /// What to tell the user; for the Existing* kinds also when Altinn answered 200.
        Altinn::Explanation explanation;
        /// The answer to the POST was lost (or was a 5xx); what is reported was looked up afterwards.
        bool answerLost = false;
        /// Failed: Altinn may hold the request after all (no answer, and the look-up failed too). The next
        /// start() for the same triple looks it up before sending.
        bool mayExist = false;

        bool canFollow() const { return kind == Kind::ExistingReturned && request.has_value(); }
        bool canDeleteAndAskAgain() const
        {
            return kind == Kind::ExistingReturned || kind == Kind::ExistingRejected;
        }
    };

    SubmitRequestFlow(
        Altinn::RequestClient *requests, Altinn::SystemUserClient *systemUsers, QObject *parent = nullptr);
    ~SubmitRequestFlow() override;

    /// Sends @p request; ignored while busy. `finished` follows (never inside start()).
    void start(const Altinn::SystemUserRequest &request);
    /// After an Existing* outcome: deletes the earlier request (finding it first when needed), then sends
    /// the last request again. Ignored while busy or without such an outcome.
    void deleteAndAskAgain();
    /// Stops the calls in flight; `finished` is not emitted. A POST cut off this way may still arrive:
    /// the next start() for its triple looks it up first.
    void cancel();
    bool isBusy() const { return m_running; }
    /// The outcome of the last finished run.
    const std::optional<Outcome> &lastOutcome() const { return m_last; }

Q_SIGNALS:
    void finished(const Onboarding::SubmitRequestFlow::Outcome &outcome);

private:
    void post();
    void reconcile(const Altinn::ApiFailure &lost);
    /// A triple in doubt from an earlier run: look it up, send only when Altinn has none.
    void lookUpFirst();
    /// What Altinn had for the triple after an answer was lost.
    void foundAfterLostAnswer(const Altinn::SystemUserRequestResponse &request);
    void lookUpEarlier(const Altinn::ApiFailure &failure, Outcome::Kind kind);
    void lookUpSystemUser(Outcome outcome);
    void removeThenPost(const QString &requestId);
    void finish(Outcome outcome);
    Outcome outcomeFor(const Altinn::SystemUserRequestResponse &request) const;
    QString effectiveExternalRef() const;
    /// System, customer, external reference and kind of @p request: what Altinn tells requests apart by.
    static QString tripleKey(const Altinn::SystemUserRequest &request);
    /// Wraps @p body so it runs only while the run it belongs to is the current one.
    template <typename Body> auto guarded(Body body);

    Altinn::RequestClient *m_requests;
    Altinn::SystemUserClient *m_systemUsers;
    Altinn::SystemUserRequest m_request;
    QPointer<Altinn::ApiOperation> m_operation;
    bool m_running = false;
    bool m_posting = false; ///< the POST is in flight: cancelling it leaves the triple in doubt
    quint64 m_generation = 0;
    std::optional<Outcome> m_last;
    /// Triples whose last POST may have made a request nobody could confirm (tripleKey()).
    QSet<QString> m_inDoubt;
};

} // namespace Onboarding
