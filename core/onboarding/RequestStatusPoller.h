#pragma once

#include "altinn/ErrorExplainer.h"
#include "model/RequestStatus.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Altinn {

class ApiOperation;
class RequestClient;

/**
 * Watches one system user request (standard or agent) until the customer has decided: the first poll
 * goes out at once, then after 2 s, 4 s, 8 s, … up to 30 s; a status change starts again at 2 s.
 * Desktop apps cannot receive the approval redirect (altinn-api.md §7), so polling is how the vendor
 * learns the outcome.
 *
 * Stops by itself on a final status (Accepted, Rejected, Denied, Timedout) and when the request is
 * gone (404: deleted). Network trouble, time-outs and 5xx keep it polling with the same backoff;
 * `connectionProblem` is emitted once per outage and `connectionRestored` when an answer comes again.
 * Any other failure (401/403, a token Maskinporten refuses, an unreadable body) stops it with
 * `failed`, since asking again would only repeat it. At most one request is in flight at any time.
 */
class RequestStatusPoller : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        std::chrono::milliseconds initial{2000};
        std::chrono::milliseconds maximum{30000};
    };

    RequestStatusPoller(
        RequestClient *client, QString requestId, RequestKind kind, QObject *parent = nullptr);
    ~RequestStatusPoller() override;

    /// Shorter intervals for tests; the next wait is @p intervals.initial.
    void setIntervals(Intervals intervals);
    Intervals intervals() const { return m_intervals; }
    /// The status the caller already knows (e.g. from creating the request), so the first answer
    /// only signals a change when there is one. Without it the first answer reports Unknown → status.
    void setKnownStatus(RequestStatus status) { m_status = status; }

    QString requestId() const { return m_requestId; }
    RequestKind kind() const { return m_kind; }
    RequestStatus status() const { return m_status; }
    const std::optional<SystemUserRequestResponse> &lastResponse() const { return m_lastResponse; }
    /// Between start() and finished()/stop().
    bool isActive() const { return m_active; }
    /// A GET is in flight.
    bool isPolling() const { return !m_operation.isNull(); }
    /// The wait before the next poll (after the one in flight, if any).
    std::chrono::milliseconds nextInterval() const { return m_nextInterval; }

public Q_SLOTS:
    /// Polls at once and keeps polling; restarts a finished poller.
    void start();
    /// Cancels the request in flight and the timer; emits nothing.
    void stop();
    /// Polls at once with the backoff back at its start (e.g. "Refresh", or the window regained
    /// focus). Starts the poller when it is not active; no-op while a poll is in flight.
    void pollNow();

Q_SIGNALS:
    /// Every answer (e.g. to show `timedOut` or `escalated`), before any statusChanged.
    void polled(const Altinn::SystemUserRequestResponse &response);
    void statusChanged(Altinn::RequestStatus previous, Altinn::RequestStatus current,
        const Altinn::SystemUserRequestResponse &response);
    /// 404: the request was deleted (by the vendor, or with its system user in the portal).
    void requestDeleted();
    /// Once per outage; polling goes on.
    void connectionProblem(const Altinn::Explanation &explanation);
    void connectionRestored();
    /// A failure that polling again would not fix; the poller has stopped.
    void failed(const Altinn::Explanation &explanation);
    /// Polling ended by itself: final status, deleted, or failed. Not emitted by stop().
    void finished();

private:
    void poll();
    void handleAnswer(const SystemUserRequestResponse &response);
    void handleFailure(const ApiFailure &failure);
    void scheduleNext();
    void finish();

    RequestClient *m_client;
    QString m_requestId;
    RequestKind m_kind;
    Intervals m_intervals;
    std::chrono::milliseconds m_nextInterval;
    QTimer m_timer;
    QPointer<ApiOperation> m_operation;
    /// Bumped by stop(): an answer to an earlier generation's request is ignored.
    quint64 m_generation = 0;
    quint64 m_pollSequence = 0;
    quint64 m_answeredSequence = 0;
    RequestStatus m_status = RequestStatus::Unknown;
    std::optional<SystemUserRequestResponse> m_lastResponse;
    bool m_active = false;
    bool m_connectionProblemReported = false;
};

} // namespace Altinn
