#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Altinn {
class ApiOperation;
class ChangeRequestClient;
} // namespace Altinn

namespace Onboarding {

/**
 * Sends a change request for an existing standard system user, for page 5 and `systemuser-cli
 * changerequest create`. The correlation id is made once per start(), so a POST whose answer was lost
 * is sent once more with the same id: Altinn then returns the change request it stored, or stores it
 * now — never a second one. A system user for client relationships (agent) cannot be changed; that is
 * said without sending anything.
 */
class SubmitChangeRequestFlow : public QObject
{
    Q_OBJECT

public:
    struct Input
    {
        QString systemUserId;
        Altinn::RequestKind systemUserKind = Altinn::RequestKind::Standard;
        Altinn::ChangeRequest change;
        /// Empty: a fresh one. Given again, Altinn answers with the change request it stored for it.
        QString correlationId;
    };

    struct Outcome
    {
        enum class Kind {
            Created, ///< 201: waits for the customer at `changeRequest.confirmUrl`
            Existing, ///< 200: a change request with this correlation id was there already
            NothingToChange, ///< the system user has exactly what was asked for already
            Failed,
        };

        Kind kind = Kind::Failed;
        std::optional<Altinn::ChangeRequestResponse> changeRequest;
        Altinn::ApiFailure failure; ///< Failed
        Altinn::Explanation explanation; ///< Failed
        /// The first answer was lost; the outcome is the answer to the same POST sent once more.
        bool answerLost = false;
    };

    /// What @p request asks for that @p systemUser must get (rights, packages, redirect URL).
    static Input moreRights(const Altinn::SystemUser &systemUser, const Altinn::SystemUserRequest &request);

    explicit SubmitChangeRequestFlow(Altinn::ChangeRequestClient *changeRequests, QObject *parent = nullptr);
    ~SubmitChangeRequestFlow() override;

    /// Sends the change; ignored while busy. `finished` follows.
    void start(const Input &input);
    /// Stops the call in flight; `finished` is not emitted.
    void cancel();
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void finished(const Onboarding::SubmitChangeRequestFlow::Outcome &outcome);

private:
    void post();
    void finish(Outcome outcome);

    Altinn::ChangeRequestClient *m_changeRequests;
    Input m_input;
    QString m_correlationId;
    bool m_answerLost = false;
    QPointer<Altinn::ApiOperation> m_operation;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace Onboarding
