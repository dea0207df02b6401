#include "wizard/TokenCustomerLoader.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemUserClient.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
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

bool TokenCustomerLoader::hasCustomersOf(const QString &systemId) const
{
    return systemId == m_listedSystemId && !m_systemUsers.isEmpty();
}

void TokenCustomerLoader::forget()
{
    if (m_listing)
        m_listing->cancel();
    m_systemUsers.clear();
    m_listedSystemId.clear();
    m_names.clear();
    m_picker->status()->clear();
    show();
}

void TokenCustomerLoader::reload(const QString &system)
{
    if (m_listing)
        m_listing->cancel();
    m_systemId = system;
    VendorSession *session = m_context->session();
    OperationStatus *status = m_picker->status();
    if (system.isEmpty() || !session) {
        m_picker->setLoading(false);
        m_systemUsers.clear();
        m_listedSystemId = system;
        show();
        if (!session)
            status->showError(m_context->hasProfile()
                    ? tr("The sandbox has not started yet. Wait a moment and try again.")
                    : tr("Choose or create a profile on the first page."),
                [this, system] { reload(system); });
        return;
    }
    status->showBusy(tr("Looking up the customers that have a system user for %1…").arg(system), [this] {
        if (m_listing)
            m_listing->cancel();
    });
    m_picker->setLoading(true);
    const QPointer<TokenCustomerLoader> self(this);
    m_listing = session->systemUsers()->listBySystem(
        system, [self, system, status](const Altinn::ApiResult<QList<Altinn::SystemUser>> &result) {
            if (!self)
                return;
            self->m_picker->setLoading(false);
            if (!result.ok()) {
                if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                    status->showInformation(tr("Stopped looking up the customers."));
                    return;
                }
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("looking up the customers"));
                status->showError(explanation.summary + u'\n' + explanation.remedy, [self, system] {
                    if (self)
                        self->reload(system);
                });
                return;
            }
            status->clear();
            self->m_systemUsers = *result.value;
            self->m_listedSystemId = system;
            self->show();
            self->lookUpSandboxNames();
        });
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
            for (const Altinn::SystemUser &systemUser : std::as_const(self->m_systemUsers)) {
                for (const Altinn::Organisation &organisation : *result.value) {
                    if (organisation.orgNo == systemUser.reporteeOrgNo && !organisation.name.isEmpty()) {
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
    for (const Altinn::SystemUser &systemUser : std::as_const(m_systemUsers)) {
        QString name = m_state->organisationNames().value(systemUser.reporteeOrgNo);
        if (name.isEmpty())
            name = m_names.value(systemUser.reporteeOrgNo);
        customers.append({systemUser.reporteeOrgNo, name, systemUser.externalRef,
            systemUser.userType.compare(u"agent"_s, Qt::CaseInsensitive) == 0});
    }
    updateHint(m_systemId);
    m_picker->setCustomers(customers);
}

void TokenCustomerLoader::updateHint(const QString &systemId)
{
    m_systemId = systemId;
    if (m_listedSystemId.isEmpty() && systemId.isEmpty())
        m_picker->setHint(TokenCustomerPicker::Hint::PublishFirst);
    else if (m_systemUsers.isEmpty() && !m_listedSystemId.isEmpty() && !m_picker->status()->isBusy())
        m_picker->setHint(TokenCustomerPicker::Hint::AskCustomer, m_listedSystemId);
    else
        m_picker->setHint(TokenCustomerPicker::Hint::None);
}
