#include "auth/AltinnTokenExchange.h"

#include "net/ActivityLog.h"
#include "net/BoundedReply.h"

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

void AltinnTokenExchange::exchange(const QByteArray &token, Callback done, bool test, QStringView provider)
{
    QUrl url = m_platformBaseUrl.resolved(QUrl(u"authentication/api/v1/exchange/"_s + provider.toString()));
    if (test)
        url.setQuery(QUrlQuery{{u"test"_s, u"true"_s}});
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(m_timeoutMs);
    QElapsedTimer elapsed;
    elapsed.start();
    auto *bounded = new Altinn::BoundedReply(
        m_network->get(request), Altinn::BoundedReply::Limits{MaxAnswerBytes, m_deadlineMs});
    const bool person = provider == IdPorten;
    connect(bounded, &Altinn::BoundedReply::finished, this, [this, bounded, done, elapsed, person] {
        using Stop = Altinn::BoundedReply::Stop;
        QNetworkReply *reply = bounded->reply();
        reply->deleteLater(); // and with it `bounded`
        Result result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = bounded->takeBody().trimmed();
        const Stop stop = bounded->stop();
        // A stop of ours, a transfer timeout, or an answer that broke off (Qt's codes 1–99): no answer.
        const QNetworkReply::NetworkError error = reply->error();
        const bool answered = stop == Stop::None && result.httpStatus != 0
            && !(error >= QNetworkReply::ConnectionRefusedError
                && error <= QNetworkReply::UnknownNetworkError);
        const bool timedOut = stop == Stop::DeadlinePassed
            || (stop == Stop::None && error == QNetworkReply::OperationCanceledError);
        if (m_activityLog) {
            // The answer is the bare Altinn JWT: the log's JWT rule redacts it, the header rule the bearer.
            Altinn::ActivityEntry entry = Altinn::ActivityEntry::fromReply("GET", *reply, {}, body);
            entry.durationMs = elapsed.elapsed();
            if (stop == Stop::TooLarge)
                entry.outcome = u"answer too large"_s;
            else if (!answered)
                entry.outcome = timedOut ? u"timed out"_s : u"network error: "_s + reply->errorString();
            m_activityLog->record(entry);
        }
        if (stop == Stop::TooLarge) {
            result.error =
                tr("Altinn's answer was larger than %1 KiB, so it was not read.").arg(MaxAnswerBytes / 1024);
        } else if (!answered) {
            result.timedOut = timedOut;
            result.error = timedOut ? tr("Altinn did not answer in time. Try again.") : reply->errorString();
        } else if (result.httpStatus == 200 && body.count('.') == 2) {
            result.altinnToken = body;
        } else if (result.httpStatus == 401) {
            result.error = person
                ? tr("Altinn did not accept the ID-porten token: it has expired or is not from this "
                     "environment's ID-porten. Log in again.")
                : tr("Altinn did not accept the Maskinporten token. Get a new token and try again.");
        } else {
            result.error = tr("Altinn could not exchange the token (HTTP %1).").arg(result.httpStatus);
        }
        done(result);
    });
}
