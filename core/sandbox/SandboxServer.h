#pragma once

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

#include <QAbstractHttpServer>
#include <QString>
#include <QUrl>

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

    /// Listens on 127.0.0.1:@p port (0 = any free port); false when the port cannot be bound.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_context.baseUrl(); }

    SandboxContext &context() { return m_context; }
    const SandboxContext &context() const { return m_context; }

    /// Routes @p request without HTTP (used by the HTTP path too).
    SandboxResponse handle(const SandboxRequest &request) const;

    /// Loads state from @p path when it exists, then saves there atomically after every change.
    bool setStateFile(const QString &path, QString *error = nullptr);
    bool saveState(QString *error = nullptr) const;
    /// Forgets all state (systems, requests, …), the clock offset and injected faults; settings stay.
    void reset();

Q_SIGNALS:
    /// One line per request: method, path, status and duration — never tokens or bodies.
    void requestLogged(const QString &line);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// Writes @p response and logs the request line.
    void respond(QHttpServerResponder &responder, const SandboxRequest &request,
        const SandboxResponse &response, qint64 elapsedMs);

    SandboxContext m_context;
    Router m_router;
    quint16 m_port = 0;
    QString m_statePath;
};
