#include "auth/BackgroundKeyGeneration.h"

#include "auth/OpenSslThreadState.h"

#include <algorithm>
#include <memory>
#include <utility>

BackgroundKeyGeneration::BackgroundKeyGeneration(QObject *parent)
    : QObject(parent)
{ }

BackgroundKeyGeneration::~BackgroundKeyGeneration()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->disconnect(this);
            thread->wait();
            delete thread.data();
        }
    }
}

void BackgroundKeyGeneration::generate(int bits, std::function<void(const RsaKey &key)> done)
{
    auto generated = std::make_shared<RsaKey>();
    QThread *thread = QThread::create([generated, bits] {
        *generated = RsaKey::generate(bits);
        releaseOpenSslThreadState();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [generated, done = std::move(done)] { done(*generated); });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

bool BackgroundKeyGeneration::isBusy() const
{
    return std::any_of(m_threads.cbegin(), m_threads.cend(),
        [](const QPointer<QThread> &thread) { return thread && thread->isRunning(); });
}
