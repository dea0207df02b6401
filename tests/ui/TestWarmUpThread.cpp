#include "shell/WarmUpThread.h"

#include <QApplication>
#include <QFontDatabase>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

/// Start-up work on a worker thread (app/wizard/main.cpp reads the font list with it).
class TestWarmUpThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worksOnAnotherThread();
    void goingAwayWaitsForTheWork();
    void fontListReadThereServesTheMainThread();
};

void TestWarmUpThread::worksOnAnotherThread()
{
    std::atomic<QThread *> workedOn{nullptr};
    WarmUpThread warmUp([&workedOn] { workedOn = QThread::currentThread(); });
    QVERIFY(warmUp.wait());
    QVERIFY(workedOn.load() != nullptr);
    QVERIFY(workedOn.load() != QThread::currentThread());
}

void TestWarmUpThread::goingAwayWaitsForTheWork()
{
    // main() may return before the work is done (the window closed at once), and a QThread destroyed while
    // it runs ends the process. (QThread::create's thread waits by itself today; a detached thread would
    // not.)
    std::atomic<bool> done{false};
    {
        WarmUpThread warmUp([&done] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            done = true;
        });
    }
    QVERIFY(done);
}

void TestWarmUpThread::fontListReadThereServesTheMainThread()
{
    std::atomic<qsizetype> found{0};
    WarmUpThread warmUp([&found] { found = QFontDatabase::families().size(); });
    QVERIFY(warmUp.wait());
    QVERIFY(found > 0);
    QCOMPARE(QFontDatabase::families().size(), found.load());
}

QTEST_MAIN(TestWarmUpThread)
#include "TestWarmUpThread.moc"
