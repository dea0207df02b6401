#include "altinn/ApiTransport.h"

#include "net/ActivityLog.h"
#include "net/BoundedReply.h"
#include "net/OneShotBody.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

Q_LOGGING_CATEGORY(lcTransport, "altinn.transport")

/// Errors after which the server has not processed the request, so repeating a GET is safe and may help.
bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

/// Errors that leave no doubt the request never reached the server; after any other, a write may have.
bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

/// A failure below HTTP (connection, socket, time-out): Qt's codes 1–99.
bool isNetworkLayerError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ConnectionRefusedError && error <= QNetworkReply::UnknownNetworkError;
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
        [&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

/**
 * One ApiTransport::send: token → attempt → (retry | 401 → fresh token → attempt) → callback, once.
 * Deletes itself after the callback.
 */
class ApiTransport::Exchange : public QObject
{
public:
    Exchange(ApiTransport *transport, ApiRequest request, Callback done, ApiOperation *operation,
        bool ownsOperation)
        : QObject(transport)
        , m_transport(transport)
        , m_request(std::move(request))
        , m_done(std::move(done))
        , m_operation(operation)
        , m_ownsOperation(ownsOperation)
    {
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &Exchange::obtainToken);
        m_deadline.setSingleShot(true);
        // A coarse timer may fire up to 5 % early; a deadline must not end a call before its time.
        m_deadline.setTimerType(Qt::PreciseTimer);
        connect(&m_deadline, &QTimer::timeout, this, &Exchange::deadlinePassed);
        connect(operation, &ApiOperation::cancelRequested, this, &Exchange::cancel);
    }

    void start()
    {
        if (!m_operation || m_operation->isCancelled()) {
            finish(failed(ApiFailure::Kind::Cancelled, ApiTransport::tr("The call was cancelled.")));
            return;
        }
        m_callElapsed.start();
        if (m_request.deadlineMs > 0)
            m_deadline.start(m_request.deadlineMs);
        obtainToken();
    }

private:
    /// Gets the token for this attempt (the source caches it), then sends; anonymous calls send at once.
    void obtainToken()
    {
        if (m_request.scopes.isEmpty()) {
            sendAttempt();
            return;
        }
        AccessTokenSource *source = m_transport->m_tokenSource;
        if (!source) {
            finish(
                failed(ApiFailure::Kind::Token, ApiTransport::tr("There is no token source for this call.")));
            return;
        }
        const QPointer<Exchange> self(this);
        source->accessToken(m_request.scopes, [self](const AccessTokenSource::Outcome &outcome) {
            if (!self || self->m_finished || self->m_cancelling)
                return;
            if (outcome.token.isEmpty()) {
                ApiResponse response = self->failed(ApiFailure::Kind::Token, {});
                if (outcome.failure.isFailure())
                    response.failure = outcome.failure;
                else
                    response.failure.detail = ApiTransport::tr("No vendor token could be obtained.");
                self->finish(response);
                return;
            }
            self->m_token = outcome.token;
            self->sendAttempt();
        });
    }

    void sendAttempt()
    {
        ++m_attempt;
        QNetworkRequest request(m_request.url);
        // A redirect would carry the bearer token to wherever it points; the caller decides instead.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (m_request.timeoutMs > 0)
            request.setTransferTimeout(m_request.timeoutMs);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!hasHeader(m_request.headers, "Accept"))
            request.setRawHeader("Accept", "application/json");
        if (!m_request.body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                m_request.contentType.isEmpty() ? QByteArrayLiteral("application/json")
                                                : m_request.contentType);
        }
        if (!m_transport->m_language.isEmpty() && !hasHeader(m_request.headers, "Accept-Language"))
            request.setRawHeader("Accept-Language", m_transport->m_language.toLatin1());
        for (const auto &[name, value] : std::as_const(m_request.headers))
            request.setRawHeader(name, value);

        m_sslErrors.clear();
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_elapsed.start();
        QNetworkReply *reply = nullptr;
        if (m_request.isIdempotent()) {
            // Without a body, no device: otherwise Qt sends (and the log shows) "Content-Length: 0" on a GET.
            reply = m_request.body.isEmpty()
                ? m_transport->m_network->sendCustomRequest(request, m_request.method)
                : m_transport->m_network->sendCustomRequest(request, m_request.method, m_request.body);
        } else {
            // Writes go on a body Qt cannot rewind, so Qt never sends them a second time by itself when a
            // connection closes before the answer (it would, POST included); the answer counts as lost.
            auto *body = new OneShotBody(m_request.body);
            reply = m_transport->m_network->sendCustomRequest(request, m_request.method, body);
            body->setParent(reply);
        }
        m_reply = reply;
        m_bounded = new BoundedReply(reply, BoundedReply::Limits{m_request.maxBodyBytes, 0});
#if QT_CONFIG(ssl)
        // Never ignored: a certificate problem with Altinn or Maskinporten ends the call (Kind::Tls).
        connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_sslErrors << error.errorString();
        });
