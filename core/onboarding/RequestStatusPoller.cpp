#include "onboarding/RequestStatusPoller.h"

#include "altinn/ApiOperation.h"
#include "altinn/RequestClient.h"

#include <algorithm>

namespace Altinn {
namespace {

/// Failures that may go away by themselves, so polling goes on.
bool isTransient(const ApiFailure &failure)
{
    switch (failure.kind) {
    case ApiFailure::Kind::Network:
    case ApiFailure::Kind::TimedOut:
        return true;
    case ApiFailure::Kind::Http: {
        const int status = failure.httpStatus();
        return status >= 500 || status == 408 || status == 429;
    }
    case ApiFailure::Kind::Token:
        // No answer from Maskinporten (or a 5xx from it) is a connection problem; a refusal is not.
        return !failure.tokenError || failure.tokenError->httpStatus >= 500;
    case ApiFailure::Kind::None:
    case ApiFailure::Kind::Tls:
    case ApiFailure::Kind::Cancelled:
    case ApiFailure::Kind::InvalidResponse:
    case ApiFailure::Kind::Rejected:
        return false;
    }
    return false;
}

} // namespace

RequestStatusPoller::RequestStatusPoller(
    RequestClient *client, QString requestId, RequestKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requestId(std::move(requestId))
    , m_kind(kind)
    , m_nextInterval(m_intervals.initial)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestStatusPoller::poll);
}

RequestStatusPoller::~RequestStatusPoller()
{
    stop();
}

void RequestStatusPoller::setIntervals(Intervals intervals)
{
    m_intervals = intervals;
    m_nextInterval = m_intervals.initial;
}

void RequestStatusPoller::start()
{
    if (m_active)
        return;
    m_active = true;
    m_nextInterval = m_intervals.initial;
    poll();
}

void RequestStatusPoller::stop()
{
    m_active = false;
    m_timer.stop();
    ++m_generation;
    if (ApiOperation *operation = m_operation.data()) {
        m_operation.clear();
        operation->cancel();
    }
}

void RequestStatusPoller::pollNow()
{
    if (!m_active) {
        start();
        return;
    }
    if (isPolling())
        return; // its answer is as fresh as a new one would be
    m_nextInterval = m_intervals.initial;
    poll();
}

void RequestStatusPoller::poll()
{
    if (!m_active || isPolling())
        return;
    m_timer.stop();
    const quint64 generation = m_generation;
    const quint64 sequence = ++m_pollSequence;
    const QPointer<RequestStatusPoller> self(this);
    ApiOperation *operation = m_client->get(m_requestId, m_kind,
        [self, generation, sequence](const ApiResult<SystemUserRequestResponse> &result) {
            // The poller may be gone, or stopped and restarted since this request was sent.
            if (!self || generation != self->m_generation)
                return;
            self->m_answeredSequence = sequence;
            self->m_operation.clear();
            if (result.ok())
                self->handleAnswer(*result.value);
            else
                self->handleFailure(result.failure);
        });
    // The callback may already have run (e.g. refused before sending): then nothing is in flight.
    if (m_answeredSequence != sequence && generation == m_generation)
        m_operation = operation;
}

void RequestStatusPoller::handleAnswer(const SystemUserRequestResponse &response)
{
    if (m_connectionProblemReported) {
        m_connectionProblemReported = false;
        Q_EMIT connectionRestored();
    }
    const RequestStatus previous = m_status;
    m_status = response.status;
    m_lastResponse = response;
    Q_EMIT polled(response);
    if (!m_active)
        return; // a slot stopped us
    if (previous != m_status) {
        m_nextInterval = m_intervals.initial;
        Q_EMIT statusChanged(previous, m_status, response);
        if (!m_active)
            return;
    }
    if (RequestStatuses::isFinal(m_status))
        finish();
    else
        scheduleNext();
}

void RequestStatusPoller::handleFailure(const ApiFailure &failure)
{
    if (failure.kind == ApiFailure::Kind::Cancelled)
        return;
    if (failure.kind == ApiFailure::Kind::Http && failure.httpStatus() == 404) {
        Q_EMIT requestDeleted();
        finish();
        return;
    }
    const Explanation explanation = ErrorExplainer::explain(failure, tr("checking the request status"));
    if (!isTransient(failure)) {
        Q_EMIT failed(explanation);
        finish();
        return;
    }
    if (!m_connectionProblemReported) {
        m_connectionProblemReported = true;
        Q_EMIT connectionProblem(explanation);
    }
    scheduleNext();
}

void RequestStatusPoller::scheduleNext()
{
    if (!m_active)
        return;
    m_timer.start(m_nextInterval);
    m_nextInterval = std::min(m_nextInterval * 2, m_intervals.maximum);
}

void RequestStatusPoller::finish()
{
    if (!m_active)
        return;
    stop();
    Q_EMIT finished();
}

} // namespace Altinn
