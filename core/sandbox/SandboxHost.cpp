#include "sandbox/SandboxHost.h"

#include "auth/OpenSslThreadState.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Owns the server on the sandbox thread. It is deleted there as the thread finishes, before
/// QThread::wait() returns, so that is where the thread's OpenSSL state goes too.
class SandboxWorker final : public QObject
{
public:
    ~SandboxWorker() override
    {
        const QObjectList owned = children();
        qDeleteAll(owned);
        releaseOpenSslThreadState();
    }
};

} // namespace

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::start(quint16 port, const QString &statePath)
{
    if (m_thread.isRunning())
        return;
    m_failed = false;
    m_worker = new SandboxWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    Q_EMIT starting();

    QObject *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, port, statePath] {
        // Runs on the sandbox thread: the server (and its signing key) is created there.
        auto *server = new SandboxServer(worker);
        QString error;
        if (!statePath.isEmpty() && !server->setStateFile(statePath, &error)) {
            // The file is left as it is (it is not saved over), so the user can repair or move it; the
            // detail is the sandbox's own English.
            const QString reason =
                tr("The sandbox's state file %1 cannot be used (%2). Repair it or move it away to start with "
                   "an empty sandbox.")
                    .arg(QDir::toNativeSeparators(statePath), error);
            QMetaObject::invokeMethod(
                this,
                [this, reason] {
                    m_failed = true;
                    Q_EMIT failed(reason);
                },
                Qt::QueuedConnection);
            return;
        }
        if (!server->listen(port)) {
            const QString reason = tr("Port %1 is in use by another program.").arg(port);
            QMetaObject::invokeMethod(
                this,
                [this, reason] {
                    m_failed = true;
                    Q_EMIT failed(reason);
                },
                Qt::QueuedConnection);
            return;
        }
        const QUrl url = server->baseUrl();
        QMetaObject::invokeMethod(
            this,
            [this, url] {
                m_baseUrl = url;
                Q_EMIT started(url);
            },
            Qt::QueuedConnection);
    });
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_baseUrl.clear();
    m_failed = false;
}

void SandboxHost::setStartPlace(quint16 port, const QString &statePath)
{
    m_startPort = port;
    m_startStatePath = statePath;
}

void SandboxHost::startWhenNeeded()
{
    // Not again after a failure: a port in use or a damaged state file needs the user, not a retry loop.
    if (m_thread.isRunning() || m_failed)
        return;
    start(m_startPort, m_startStatePath);
}
