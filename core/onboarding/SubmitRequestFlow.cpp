#include "onboarding/SubmitRequestFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"
#include "onboarding/LostAnswer.h"
#include "onboarding/RequestLookup.h"
#include "validation/ValidationCodes.h"

#include <utility>

namespace Onboarding {

using Altinn::ApiFailure;
using Altinn::ApiResult;
using Altinn::ErrorExplainer;
using Altinn::RequestStatus;
using Altinn::SystemUserRequestResponse;
using SubmitKind = SubmitRequestFlow::Outcome::Kind;
namespace Codes = Validation::Codes;

namespace {

bool isClosed(const SystemUserRequestResponse &request)
{
    return request.status == RequestStatus::Rejected || request.status == RequestStatus::Denied
        || request.status == RequestStatus::Timedout || request.timedOut;
}

} // namespace

SubmitRequestFlow::SubmitRequestFlow(
    Altinn::RequestClient *requests, Altinn::SystemUserClient *systemUsers, QObject *parent)
    : QObject(parent)
    , m_requests(requests)
    , m_systemUsers(systemUsers)
{ }

SubmitRequestFlow::~SubmitRequestFlow()
{
    cancel();
}

template <typename Body> auto SubmitRequestFlow::guarded(Body body)
{
    return [self = QPointer<SubmitRequestFlow>(this), generation = m_generation, body = std::move(body)](
               const auto &result) mutable {
        if (!self || generation != self->m_generation)
            return;
        body(result);
    };
}

void SubmitRequestFlow::start(const Altinn::SystemUserRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_request = request;
    if (m_inDoubt.contains(tripleKey(request))) {
        lookUpFirst();
        return;
    }
    post();
}

void SubmitRequestFlow::cancel()
{
    // A POST in flight may arrive all the same: the next start() for its triple looks it up first.
    if (m_running && m_posting)
        m_inDoubt.insert(tripleKey(m_request));
    m_posting = false;
    ++m_generation;
    m_running = false;
    if (const QPointer<Altinn::ApiOperation> operation = std::exchange(m_operation, nullptr))
        operation->cancel();
}

QString SubmitRequestFlow::effectiveExternalRef() const
{
    return RequestLookup::effectiveExternalRef(m_request);
}

QString SubmitRequestFlow::tripleKey(const Altinn::SystemUserRequest &request)
{
    const QString kind = request.kind == Altinn::RequestKind::Agent ? QStringLiteral("agent") : QString();
    return QStringList{
        request.systemId, request.partyOrgNo, RequestLookup::effectiveExternalRef(request), kind}
        .join(u'\n');
}

void SubmitRequestFlow::post()
{
    m_posting = true;
    m_operation = m_requests->create(
        m_request, guarded([this](const ApiResult<Altinn::RequestClient::Created> &result) {
            m_posting = false;
            if (result.ok()) {
                if (!result.value->existing) {
                    Outcome outcome;
                    outcome.kind = SubmitKind::Created;
                    outcome.request = result.value->request;
                    finish(outcome);
                    return;
                }
                finish(outcomeFor(result.value->request));
                return;
            }
            const ApiFailure &failure = result.failure;
            if (LostAnswer::possible(failure)) {
                reconcile(failure);
                return;
            }
            if (failure.error.hasCode(Codes::SystemUserExists.toString())
                || failure.error.hasCode(Codes::RequestAlreadyAccepted.toString())) {
                Outcome outcome;
                outcome.kind = SubmitKind::SystemUserExists;
                outcome.failure = failure;
                outcome.explanation = ErrorExplainer::explain(failure, tr("sending the request"));
                lookUpSystemUser(outcome);
                return;
            }
            if (failure.error.hasCode(Codes::RequestPending.toString())) {
                lookUpEarlier(failure, SubmitKind::ExistingReturned);
                return;
            }
            if (failure.error.hasCode(Codes::RequestRejected.toString())
                || failure.error.hasCode(Codes::RequestDenied.toString())) {
                lookUpEarlier(failure, SubmitKind::ExistingRejected);
                return;
            }
            Outcome outcome;
            outcome.failure = failure;
            outcome.explanation = ErrorExplainer::explain(failure, tr("sending the request"));
            finish(outcome);
        }));
}

SubmitRequestFlow::Outcome SubmitRequestFlow::outcomeFor(const SystemUserRequestResponse &request) const
{
    Outcome outcome;
    outcome.kind = isClosed(request) ? SubmitKind::ExistingRejected : SubmitKind::ExistingReturned;
    outcome.request = request;
    outcome.explanation =
        ErrorExplainer::existingRequestReturned(request.timedOut ? RequestStatus::Timedout : request.status);
    return outcome;
}

void SubmitRequestFlow::reconcile(const ApiFailure &lost)
{
    m_operation = RequestLookup::byTriple(
        m_requests, m_request, guarded([this, lost](const RequestLookup::Result &result) {
            using Found = RequestLookup::Result::Found;
            if (result.found == Found::Exists) {
                foundAfterLostAnswer(*result.request);
                return;
            }
            const bool serverError = lost.kind == ApiFailure::Kind::Http;
            Outcome outcome;
            outcome.failure = lost;
            outcome.answerLost = true;
            outcome.explanation = ErrorExplainer::explain(lost, tr("sending the request"));
            outcome.explanation.action = Altinn::Explanation::Remedy::Retry;
            if (result.found == Found::Absent) {
                outcome.explanation.summary = serverError
                    ? tr("Altinn answered with a server error, and has no such request: nothing was created.")
                    : tr("The answer from Altinn was lost, and Altinn has no such request: nothing was "
                         "created.");
                outcome.explanation.remedy = tr("Send the request again.");
                finish(outcome);
                return;
            }
            // Neither the answer nor Altinn's records are known: never suggest it simply failed.
            outcome.mayExist = true;
            outcome.explanation.summary = serverError
                ? tr("Altinn answered with a server error, and could not be asked afterwards whether it "
                     "made the request anyway: the request may exist.")
                : tr("The answer from Altinn was lost, and Altinn could not be asked afterwards whether it "
                     "got the request: the request may exist.");
            outcome.explanation.remedy = tr("Check again before sending it again: the next attempt looks the "
                                            "request up first and sends it only when Altinn has none.");
            finish(outcome);
        }));
}

void SubmitRequestFlow::lookUpFirst()
{
    m_operation =
        RequestLookup::byTriple(m_requests, m_request, guarded([this](const RequestLookup::Result &result) {
            using Found = RequestLookup::Result::Found;
            if (result.found == Found::Exists) {
                foundAfterLostAnswer(*result.request);
                return;
            }
            if (result.found == Found::Absent) {
                post(); // the earlier POST made nothing: this is the first request for the triple
                return;
            }
            Outcome outcome;
            outcome.failure = result.failure;
            outcome.answerLost = true;
            outcome.mayExist = true;
            outcome.explanation =
                ErrorExplainer::explain(result.failure, tr("checking for the earlier request"));
            outcome.explanation.summary = tr("It is still not known whether Altinn got the earlier request: "
                                             "Altinn could not be asked. Nothing was sent, so that no second "
                                             "request is made; the request may exist.");
            outcome.explanation.remedy = tr("Check again in a moment.");
            outcome.explanation.action = Altinn::Explanation::Remedy::Retry;
            finish(outcome);
        }));
}

void SubmitRequestFlow::foundAfterLostAnswer(const SystemUserRequestResponse &request)
{
    if (request.status == RequestStatus::Accepted) {
        Outcome outcome;
        outcome.kind = SubmitKind::SystemUserExists;
        outcome.request = request;
        outcome.answerLost = true;
        outcome.explanation = ErrorExplainer::explainCode(Codes::RequestAlreadyAccepted.toString());
        lookUpSystemUser(outcome);
        return;
    }
    Outcome outcome = outcomeFor(request);
    if (outcome.kind == SubmitKind::ExistingReturned && request.status == RequestStatus::New) {
        // What the lost POST would have made; whether this one or an earlier twin, it is the request the
        // customer can approve now.
        outcome.kind = SubmitKind::Created;
        outcome.explanation = {};
    }
    outcome.answerLost = true;
    finish(outcome);
}

void SubmitRequestFlow::lookUpEarlier(const ApiFailure &failure, SubmitKind kind)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.failure = failure;
    outcome.explanation = ErrorExplainer::explain(failure, tr("sending the request"));
    // Altinn checks the triple's *standard* request for agent requests too, so that is the one in the way.
    m_operation = m_requests->byExternalRef(m_request.systemId, m_request.partyOrgNo, effectiveExternalRef(),
        Altinn::RequestKind::Standard,
        guarded([this, outcome](const ApiResult<SystemUserRequestResponse> &found) mutable {
            if (found.ok()) {
                outcome.request = *found.value;
                if (isClosed(*found.value))
                    outcome.kind = SubmitKind::ExistingRejected;
            }
            finish(outcome);
        }));
}

