#pragma once

#include <QDateTime>

/// The sandbox's time: real UTC time plus an offset the control API can advance ("time travel").
class SandboxClock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void advanceDays(int days) { m_offsetSeconds += qint64(days) * 24 * 60 * 60; }
    void advanceSeconds(qint64 seconds) { m_offsetSeconds += seconds; }
    qint64 offsetSeconds() const { return m_offsetSeconds; }
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }

private:
    qint64 m_offsetSeconds = 0;
};
