#include "bulk/ApprovalNotifier.h"

#include "wizard/CustomerDesk.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QApplication>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

ApprovalNotifier::ApprovalNotifier(WizardContext *context, QMainWindow *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(CollectMs);
    connect(&m_timer, &QTimer::timeout, this, &ApprovalNotifier::notify);
    connect(context->customers(), &CustomerDesk::ledgerChanged, this, &ApprovalNotifier::follow);
    follow();
}

void ApprovalNotifier::follow()
{
    CustomerLedger *ledger = m_context->customers()->ledger();
    if (ledger == m_ledger)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_ledger = ledger;
    // Another ledger is another system's customers: what was collected is not about it.
    m_states.clear();
    m_timer.stop();
    m_approved = m_rejected = 0;
    if (!ledger)
        return;
    for (const CustomerRecord &customer : ledger->customers())
        m_states.insert(customer.key(), customer.state);
    m_connections.append(
        connect(ledger, &CustomerLedger::customerChanged, this, [this](const QString &key) { look({key}); }));
    m_connections.append(connect(ledger, &CustomerLedger::customersChanged, this, &ApprovalNotifier::look));
    m_connections.append(connect(ledger, &CustomerLedger::customerRemoved, this,
        [this](const QString &key) { m_states.remove(key); }));
}

void ApprovalNotifier::look(const QStringList &keys)
{
    if (!m_ledger)
        return;
    for (const QString &key : keys) {
        const auto record = m_ledger->find(key);
        if (!record)
            continue;
        const auto before = m_states.constFind(key);
        const bool known = before != m_states.constEnd();
        const CustomerState previous = known ? *before : record->state;
        m_states.insert(key, record->state);
        // A customer seen for the first time (imported, or found by a sync) did not change while we watched.
        if (!known || previous == record->state)
            continue;
        if (record->state == CustomerState::Approved && previous != CustomerState::ChangePending)
            ++m_approved;
        else if (record->state == CustomerState::Rejected)
            ++m_rejected;
        else
            continue;
        if (!m_timer.isActive()) {
            if (!m_since.isValid())
                m_since = QDateTime::currentDateTime();
            m_timer.start();
        }
    }
}

QString ApprovalNotifier::summary() const
{
    if (m_approved == 0 && m_rejected == 0)
        return {};
    // The default locale follows the UI language (Translator), in the right territory (en_GB, not en_US).
    const QLocale locale;
    const QString since = locale.toString(m_since.time(), QLocale::ShortFormat);
    QStringList parts;
    if (m_approved > 0)
        parts.append(tr("%1 customer(s) approved", nullptr, m_approved).arg(locale.toString(m_approved)));
    if (m_rejected > 0)
        parts.append(tr("%1 customer(s) rejected", nullptr, m_rejected).arg(locale.toString(m_rejected)));
    return tr("%1 since %2").arg(parts.join(tr(" and ")), since);
}

void ApprovalNotifier::notify()
{
    const QString text = summary();
    m_approved = m_rejected = 0;
    m_since = {};
    if (text.isEmpty())
        return;
    const bool desktop = QSystemTrayIcon::isSystemTrayAvailable() && !m_window->isActiveWindow();
    if (desktop) {
        if (!m_tray) {
            QIcon icon = m_window->windowIcon();
            if (icon.isNull())
                icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(tr("System User Wizard"));
            // A click on the message brings the window back, where the customers are.
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Customers answered"), text, QSystemTrayIcon::Information, 10'000);
    } else {
        m_window->statusBar()->showMessage(text, 15'000);
    }
    Q_EMIT notified(text, desktop);
}
