#include "demo/DemoActionRunner.h"

DemoActionRunner::DemoActionRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &DemoActionRunner::tick);
}

void DemoActionRunner::run(const QList<DemoAction> &actions)
{
    m_actions = actions;
    m_index = 0;
    m_phase = Phase::Start;
    m_timer.start();
    // The first look at once: the page reacts to the presenter's click right away, and a step with
    // nothing left to do ends without a visible delay.
    tick();
}

void DemoActionRunner::cancel()
{
    m_timer.stop();
    m_actions.clear();
}

void DemoActionRunner::end(const QString &failure)
{
    m_timer.stop();
    m_actions.clear();
    Q_EMIT finished(failure);
}

void DemoActionRunner::tick()
{
    if (!m_timer.isActive())
        return;
    // Each pass moves as far as it can: actions whose conditions already hold take no extra tick.
    while (m_index < m_actions.size()) {
        const DemoAction &action = m_actions.at(m_index);
        if (m_phase == Phase::Start) {
            m_elapsed.start();
            if (action.skip && action.skip()) {
                ++m_index;
                continue;
            }
            m_phase = Phase::Waiting;
        }
        if (action.failure) {
            if (const QString message = action.failure(); !message.isEmpty())
                return end(message);
        }
        if (m_elapsed.elapsed() > action.timeoutMs)
            return end(tr("This step took too long. Look at the page for what happened, then try again."));
        if (m_phase == Phase::Waiting) {
            if (action.ready && !action.ready())
                return;
            m_phase = Phase::Acted;
            if (action.act) {
                const std::function<void()> act = action.act; // may run the event loop's queued work
                act();
                if (!m_timer.isActive())
                    return; // cancelled meanwhile
                return; // let the page react before looking again
            }
        }
        if (action.done && !action.done())
            return;
        ++m_index;
        m_phase = Phase::Start;
    }
    end({});
}
