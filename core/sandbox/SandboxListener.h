#pragma once

#include "sandbox/SandboxLimits.h"

#include <QList>
#include <QTcpServer>
#include <QTimer>

class SandboxConnection;

/**
 * The sandbox's listening socket (bound to the HTTP server with QAbstractHttpServer::bind): hands each
 * connection to the server with a SandboxConnection that enforces SandboxLimits, and keeps the number of
 * open connections below the cap, so that many idle clients can neither use up the process's file
 * descriptors nor make the listening socket spin on a failing accept() (docs/sandbox.md#limits).
 */
class SandboxListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit SandboxListener(QObject *parent = nullptr);

    /// Applies to connections accepted from now on.
    void setLimits(const SandboxLimits &limits) { m_limits = limits; }
    const SandboxLimits &limits() const { return m_limits; }
    /// SandboxLimits::maxConnections, but never more than half of the process's file descriptor limit.
    int connectionCap() const;

    /// Connections open now, including those being closed.
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    /// Connections accepted since listening (refused ones included).
    qint64 acceptedConnections() const { return m_accepted; }
    /// Connections refused with 503 because the cap was reached and none was idle.
    qint64 refusedConnections() const { return m_refused; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    int liveConnections() const;
    /// Closes the connection that has been idle longest; false when none is idle.
    bool closeLongestIdle();
    void forget(SandboxConnection *connection);

    SandboxLimits m_limits;
    QList<SandboxConnection *> m_connections;
    qint64 m_accepted = 0;
    qint64 m_refused = 0;
    bool m_pausedAtCap = false;
    QTimer m_retryAccept; ///< after an accept error, which makes QTcpServer stop accepting for good
};
