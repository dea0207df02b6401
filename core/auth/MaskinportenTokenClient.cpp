#include "auth/MaskinportenTokenClient.h"

#include "model/JsonNumber.h"
#include "model/JsonObjectReader.h"
#include "net/ActivityLog.h"
#include "net/BoundedReply.h"
#include "net/OneShotBody.h"
#include "net/RetryPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A failure below HTTP (connection, socket, time-out): Qt's codes 1–99.
bool isNetworkLayerError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ConnectionRefusedError && error <= QNetworkReply::UnknownNetworkError;
}

} // namespace

/// One requestToken() that went to the network: the grant's inputs (each attempt signs anew) and its clock.
struct MaskinportenTokenClient::Run
{
    QByteArray cacheKey;
    GrantRequest request;
    SigningIdentity identity;
    QElapsedTimer elapsed; ///< since the first attempt, for the deadline
    int attempts = 0;
};

MaskinportenTokenClient::MaskinportenTokenClient(
    QNetworkAccessManager *network, QUrl tokenEndpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenEndpoint(std::move(tokenEndpoint))
{ }

void MaskinportenTokenClient::requestToken(
    const GrantRequest &request, const SigningIdentity &identity, Callback done)
{
    const QByteArray cacheKey = request.cacheKey();
    if (const auto cached = m_cache.constFind(cacheKey); cached != m_cache.constEnd()) {
        if (QDateTime::currentDateTimeUtc().addSecs(RefreshMarginSeconds) < cached->expiresAt) {
            MaskinportenToken token = *cached;
            token.fromCache = true;
            // Still asynchronous, so callers behave the same either way.
            QMetaObject::invokeMethod(
                this,
                [done, token] {
                    done(Result{token, std::nullopt, {}, false});
                },
                Qt::QueuedConnection);
            return;
        }
        m_cache.remove(cacheKey);
    }

    // Callers that ask while the same token is on its way wait for that answer: a bulk run that starts
    // sixteen calls at once still asks Maskinporten once.
    if (const auto waiting = m_waiting.find(cacheKey); waiting != m_waiting.end()) {
        waiting->append(std::move(done));
        return;
    }
    m_waiting.insert(cacheKey, {std::move(done)});

    auto run = std::make_shared<Run>();
    run->cacheKey = cacheKey;
    run->request = request;
    run->identity = identity;
    run->elapsed.start();
    sendAttempt(run);
}

void MaskinportenTokenClient::sendAttempt(const std::shared_ptr<Run> &run)
{
    ++run->attempts;
    // Signed for every attempt: a new jti and fresh times. A grant that may have reached Maskinporten is
    // never sent again (it would be refused as reused, MP-012).
    const QByteArray grant =
        MaskinportenGrant::sign(run->request, run->identity, QDateTime::currentDateTimeUtc());
    if (grant.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, run] {
                Result result{std::nullopt, std::nullopt, tr("The key could not sign the request."), false};
                result.attempts = run->attempts;
                deliver(run->cacheKey, result);
            },
            Qt::QueuedConnection);
        return;
    }

    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s);
    form.addQueryItem(u"assertion"_s, QString::fromLatin1(grant));
    QNetworkRequest httpRequest(m_tokenEndpoint);
    httpRequest.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    httpRequest.setRawHeader("Accept", "application/json");
    httpRequest.setTransferTimeout(m_timeoutMs);
    // '+' and '/' never occur in a JWS, but form-encode every field anyway
    // (docs/altinn-behaviour.md#jose-encoding).
    const QByteArray formBody = form.toString(QUrl::FullyEncoded).toLatin1();
    QElapsedTimer elapsed;
    elapsed.start();
    // A body Qt cannot rewind: Qt would otherwise send this very grant again by itself when the connection
    // closes before the answer.
    auto *body = new Altinn::OneShotBody(formBody);
    QNetworkReply *reply = m_network->post(httpRequest, body);
    body->setParent(reply);
    int deadlineMs = 0;
    if (m_deadlineMs > 0)
        deadlineMs = static_cast<int>(std::max<qint64>(1, m_deadlineMs - run->elapsed.elapsed()));
    auto *bounded = new Altinn::BoundedReply(reply, Altinn::BoundedReply::Limits{MaxAnswerBytes, deadlineMs});
    connect(bounded, &Altinn::BoundedReply::finished, this,
        [this, run, bounded, formBody, elapsed] { onAnswer(run, bounded, formBody, elapsed.elapsed()); });
}

