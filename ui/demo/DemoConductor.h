#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>

class DemoActionRunner;
class DemoNarrationPanel;
class DemoReset;
class DemoSteps;
class OnboardingWizard;
class WizardContext;

/**
 * The guided demo (docs/guided-demo.md): walks the wizard's eight pages on the built-in sandbox with the
 * demo's vendor, system and customer (Onboarding::DemoScenario), one step per page, each done through
 * the page itself (DemoSteps) and narrated in the DemoNarrationPanel. The presenter goes step by step
 * or plays it: after each step's work the demo waits pause() for the audience to read, then goes on.
 * One per main window; start() attaches it to a freshly opened wizard.
 */
class DemoConductor : public QObject
{
    Q_OBJECT

public:
    DemoConductor(WizardContext *context, DemoNarrationPanel *panel, QObject *parent = nullptr);
    ~DemoConductor() override;

    /// Starts a new run in @p wizard from a clean demo state, and does step 1.
    void start(OnboardingWizard *wizard);
    /// Hides the demo's controls; the wizard stays where it is.
    void stop();
    bool isActive() const { return !m_wizard.isNull(); }

    int step() const { return m_step; }
    bool isStepDone(int step) const { return m_done.contains(step); }
    /// A step's work is under way.
    bool isBusy() const;
    bool isPlaying() const { return m_playing; }
    bool hasFailed() const { return m_failed; }
    /// This run's external reference for the customer's system user.
    QString externalRef() const;

    void nextStep();
    void back();
    void setPlaying(bool playing);
    void retry();
    /// Asks whether to clear the built-in sandbox, then resets().
    void requestReset();
    /// Clears the sandbox and the demo's profile, then asks for a new run (restartRequested).
    void reset();

    /// How long Play waits after a step's work before the next (6 s; tests use less).
    void setPause(std::chrono::milliseconds pause) { m_pauseTimer.setInterval(pause); }
    std::chrono::milliseconds pause() const { return m_pauseTimer.intervalAsDuration(); }

Q_SIGNALS:
    /// Step @p step's work ended; @p ok false when it failed.
    void stepFinished(int step, bool ok);
    /// "Reset demo" cleared everything: the window opens the demo afresh.
    void restartRequested();

private:
    void runStep(int step);
    void stepEnded(const QString &failure);
    void followPage(int pageId);
    void showCurrent();
    void updateControls();

    WizardContext *m_context;
    QPointer<DemoNarrationPanel> m_panel; ///< the window's; may go first when the window closes
    DemoActionRunner *m_runner;
    DemoReset *m_reset;
    std::unique_ptr<DemoSteps> m_steps;
    QPointer<OnboardingWizard> m_wizard;
    const QObject *m_wizardObject = nullptr; ///< the same wizard, for its destroyed() signal
    QMetaObject::Connection m_pageConnection;
    QTimer m_pauseTimer;
    int m_step = 1;
    QSet<int> m_done;
    bool m_playing = false;
    bool m_failed = false;
    bool m_resetFailed = false;
};
