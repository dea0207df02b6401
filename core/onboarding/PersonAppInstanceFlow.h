#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/AppInstance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

class VendorSession;

namespace Onboarding {

/**
 * The person-present path's last step (docs/id-porten.md): the ID-porten access token is exchanged for an
 * Altinn token (GET authentication/api/v1/exchange/id-porten), and with it the simulated (or real) Altinn
 * app creates an instance for the organisation the person acts for. The app refuses a person who holds no
 * suitable role there, or a token without altinn:instances.write; the outcome says which, translated.
 * A create whose answer was lost is not sent again. Shared by the wizard and
 * `systemuser-cli app instantiate --as person`. Tokens never leave memory.
 */
class PersonAppInstanceFlow : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString org; ///< the app owner's code ("brg")
        QString app; ///< the app's name ("aarsregnskap-vanlig-202406")
        QString ownerOrgNo; ///< the organisation the person acts for
        QByteArray idportenAccessToken; ///< from IdPortenLoginFlow
    };

    struct Outcome
    {
        enum class Result {
            Created, ///< `instance` holds the new instance
            ExchangeFailed, ///< Altinn did not exchange the ID-porten token
            Refused, ///< the app answered 403 (see `reason`)
            Failed, ///< anything else: unknown app, network, time-out, lost answer, cancel
        };

        Result result = Result::Failed;
        Request request; ///< without the token
        std::optional<Altinn::AppInstance> instance;
        QJsonObject altinnTokenClaims; ///< the exchanged token's claims (the token itself is not kept)
        Altinn::ApiFailure failure; ///< Kind::Cancelled after cancel()
        Altinn::Explanation explanation; ///< for every result but Created, translated
        /// What the sandbox app said in its 403: "noRole", "missingScope", "otherOwner"; empty from a real
        /// app.
        QString reason;

        bool isCreated() const { return result == Result::Created; }
        bool isCancelled() const { return failure.kind == Altinn::ApiFailure::Kind::Cancelled; }
        bool answerLost() const { return failure.answerLost; }
    };

    explicit PersonAppInstanceFlow(VendorSession *session, QObject *parent = nullptr);
    ~PersonAppInstanceFlow() override;

    void setRequest(const Request &request);
    /// Exchanges, then creates; `finished` follows once. Ignored while busy.
    void start();
    /// `finished` follows at once with Kind::Cancelled; a create already sent may still happen.
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void finished(const Onboarding::PersonAppInstanceFlow::Outcome &outcome);

private:
    struct Private;

    void create(quint64 attempt, const Outcome &outcome, const QByteArray &altinnToken);
    void created(quint64 attempt, Outcome outcome, const Altinn::ApiResult<Altinn::AppInstance> &result);
    void finish(quint64 attempt, const Outcome &outcome);

    std::unique_ptr<Private> d;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::PersonAppInstanceFlow::Outcome)
