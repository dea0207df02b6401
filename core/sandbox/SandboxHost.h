#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

class SandboxServer;

/**
 * Runs the sandbox in-process on its own thread, so generating its signing key and answering
 * requests never blocks the user interface. Used by the wizard for the Sandbox environment.
 */
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;
    Q_DISABLE_COPY_MOVE(SandboxHost)

    /// Starts the server on 127.0.0.1:@p port (0 = any free port); answers with started() or failed().
    void start(quint16 port = 0, const QString &statePath = {});
    /// Stops the server and its thread (also done by the destructor).
    void stop();

    /// Start on demand: where startWhenNeeded() puts the server. Nothing starts yet.
    void setStartPlace(quint16 port, const QString &statePath);
    /// Starts the server at the place setStartPlace() gave, unless it runs, is starting or failed to start.
    void startWhenNeeded();

    bool isRunning() const { return m_baseUrl.isValid(); }
    /// Started and not answered yet (neither started() nor failed()).
    bool isStarting() const { return m_thread.isRunning() && !m_baseUrl.isValid() && !m_failed; }
    bool hasFailed() const { return m_failed; }
    QUrl baseUrl() const { return m_baseUrl; }

Q_SIGNALS:
    /// start() was called: the server is on its way (started() or failed() follows).
    void starting();
    void started(const QUrl &baseUrl);
    void failed(const QString &reason);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives in m_thread; parent of the server
    QUrl m_baseUrl;
    bool m_failed = false;
    quint16 m_startPort = 0;
    QString m_startStatePath;
};
