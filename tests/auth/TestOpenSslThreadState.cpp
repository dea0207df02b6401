#include "auth/BackgroundKeyGeneration.h"
#include "sandbox/SandboxHost.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <openssl/crypto.h>

#include <atomic>
#include <cstdlib>
#include <pthread.h>
#include <unistd.h>

/*
 * Worker threads that used OpenSSL must free OpenSSL's per-thread state before QThread::wait() returns:
 * OpenSSL's own thread-exit destructor runs only afterwards, and a program that exits then can lose it
 * (auth/OpenSslThreadState.h). To make "afterwards" visible, every OpenSSL allocation is counted, and a
 * thread-exit destructor of this test, registered before OpenSSL's and so run before it, holds each
 * exiting thread that used OpenSSL for a while. Any state left to OpenSSL's destructor is then still
 * counted when wait() has returned.
 */
namespace {

std::atomic<long> liveOpenSslAllocations{0};
pthread_key_t holdAtThreadExit;
int holdMarker = 0;
bool countingInstalled = false;

void holdTheExitingThread(void *)
{
    usleep(400 * 1000);
}

void markThisThread()
{
    if (pthread_getspecific(holdAtThreadExit) == nullptr)
        pthread_setspecific(holdAtThreadExit, &holdMarker);
}

void *countedMalloc(size_t size, const char *, int)
{
    markThisThread();
    void *memory = std::malloc(size);
    if (memory != nullptr)
        ++liveOpenSslAllocations;
    return memory;
}

void *countedRealloc(void *old, size_t size, const char *, int)
{
    markThisThread();
    if (size == 0) {
        if (old != nullptr)
            --liveOpenSslAllocations;
        std::free(old);
        return nullptr;
    }
    void *memory = std::realloc(old, size);
    if (old == nullptr && memory != nullptr)
        ++liveOpenSslAllocations;
    return memory;
}

void countedFree(void *memory, const char *, int)
{
    if (memory != nullptr)
        --liveOpenSslAllocations;
    std::free(memory);
}

/// Lets threads that finished (on the old code: still in their exit destructors) end completely.
void letExitingThreadsEnd()
{
    QTest::qWait(1000);
}

} // namespace

class TestOpenSslThreadState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stoppedSandboxLeavesNoOpenSslThreadState();
    void finishedKeyGenerationLeavesNoOpenSslThreadState();
};

void TestOpenSslThreadState::initTestCase()
{
    QVERIFY2(countingInstalled, "OpenSSL allocated before main(): its allocations cannot be counted");
}

void TestOpenSslThreadState::stoppedSandboxLeavesNoOpenSslThreadState()
{
    {
        // The first run creates OpenSSL's global state (providers, algorithm caches), which stays.
        SandboxHost warmUp;
        QSignalSpy started(&warmUp, &SandboxHost::started);
        warmUp.start();
        QVERIFY(started.wait(30000));
        warmUp.stop();
    }
    letExitingThreadsEnd();
    const long before = liveOpenSslAllocations.load();

    SandboxHost host;
    QSignalSpy started(&host, &SandboxHost::started);
    host.start(); // makes the sandbox's signing key on its thread, using that thread's random generator
    QVERIFY(started.wait(30000));
    host.stop();
    QCOMPARE(liveOpenSslAllocations.load(), before);
}

void TestOpenSslThreadState::finishedKeyGenerationLeavesNoOpenSslThreadState()
{
    BackgroundKeyGeneration generation;
    auto generateOne = [&generation] {
        bool done = false;
        bool made = false;
        generation.generate(2048, [&done, &made](const RsaKey &key) {
            made = !key.isNull();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(made);
        // The finished thread (and the key its function holds) goes with deleteLater.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    generateOne();
    if (QTest::currentTestFailed())
        return;
    letExitingThreadsEnd();
    const long before = liveOpenSslAllocations.load();

    generateOne();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(liveOpenSslAllocations.load(), before);
}

int main(int argc, char *argv[])
{
    // Before anything can use OpenSSL: its destructor key is made on first use, after this one.
    pthread_key_create(&holdAtThreadExit, holdTheExitingThread);
    countingInstalled = CRYPTO_set_mem_functions(countedMalloc, countedRealloc, countedFree) == 1;
    QCoreApplication app(argc, argv);
    TestOpenSslThreadState test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestOpenSslThreadState.moc"
