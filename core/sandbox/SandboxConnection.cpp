#include "sandbox/SandboxConnection.h"

#include "model/ProblemDetails.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

/// How long a connection closed for a limit still discards what the client sends: closing with unread
/// data would reset the connection, and the client could lose the answer.
constexpr int LingerMs = 2000;
/// A chunked body is counted with its chunk framing; this much framing is allowed on top of the limit.
constexpr qint64 ChunkFramingAllowance = qint64(64) * 1024;

/// What QtHttpServer skips between requests.
bool isGap(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

struct HeadFacts
{
    std::optional<quint64> contentLength;
    bool chunked = false;
};

/// The two headers that decide how much body follows, read the way QtHttpServer reads them: the first
/// Content-Length, and "chunked" anywhere in Transfer-Encoding.
HeadFacts readHead(QByteArrayView head)
{
    HeadFacts facts;
    qsizetype lineStart = head.indexOf('\n'); // the request line is skipped
    while (lineStart >= 0 && lineStart + 1 < head.size()) {
        const qsizetype next = head.indexOf('\n', lineStart + 1);
        const QByteArrayView line =
            head.sliced(lineStart + 1, (next < 0 ? head.size() : next) - lineStart - 1);
        lineStart = next;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0 && !facts.contentLength) {
            bool ok = false;
            const quint64 length = value.toULongLong(&ok);
            if (ok)
                facts.contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
            && value.toByteArray().toLower().contains("chunked")) {
            facts.chunked = true;
        }
    }
    return facts;
}

/// A whole HTTP answer with an RFC 9457 problem body; the connection closes after it.
QByteArray problemAnswer(int status, const QString &detail, const QByteArray &extraHeaders)
{
    QJsonObject problem = Altinn::ProblemDetails::aspNetProblem(status);
    problem.insert(u"detail"_s, detail);
    const QByteArray body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    return QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' '
        + Altinn::ProblemDetails::reasonPhrase(status).toLatin1()
        + "\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, const SandboxLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SandboxConnection::timedOut);
    // Connected before QAbstractHttpServer connects its own handler, so this one runs first.
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::beforeServerReads);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::answerWritten);
    touch();
    enter(State::Idle);
}

void SandboxConnection::afterServerAttached()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::afterServerRead);
}

void SandboxConnection::enter(State state)
{
    m_state = state;
    switch (state) {
    case State::Idle:
    case State::ReadingBody:
        armDeadline(m_limits.idleTimeoutMs);
        break;
    case State::ReadingHead:
        armDeadline(m_limits.headerTimeoutMs); // once: a trickle of bytes does not extend it
        break;
    case State::Handling:
        m_deadline.reset(); // the answer may come late on purpose (injected delays)
        break;
    case State::Closing:
        armDeadline(LingerMs);
        break;
    }
}

void SandboxConnection::armDeadline(int milliseconds)
{
    const Clock::time_point now = Clock::now();
    m_deadline = now + std::chrono::milliseconds(milliseconds);
    if (!m_timer.isActive() || m_timerDue > *m_deadline) {
        m_timer.start(milliseconds);
        m_timerDue = *m_deadline;
    }
}

void SandboxConnection::beforeServerReads()
{
    if (m_state == State::Closing)
        return;
    // QtHttpServer reads everything it can on each readyRead (inside a transaction, so bytesAvailable()
    // counts only what it has not consumed); the bytes it left last time were followed already.
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_followed)
        return;
    touch();
    qint64 position = m_followed;
    m_followed = available;
    if (m_state != State::ReadingBody) {
        // Copy no more than a head may be long: what follows a complete head is body.
        const qint64 window =
            std::min(available, position + std::max<qint64>(0, m_limits.maxHeaderBytes - m_headBytes) + 1);
        const QByteArray peeked = m_socket->peek(window);
        position += scanHead(QByteArrayView(peeked).sliced(std::min<qint64>(position, peeked.size())));
        if (m_state != State::ReadingBody)
            return;
    }
    bodyProgress(available - position);
}

qsizetype SandboxConnection::scanHead(QByteArrayView bytes)
{
    qsizetype position = 0;
    if (m_state != State::ReadingHead) { // between requests: QtHttpServer skips blank bytes here
        while (position < bytes.size() && isGap(bytes.at(position)))
            ++position;
        m_headBytes += position;
        if (position == bytes.size()) {
            if (m_headBytes > m_limits.maxHeaderBytes)
                answerAndClose(431, u"Too many blank lines between requests."_s);
            return position;
        }
        m_head.clear();
        m_lineState = LineState::Text;
        enter(State::ReadingHead);
    }
    const qsizetype headStart = position;
    // The end of the headers as QtHttpServer finds it: a line feed, then CRLF or LF.
    qsizetype end = -1;
    while (position < bytes.size() && end < 0) {
        const char c = bytes.at(position);
        switch (m_lineState) {
        case LineState::Text: {
            const qsizetype lineFeed = bytes.indexOf('\n', position);
            position = lineFeed < 0 ? bytes.size() : lineFeed + 1;
            if (lineFeed >= 0)
                m_lineState = LineState::LineFeed;
            break;
        }
        case LineState::LineFeed:
            if (c == '\n') {
                end = position + 1;
            } else if (c == '\r') {
                ++position;
                m_lineState = LineState::LineFeedReturn;
            } else {
                m_lineState = LineState::Text;
            }
            break;
        case LineState::LineFeedReturn:
            if (c == '\n')
                end = position + 1;
            else
                m_lineState = LineState::Text;
            break;
        }
    }
    const qsizetype consumed = end < 0 ? bytes.size() : end;
    m_headBytes += consumed - headStart;
    if (m_headBytes > m_limits.maxHeaderBytes) {
        answerAndClose(431,
            u"The request line and headers are longer than the sandbox takes (%1 bytes)."_s.arg(
                m_limits.maxHeaderBytes));
        return consumed;
    }
    const QByteArrayView piece = bytes.sliced(headStart, consumed - headStart);
    if (end < 0) {
        m_head.append(piece); // the rest comes with a later readyRead
        return consumed;
    }
    if (m_head.isEmpty()) {
        headComplete(piece); // the usual case: the whole head in one piece, nothing copied
    } else {
        m_head.append(piece);
        headComplete(m_head);
    }
    return consumed;
}

