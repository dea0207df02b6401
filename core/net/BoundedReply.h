#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Altinn {

/**
 * Reads a QNetworkReply's answer as it arrives, within two limits, and aborts the reply when one is passed:
 *
 * - a deadline for the whole reply, answer body included. setTransferTimeout() only fires after a
 *   silence, so a server that trickles a byte every few seconds would otherwise keep the call going for as
 *   long as it likes;
 * - a largest answer body, checked against Content-Length as soon as the headers are in and then against
 *   the bytes that arrived (after decompression). The reply's own buffer is kept small and emptied as data
 *   comes, so an oversized answer is never held in memory.
 *
 * finished() follows the reply's finished() once, whether the reply ended by itself or was stopped here.
 * Lives as a child of the reply.
 */
class BoundedReply final : public QObject
{
    Q_OBJECT

public:
    enum class Stop {
        None, ///< the reply ended by itself (answer, network error, transfer timeout)
        DeadlinePassed, ///< aborted here: no complete answer before the deadline
        TooLarge, ///< aborted here: the answer is larger than allowed
    };

    struct Limits
    {
        qint64 maxBodyBytes = 0; ///< 0 = no limit
        int deadlineMs = 0; ///< 0 = none (the caller keeps its own)
    };

    /// Watches @p reply from now on; create it right after the request was sent.
    BoundedReply(QNetworkReply *reply, Limits limits);

    QNetworkReply *reply() const { return m_reply; }
    Stop stop() const { return m_stop; }
    /// The answer body; complete after finished(), empty after a stop.
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    /// Aborts the reply for @p reason unless it has finished; finished() follows at once.
    void stopWith(Stop reason);

Q_SIGNALS:
    void finished();

private:
    void checkDeclaredLength();
    void readArrived();
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    QTimer m_deadline;
    QByteArray m_body;
    Stop m_stop = Stop::None;
    bool m_headRequest = false;
    bool m_finished = false;
};

} // namespace Altinn
