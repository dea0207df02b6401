#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class CustomerLedger;
class OperationStatus;
class VendorSession;

namespace Altinn {
class ApiOperation;
struct Explanation;
} // namespace Altinn
namespace Onboarding {
class LedgerSync;
}

/**
 * What the customers view asks of Altinn: a full LedgerSync of the ledger (Refresh), and deleting a
 * request followed by a sync, with progress, the explanation of a failure and "Try again" shown in
 * an OperationStatus strip.
 */
class CustomersRefresher : public QObject
{
    Q_OBJECT

public:
    explicit CustomersRefresher(OperationStatus *status, QObject *parent = nullptr);
    ~CustomersRefresher() override;

    /// Works on @p ledger through @p session (either may be null). Neither is owned.
    void setSource(CustomerLedger *ledger, VendorSession *session);
    bool canRefresh() const;
    bool isBusy() const;

    /// Starts a full sync; one under way is cancelled first.
    void refresh();
    void cancel();
    /// Deletes request @p requestId (of @p customer, for the messages), then syncs.
    void removeRequest(const QString &requestId, const QString &customer);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// A sync ended, not cancelled; @p ok false when it failed (the strip says why).
    void finished(bool ok);
    /// The session went away (the wizard switched profiles): nothing can be asked of it any more.
    void sessionGone();

private:
    void dropSync();
    void syncFinished(bool ok, bool cancelled, const Altinn::Explanation &explanation);

    OperationStatus *m_status;
    QPointer<CustomerLedger> m_ledger;
    QPointer<VendorSession> m_session;
    QList<QMetaObject::Connection> m_sourceConnections;
    Onboarding::LedgerSync *m_sync = nullptr;
    QPointer<Altinn::ApiOperation> m_removal;
    bool m_restarting = false; ///< a cancelled sync is being replaced: its end is not news
    QString m_notice; ///< shown once the sync after a deletion is done
};
