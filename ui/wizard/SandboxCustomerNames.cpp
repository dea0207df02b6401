#include "wizard/SandboxCustomerNames.h"

#include "altinn/SandboxControlClient.h"
#include "wizard/CustomerDesk.h"
#include "wizard/WizardContext.h"

#include <QHash>

SandboxCustomerNames::SandboxCustomerNames(WizardContext *context)
    : QObject(context)
    , m_context(context)
{
    connect(context->customers(), &CustomerDesk::ledgerChanged, this, &SandboxCustomerNames::watchLedger);
    connect(context, &WizardContext::sandboxStateChanged, this, &SandboxCustomerNames::lookAtAll);
    watchLedger();
}

void SandboxCustomerNames::watchLedger()
{
    CustomerLedger *ledger = m_context->customers()->ledger();
    if (ledger == m_ledger)
        return;
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    m_asked.clear();
    m_toAsk.clear();
    if (ledger) {
        connect(ledger, &CustomerLedger::customerChanged, this,
            [this](const QString &key) { lookAt(QStringList{key}); });
        connect(ledger, &CustomerLedger::customersChanged, this, &SandboxCustomerNames::lookAt);
    }
    lookAtAll();
}

bool SandboxCustomerNames::canAsk() const
{
    return m_ledger && m_context->profileUsesSandbox() && m_context->sandboxBaseUrl().isValid();
}

void SandboxCustomerNames::lookAtAll()
{
    // Not before the sandbox runs (it starts after the first frame): a large ledger is not read at start-up
    // for nothing, and the sandbox's start calls this again.
    if (!canAsk())
        return;
    for (const CustomerRecord &record : m_ledger->customers())
        consider(record);
    ask();
}

void SandboxCustomerNames::lookAt(const QStringList &keys)
{
    if (!canAsk())
        return; // lookAtAll() when the sandbox starts
    for (const QString &key : keys) {
        if (const auto record = m_ledger->find(key))
            consider(*record);
    }
    ask();
}

void SandboxCustomerNames::consider(const CustomerRecord &record)
{
    if (record.name.isEmpty() && !m_asked.contains(record.orgNo))
        m_toAsk.insert(record.orgNo);
}

void SandboxCustomerNames::ask()
{
    if (m_asking || m_toAsk.isEmpty() || !canAsk())
        return;
    const QSet<QString> asking = std::exchange(m_toAsk, {});
    m_asking = true;
    QPointer<SandboxCustomerNames> self(this);
    QPointer<CustomerLedger> ledger = m_ledger;
    m_context->sandboxOrganisations(this, [self, ledger, asking](const auto &result) {
        if (!self)
            return;
        self->m_asking = false;
        if (ledger != self->m_ledger) {
            self->ask(); // the numbers of the ledger opened meanwhile
            return;
        }
        if (!result.ok()) {
            self->m_toAsk.unite(asking); // asked again on the next change, or when the sandbox starts again
            return;
        }
        self->m_asked.unite(asking);
        QHash<QString, QString> names;
        for (const Altinn::Organisation &organisation : *result.value) {
            if (asking.contains(organisation.orgNo) && !organisation.name.isEmpty())
                names.insert(organisation.orgNo, organisation.name);
        }
        QList<CustomerRecord> named;
        for (CustomerRecord record : ledger->customers()) {
            if (record.name.isEmpty() && names.contains(record.orgNo)) {
                record.name = names.value(record.orgNo);
                named.append(record);
            }
        }
        if (!named.isEmpty())
            ledger->upsertAll(named);
        self->ask(); // numbers that came while this answer was on its way
    });
}
