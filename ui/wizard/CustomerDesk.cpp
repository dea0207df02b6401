#include "wizard/CustomerDesk.h"

#include "onboarding/StatusFollower.h"
#include "session/VendorSession.h"

#include <algorithm>

CustomerDesk::CustomerDesk(QObject *parent)
    : QObject(parent)
{ }

CustomerDesk::~CustomerDesk() = default;

void CustomerDesk::setScope(VendorSession *session, const CustomerLedger::Scope &scope)
{
    if (session == m_session && scope == m_scope && (m_ledger || !session || !scope.isValid()))
        return;
    const bool sameLedger = scope == m_scope;
    delete m_follower;
    m_follower = nullptr;
    if (!sameLedger || !session) {
        delete m_ledger;
        m_ledger = nullptr;
    }
    m_session = session;
    m_scope = scope;
    m_loadError.clear();
    if (session && scope.isValid()) {
        if (!m_ledger) {
            m_ledger = new CustomerLedger(scope, {}, this);
            // An unreadable file leaves the ledger empty; the next sync fills it from Altinn.
            m_ledger->load(&m_loadError);
            connect(m_ledger, &CustomerLedger::changed, this, [this] {
                if (!m_selectedKey.isEmpty())
                    Q_EMIT selectedCustomerUpdated();
            });
        }
        m_follower = new Onboarding::StatusFollower(
            m_ledger, {session->requests(), session->systemUsers(), session->changeRequests()}, this);
    }
    if (!sameLedger)
        m_selectedKey.clear();
    Q_EMIT ledgerChanged();
    if (!sameLedger)
        Q_EMIT selectionChanged();
}

std::optional<CustomerRecord> CustomerDesk::selected() const
{
    if (!m_ledger || m_selectedKey.isEmpty())
        return std::nullopt;
    return m_ledger->find(m_selectedKey);
}

void CustomerDesk::select(const QString &key, Purpose purpose)
{
    if (key == m_selectedKey && purpose == m_purpose)
        return;
    m_selectedKey = key;
    m_purpose = purpose;
    Q_EMIT selectionChanged();
}

void CustomerDesk::selectLatestWaitingIfNone()
{
    if (!m_ledger || selected())
        return;
    const QList<CustomerRecord> waiting = m_ledger->followed();
    const auto latest = std::max_element(
        waiting.cbegin(), waiting.cend(), [](const CustomerRecord &a, const CustomerRecord &b) {
            return CustomerLedger::waitingSince(a) < CustomerLedger::waitingSince(b);
        });
    if (latest == waiting.cend())
        return;
    select(latest->key(),
        latest->state == CustomerState::ChangePending ? Purpose::ChangeRequest : Purpose::NewCustomer);
}

void CustomerDesk::selectAndFollow(const QString &orgNo, const QString &externalRef, Purpose purpose)
{
    select(CustomerRecord::keyOf(orgNo, externalRef), purpose);
    if (m_follower)
        m_follower->wake();
}

void CustomerDesk::startNewCustomer()
{
    select({}, Purpose::NewCustomer);
}