void MaskinportenTokenClient::onAnswer(const std::shared_ptr<Run> &run, Altinn::BoundedReply *bounded,
    const QByteArray &formBody, qint64 durationMs)
{
    using Stop = Altinn::BoundedReply::Stop;
    QNetworkReply *reply = bounded->reply();
    reply->deleteLater(); // and with it `bounded`
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    if (const QDateTime serverTime = Altinn::RetryPolicy::parseHttpDate(reply->rawHeader("Date"));
        serverTime.isValid())
        m_clockSkewSeconds = receivedAt.secsTo(serverTime);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = bounded->takeBody();
    const QNetworkReply::NetworkError networkError = reply->error();
    const Stop stop = bounded->stop();
    // Transfer timeouts report OperationCanceledError like an abort; our own stops are told apart above it.
    const bool transferTimedOut = stop == Stop::None && networkError == QNetworkReply::OperationCanceledError;
    const bool answered = stop == Stop::None && status != 0 && !isNetworkLayerError(networkError);
    if (m_activityLog) {
        // The log redacts the grant (assertion=) and the access token in the answer.
        Altinn::ActivityEntry entry = Altinn::ActivityEntry::fromReply("POST", *reply, formBody, body);
        entry.durationMs = durationMs;
        entry.attempt = run->attempts;
        if (stop == Stop::TooLarge)
            entry.outcome = u"answer too large"_s;
        else if (stop == Stop::DeadlinePassed)
            entry.outcome = u"deadline passed"_s;
        else if (!answered)
            entry.outcome = transferTimedOut ? u"timed out"_s : u"network error: "_s + reply->errorString();
        m_activityLog->record(entry);
    }

    Result result;
    result.attempts = run->attempts;
    if (stop == Stop::TooLarge) {
        result.networkError = tr("Maskinporten's answer was larger than %1 KiB, so it was not read.")
                                  .arg(MaxAnswerBytes / 1024);
        deliver(run->cacheKey, result);
        return;
    }
    if (stop == Stop::DeadlinePassed) {
        // The time for the whole request is used up: no second attempt.
        result.timedOut = true;
        result.networkError = tr("Maskinporten did not answer in time.");
        deliver(run->cacheKey, result);
        return;
    }
    if (!answered) {
        const bool tlsFailure = networkError == QNetworkReply::SslHandshakeFailedError;
        // No answer, or one that broke off: passing trouble on the way, except a certificate that does not
        // check out, which another try will not change.
        if (!tlsFailure && retryLater(run, m_retryWaitMs))
            return;
        result.timedOut = transferTimedOut;
        if (transferTimedOut)
            result.networkError = tr("Maskinporten did not answer in time.");
        else if (networkError == QNetworkReply::ContentReSendError)
            result.networkError = tr("The connection to Maskinporten closed before the answer came.");
        else
            result.networkError = reply->errorString();
        deliver(run->cacheKey, result);
        return;
    }
    if (status != 200) {
        MaskinportenError error = MaskinportenError::fromHttp(status, body);
        if (error.isTransient()) {
            const std::optional<qint64> askedMs =
                Altinn::RetryPolicy::retryAfterMs(reply->rawHeader("Retry-After"), receivedAt);
            if (askedMs)
                error.retryAfterSeconds = (*askedMs + 999) / 1000;
            if (retryLater(run, askedMs.value_or(m_retryWaitMs)))
                return;
        }
        result.error = error;
        deliver(run->cacheKey, result);
        return;
    }

    const Altinn::JsonObjectReader reader(QJsonDocument::fromJson(body).object());
    MaskinportenToken token;
    token.accessToken = reader.string(u"access_token").toLatin1();
    token.tokenType = reader.string(u"token_type");
    token.scope = reader.string(u"scope");
    if (token.accessToken.isEmpty()) {
        result.error = MaskinportenError::fromHttp(status, body);
        result.networkError = tr("Maskinporten's answer did not contain a token.");
        deliver(run->cacheKey, result);
        return;
    }
    // expires_in only decides how long the token is reused here (docs/altinn-behaviour.md#token-caching).
    // A huge value counts as a day. Zero, negative, missing or not a number: the lifetime is unknown, so the
    // token goes to the callers waiting for it but is not kept — the next call asks again.
    token.expiresIn =
        Altinn::JsonNumber::saturated(reader.value(u"expires_in"), 0, MaxLifetimeSeconds).value_or(0);
    token.expiresAt = receivedAt.addSecs(token.expiresIn);
    if (token.expiresIn > 0)
        m_cache.insert(run->cacheKey, token);
    result.token = token;
    deliver(run->cacheKey, result);
}

bool MaskinportenTokenClient::retryLater(const std::shared_ptr<Run> &run, qint64 waitMs)
{
    if (run->attempts > 1 || waitMs > MaxAutomaticRetryWaitMs)
        return false;
    // The retry needs time of its own after the wait; without it, the failure in hand is the better answer.
    if (m_deadlineMs > 0 && run->elapsed.elapsed() + waitMs >= m_deadlineMs)
        return false;
    QTimer::singleShot(
        std::chrono::milliseconds(std::max<qint64>(waitMs, 0)), this, [this, run] { sendAttempt(run); });
    return true;
}

void MaskinportenTokenClient::deliver(const QByteArray &cacheKey, Result result)
{
    const QList<Callback> waiters = m_waiting.take(cacheKey);
    for (const Callback &waiter : waiters)
        waiter(result);
}
