#include "auth/MaskinportenTokenClient.h"

#include "model/JsonObjectReader.h"
#include "net/ActivityLog.h"
#include "net/RetryPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

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
    const auto deliver = [this, cacheKey](const Result &result) {
        const QList<Callback> waiters = m_waiting.take(cacheKey);
        for (const Callback &waiter : waiters)
            waiter(result);
    };

    const QByteArray grant = MaskinportenGrant::sign(request, identity, QDateTime::currentDateTimeUtc());
    if (grant.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [deliver] {
                deliver(Result{std::nullopt, std::nullopt, tr("The key could not sign the request."), false});
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
    QNetworkReply *reply = m_network->post(httpRequest, formBody);

    connect(reply, &QNetworkReply::finished, this, [this, reply, deliver, cacheKey, formBody, elapsed] {
        reply->deleteLater();
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
        if (const QDateTime serverTime = Altinn::RetryPolicy::parseHttpDate(reply->rawHeader("Date"));
            serverTime.isValid())
            m_clockSkewSeconds = receivedAt.secsTo(serverTime);

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        // Transfer timeouts report OperationCanceledError like an abort; nothing else aborts these.
        const bool timedOut = status == 0 && reply->error() == QNetworkReply::OperationCanceledError;
        if (m_activityLog) {
            // The log redacts the grant (assertion=) and the access token in the answer.
            Altinn::ActivityEntry entry = Altinn::ActivityEntry::fromReply("POST", *reply, formBody, body);
            entry.durationMs = elapsed.elapsed();
            if (status == 0)
                entry.outcome = timedOut ? u"timed out"_s : u"network error: "_s + reply->errorString();
            m_activityLog->record(entry);
        }
        if (status == 0) {
            deliver(Result{std::nullopt, std::nullopt,
                timedOut ? tr("Maskinporten did not answer in time.") : reply->errorString(), timedOut});
            return;
        }
        if (status != 200) {
            deliver(Result{std::nullopt, MaskinportenError::fromHttp(status, body), {}, false});
            return;
        }
        const Altinn::JsonObjectReader reader(QJsonDocument::fromJson(body).object());
        MaskinportenToken token;
        token.accessToken = reader.string(u"access_token").toLatin1();
        token.tokenType = reader.string(u"token_type");
        token.expiresIn = static_cast<qint64>(reader.value(u"expires_in").toDouble());
        token.scope = reader.string(u"scope");
        token.expiresAt = receivedAt.addSecs(token.expiresIn);
        if (token.accessToken.isEmpty() || token.expiresIn <= 0) {
            deliver(Result{std::nullopt, MaskinportenError::fromHttp(status, body),
                tr("Maskinporten's answer did not contain a token."), false});
            return;
        }
        m_cache.insert(cacheKey, token);
        deliver(Result{token, std::nullopt, {}, false});
    });
}
