#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Altinn {
class ActivityLog;
} // namespace Altinn

/**
 * Exchanges a Maskinporten token for an Altinn token (docs/altinn-behaviour.md#token-exchange): GET
 * {platform}/authentication/api/v1/exchange/maskinporten with the Maskinporten token as bearer; the answer
 * is the Altinn JWT as plain text. Only some Altinn APIs need it; the system register and request APIs
 * take the Maskinporten token directly.
 */
class AltinnTokenExchange : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QByteArray altinnToken;
        int httpStatus = 0;
        QString error; ///< empty on success; a sentence for the user otherwise
        bool timedOut = false;

        bool ok() const { return !altinnToken.isEmpty(); }
    };
    using Callback = std::function<void(const Result &)>;

    AltinnTokenExchange(QNetworkAccessManager *network, QUrl platformBaseUrl, QObject *parent = nullptr);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Records every exchange in @p log (both tokens redacted); null = none.
    void setActivityLog(Altinn::ActivityLog *log) { m_activityLog = log; }

    /// @p test adds ?test=true (lets Digdir act as the test org ttd).
    void exchange(const QByteArray &maskinportenToken, Callback done, bool test = false);

private:
    QNetworkAccessManager *m_network;
    QUrl m_platformBaseUrl;
    int m_timeoutMs = 30000;
    Altinn::ActivityLog *m_activityLog = nullptr;
};
