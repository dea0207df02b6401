#include "wizard/CustomerRequestPage.h"

#include "altinn/RequestClient.h"
#include "common/OperationStatus.h"
#include "common/ScrollingContent.h"
#include "model/ChangeRequest.h"
#include "onboarding/LedgerRecording.h"
#include "session/VendorSession.h"
#include "wizard/ChangeRequestSection.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/RequestChecklist.h"
#include "wizard/RequestDraftKeeper.h"
#include "wizard/RequestFormSection.h"
#include "wizard/RequestSystemSection.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SubmitChangeRequestFlow;
using Onboarding::SubmitRequestFlow;
using Remedy = RequestOutcomeView::Remedy;

CustomerRequestPage::CustomerRequestPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_systemSection(new RequestSystemSection(context, state))
    , m_form(new RequestFormSection(context, state, m_systemSection))
    , m_outcome(new RequestOutcomeView)
    , m_changeSection(new ChangeRequestSection)
    , m_draft(new RequestDraftKeeper(context->drafts(), m_form, this))
{
    setObjectName(u"customerRequestPage"_s);
    ScrollingContent::fill(this, u"customerRequest"_s, {m_systemSection, m_form, m_changeSection, m_outcome});

    connect(m_systemSection, &RequestSystemSection::systemChanged, this, [this] {
        // The customers (ledger) are those of the system the request is for.
        if (const auto system = m_systemSection->system())
            m_context->setSystemId(system->id);
        m_form->systemChanged();
        revalidate();
        if (m_changeMode)
            applyPurpose(); // the choices come from the system
    });
    connect(m_systemSection, &RequestSystemSection::cataloguesChanged, this, [this] {
        m_form->cataloguesChanged();
        revalidate();
    });
    connect(m_systemSection, &RequestSystemSection::noSystems, this,
        [this] { m_outcome->showRemedies({Remedy::EditSystem}); });
    connect(m_form, &RequestFormSection::changed, this, &CustomerRequestPage::revalidate);
    connect(m_outcome->sendButton(), &QPushButton::clicked, this, &CustomerRequestPage::send);
    connect(m_form, &RequestFormSection::submitRequested, this, &CustomerRequestPage::send);
    connect(m_outcome, &RequestOutcomeView::remedyChosen, this, &CustomerRequestPage::remedyChosen);
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // Another environment has other systems and catalogues.
        m_systemSection->reset(m_systemSection->wantedSystemId());
        m_loadPending = true;
        if (isVisible())
            loadEverything();
    });
    // Next depends on where the selected customer stands in the ledger.
    connect(m_context->customers(), &CustomerDesk::selectionChanged, this, &QWizardPage::completeChanged);
    connect(
        m_context->customers(), &CustomerDesk::selectedCustomerUpdated, this, &QWizardPage::completeChanged);
    connect(m_changeSection, &ChangeRequestSection::changed, this, &CustomerRequestPage::updateSendButton);
    const RequestChecklist *checklist = m_form->checklist();
    m_changeSection->setNameLookup([checklist](const QString &id) { return checklist->displayName(id); });
    connect(m_context, &WizardContext::sandboxStateChanged, this, [this] {
        if (isVisible())
            m_form->lookUpCustomerName();
    });
    retranslateUi();
}

void CustomerRequestPage::retranslateUi()
{
    if (m_changeMode) {
        setTitle(tr("Ask the customer for a change"));
        setSubTitle(
            tr("The customer approves the change in Altinn; until then the system user keeps what it has."));
        return;
    }
    setTitle(tr("Ask the customer for access"));
    setSubTitle(tr("Send a system user request to a customer. Altinn makes an approval link for the "
                   "customer; nothing changes at the customer until someone there approves it."));
}

void CustomerRequestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Titles come from the catalogues in the UI language.
        if (!m_profileId.isEmpty() && m_systemSection->cataloguesOutdated())
            m_systemSection->loadCatalogues();
        revalidate();
    }
    QWizardPage::changeEvent(event);
}

void CustomerRequestPage::initializePage()
{
    if (m_profileId != m_context->profile().id)
        resetForProfile();
    if (const auto published = m_state->publishedSystem())
        m_systemSection->usePublished(*published);
    applyPurpose();
    m_loadPending = true;
    // While the wizard walks forward to a later page this page only passes through: load when seen.
    auto *onboarding = qobject_cast<OnboardingWizard *>(wizard());
    if (isVisible() && !(onboarding && onboarding->isEntering()))
        loadEverything();
    revalidate();
}

void CustomerRequestPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    if (m_loadPending)
        loadEverything();
}

void CustomerRequestPage::loadEverything()
{
    m_loadPending = false;
    m_systemSection->loadEverything();
    m_form->lookUpCustomerName();
}

void CustomerRequestPage::cleanupPage()
{
    // Going back keeps what was typed (QWizard would reset registered fields; there are none).
    if (isBusy())
        cancelFlows();
}

