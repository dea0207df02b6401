#include "auth/MaskinportenTokenClient.h"

#include "model/JsonObjectReader.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

/// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    date.setTimeSpec(Qt::UTC);
    return date;
}

} // namespace

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

    const QByteArray grant = MaskinportenGrant::sign(request, identity, QDateTime::currentDateTimeUtc());
    if (grant.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(Result{std::nullopt, std::nullopt, tr("The key could not sign the request."), false});
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
    // '+' and '/' never occur in a JWS, but form-encode every field anyway (§9).
    QNetworkReply *reply = m_network->post(httpRequest, form.toString(QUrl::FullyEncoded).toLatin1());

    connect(reply, &QNetworkReply::finished, this, [this, reply, done, cacheKey] {
        reply->deleteLater();
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
        if (const QDateTime serverTime = parseHttpDate(reply->rawHeader("Date")); serverTime.isValid())
            m_clockSkewSeconds = receivedAt.secsTo(serverTime);

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            // Transfer timeouts report OperationCanceledError like an abort; nothing else aborts these.
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            done(Result{std::nullopt, std::nullopt,
                timedOut ? tr("Maskinporten did not answer in time.") : reply->errorString(), timedOut});
            return;
        }
        if (status != 200) {
            done(Result{std::nullopt, MaskinportenError::fromHttp(status, body), {}, false});
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
            done(Result{std::nullopt, MaskinportenError::fromHttp(status, body),
                tr("Maskinporten's answer did not contain a token."), false});
            return;
        }
        m_cache.insert(cacheKey, token);
        done(Result{token, std::nullopt, {}, false});
    });
}
