#pragma once

#include <QObject>
#include <QPointer>

namespace Altinn {

/**
 * A handle on one client call, which may take several HTTP requests (get → merge → put, following
 * pages). `cancel()` aborts the request in flight; the call's callback then runs once with
 * ApiFailure::Kind::Cancelled. The operation deletes itself after `finished()`.
 */
class ApiOperation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void cancel()
    {
        m_cancelled = true;
        Q_EMIT cancelRequested();
    }
    bool isCancelled() const { return m_cancelled; }

    /// Called by the client when the callback has run.
    void finish()
    {
        Q_EMIT finished();
        deleteLater();
    }

Q_SIGNALS:
    void cancelRequested();
    void finished();

private:
    bool m_cancelled = false;
};

} // namespace Altinn
