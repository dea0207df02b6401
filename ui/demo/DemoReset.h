#pragma once

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class WizardContext;

namespace Altinn {
class ApiTransport;
class SandboxControlClient;
} // namespace Altinn

/**
 * Cleans up after the guided demo. Quietly, before each run: the demo profile starts over without key or
 * client, and its drafts and customer ledgers are gone (nothing is sent). "Reset demo": the built-in
 * sandbox is cleared through its control API (it has only a whole reset, so the user confirms that first)
 * and the demo profile is removed with its drafts and ledgers.
 */
class DemoReset : public QObject
{
    Q_OBJECT

public:
    explicit DemoReset(WizardContext *context, QObject *parent = nullptr);

    /// Forgets the demo's local state; @p removeProfile: the profile too, else it is kept empty.
    static void forgetLocalState(WizardContext *context, bool removeProfile);

    /// Clears the sandbox, then the demo's local state; @p done with a translated error, or empty.
    void resetAll(std::function<void(const QString &error)> done);
    bool isRunning() const { return m_running; }

private:
    WizardContext *m_context;
    QNetworkAccessManager *m_network = nullptr;
    Altinn::ApiTransport *m_transport = nullptr;
    Altinn::SandboxControlClient *m_control = nullptr;
    bool m_running = false;
};
