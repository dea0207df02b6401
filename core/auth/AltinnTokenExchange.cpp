#include "auth/AltinnTokenExchange.h"

#include "net/ActivityLog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

AltinnTokenExchange::AltinnTokenExchange(
    QNetworkAccessManager *network, QUrl platformBaseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_platformBaseUrl(std::move(platformBaseUrl))
{ }

void AltinnTokenExchange::exchange(const QByteArray &maskinportenToken, Callback done, bool test)
{
    QUrl url = m_platformBaseUrl.resolved(QUrl(u"authentication/api/v1/exchange/maskinporten"_s));
    if (test)
        url.setQuery(QUrlQuery{{u"test"_s, u"true"_s}});
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + maskinportenToken);
    request.setTransferTimeout(m_timeoutMs);
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, elapsed] {
        reply->deleteLater();
        Result result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().trimmed();
        if (m_activityLog) {
            // The answer is the bare Altinn JWT: the log's JWT rule redacts it, the header rule the bearer.
            Altinn::ActivityEntry entry = Altinn::ActivityEntry::fromReply("GET", *reply, {}, body);
            entry.durationMs = elapsed.elapsed();
            if (result.httpStatus == 0) {
                entry.outcome = reply->error() == QNetworkReply::OperationCanceledError
                    ? u"timed out"_s
                    : u"network error: "_s + reply->errorString();
            }
            m_activityLog->record(entry);
        }
        if (result.httpStatus == 200 && body.count('.') == 2) {
            result.altinnToken = body;
        } else if (result.httpStatus == 0) {
            result.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            result.error =
                result.timedOut ? tr("Altinn did not answer in time. Try again.") : reply->errorString();
        } else if (result.httpStatus == 401) {
            result.error = tr("Altinn did not accept the Maskinporten token. Get a new token and try again.");
        } else {
            result.error = tr("Altinn could not exchange the token (HTTP %1).").arg(result.httpStatus);
        }
        done(result);
    });
}
