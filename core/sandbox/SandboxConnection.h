#pragma once

#include "sandbox/SandboxLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

class QTcpSocket;

/**
 * Watches one connection of the sandbox's HTTP port and enforces SandboxLimits on it, in front of
 * QAbstractHttpServer's own parser: it follows the bytes as they arrive (peek, never read), so it knows when
 * a request starts, when its headers end and how large its body is, and closes the connection with a
 * problem answer when a limit is passed — before QtHttpServer has buffered what it should not.
 *
 * Created by SandboxListener for each accepted socket, as the socket's child. Its handler on the socket's
 * readyRead is connected before the HTTP server's (so it runs first), afterServerAttached() connects one
 * that runs after it.
 */
class SandboxConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, ///< between requests (or none yet): closed after idleTimeoutMs
        ReadingHead, ///< a request has begun: its headers must end within headerTimeoutMs
        ReadingBody, ///< headers complete, the HTTP server reads the body; 408 when it stalls
        Handling, ///< the request is complete; the answer has not been written yet (may be late: faults)
        Closing, ///< answered with a limit's problem or closed; waiting for the socket to go
    };

    SandboxConnection(QTcpSocket *socket, const SandboxLimits &limits);

    /// Connects the handler that must run after QAbstractHttpServer's on readyRead; call once the HTTP
    /// server has taken the socket.
    void afterServerAttached();

    State state() const { return m_state; }
    /// When something last happened on the connection (bytes in, answer out).
    std::chrono::steady_clock::time_point lastActivity() const { return m_lastActivity; }

    /// Closes an idle connection to make room for a new one (keep-alive clients reconnect).
    void closeIdle();
    /// Answers 503 and closes: a connection beyond the cap while no other is idle.
    void refuse(int openConnections);

private:
    using Clock = std::chrono::steady_clock;

    /// Where the end of the headers is looked for: after a line feed, an empty line (CRLF or LF) ends them.
    enum class LineState { Text, LineFeed, LineFeedReturn };

    void beforeServerReads();
    void afterServerRead();
    /// Follows @p bytes (the next ones of the stream) through the idle and header states; returns how many
    /// of them belong to the head or the blank lines before it (the rest are body).
    qsizetype scanHead(QByteArrayView bytes);
    /// The head (request line and headers) is complete: decides on the body.
    void headComplete(QByteArrayView head);
    void bodyProgress(qint64 bytes);
    void answerWritten();
    void timedOut();
    void enter(State state);
    /// The state's time limit ends @p milliseconds from now. The timer is restarted only when it would
    /// fire too late: most state changes of a request cost no timer call.
    void armDeadline(int milliseconds);
    void touch() { m_lastActivity = Clock::now(); }

    /// Takes the connection away from the HTTP server, writes a problem answer with @p status and
    /// "Connection: close", then closes: first the sending side, so the client reads the answer, while
    /// what it still sends is discarded for a short while.
    void answerAndClose(int status, const QString &detail, const QByteArray &extraHeaders = {});
    void discardInput();
    void shutDownSending();

    QTcpSocket *m_socket;
    SandboxLimits m_limits;
    State m_state = State::Idle;
    QTimer m_timer;
    std::optional<Clock::time_point> m_deadline; ///< none while a request is being handled
    Clock::time_point m_timerDue;
    Clock::time_point m_lastActivity;
    /// How many of the bytes waiting in the socket (those QtHttpServer has not consumed) were followed.
    qint64 m_followed = 0;
    QByteArray m_head; ///< the head so far, when it arrives in more than one piece
    LineState m_lineState = LineState::Text;
    qint64 m_headBytes = 0; ///< of the head and the blank lines before it, for maxHeaderBytes
    bool m_chunked = false;
    qint64 m_bodyBytes = 0; ///< raw bytes after the head (chunked bodies only)
    bool m_shutDownWhenWritten = false; ///< a limit's answer is on its way; then the sending side closes
};