void SandboxConnection::headComplete(QByteArrayView head)
{
    const HeadFacts facts = readHead(head);
    m_head.clear();
    if (facts.contentLength && *facts.contentLength > quint64(m_limits.maxBodyBytes)) {
        // Answered now, before QtHttpServer buffers the body in memory.
        answerAndClose(413,
            u"The request body is %1 bytes; the sandbox takes at most %2 bytes."_s.arg(
                QString::number(*facts.contentLength), QString::number(m_limits.maxBodyBytes)));
        return;
    }
    m_chunked = facts.chunked;
    m_bodyBytes = 0;
    // Also without a body: QtHttpServer completes the request in its handler, right after this one.
    enter(State::ReadingBody);
}

void SandboxConnection::bodyProgress(qint64 bytes)
{
    if (bytes <= 0)
        return;
    armDeadline(m_limits.idleTimeoutMs); // a body may take long, but must not stall
    if (!m_chunked)
        return; // QtHttpServer reads exactly Content-Length bytes, checked above
    m_bodyBytes += bytes;
    if (m_bodyBytes > m_limits.maxBodyBytes + ChunkFramingAllowance) {
        answerAndClose(413,
            u"The chunked request body is longer than the sandbox takes (%1 bytes)."_s.arg(
                m_limits.maxBodyBytes));
    }
}

void SandboxConnection::afterServerRead()
{
    if (m_state == State::Closing)
        return;
    if ((m_state == State::ReadingHead || m_state == State::ReadingBody)
        && !m_socket->isTransactionStarted()) {
        // QtHttpServer commits its transaction only once a whole request is parsed (and handed to
        // handleRequest). What is still waiting is the next, pipelined request: followed afresh.
        m_followed = 0;
        m_headBytes = 0;
        enter(State::Handling);
        return;
    }
    m_followed = m_socket->bytesAvailable();
}

void SandboxConnection::answerWritten()
{
    touch();
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_state == State::Handling)
        enter(State::Idle);
    else if (m_state == State::Closing && m_shutDownWhenWritten)
        shutDownSending();
}

void SandboxConnection::timedOut()
{
    if (!m_deadline)
        return;
    const Clock::time_point now = Clock::now();
    if (now < *m_deadline) { // moved on meanwhile: wait for the rest
        const auto rest = std::chrono::ceil<std::chrono::milliseconds>(*m_deadline - now);
        m_timer.start(rest);
        m_timerDue = *m_deadline;
        return;
    }
    m_deadline.reset();
    switch (m_state) {
    case State::Idle:
        closeIdle();
        break;
    case State::ReadingHead:
        answerAndClose(408,
            u"The request headers did not arrive within %1 s; the connection is closed."_s.arg(
                seconds(m_limits.headerTimeoutMs)));
        break;
    case State::ReadingBody:
        answerAndClose(408,
            u"The request body stalled for %1 s; the connection is closed."_s.arg(
                seconds(m_limits.idleTimeoutMs)));
        break;
    case State::Handling:
        break;
    case State::Closing:
        m_socket->abort();
        break;
    }
}

void SandboxConnection::closeIdle()
{
    if (m_state == State::Closing)
        return;
    enter(State::Closing);
    m_socket->disconnectFromHost();
}

void SandboxConnection::refuse(int openConnections)
{
    answerAndClose(503,
        u"The sandbox has %1 connections open, as many as it takes, and none of them is idle; try again "
        u"in a moment."_s.arg(openConnections),
        "Retry-After: 1\r\n");
}

void SandboxConnection::answerAndClose(int status, const QString &detail, const QByteArray &extraHeaders)
{
    if (m_state == State::Closing)
        return;
    enter(State::Closing);
    // From now on QtHttpServer sees nothing more of this connection (slots not yet run for the current
    // readyRead are skipped too), and what arrives is dropped unread.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    discardInput();
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::discardInput);
    m_shutDownWhenWritten = true;
    m_socket->write(problemAnswer(status, detail, extraHeaders));
}

void SandboxConnection::discardInput()
{
    m_socket->skip(m_socket->bytesAvailable());
}

void SandboxConnection::shutDownSending()
{
    m_shutDownWhenWritten = false;
#ifdef Q_OS_UNIX
    // The client gets the answer and then the end of the stream, while this side keeps reading (and
    // dropping) until the client closes or the linger time is over.
    if (m_socket->socketDescriptor() != -1)
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}
