#pragma once

#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRateLimit.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

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
    /// Signs Maskinporten's tokens with @p signingKey rather than a key of its own: the tests share one, made
    /// once, instead of making one for every server (tests/sandbox/SandboxHarness.h).
    SandboxServer(RsaKey signingKey, QObject *parent = nullptr);
    /// Writes every change not saved yet (flushState()), so a clean stop loses nothing.
    ~SandboxServer() override;

    /// The longest a change waits before its save starts (docs/sandbox.md#scale).
    static constexpr std::chrono::milliseconds SaveDelay{250};
    /// Another delay than SaveDelay (tests that look at the file before the save).
    void setSaveDelay(std::chrono::milliseconds delay) { m_saveDelay = delay; }

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

    /**
     * Loads state from @p path when it exists and saves it there at once (false, and the file left as it
     * is, when it cannot be read or written). From then on changes are saved off the request path: at most
     * SaveDelay after a change, a snapshot of the state (cheap: the containers are shared until written) is
     * encoded and written atomically on a worker thread; changes made meanwhile go into the next save. So a
     * crash loses at most the last SaveDelay plus one save's duration; the destructor writes the rest.
     */
    bool setStateFile(const QString &path, QString *error = nullptr);
    /// Writes the state now, on this thread, after any save under way (also when nothing changed: for
    /// settings changed directly). True when there is no state file.
    bool saveState(QString *error = nullptr);
    /**
     * The sync point: returns once the file holds every change made so far (waits for a save under way and
     * writes what it did not hold). Cheap when everything is saved. False when a write failed.
     */
    bool flushState(QString *error = nullptr);
    /// A change is not in the state file yet (or no longer: its save failed).
    bool hasUnsavedChanges() const { return m_savedChanges != m_changes; }
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
    /// What a save writes, taken on the server's thread; encoded and written on the writer's.
    struct StateSnapshot
    {
        SandboxState state;
        qint64 clockOffsetSeconds = 0;
        SandboxSettings settings;
        QString path;
        quint64 changes = 0; ///< m_changes when it was taken
    };
    /// A finished background save.
    struct SaveOutcome
    {
        quint64 changes = 0;
        QString failure; ///< empty when written
    };
    StateSnapshot snapshot() const;
    /// Encodes @p snapshot and writes it atomically; an error message, or empty when written.
    static QString writeStateFile(const StateSnapshot &snapshot);
    /// After a change: counts it and makes sure a save follows within SaveDelay.
    void saveAfterChange();
    void scheduleSave();
    /// Hands a snapshot to the writer thread.
    void startSave();
    /// Takes in what the writer finished; schedules the next save when changes came meanwhile.
    void collectSaveOutcome();
    /// Waits until the writer is idle and takes in its outcome.
    void waitForWriter();
    /// Writes @p response and logs the request line.
    void respond(QHttpServerResponder &responder, QTcpSocket *socket, const SandboxRequest &request,
        const SandboxResponse &response, qint64 elapsedMs);

    SandboxContext m_context;
    Router m_router;
    SandboxRateLimit m_rateLimit;
    QElapsedTimer m_uptime; ///< the rate limit's clock: real time, whatever the sandbox clock says
    quint16 m_port = 0;
    SandboxListener *m_listener = nullptr; ///< child of the server (QAbstractHttpServer::bind)
    QString m_statePath;
    std::chrono::milliseconds m_saveDelay = SaveDelay;
    QTimer m_saveTimer; ///< starts the next save m_saveDelay after its first change
    QElapsedTimer m_unsavedSince; ///< since the first change no save has taken yet; invalid when none
    quint64 m_changes = 0; ///< counts changes
    quint64 m_savedChanges = 0; ///< m_changes as of the newest state written
    bool m_writing = false; ///< a save is under way on m_writer
    QMutex m_outcomeMutex;
    std::optional<SaveOutcome> m_outcome; ///< guarded by m_outcomeMutex
    // Last, so it goes first: its thread posts back to this object (the destructor waits for it).
    QThreadPool m_writer;
};
