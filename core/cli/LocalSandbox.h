#pragma once

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class SandboxServer;

/**
 * The sandbox `--env sandbox` means: a systemuser-sandbox already running on its default address
 * (found with a quick GET /sandbox/health), else a SandboxServer started in this process for this one
 * command — its state ends with the command.
 */
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    /// systemuser-sandbox's default port.
    static constexpr quint16 DefaultPort = 5210;
    static constexpr int ProbeTimeoutMs = 700;

    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    static QUrl defaultBaseUrl();

    /// Finds or starts the sandbox; @p ready gets its base URL (empty when none could be started).
    void resolve(std::function<void(const QUrl &baseUrl)> ready);
    /// True when resolve() started a sandbox in this process.
    bool isInProcess() const { return m_server != nullptr; }

private:
    void startInProcess(const std::function<void(const QUrl &)> &ready);

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<SandboxServer> m_server;
};
