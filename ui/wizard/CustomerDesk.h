#pragma once

#include "workspace/CustomerLedger.h"

#include <QObject>
#include <QPointer>

#include <optional>

class VendorSession;

namespace Onboarding {
class StatusFollower;
}

/**
 * The customers the wizard works on: the ledger of the current profile, environment and system, its
 * one StatusFollower, and the customer selected for pages 5–7 (with what the person wants to do for
 * it). Owned by WizardContext; the ledger and follower are replaced when the session or the system
 * changes (ledgerChanged). Pages read the selected customer from the ledger, never from each other.
 */
class CustomerDesk : public QObject
{
    Q_OBJECT

public:
    /// What the person came to page 5–7 to do for the selected customer.
    enum class Purpose {
        NewCustomer, ///< connect a customer not asked yet (or ask again)
        ChangeRequest, ///< ask a customer with a system user for other rights
        TestToken, ///< try a system user token
    };

    explicit CustomerDesk(QObject *parent = nullptr);
    ~CustomerDesk() override;

    /// Follows @p scope through @p session (null: no ledger). Keeps everything when nothing changed.
    void setScope(VendorSession *session, const CustomerLedger::Scope &scope);
    CustomerLedger::Scope scope() const { return m_scope; }

    /// Null without a profile, a session or a system.
    CustomerLedger *ledger() const { return m_ledger; }
    Onboarding::StatusFollower *follower() const { return m_follower; }
    /// Why the ledger file could not be read, or empty.
    QString loadError() const { return m_loadError; }

    /// The selected customer as the ledger has it now (nullopt when none or not in the ledger).
    std::optional<CustomerRecord> selected() const;
    QString selectedKey() const { return m_selectedKey; }
    Purpose purpose() const { return m_purpose; }
    /// Selects the customer with @p key for @p purpose.
    void select(const QString &key, Purpose purpose);
    /// Selects the customer (@p orgNo, @p externalRef) and has the follower look at it soon: the person
    /// has just sent something for it.
    void selectAndFollow(const QString &orgNo, const QString &externalRef, Purpose purpose);
    /// "Connect a new customer": nothing selected, page 5 starts empty.
    void startNewCustomer();
    /// With nobody selected, selects the customer waiting for the most recent request (to follow it);
    /// does nothing when someone is selected or nobody waits.
    void selectLatestWaitingIfNone();

Q_SIGNALS:
    /// ledger() and follower() were replaced (or are gone).
    void ledgerChanged();
    /// Another customer (or none) was selected, or the purpose changed.
    void selectionChanged();
    /// The selected customer's record changed in the ledger (status followed, note, …).
    void selectedCustomerUpdated();

private:
    QPointer<VendorSession> m_session;
    CustomerLedger::Scope m_scope;
    CustomerLedger *m_ledger = nullptr;
    Onboarding::StatusFollower *m_follower = nullptr;
    QString m_loadError;
    QString m_selectedKey;
    Purpose m_purpose = Purpose::NewCustomer;
};