#endif
        connect(m_bounded, &BoundedReply::finished, this,
            [this, bounded = m_bounded] { onReplyFinished(bounded); });
    }

    void onReplyFinished(BoundedReply *bounded)
    {
        QNetworkReply *reply = bounded->reply();
        m_reply = nullptr;
        m_bounded = nullptr;
        reply->deleteLater(); // and with it `bounded`

        ApiResponse response;
        response.url = m_request.url;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = bounded->takeBody();
        response.headers = reply->rawHeaderPairs();
        response.durationMs = m_elapsed.elapsed();
        const QNetworkReply::NetworkError error = reply->error();
        // An answer whose body broke off (connection closed, transfer timeout) is no answer either.
        const bool complete = response.status != 0 && !isNetworkLayerError(error);
        QString outcome;
        if (bounded->stop() == BoundedReply::Stop::TooLarge) {
            response.body.clear();
            response.failure = ApiFailure::of(ApiFailure::Kind::InvalidResponse,
                ApiTransport::tr("The answer is larger than %1 MiB, so it was not read.")
                    .arg(QLocale().toString(
                        static_cast<double>(m_request.maxBodyBytes) / (1024.0 * 1024.0), 'g', 3)));
            response.failure.answerLost = !m_request.isIdempotent();
            outcome = u"answer too large"_s;
        } else if (bounded->stop() == BoundedReply::Stop::DeadlinePassed) {
            response.failure = deadlineFailure(true);
            outcome = u"deadline passed"_s;
        } else if (!complete) {
            // Our own cancel disconnects before aborting, so an abort seen here is the transfer timeout.
            if (error == QNetworkReply::OperationCanceledError) {
                response.failure = ApiFailure::of(ApiFailure::Kind::TimedOut,
                    ApiTransport::tr("No answer within %1 seconds.")
                        .arg(QLocale().toString(m_request.timeoutMs / 1000.0, 'g', 3)));
                outcome = u"timed out"_s;
            } else if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
                QStringList details = m_sslErrors;
                details.prepend(reply->errorString());
                details.removeDuplicates();
                response.failure = ApiFailure::of(ApiFailure::Kind::Tls, details.join(u"; "_s));
                outcome = u"TLS error: "_s + response.failure.detail;
            } else if (error == QNetworkReply::ContentReSendError) {
                // Qt wanted to send the write again (OneShotBody refused); its own text is "Unknown error".
                response.failure = ApiFailure::of(ApiFailure::Kind::Network,
                    ApiTransport::tr("The connection closed before the answer came. The request was not sent "
                                     "again: the server may already have carried it out."));
                outcome = u"network error: connection closed before the answer"_s;
            } else {
                response.failure = ApiFailure::of(ApiFailure::Kind::Network, reply->errorString());
                outcome = u"network error: "_s + reply->errorString();
            }
            if (response.failure.kind != ApiFailure::Kind::Tls)
                response.failure.answerLost = !m_request.isIdempotent() && !certainlyNotSent(error);
        }
        if (response.failure.isFailure())
            response.body.clear(); // a part of an answer is not an answer
        record(*reply, response, outcome);
        qCDebug(lcTransport).noquote()
            << m_request.method << Redaction::url(m_request.url).toString() << "->" << response.status
            << outcome << response.durationMs << "ms, attempt" << m_attempt;

        const RetryPolicy policy = m_transport->m_retryPolicy;
        if (response.answered()) {
            AccessTokenSource *source = m_transport->m_tokenSource;
            if (response.status == 401 && source && !m_token.isEmpty() && !m_retriedUnauthorized) {
                // Rejected before it was processed, so even a POST may go again — once, with a new token.
                m_retriedUnauthorized = true;
                m_token.clear();
                source->invalidate(m_request.scopes);
                obtainToken();
                return;
            }
            if (m_request.isIdempotent() && policy.shouldRetry(response.status, m_attempt)
                && retryLater(policy.delayMs(m_attempt, response.header("Retry-After")))) {
                return;
            }
        } else if (response.failure.kind == ApiFailure::Kind::Network && m_request.isIdempotent()
            && isRetryableNetworkError(error) && policy.shouldRetry(0, m_attempt)
            && retryLater(policy.delayMs(m_attempt, {}))) {
            return;
        }
        finish(response);
    }

    /// Waits @p delayMs (≥ 0, capped by the policy) before the next attempt, unless that would pass the
    /// deadline: then the answer in hand is the better result.
    bool retryLater(int delayMs)
    {
        if (m_request.deadlineMs > 0 && m_callElapsed.elapsed() + delayMs >= m_request.deadlineMs)
            return false;
        m_retryTimer.start(delayMs);
        return true;
    }

    ApiFailure deadlineFailure(bool requestUnderWay) const
    {
        ApiFailure failure = ApiFailure::of(ApiFailure::Kind::TimedOut,
            ApiTransport::tr("No complete answer within %1 seconds, the time allowed for the whole call.")
                .arg(QLocale().toString(m_request.deadlineMs / 1000.0, 'g', 3)));
        // Cut off while the request was under way: a write may have been carried out.
        failure.answerLost = !m_request.isIdempotent() && requestUnderWay;
        return failure;
    }

    void deadlinePassed()
    {
        if (m_finished || m_cancelling)
            return;
        if (BoundedReply *bounded = m_bounded) {
            bounded->stopWith(BoundedReply::Stop::DeadlinePassed); // onReplyFinished() ends the call
            return;
        }
        // Waiting for the token (or, in theory, to retry): nothing of this call is on the wire.
        ApiResponse response;
        response.url = m_request.url;
        response.failure = deadlineFailure(false);
        finish(response);
    }

    void cancel()
    {
        if (m_finished || m_cancelling)
            return;
        m_cancelling = true;
        m_retryTimer.stop();
        m_deadline.stop();
        // A write cancelled while under way may have been carried out all the same.
        const bool answerLost = !m_request.isIdempotent() && m_reply;
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            if (BoundedReply *bounded = std::exchange(m_bounded, nullptr))
                disconnect(bounded, nullptr, this, nullptr);
            disconnect(reply, nullptr, this, nullptr);
            ApiResponse aborted;
            aborted.durationMs = m_elapsed.elapsed();
            record(*reply, aborted, u"cancelled"_s);
            reply->abort();
            reply->deleteLater();
        }
        // Later, not inside cancel(): the caller may be in the middle of something.
        QMetaObject::invokeMethod(
            this,
            [this, answerLost] {
                ApiResponse response =
                    failed(ApiFailure::Kind::Cancelled, ApiTransport::tr("The call was cancelled."));
                response.failure.answerLost = answerLost;
                finish(response);
            },
            Qt::QueuedConnection);
    }

    ApiResponse failed(ApiFailure::Kind kind, const QString &detail) const
    {
        ApiResponse response;
        response.url = m_request.url;
        response.failure = ApiFailure::of(kind, detail);
        return response;
    }

    void record(const QNetworkReply &reply, const ApiResponse &response, const QString &outcome) const
    {
        ActivityLog *log = m_transport->m_activityLog;
        if (!log)
            return;
        ActivityEntry entry =
            ActivityEntry::fromReply(m_request.method, reply, m_request.body, response.body);
        entry.startedAt = m_startedAt;
        entry.environment = m_transport->m_environment.id();
        entry.durationMs = response.durationMs;
        entry.attempt = m_attempt;
        entry.outcome = outcome;
        log->record(entry);
    }

    void finish(ApiResponse response)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_retryTimer.stop();
        m_deadline.stop();
        response.attempts = m_attempt;
        if (response.failure.isFailure()) {
            response.failure.attempts = m_attempt;
            response.failure.server = ApiFailure::serverOf(m_transport->m_environment);
        }

        // The callback may delete the transport (and with it this exchange): touch nothing after it.
        const Callback done = std::move(m_done);
        const QPointer<ApiOperation> operation = m_ownsOperation ? m_operation : nullptr;
        const QPointer<Exchange> self(this);
        done(response);
        if (operation)
            operation->finish();
        if (self)
            deleteLater();
    }

    ApiTransport *m_transport;
    ApiRequest m_request;
    Callback m_done;
    QPointer<ApiOperation> m_operation;
    bool m_ownsOperation;
    QByteArray m_token;
    QPointer<QNetworkReply> m_reply;
    QPointer<BoundedReply> m_bounded; ///< watches m_reply: body limit and the deadline's abort
    QTimer m_retryTimer;
    QTimer m_deadline; ///< ApiRequest::deadlineMs, from start() to the callback
    QElapsedTimer m_callElapsed;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;
    QStringList m_sslErrors;
    int m_attempt = 0;
    bool m_retriedUnauthorized = false;
    bool m_cancelling = false;
    bool m_finished = false;
};

ApiTransport::ApiTransport(QNetworkAccessManager *network, Environment environment, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
{ }

ApiTransport *ApiTransport::twin(QNetworkAccessManager *network, QObject *parent) const
{
    auto *copy = new ApiTransport(network, m_environment, parent);
    copy->setTokenSource(m_tokenSource);
    copy->setActivityLog(m_activityLog);
    copy->setRetryPolicy(m_retryPolicy);
    copy->setLanguage(m_language);
    return copy;
}

ApiOperation *ApiTransport::send(const ApiRequest &request, Callback done, ApiOperation *operation)
{
    const bool ownsOperation = operation == nullptr;
    if (ownsOperation)
        operation = new ApiOperation(this);
    auto *exchange = new Exchange(this, request, std::move(done), operation, ownsOperation);
    // Started from the event loop, so the callback never runs inside send().
    QMetaObject::invokeMethod(
        exchange, [exchange] { exchange->start(); }, Qt::QueuedConnection);
    return operation;
}

} // namespace Altinn
