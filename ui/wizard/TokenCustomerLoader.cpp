#include "wizard/TokenCustomerLoader.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemUserClient.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/OnboardingState.h"
#include "wizard/TokenCustomerPicker.h"
#include "wizard/WizardContext.h"

using namespace Qt::Literals::StringLiterals;

TokenCustomerLoader::TokenCustomerLoader(
    WizardContext *context, OnboardingState *state, TokenCustomerPicker *picker)
    : QObject(picker)
    , m_context(context)
    , m_state(state)
    , m_picker(picker)
{ }

QList<CustomerRecord> TokenCustomerLoader::liveCustomers() const
{
    QList<CustomerRecord> live;
    const CustomerLedger *ledger = m_context->customers()->ledger();
    if (!ledger || ledger->scope().systemId != m_listedSystemId)
        return live;
    for (const CustomerRecord &customer : ledger->customers()) {
        if (customer.state == CustomerState::Approved || customer.state == CustomerState::ChangePending)
            live.append(customer);
    }
    return live;
}

bool TokenCustomerLoader::hasCustomersOf(const QString &systemId) const
{
    return systemId == m_listedSystemId && !liveCustomers().isEmpty();
}

void TokenCustomerLoader::forget()
{
    delete m_sync;
    m_listedSystemId.clear();
    m_names.clear();
    m_picker->status()->clear();
    show();
}

void TokenCustomerLoader::reload(const QString &system)
{
    delete m_sync;
    m_systemId = system;
    if (!system.isEmpty())
        m_context->setSystemId(system); // the ledger of the system the page tests
    VendorSession *session = m_context->session();
    CustomerLedger *ledger = m_context->customers()->ledger();
    OperationStatus *status = m_picker->status();
    if (system.isEmpty() || !session || !ledger) {
        m_picker->setLoading(false);
        m_listedSystemId = system;
        show();
        if (!session)
            status->showError(m_context->hasProfile()
                    ? tr("The sandbox has not started yet. Wait a moment and try again.")
                    : tr("Choose or create a profile on the first page."),
                [this, system] { reload(system); });
        return;
    }
    m_sync = new Onboarding::LedgerSync(
        ledger, {session->requests(), session->systemUsers(), session->changeRequests()}, this);
    m_sync->setParts(Onboarding::LedgerSync::Part::SystemUsers);
    status->showBusy(tr("Looking up the customers that have a system user for %1…").arg(system), [this] {
        if (m_sync)
            m_sync->cancel();
    });
    m_picker->setLoading(true);
    connect(m_sync, &Onboarding::LedgerSync::finished, this,
        [this, system, status](const Onboarding::LedgerSync::Outcome &outcome) {
            m_sync->deleteLater();
            m_picker->setLoading(false);
            if (outcome.cancelled) {
                status->showInformation(tr("Stopped looking up the customers."));
                return;
            }
            if (!outcome.ok) {
                const Altinn::Explanation &explanation = outcome.explanation;
                status->showError(
                    explanation.summary + u'\n' + explanation.remedy, [this, system] { reload(system); });
                return;
            }
            status->clear();
            m_listedSystemId = system;
            show();
            lookUpSandboxNames();
        });
    m_sync->start();
}

void TokenCustomerLoader::lookUpSandboxNames()
{
    if (m_context->profile().environment != u"sandbox")
        return;
    const QPointer<TokenCustomerLoader> self(this);
    m_context->sandboxOrganisations(
        this, [self](const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
            if (!self || !result.ok())
                return;
            bool found = false;
            for (const CustomerRecord &customer : self->liveCustomers()) {
                for (const Altinn::Organisation &organisation : *result.value) {
                    if (organisation.orgNo == customer.orgNo && !organisation.name.isEmpty()) {
                        self->m_names.insert(organisation.orgNo, organisation.name);
                        self->m_state->rememberOrganisationName(organisation.orgNo, organisation.name);
                        found = true;
                    }
                }
            }
            if (found)
                self->show();
        });
}

void TokenCustomerLoader::show()
{
    QList<TokenCustomerPicker::Customer> customers;
    for (const CustomerRecord &customer : liveCustomers()) {
        QString name = customer.name;
        if (name.isEmpty())
            name = m_state->organisationNames().value(customer.orgNo, m_names.value(customer.orgNo));
        customers.append({customer.orgNo, name, customer.effectiveExternalRef(),
            customer.kind == Altinn::RequestKind::Agent});
    }
    updateHint(m_systemId);
    m_picker->setCustomers(customers);
}

void TokenCustomerLoader::updateHint(const QString &systemId)
{
    m_systemId = systemId;
    if (m_listedSystemId.isEmpty() && systemId.isEmpty())
        m_picker->setHint(TokenCustomerPicker::Hint::PublishFirst);
    else if (liveCustomers().isEmpty() && !m_listedSystemId.isEmpty() && !m_picker->status()->isBusy())
        m_picker->setHint(TokenCustomerPicker::Hint::AskCustomer, m_listedSystemId);
    else
        m_picker->setHint(TokenCustomerPicker::Hint::None);
}
