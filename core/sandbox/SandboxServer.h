#pragma once

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRateLimit.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QUrl>

class SandboxListener;

/**
 * The built-in sandbox: one HTTP port on 127.0.0.1 serving the Altinn paths, the metadata APIs, the
 * approval pages and the control API (and, later, Maskinporten). Runs in-process in the wizard and
 * stand-alone as systemuser-sandbox.
 */
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    /// Writes a state save that was put off (see setStateFile()).
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:@p port (0 = any free port); false when the port cannot be bound.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// The listening socket and its connection limits (SandboxLimits); null before listen().
    SandboxListener *listener() const { return m_listener; }
    QUrl baseUrl() const { return m_context.baseUrl(); }

    SandboxContext &context() { return m_context; }
    const SandboxContext &context() const { return m_context; }

    /// Routes @p request without HTTP (used by the HTTP path too).
    SandboxResponse handle(const SandboxRequest &request) const;

    /// Loads state from @p path when it exists, then saves there atomically after every change: at once
    /// while the state is small; once it is large (hundreds of requests), at most every ten save
    /// durations, so that a burst of changes does not spend its time rewriting the file. A save put off
    /// is written by a timer, and at the latest when the server is destroyed.
    bool setStateFile(const QString &path, QString *error = nullptr);
    /// Saves now (when a state file is set).
    bool saveState(QString *error = nullptr) const;
    /// Forgets all state (systems, requests, …), the clock offset, injected faults and the rate limit's
    /// window; settings stay.
    void reset();

Q_SIGNALS:
    /// One line per request: method, path, status and duration — never tokens or bodies.
    void requestLogged(const QString &line);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// After a change: saves now, or later when saving has become slow (setStateFile()).
    void saveAfterChange();
    /// Writes @p response and logs the request line.
    void respond(QHttpServerResponder &responder, const SandboxRequest &request,
        const SandboxResponse &response, qint64 elapsedMs);

    SandboxContext m_context;
    Router m_router;
    SandboxRateLimit m_rateLimit;
    QElapsedTimer m_uptime; ///< the rate limit's clock: real time, whatever the sandbox clock says
    quint16 m_port = 0;
    SandboxListener *m_listener = nullptr; ///< child of the server (QAbstractHttpServer::bind)
    QString m_statePath;
    QTimer m_saveTimer; ///< a save put off while changes come faster than saving is quick
    mutable QElapsedTimer m_sinceSave;
    mutable qint64 m_lastSaveMs = 0; ///< how long the last save took
    mutable qint64 m_lastSaveBytes = 0; ///< and how much it wrote
};
