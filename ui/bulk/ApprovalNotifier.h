#pragma once

#include "workspace/CustomerRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CustomerLedger;
class QMainWindow;
class QSystemTrayIcon;
class WizardContext;

/**
 * Tells the person when customers approve (or reject) while the app runs, without a message per
 * customer: changes the ledger records — from the StatusFollower, a sync or a bulk send — are collected
 * for CollectMs, then summarised once ("12 customers approved since 09:00"). A desktop notification when
 * the window is not active and a system tray exists; otherwise a status-bar message.
 */
class ApprovalNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int CollectMs = 10'000;

    ApprovalNotifier(WizardContext *context, QMainWindow *window);

    /// Tests shorten the collecting.
    void setCollectInterval(int ms) { m_timer.setInterval(ms); }
    int pendingApproved() const { return m_approved; }
    int pendingRejected() const { return m_rejected; }
    /// The summary for the changes collected so far (empty when there are none).
    QString summary() const;

Q_SIGNALS:
    /// A summary was shown (@p asNotification: on the desktop, else in the status bar).
    void notified(const QString &text, bool asNotification);

private:
    void follow();
    void look(const QStringList &keys);
    void notify();

    WizardContext *m_context;
    QMainWindow *m_window;
    QPointer<CustomerLedger> m_ledger;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, CustomerState> m_states; ///< each customer's state when last looked at
    QTimer m_timer;
    QDateTime m_since; ///< the first change collected
    int m_approved = 0;
    int m_rejected = 0;
    QSystemTrayIcon *m_tray = nullptr;
};