bool CustomerRequestPage::isComplete() const
{
    // Next follows the customer selected in the ledger — the one this page sent to, or picked for a
    // change request — never an earlier customer's request.
    const auto customer = m_context->customers()->selected();
    if (!customer || isBusy())
        return false;
    if (m_changeMode)
        return customer->state == CustomerState::ChangePending;
    const RequestFormValues values = m_form->values();
    return customer->key() == CustomerRecord::keyOf(values.orgNo, values.externalRef)
        && customer->state != CustomerState::NotAsked && customer->state != CustomerState::Failed;
}

void CustomerRequestPage::resetForProfile()
{
    m_profileId = m_context->profile().id;
    const auto draft = m_context->drafts()->systemDefinition(m_profileId);
    m_systemSection->reset(draft ? draft->value(u"id"_s).toString() : QString());
    m_draft->setProfile(m_profileId);
    if (!m_draft->restore())
        m_form->setValues({});
    m_outcome->clear();
}

void CustomerRequestPage::applyPurpose()
{
    CustomerDesk *desk = m_context->customers();
    const auto customer = desk->selected();
    m_changeMode = desk->purpose() == CustomerDesk::Purpose::ChangeRequest && customer
        && !customer->systemUserId.isEmpty();
    m_form->setVisible(!m_changeMode);
    m_changeSection->setVisible(m_changeMode);
    m_outcome->setChangeMode(m_changeMode);
    if (m_changeMode) {
        m_outcome->clear();
        m_changeSection->setCustomer(customer->orgNo, customer->effectiveExternalRef());
        if (m_systemSection->system())
            m_changeSection->load(m_context->session(), *m_systemSection->system(), *customer);
    } else if (customer && desk->purpose() == CustomerDesk::Purpose::NewCustomer
        && CustomerStates::nextAction(customer->state) != CustomerAction::TestToken) {
        m_form->fillInCustomer(*customer);
    }
    retranslateUi();
    updateSendButton();
}

void CustomerRequestPage::prefill(const Altinn::SystemUserRequestResponse &request)
{
    if (m_profileId != m_context->profile().id)
        resetForProfile();
    if (!m_systemSection->system() || m_systemSection->system()->id != request.systemId)
        m_systemSection->loadSystem(request.systemId);
    m_form->setValues(RequestFormValues::fromRequest(request));
    m_outcome->clear();
    m_outcome->status()->showInformation(
        tr("The earlier request to %1 was deleted. Check what to ask for, then send the request again.")
            .arg(request.partyOrgNo));
}

void CustomerRequestPage::startNewCustomer()
{
    if (isBusy())
        cancelFlows();
    m_draft->clear();
    m_form->setValues({});
    m_outcome->clear();
    applyPurpose();
    Q_EMIT completeChanged();
}

void CustomerRequestPage::revalidate()
{
    m_findings = m_form->validate(m_systemSection->system());
    m_form->showFindings(m_findings);
    updateSendButton();
}

void CustomerRequestPage::updateSendButton()
{
    const bool ready =
        m_changeMode ? m_changeSection->plan().hasChanges() : !Validation::Findings::hasErrors(m_findings);
    m_outcome->sendButton()->setEnabled(m_systemSection->system() && ready && !isBusy());
}

bool CustomerRequestPage::ensureFlows()
{
    VendorSession *session = m_context->session();
    if (!session) {
        m_outcome->status()->showError(
            tr("There is no connection to Altinn yet (the sandbox may still be starting)."),
            [this] { send(); });
        return false;
    }
    if (m_flowSession == session && m_requestFlow && m_changeFlow)
        return true;
    delete m_requestFlow;
    delete m_changeFlow;
    m_flowSession = session;
    m_requestFlow = new SubmitRequestFlow(session->requests(), session->systemUsers(), this);
    m_changeFlow = new SubmitChangeRequestFlow(session->changeRequests(), this);
    connect(m_requestFlow, &SubmitRequestFlow::finished, this, &CustomerRequestPage::requestFinished);
    connect(m_changeFlow, &SubmitChangeRequestFlow::finished, this, &CustomerRequestPage::changeFinished);
    return true;
}

void CustomerRequestPage::showBusy(const QString &text)
{
    m_outcome->showRemedies({});
    m_outcome->status()->showBusy(text, [this] { cancelFlows(); });
    settled();
}

void CustomerRequestPage::cancelFlows()
{
    if (m_requestFlow)
        m_requestFlow->cancel();
    if (m_changeFlow)
        m_changeFlow->cancel();
    m_outcome->status()->clear();
    settled();
}

void CustomerRequestPage::settled()
{
    updateSendButton();
    Q_EMIT completeChanged();
}

void CustomerRequestPage::confirmThen(
    const QString &action, const QString &busyText, std::function<void()> start)
{
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self, busyText, start](bool confirmed) {
        if (!self || !confirmed || !self->ensureFlows())
            return;
        self->showBusy(busyText);
        start();
    });
}

