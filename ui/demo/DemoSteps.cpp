#include "demo/DemoSteps.h"

#include "common/OperationStatus.h"
#include "editor/SystemDefinitionEditor.h"
#include "onboarding/DemoScenario.h"
#include "wizard/ApprovalPage.h"
#include "wizard/CustomerDesk.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/MaskinportenKeyPanel.h"
#include "wizard/MaskinportenPage.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProfilePage.h"
#include "wizard/PublishPage.h"
#include "wizard/SandboxRegistrationPanel.h"
#include "wizard/SummaryPage.h"
#include "wizard/SystemDefinitionPage.h"
#include "wizard/TestAuthenticationPage.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using Onboarding::DemoScenario;
using PageId = OnboardingWizard::PageId;

namespace {

/// The enabled, visible button @p name of @p parent, or null.
QAbstractButton *usableButton(const QObject *parent, const QString &name)
{
    auto *button = parent ? parent->findChild<QAbstractButton *>(name) : nullptr;
    return button && button->isEnabled() && button->isVisibleTo(button->window()) ? button : nullptr;
}

} // namespace

DemoSteps::DemoSteps(OnboardingWizard *wizard, WizardContext *context, const QString &externalRef)
    : m_wizard(wizard)
    , m_context(context)
    , m_externalRef(externalRef)
{ }

QList<DemoAction> DemoSteps::actions(int step)
{
    if (!m_wizard)
        return {};
    QList<DemoAction> (DemoSteps::*const steps[])() = {&DemoSteps::profileStep, &DemoSteps::maskinportenStep,
        &DemoSteps::systemStep, &DemoSteps::publishStep, &DemoSteps::requestStep, &DemoSteps::approvalStep,
        &DemoSteps::tokenStep, &DemoSteps::summaryStep};
    if (step < 1 || step > DemoScenario::StepCount)
        return {};
    QList<DemoAction> actions = (this->*steps[step - 1])();
    for (DemoAction &action : actions) {
        if (!action.failure)
            action.failure = [this] {
                return newError();
            };
    }
    return actions;
}

QList<OperationStatus *> DemoSteps::pageStatuses() const
{
    if (!m_wizard || !m_wizard->currentPage())
        return {};
    return m_wizard->currentPage()->findChildren<OperationStatus *>();
}

void DemoSteps::rememberShownErrors()
{
    m_shownErrors.clear();
    for (OperationStatus *status : pageStatuses()) {
        if (status->state() == OperationStatus::State::Failed)
            m_shownErrors.insert(status, status->text());
    }
}

void DemoSteps::clearShownErrors()
{
    for (OperationStatus *status : pageStatuses()) {
        if (status->state() == OperationStatus::State::Failed)
            status->clear();
    }
    m_shownErrors.clear();
}

QString DemoSteps::newError() const
{
    for (OperationStatus *status : pageStatuses()) {
        if (status->state() != OperationStatus::State::Failed || !status->isVisibleTo(m_wizard))
            continue;
        const auto shown = m_shownErrors.constFind(status);
        if (shown == m_shownErrors.cend() || *shown != status->text())
            return status->text();
    }
    return {};
}

DemoAction DemoSteps::goTo(int page)
{
    DemoAction action;
    action.skip = [this, page] {
        return m_wizard->currentId() >= page;
    };
    action.ready = [this, page] {
        return m_wizard->currentId() != page - 1 || m_wizard->currentPage()->isComplete();
    };
    action.act = [this, page] {
        if (m_wizard->currentId() == page - 1)
            m_wizard->next();
        else
            m_wizard->jumpTo(static_cast<PageId>(page));
    };
    action.done = [this, page] {
        return m_wizard->currentId() >= page;
    };
    return action;
}

QList<DemoAction> DemoSteps::profileStep()
{
    DemoAction preset;
    preset.act = [this] {
        m_wizard->startDemo();
    };
    preset.done = [this] {
        return m_wizard->currentId() == static_cast<int>(PageId::Profile)
            && m_wizard->profilePage()->isComplete();
    };
    return {preset};
}

QList<DemoAction> DemoSteps::maskinportenStep()
{
    auto *page = m_wizard->maskinportenPage();
    auto *keyPanel = page->findChild<MaskinportenKeyPanel *>(u"keyPanel"_s);
    auto *registration = page->findChild<SandboxRegistrationPanel *>();
    DemoAction key;
    key.skip = [this] {
        return m_context->profile().hasKey() && !m_context->signingKey().isNull();
    };
    key.ready = [page] {
        return usableButton(page, u"generateKeyButton"_s) != nullptr;
    };
    key.act = [page] {
        // "This run only": the demo's key never reaches the keychain.
        if (auto *runOnly = page->findChild<QCheckBox *>(u"runOnlyCheckBox"_s))
            runOnly->setChecked(true);
        usableButton(page, u"generateKeyButton"_s)->click();
    };
    key.done = [this, keyPanel] {
        return (!keyPanel || !keyPanel->isBusy()) && m_context->profile().hasKey();
    };
    DemoAction client;
    client.skip = [this] {
        return !m_context->profile().clientId.isEmpty();
    };
    client.ready = [registration] {
        return registration && registration->registerButton()->isEnabled() && !registration->isRunning();
    };
    client.act = [registration] {
        registration->registerButton()->click();
    };
    client.done = [this, registration] {
        return !registration->isRunning() && !m_context->profile().clientId.isEmpty();
    };
    return {goTo(static_cast<int>(PageId::MaskinportenClient)), key, client};
}

