#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/AppInstance.h"
#include "onboarding/SystemUserTokenTestFlow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class VendorSession;

namespace Altinn {
class ApiOperation;
class AppInstanceClient;
} // namespace Altinn

namespace Onboarding {

/**
 * What the vendor's system does last (docs/sandbox.md#the-simulated-altinn-app): with a system user token
 * for the customer it creates an instance of an Altinn app for that customer. The token comes from
 * SystemUserTokenTestFlow (so an MP-303 is explained, and with a system id cross-checked, the same way as
 * on page 7), the instance from Altinn::AppInstanceClient. A refusal is explained in the user's language:
 * which right the system user lacks and how to add it (a change request). A create whose answer was lost
 * is not sent again: the outcome says the instance may exist. Shared by page 7 (AppInstanceSection) and
 * `systemuser-cli app instantiate`. The token never leaves the flow.
 */
class AppInstanceFlow : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString org; ///< the app owner's code ("brg")
        QString app; ///< the app's name ("aarsregnskap-vanlig-202406")
        QString customerOrgNo; ///< the instance owner, whose system user acts
        QString externalRef; ///< of the system user; empty: the customer's organisation number
        QStringList scopes; ///< for the system user token (Maskinporten gives none without a scope)
        QString systemId; ///< when given, an MP-303 is cross-checked against this system
    };

    struct Outcome
    {
        enum class Result {
            Created, ///< `instance` holds the new instance
            TokenFailed, ///< Maskinporten gave no system user token (`token` says why)
            Refused, ///< the app answered 403: the system user may not (see `reason`, `missingRight`)
            Failed, ///< anything else: unknown app, network, time-out, lost answer, cancel
        };

        Result result = Result::Failed;
        Request request;
        std::optional<Altinn::AppInstance> instance;
        /// The token step, without the token itself (its explanation, cause and any diagnosis).
        SystemUserTokenTestFlow::Outcome token;
        Altinn::ApiFailure failure; ///< Kind::Cancelled after cancel()
        Altinn::Explanation explanation; ///< for every result but Created, translated

        // What the app said in its 403 (docs/sandbox.md#the-simulated-altinn-app); empty from a real app,
        // which answers a bare 403.
        QString reason; ///< "missingRight", "otherOwner", "systemUserNotFound", "notSystemUser"
        QString missingRight; ///< the resource id, "app_brg_aarsregnskap"
        QString systemUserId;

        bool isCreated() const { return result == Result::Created; }
        bool isCancelled() const { return failure.kind == Altinn::ApiFailure::Kind::Cancelled; }
        /// The create may have happened: its answer was lost.
        bool answerLost() const { return failure.answerLost; }
        /// "app_{org}_{app}": the right the system user needs.
        QString resourceId() const;
    };

    /// "app_{org}_{app}" in lowercase, as the resource registry names apps.
    static QString resourceIdOf(const QString &org, const QString &app);
    /// The org and app of an app resource id ("app_brg_aarsregnskap" → brg, aarsregnskap); nullopt for
    /// other resources.
    static std::optional<std::pair<QString, QString>> appOfResource(const QString &resourceId);

    /// Whether @p resourceId names an Altinn 3 app: `app_{org}_{app}`, but not the `app_{org}_a1-…` /
    /// `app_{org}_a2-…` ids of migrated Altinn 2 services (docs/sandbox.md#the-simulated-altinn-app).
    static bool isAltinnAppId(const QString &resourceId);
    /// The app page 7 offers for a system with the rights @p rightResourceIds:
    /// brg/aarsregnskap-vanlig-202406 when the system holds it, else the first app among them, else
    /// brg/aarsregnskap-vanlig-202406 anyway, so that the app's refusal can be seen.
    static std::pair<QString, QString> suggestedApp(const QStringList &rightResourceIds);
    /// What a create of @p org/@p app for @p owner that failed means, apart from a 403 (which says who may
    /// not): the general explanation, a 404 as an unknown app, a lost answer as "may exist — do not simply
    /// try again". Shared with PersonAppInstanceFlow.
    static Altinn::Explanation explainCreateFailure(
        const Altinn::ApiFailure &failure, const QString &org, const QString &app, const QString &owner);

    explicit AppInstanceFlow(VendorSession *session, QObject *parent = nullptr);
    ~AppInstanceFlow() override;

    void setRequest(const Request &request) { m_request = request; }
    Request request() const { return m_request; }

    /// Gets the token, then creates the instance; `finished` follows once. Ignored while busy.
    void start();
    /// Stops waiting; `finished` follows at once with Kind::Cancelled. A create already sent may still
    /// happen (the outcome's failure says answerLost then).
    void cancel();
    bool isBusy() const { return m_running != 0; }

Q_SIGNALS:
    void finished(const Onboarding::AppInstanceFlow::Outcome &outcome);

private:
    void tokenFinished(quint64 attempt, const SystemUserTokenTestFlow::Outcome &token);
    void created(quint64 attempt, Outcome outcome, const Altinn::ApiResult<Altinn::AppInstance> &result);
    void explainFailure(Outcome &outcome) const;
    void finish(const Outcome &outcome);

    QPointer<VendorSession> m_session;
    Request m_request;
    SystemUserTokenTestFlow *m_tokenFlow = nullptr;
    Altinn::AppInstanceClient *m_client = nullptr; ///< on the session's transport
    QPointer<Altinn::ApiOperation> m_call;
    bool m_createSent = false; ///< the create went out in the running attempt
    quint64 m_running = 0; ///< the attempt whose answers still count; 0 = none
    quint64 m_nextAttempt = 1;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::AppInstanceFlow::Outcome)