void CustomerRequestPage::send()
{
    if (m_changeMode)
        return askForChange();
    revalidate();
    if (!m_outcome->sendButton()->isEnabled())
        return;
    const Altinn::SystemUserRequest request = requestFromForm();
    m_outcome->clear();
    confirmThen(tr("send a system user request for “%1” to organisation %2")
                    .arg(request.systemId, request.partyOrgNo),
        tr("Sending the request…"), [this, request] { m_requestFlow->start(request); });
}

void CustomerRequestPage::requestFinished(const SubmitRequestFlow::Outcome &outcome)
{
    m_outcome->showOutcome(outcome, [this] { send(); });
    Onboarding::LedgerRecording::requestOutcome(
        m_context->customers()->ledger(), outcome, m_form->customerName());
    if (outcome.request) {
        m_state->recordRequest(*outcome.request); // for the summary of this run
        m_context->customers()->selectAndFollow(
            outcome.request->partyOrgNo, outcome.request->externalRef, CustomerDesk::Purpose::NewCustomer);
    }
    const bool created = outcome.kind == SubmitRequestFlow::Outcome::Kind::Created;
    if (created)
        m_draft->clear(); // it is in the ledger now
    settled();
    if (created)
        goToApproval();
}

void CustomerRequestPage::deleteAndAskAgain()
{
    if (isBusy() || !ensureFlows() || !m_requestFlow->lastOutcome()
        || !m_requestFlow->lastOutcome()->canDeleteAndAskAgain())
        return;
    confirmThen(tr("delete the earlier request to organisation %1 and send a new one")
                    .arg(m_requestFlow->lastOutcome()->sent.partyOrgNo),
        tr("Deleting the earlier request…"), [this] { m_requestFlow->deleteAndAskAgain(); });
}

void CustomerRequestPage::askForChange()
{
    if (isBusy() || !ensureFlows())
        return;
    SubmitChangeRequestFlow::Input input;
    QString orgNo;
    if (const auto customer = m_context->customers()->selected(); m_changeMode && customer) {
        // Change-request mode: what the person checked against what the system user has.
        input = m_changeSection->changeInput(*customer);
        orgNo = customer->orgNo;
    } else if (const auto outcome = m_requestFlow->lastOutcome(); outcome && outcome->systemUser) {
        // Altinn said the customer has a system user already: ask it for what the form asks.
        input = SubmitChangeRequestFlow::moreRights(*outcome->systemUser, requestFromForm());
        orgNo = outcome->systemUser->reporteeOrgNo;
    } else {
        m_outcome->status()->showError(tr("The customer's system user could not be found. Send the request "
                                          "again to look for it once more."));
        return;
    }
    confirmThen(tr("send a change request to organisation %1").arg(orgNo), tr("Sending the change request…"),
        [this, input] { m_changeFlow->start(input); });
}

void CustomerRequestPage::changeFinished(const SubmitChangeRequestFlow::Outcome &outcome)
{
    m_outcome->showChangeOutcome(outcome, [this] { askForChange(); });
    if (outcome.changeRequest) {
        // Pages 6 and 7 follow the customer's change request through the ledger.
        Onboarding::LedgerRecording::changeRequest(m_context->customers()->ledger(), *outcome.changeRequest);
        m_context->customers()->selectAndFollow(outcome.changeRequest->partyOrgNo,
            outcome.changeRequest->externalRef, CustomerDesk::Purpose::ChangeRequest);
    }
    settled();
    if (outcome.changeRequest && outcome.changeRequest->status == Altinn::RequestStatus::New)
        goToApproval();
}

void CustomerRequestPage::remedyChosen(RequestOutcomeView::Remedy remedy)
{
    switch (remedy) {
    case Remedy::FollowExisting:
        if (m_requestFlow && m_requestFlow->lastOutcome() && m_requestFlow->lastOutcome()->canFollow()) {
            const auto &request = *m_requestFlow->lastOutcome()->request;
            m_context->customers()->selectAndFollow(
                request.partyOrgNo, request.externalRef, CustomerDesk::Purpose::NewCustomer);
            m_outcome->clear();
            Q_EMIT completeChanged();
            goToApproval();
        }
        return;
    case Remedy::DeleteAndAskAgain:
        return deleteAndAskAgain();
    case Remedy::ChangeRequest:
        return askForChange();
    case Remedy::CheckOrgNumber:
        return m_form->focusOrgNumber();
    case Remedy::EditSystem:
        Q_EMIT editSystemRequested();
        return;
    case Remedy::CheckConnection:
        Q_EMIT connectionCheckRequested();
        return;
    }
}

void CustomerRequestPage::goToApproval()
{
    QWizard *owner = wizard();
    if (owner && owner->currentPage() == this && owner->page(owner->nextId()))
        owner->next();
}
