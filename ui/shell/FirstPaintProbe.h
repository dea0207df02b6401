#pragma once

// Header only, so bench/BareWizard measures with the same code without linking the ui library.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>

/**
 * For the start-up benchmark (bench/startup.sh): when SYSTEMUSER_FIRST_PAINT_PROBE is set, notes the wall
 * clock when the first widget painted and its frame was flushed, the process's CPU time then, and — after a
 * second of idling — the resident memory, prints them on one line and quits. Does nothing otherwise.
 */
class FirstPaintProbe : public QObject
{
public:
    static void installIfAsked()
    {
        if (qEnvironmentVariableIsSet("SYSTEMUSER_FIRST_PAINT_PROBE"))
            QCoreApplication::instance()->installEventFilter(
                new FirstPaintProbe(QCoreApplication::instance()));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QCoreApplication::instance()->removeEventFilter(this);
            // Posted: delivered after the paint and the backing store's flush that follows it. At high
            // priority, so that work other code queued at the first paint (the wizard's AfterFirstPaint)
            // comes after it.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
        return QObject::eventFilter(watched, event);
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        m_paintedAtNs = qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        m_cpuMs = static_cast<double>(cpu.tv_sec) * 1000.0 + static_cast<double>(cpu.tv_nsec) / 1e6;
        QTimer::singleShot(1000, this, [this] { reportAndQuit(); });
        return true;
    }

private:
    explicit FirstPaintProbe(QObject *parent)
        : QObject(parent)
    { }

    void reportAndQuit()
    {
        long rssKb = 0;
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    rssKb = line.mid(6).trimmed().split(' ').value(0).toLong();
            }
        }
        std::printf("first-paint-ns %lld cpu-ms %.1f idle-rss-kb %ld\n", m_paintedAtNs, m_cpuMs, rssKb);
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    bool m_painted = false;
    qint64 m_paintedAtNs = 0;
    double m_cpuMs = 0;
};
