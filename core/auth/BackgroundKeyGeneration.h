#pragma once

#include "auth/RsaKey.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

/**
 * Makes RSA keys off the UI thread (a 2048-bit key takes about 0.1 s, several times that under the
 * sanitizers) and hands each to its callback on this object's thread. Generation cannot be interrupted:
 * a key nobody wants any more is simply dropped. Destroying this object waits for generations still running,
 * so their threads and keys are freed even when no event loop runs again (a thread left to deleteLater then
 * would never be).
 */
class BackgroundKeyGeneration : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundKeyGeneration(QObject *parent = nullptr);
    ~BackgroundKeyGeneration() override;

    /// Calls @p done with the new key (null when generation failed), unless this object is gone by then.
    void generate(int bits, std::function<void(const RsaKey &key)> done);
    /// Whether a generation is still running.
    bool isBusy() const;

private:
    QList<QPointer<QThread>> m_threads;
};
