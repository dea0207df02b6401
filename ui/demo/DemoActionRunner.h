#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

/**
 * One thing the guided demo does on a wizard page, as a presenter would: wait until the page is ready
 * (a button enabled, data loaded), act (fill a field, press a button), then wait for the page to show the
 * result. Pages signal completion in many ways, so the runner looks at them a few times a second.
 */
struct DemoAction
{
    std::function<bool()> skip; ///< true: already done (e.g. the key exists); optional
    std::function<bool()> ready; ///< optional: act at once
    std::function<void()> act; ///< optional: only wait
    std::function<bool()> done; ///< optional: done once acted
    std::function<QString()> failure; ///< a message once the action has visibly failed; optional
    int timeoutMs = 60000;
};

/// Runs a step's DemoActions one after the other; finished() once, with a failure message or none.
class DemoActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit DemoActionRunner(QObject *parent = nullptr);

    void run(const QList<DemoAction> &actions);
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    /// @p failure is empty when every action was done.
    void finished(const QString &failure);

private:
    enum class Phase { Start, Waiting, Acted };

    void tick();
    void end(const QString &failure);

    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QList<DemoAction> m_actions;
    qsizetype m_index = 0;
    Phase m_phase = Phase::Start;
};
