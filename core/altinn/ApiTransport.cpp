#include "altinn/ApiTransport.h"

#include "net/ActivityLog.h"

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
        connect(operation, &ApiOperation::cancelRequested, this, &Exchange::cancel);
    }

    void start()
    {
        if (!m_operation || m_operation->isCancelled())
            finish(failed(ApiFailure::Kind::Cancelled, ApiTransport::tr("The call was cancelled.")));
        else
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
        // Without a body, no device: otherwise Qt sends (and the log shows) "Content-Length: 0" on a GET.
        QNetworkReply *reply = m_request.body.isEmpty()
            ? m_transport->m_network->sendCustomRequest(request, m_request.method)
            : m_transport->m_network->sendCustomRequest(request, m_request.method, m_request.body);
        m_reply = reply;
#if QT_CONFIG(ssl)
        // Never ignored: a certificate problem with Altinn or Maskinporten ends the call (Kind::Tls).
        connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_sslErrors << error.errorString();
        });
#endif
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    }

    void onReplyFinished(QNetworkReply *reply)
    {
        m_reply = nullptr;
        reply->deleteLater();

        ApiResponse response;
        response.url = m_request.url;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        response.durationMs = m_elapsed.elapsed();
        QString outcome;
        if (response.status == 0) {
            const QNetworkReply::NetworkError error = reply->error();
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
            } else {
                response.failure = ApiFailure::of(ApiFailure::Kind::Network, reply->errorString());
                outcome = u"network error: "_s + reply->errorString();
            }
        }
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
            if (m_request.isIdempotent() && policy.shouldRetry(response.status, m_attempt)) {
                m_retryTimer.start(policy.delayMs(m_attempt, response.header("Retry-After")));
                return;
            }
        } else if (response.failure.kind == ApiFailure::Kind::Network && m_request.isIdempotent()
            && isRetryableNetworkError(reply->error()) && policy.shouldRetry(0, m_attempt)) {
            m_retryTimer.start(policy.delayMs(m_attempt, {}));
            return;
        }
        finish(response);
    }

    void cancel()
    {
        if (m_finished || m_cancelling)
            return;
        m_cancelling = true;
        m_retryTimer.stop();
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
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
            [this] {
                finish(failed(ApiFailure::Kind::Cancelled, ApiTransport::tr("The call was cancelled.")));
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
        response.attempts = m_attempt;
        if (response.failure.isFailure())
            response.failure.attempts = m_attempt;

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
    QTimer m_retryTimer;
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
