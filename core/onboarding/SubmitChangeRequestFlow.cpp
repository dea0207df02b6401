#include "onboarding/SubmitChangeRequestFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/ChangeRequestClient.h"

#include <QTimer>
#include <QUuid>

#include <utility>

namespace Onboarding {

using Altinn::ApiFailure;
using ChangeSubmitKind = SubmitChangeRequestFlow::Outcome::Kind;

SubmitChangeRequestFlow::SubmitChangeRequestFlow(Altinn::ChangeRequestClient *changeRequests, QObject *parent)
    : QObject(parent)
    , m_changeRequests(changeRequests)
{ }

SubmitChangeRequestFlow::Input SubmitChangeRequestFlow::moreRights(
    const Altinn::SystemUser &systemUser, const Altinn::SystemUserRequest &request)
{
    Input input;
    input.systemUserId = systemUser.id;
    input.systemUserKind = systemUser.userType.compare(QStringLiteral("agent"), Qt::CaseInsensitive) == 0
        ? Altinn::RequestKind::Agent
        : Altinn::RequestKind::Standard;
    input.change.requiredRights = request.rights.value_or(QList<Altinn::Right>{});
    input.change.requiredAccessPackages = request.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    input.change.redirectUrl = request.redirectUrl;
    return input;
}

SubmitChangeRequestFlow::~SubmitChangeRequestFlow()
{
    cancel();
}

void SubmitChangeRequestFlow::start(const Input &input)
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_input = input;
    m_answerLost = false;
    m_correlationId = input.correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                    : input.correlationId;
    if (input.systemUserKind == Altinn::RequestKind::Agent) {
        // Altinn would only answer "system user not found" (AUTH-00015), which helps nobody.
        Outcome outcome;
        outcome.failure = ApiFailure::of(ApiFailure::Kind::Rejected, tr("agent system user"));
        outcome.explanation.summary = tr("A system user for client relationships cannot be changed.");
        outcome.explanation.remedy =
            tr("The customer deletes it in Altinn (Systemtilganger); then send a new "
               "agent request with what it should have.");
        QTimer::singleShot(0, this, [this, outcome, generation = m_generation] {
            if (generation == m_generation)
                finish(outcome);
        });
        return;
    }
    post();
}

void SubmitChangeRequestFlow::cancel()
{
    ++m_generation;
    m_running = false;
    if (const QPointer<Altinn::ApiOperation> operation = std::exchange(m_operation, nullptr))
        operation->cancel();
}

void SubmitChangeRequestFlow::post()
{
    const auto done = [self = QPointer<SubmitChangeRequestFlow>(this), generation = m_generation](
                          const Altinn::ApiResult<Altinn::ChangeRequestResponse> &result) {
        if (!self || generation != self->m_generation)
            return;
        const ApiFailure &failure = result.failure;
        if (!result.ok()
            && (failure.kind == ApiFailure::Kind::Network || failure.kind == ApiFailure::Kind::TimedOut)
            && !self->m_answerLost) {
            // The same correlation id cannot make a second change request: asking once more is safe.
            self->m_answerLost = true;
            self->post();
            return;
        }
        Outcome outcome;
        outcome.answerLost = self->m_answerLost;
        if (!result.ok()) {
            outcome.failure = failure;
            outcome.explanation = Altinn::ErrorExplainer::explain(failure, tr("sending the change request"));
        } else {
            outcome.changeRequest = *result.value;
            if (result.value->status == Altinn::RequestStatus::NoChangeNeeded)
                outcome.kind = ChangeSubmitKind::NothingToChange;
            else if (result.httpStatus == 201 || self->m_answerLost)
                outcome.kind =
                    ChangeSubmitKind::Created; // after a lost answer, the 200 is our own first POST
            else
                outcome.kind = ChangeSubmitKind::Existing;
        }
        self->finish(outcome);
    };
    m_operation = m_changeRequests->create(m_input.systemUserId, m_input.change, done, m_correlationId);
}

void SubmitChangeRequestFlow::finish(Outcome outcome)
{
    m_running = false;
    m_operation = nullptr;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