void SubmitRequestFlow::lookUpSystemUser(Outcome outcome)
{
    m_operation = m_systemUsers->find(m_request.systemId, m_request.partyOrgNo,
        m_request.externalRef.value_or(QString()),
        guarded([this, outcome](const ApiResult<Altinn::SystemUser> &found) mutable {
            if (found.ok())
                outcome.systemUser = *found.value;
            finish(outcome);
        }));
}

void SubmitRequestFlow::deleteAndAskAgain()
{
    if (m_running || !m_last || !m_last->canDeleteAndAskAgain())
        return;
    m_running = true;
    ++m_generation;
    if (m_last->request) {
        removeThenPost(m_last->request->id);
        return;
    }
    // Altinn named the earlier request by its triple only: find it first.
    m_operation = m_requests->byExternalRef(m_request.systemId, m_request.partyOrgNo, effectiveExternalRef(),
        Altinn::RequestKind::Standard, guarded([this](const ApiResult<SystemUserRequestResponse> &found) {
            if (found.ok()) {
                removeThenPost(found.value->id);
                return;
            }
            Outcome outcome;
            outcome.failure = found.failure;
            outcome.explanation = ErrorExplainer::explain(found.failure, tr("finding the earlier request"));
            finish(outcome);
        }));
}

void SubmitRequestFlow::removeThenPost(const QString &requestId)
{
    m_operation = m_requests->remove(requestId, guarded([this](const ApiResult<Altinn::Done> &result) {
        // 404: it is gone already, which is what was wanted.
        if (result.ok() || result.failure.httpStatus() == 404) {
            post();
            return;
        }
        Outcome outcome;
        outcome.failure = result.failure;
        outcome.explanation = ErrorExplainer::explain(result.failure, tr("deleting the earlier request"));
        finish(outcome);
    }));
}

void SubmitRequestFlow::finish(Outcome outcome)
{
    outcome.sent = m_request;
    if (outcome.mayExist)
        m_inDoubt.insert(tripleKey(m_request));
    else
        m_inDoubt.remove(tripleKey(m_request));
    m_running = false;
    m_operation = nullptr;
    m_last = outcome;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
