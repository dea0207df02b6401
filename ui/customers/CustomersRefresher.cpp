#include "customers/CustomersRefresher.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/RequestClient.h"
#include "common/OperationStatus.h"
#include "onboarding/LedgerSync.h"
#include "session/VendorSession.h"
#include "workspace/CustomerLedger.h"

CustomersRefresher::CustomersRefresher(OperationStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
{ }

CustomersRefresher::~CustomersRefresher()
{
    // No signals from here: the view that listens may be half destroyed already.
    delete m_sync;
    if (Altinn::ApiOperation *removal = m_removal.data())
        removal->cancel();
}

bool CustomersRefresher::canRefresh() const
{
    return m_ledger && m_session;
}

bool CustomersRefresher::isBusy() const
{
    return (m_sync && m_sync->isBusy()) || m_removal;
}

void CustomersRefresher::setSource(CustomerLedger *ledger, VendorSession *session)
{
    if (ledger == m_ledger && session == m_session)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    dropSync();
    m_ledger = ledger;
    m_session = session;
    // The sync holds the ledger and the session's clients: it must go before they do.
    if (ledger)
        m_sourceConnections.append(connect(ledger, &QObject::destroyed, this, [this] { dropSync(); }));
    if (session) {
        m_sourceConnections.append(connect(session, &QObject::destroyed, this, [this] {
            dropSync();
            Q_EMIT sessionGone();
        }));
    }
}

void CustomersRefresher::dropSync()
{
    const bool wasBusy = isBusy();
    delete std::exchange(m_sync, nullptr);
    if (Altinn::ApiOperation *removal = m_removal.data()) {
        m_removal.clear();
        removal->cancel();
    }
    m_notice.clear();
    if (wasBusy) {
        m_status->clear();
        Q_EMIT busyChanged(false);
    }
}

void CustomersRefresher::refresh()
{
    if (!canRefresh())
        return;
    if (!m_sync) {
        m_sync = new Onboarding::LedgerSync(
            m_ledger, {m_session->requests(), m_session->systemUsers(), m_session->changeRequests()}, this);
        connect(m_sync, &Onboarding::LedgerSync::finished, this,
            [this](const Onboarding::LedgerSync::Outcome &outcome) {
                syncFinished(outcome.ok, outcome.cancelled, outcome.explanation);
            });
    }
    if (m_sync->isBusy()) {
        m_restarting = true;
        m_sync->cancel();
        m_restarting = false;
    }
    m_status->showBusy(tr("Comparing the customers with Altinn…"), [this] { cancel(); });
    m_sync->start();
    Q_EMIT busyChanged(true);
}

void CustomersRefresher::cancel()
{
    if (m_sync && m_sync->isBusy())
        m_sync->cancel();
    if (Altinn::ApiOperation *removal = m_removal.data())
        removal->cancel();
}

void CustomersRefresher::syncFinished(bool ok, bool cancelled, const Altinn::Explanation &explanation)
{
    if (cancelled) {
        if (!m_restarting) {
            m_notice.clear();
            m_status->clear();
            Q_EMIT busyChanged(false);
        }
        return;
    }
    if (!ok) {
        m_notice.clear();
        m_status->showExplanation(explanation, [this] { refresh(); });
    } else if (!m_notice.isEmpty()) {
        m_status->showSuccess(std::exchange(m_notice, {}));
    } else if (m_status->isBusy()) {
        m_status->clear();
    }
    Q_EMIT busyChanged(false);
    Q_EMIT finished(ok);
}

void CustomersRefresher::removeRequest(const QString &requestId, const QString &customer)
{
    if (!canRefresh() || isBusy())
        return;
    m_status->showBusy(tr("Deleting the request to %1…").arg(customer), [this] { cancel(); });
    QPointer<CustomersRefresher> self(this);
    m_removal = m_session->requests()->remove(
        requestId, [self, requestId, customer](const Altinn::ApiResult<Altinn::Done> &result) {
            if (!self)
                return;
            self->m_removal.clear();
            if (result.ok()) {
                // Altinn has the last word on what the customer's state is now.
                self->m_notice = tr("Deleted the request to %1.").arg(customer);
                self->refresh();
                return;
            }
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                self->m_status->clear();
            } else {
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("deleting the request"));
                self->m_status->showExplanation(
                    explanation, [self, requestId, customer] { self->removeRequest(requestId, customer); });
            }
            Q_EMIT self->busyChanged(false);
        });
    Q_EMIT busyChanged(true);
}
