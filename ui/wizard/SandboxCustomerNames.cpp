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
    connect(context, &WizardContext::sandboxStateChanged, this, &SandboxCustomerNames::nameCustomers);
    watchLedger();
}

void SandboxCustomerNames::watchLedger()
{
    CustomerLedger *ledger = m_context->customers()->ledger();
    if (ledger != m_ledger) {
        if (m_ledger)
            disconnect(m_ledger, nullptr, this, nullptr);
        m_ledger = ledger;
        m_asked.clear();
        if (ledger)
            connect(ledger, &CustomerLedger::changed, this, &SandboxCustomerNames::nameCustomers);
    }
    nameCustomers();
}

void SandboxCustomerNames::nameCustomers()
{
    if (!m_ledger || m_asking || !m_context->profileUsesSandbox() || !m_context->sandboxBaseUrl().isValid())
        return;
    QSet<QString> nameless;
    for (const CustomerRecord &record : m_ledger->customers()) {
        if (record.name.isEmpty() && !m_asked.contains(record.orgNo))
            nameless.insert(record.orgNo);
    }
    if (nameless.isEmpty())
        return;
    m_asking = true;
    QPointer<SandboxCustomerNames> self(this);
    QPointer<CustomerLedger> ledger = m_ledger;
    m_context->sandboxOrganisations(this, [self, ledger, nameless](const auto &result) {
        if (!self)
            return;
        self->m_asking = false;
        if (!result.ok() || !ledger || ledger != self->m_ledger)
            return; // asked again on the next change, or when the sandbox starts again
        self->m_asked.unite(nameless);
        QHash<QString, QString> names;
        for (const Altinn::Organisation &organisation : *result.value) {
            if (nameless.contains(organisation.orgNo) && !organisation.name.isEmpty())
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
            ledger->upsertAll(named); // changed() asks again: for numbers that came meanwhile
        else
            self->nameCustomers();
    });
}
