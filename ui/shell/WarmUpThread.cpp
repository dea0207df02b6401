#include "shell/WarmUpThread.h"

#include <QThread>

WarmUpThread::WarmUpThread(std::function<void()> work)
    : m_thread(QThread::create(std::move(work)))
{
    m_thread->setObjectName(QStringLiteral("warmUp"));
    m_thread->start();
}

WarmUpThread::~WarmUpThread()
{
    wait();
}

bool WarmUpThread::wait()
{
    return m_thread->wait();
}