QList<DemoAction> DemoSteps::systemStep()
{
    DemoAction fill;
    fill.skip = [this] {
        return m_wizard->systemDefinitionPage()->editor()->definition().id == DemoScenario::systemId()
            && m_wizard->systemDefinitionPage()->isComplete();
    };
    fill.act = [this] {
        const Profile profile = m_context->profile();
        SystemDefinitionEditor *editor = m_wizard->systemDefinitionPage()->editor();
        editor->setDefinition(DemoScenario::system(profile.clientId));
        m_context->drafts()->scheduleSystemDefinition(profile.id, editor->definition().toRequestJson());
    };
    fill.done = [this] {
        return m_wizard->systemDefinitionPage()->isComplete();
    };
    return {goTo(static_cast<int>(PageId::SystemDefinition)), fill};
}

QList<DemoAction> DemoSteps::publishStep()
{
    PublishPage *page = m_wizard->publishPage();
    DemoAction publish;
    publish.ready = [page] {
        return page->mode() != PublishPage::Mode::Loading && !page->isBusy();
    };
    publish.act = [page] {
        if (page->mode() != PublishPage::Mode::UpToDate)
            page->publish();
    };
    publish.done = [page] {
        return page->isComplete();
    };
    return {goTo(static_cast<int>(PageId::Publish)), publish};
}

bool DemoSteps::requestSent() const
{
    const auto customer = m_context->customers()->selected();
    return customer && customer->orgNo == DemoScenario::customerOrgNumber()
        && customer->externalRef == m_externalRef && !customer->requestId.isEmpty();
}

QList<DemoAction> DemoSteps::requestStep()
{
    CustomerRequestPage *page = m_wizard->customerRequestPage();
    DemoAction fill;
    fill.skip = [this] {
        return requestSent();
    };
    fill.ready = [page] {
        return page->system().has_value() && !page->isBusy();
    };
    fill.act = [this, page] {
        RequestFormValues values;
        values.orgNo = DemoScenario::customerOrgNumber();
        values.externalRef = m_externalRef;
        values.redirectUrl = DemoScenario::redirectUrl();
        page->form()->setValues(values);
    };
    DemoAction send;
    send.skip = fill.skip;
    send.ready = [this, page] {
        return usableButton(page, u"sendButton"_s) && page->form()->values().externalRef == m_externalRef;
    };
    send.act = [page] {
        usableButton(page, u"sendButton"_s)->click();
    };
    send.done = [this, page] {
        return requestSent() && !page->isBusy();
    };
    return {goTo(static_cast<int>(PageId::CustomerRequest)), fill, send};
}

QList<DemoAction> DemoSteps::approvalStep()
{
    ApprovalPage *page = m_wizard->approvalPage();
    DemoAction approve;
    approve.skip = [page] {
        return page->isComplete();
    };
    approve.ready = [page] {
        const auto *persons = page->findChild<QComboBox *>(u"approverCombo"_s);
        return usableButton(page, u"approveNowButton"_s) && persons && persons->count() > 0;
    };
    // The customer's access manager (the first person), as the approval page in Altinn would have it.
    approve.act = [page] {
        usableButton(page, u"approveNowButton"_s)->click();
    };
    approve.done = [page] {
        return page->isComplete();
    };
    return {goTo(static_cast<int>(PageId::Approval)), approve};
}

QList<DemoAction> DemoSteps::tokenStep()
{
    TestAuthenticationPage *page = m_wizard->testAuthenticationPage();
    const auto tested = [this] {
        const auto test = m_context->onboarding()->tokenTest();
        return test && test->customerOrgNo == DemoScenario::customerOrgNumber()
            && test->externalRef == m_externalRef;
    };
    DemoAction select;
    select.skip = tested;
    select.act = [this, page] {
        page->selectCustomer(DemoScenario::customerOrgNumber(), m_externalRef);
    };
    select.done = [this, page] {
        return page->currentCustomerOrgNo() == DemoScenario::customerOrgNumber()
            && page->currentExternalRef() == m_externalRef;
    };
    DemoAction token;
    token.skip = tested;
    token.ready = [page] {
        return usableButton(page, u"getTokenButton"_s) && !page->isBusy();
    };
    token.act = [page] {
        usableButton(page, u"getTokenButton"_s)->click();
    };
    token.done = [tested, page] {
        return tested() && !page->isBusy();
    };
    token.failure = [this, tested] {
        const auto test = m_context->onboarding()->tokenTest();
        return tested() && !test->ok ? test->failure : newError();
    };
    return {goTo(static_cast<int>(PageId::TestAuthentication)), select, token};
}

QList<DemoAction> DemoSteps::summaryStep()
{
    SummaryPage *page = m_wizard->summaryPage();
    DemoAction read;
    read.done = [page] {
        return !page->isRefreshing();
    };
    return {goTo(static_cast<int>(PageId::Summary)), read};
}

QString DemoSteps::result(int step) const
{
    const Profile profile = m_context->profile();
    switch (step) {
    case 1:
        return tr("The demo vendor is filled in. Next saves the profile.");
    case 2:
        return tr("Key %1 made for this run and Maskinporten client %2 registered.")
            .arg(profile.kid, profile.clientId);
    case 3:
        return tr("The system %1 is described, with no problems found.").arg(DemoScenario::systemId());
    case 4:
        return tr("The system is registered in Altinn; the receipt shows what Altinn stored.");
    case 5:
        return tr("The request is sent and waits for the customer; the approval link is ready.");
    case 6:
        return tr("The customer approved: they now have a system user for the demo system.");
    case 7:
        return tr("Maskinporten issued a system user token for customer %1.")
            .arg(DemoScenario::customerOrgNumber());
    case 8:
        return tr("The demo is complete. Reset demo clears it for the next audience.");
    default:
        return {};
    }
}
