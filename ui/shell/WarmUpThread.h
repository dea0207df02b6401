#pragma once

#include <functional>
#include <memory>

class QThread;

/**
 * Runs a piece of start-up work on a worker thread while the main thread builds the window, for work that
 * the first frame needs, that does not need the main thread and that is thread-safe (the wizard reads the
 * font list this way: docs/performance.md#start-up). Going away waits for the work, so it is safe on every
 * path out of main().
 */
class WarmUpThread
{
public:
    explicit WarmUpThread(std::function<void()> work);
    ~WarmUpThread();
    WarmUpThread(const WarmUpThread &) = delete;
    WarmUpThread &operator=(const WarmUpThread &) = delete;

    /// Waits until the work is done; true when it is.
    bool wait();

private:
    std::unique_ptr<QThread> m_thread;
};
