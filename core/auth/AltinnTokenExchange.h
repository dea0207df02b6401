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
 * Exchanges a Maskinporten token — or a person's ID-porten token (docs/id-porten.md) — for an Altinn token
 * (docs/altinn-behaviour.md#token-exchange): GET {platform}/authentication/api/v1/exchange/{provider} with
 * the token as bearer; the answer is the Altinn JWT as plain text. Only some Altinn APIs need it; the system
 * register and request APIs take the Maskinporten token directly.
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

    /// The whole exchange, answer included, however steadily the server trickles.
    static constexpr int DefaultDeadlineMs = 60000;
    /// The answer is one JWT of a few KiB; a larger one is not read.
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;

    AltinnTokenExchange(QNetworkAccessManager *network, QUrl platformBaseUrl, QObject *parent = nullptr);
    /// Transfer timeout: the longest silence while waiting for or reading the answer.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// The longest one exchange() may take; 0 = none.
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    /// Records every exchange in @p log (both tokens redacted); null = none.
    void setActivityLog(Altinn::ActivityLog *log) { m_activityLog = log; }

    /// The token providers Altinn exchanges: the path's last segment.
    static constexpr QStringView Maskinporten = u"maskinporten";
    static constexpr QStringView IdPorten = u"id-porten";

    /// @p test adds ?test=true (lets Digdir act as the test org ttd). @p provider: Maskinporten or IdPorten.
    void exchange(
        const QByteArray &token, Callback done, bool test = false, QStringView provider = Maskinporten);

private:
    QNetworkAccessManager *m_network;
    QUrl m_platformBaseUrl;
    int m_timeoutMs = 30000;
    int m_deadlineMs = DefaultDeadlineMs;
    Altinn::ActivityLog *m_activityLog = nullptr;
};
