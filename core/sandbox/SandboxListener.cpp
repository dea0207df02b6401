#include "sandbox/SandboxListener.h"

#include "sandbox/SandboxConnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
Q_LOGGING_CATEGORY(lcListener, "sandbox.listener")

constexpr int AcceptRetryMs = 200;
/// The cap never goes below this, however low the file descriptor limit.
constexpr int MinimumCap = 8;
} // namespace

SandboxListener::SandboxListener(QObject *parent)
    : QTcpServer(parent)
{
    m_retryAccept.setSingleShot(true);
    connect(&m_retryAccept, &QTimer::timeout, this, [this] {
        if (!m_pausedAtCap)
            resumeAccepting();
    });
    // QTcpServer pauses accepting after an error it does not take for temporary, and never resumes.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcListener) << "accepting a connection failed:" << errorString();
        m_retryAccept.start(AcceptRetryMs);
    });
}

int SandboxListener::connectionCap() const
{
    int cap = std::max(1, m_limits.maxConnections);
#ifdef Q_OS_UNIX
    // Qt retries an accept() that fails with EMFILE at once and for ever (100 % of a core, and no
    // connection is served), so the sandbox must stay well below the process's limit: the rest of the
    // process (the wizard, or a test's own clients) needs descriptors too.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const auto half = static_cast<qint64>(limit.rlim_cur / 2);
        cap = static_cast<int>(std::min<qint64>(cap, std::max<qint64>(MinimumCap, half)));
    }
#endif
    return cap;
}

int SandboxListener::liveConnections() const
{
    return static_cast<int>(
        std::count_if(m_connections.cbegin(), m_connections.cend(), [](const SandboxConnection *connection) {
            return connection->state() != SandboxConnection::State::Closing;
        }));
}

bool SandboxListener::closeLongestIdle()
{
    SandboxConnection *longest = nullptr;
    for (SandboxConnection *connection : std::as_const(m_connections)) {
        if (connection->state() == SandboxConnection::State::Idle
            && (!longest || connection->lastActivity() < longest->lastActivity()))
            longest = connection;
    }
    if (!longest)
        return false;
    longest->closeIdle();
    return true;
}

void SandboxListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    // An answer is written in pieces (status line, headers, body); with Nagle's algorithm the last piece of a
    // large body (the resource list) waits for the client's delayed ACK, some 40 ms per request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_accepted;
    auto *connection = new SandboxConnection(socket, m_limits);
    // At the cap an idle keep-alive connection makes room (its client reconnects when it needs to);
    // only when every connection is busy is the new one refused.
    if (liveConnections() >= connectionCap() && !closeLongestIdle()) {
        ++m_refused;
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        connection->refuse(liveConnections());
        // Not accepting leaves further clients waiting in the listen backlog, instead of spinning.
        // Paused after, not before: QTcpServer::nextPendingConnection() would enable accepting again.
        pauseAccepting();
        m_pausedAtCap = true;
        return;
    }
    m_connections.append(connection);
    connect(connection, &QObject::destroyed, this, [this, connection] { forget(connection); });
    // QAbstractHttpServer takes the socket here, synchronously, and connects its readyRead handler.
    addPendingConnection(socket);
    connection->afterServerAttached();
}

void SandboxListener::forget(SandboxConnection *connection)
{
    m_connections.removeOne(connection);
    if (m_pausedAtCap && liveConnections() < connectionCap()) {
        m_pausedAtCap = false;
        resumeAccepting();
    }
}
