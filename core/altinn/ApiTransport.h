#pragma once

#include "altinn/AccessTokenSource.h"
#include "altinn/ApiOperation.h"
#include "altinn/ApiRequest.h"
#include "altinn/ApiResponse.h"
#include "altinn/Environment.h"
#include "net/RetryPolicy.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Altinn {

class ActivityLog;

/**
 * Sends ApiRequests for one environment: attaches the vendor token (from the AccessTokenSource, per
 * call, so it is refreshed automatically), a transfer timeout and a deadline for the whole call, retries
 * idempotent GETs on network errors, 429 and 5xx with backoff and Retry-After, never retries
 * POST/PUT/DELETE and keeps Qt from resending them (a lost answer is reported as ApiFailure::answerLost),
 * reads answers as they arrive and refuses one above ApiRequest::maxBodyBytes, tells a time-out from a
 * cancel, treats TLS errors as fatal for real environments, and records every exchange in the ActivityLog
 * (redacted). One instance per environment; it owns nothing it is given.
 */
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    ApiTransport(QNetworkAccessManager *network, Environment environment, QObject *parent = nullptr);

    void setTokenSource(AccessTokenSource *source) { m_tokenSource = source; }
    void setActivityLog(ActivityLog *log) { m_activityLog = log; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    /// Accept-Language sent with every request unless the request sets its own ("nb", "nn", "en").
    void setLanguage(const QString &language) { m_language = language; }

    AccessTokenSource *tokenSource() const { return m_tokenSource; }
    QString language() const { return m_language; }
    /**
     * A transport like this one (environment, token source, activity log, retry policy, language) on
     * @p network. Qt opens at most six HTTP/1.1 connections per host per QNetworkAccessManager; a bulk run
     * that keeps more requests in flight spreads them over twins with managers of their own.
     */
    ApiTransport *twin(QNetworkAccessManager *network, QObject *parent = nullptr) const;

    const Environment &environment() const { return m_environment; }
    QNetworkAccessManager *network() const { return m_network; }
    ActivityLog *activityLog() const { return m_activityLog; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    /**
     * Sends @p request; @p done runs exactly once (also after cancel). When @p operation is given,
     * cancelling it aborts this request; otherwise the returned operation controls it.
     */
    ApiOperation *send(const ApiRequest &request, Callback done, ApiOperation *operation = nullptr);

private:
    class Exchange;

    QNetworkAccessManager *m_network;
    Environment m_environment;
    AccessTokenSource *m_tokenSource = nullptr;
    ActivityLog *m_activityLog = nullptr;
    RetryPolicy m_retryPolicy;
    QString m_language;
};

} // namespace Altinn
