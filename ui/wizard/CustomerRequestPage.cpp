#include "wizard/CustomerRequestPage.h"

#include "altinn/RequestClient.h"
#include "common/OperationStatus.h"
#include "model/ChangeRequest.h"
#include "session/VendorSession.h"
#include "validation/RequestValidator.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/RequestChecklist.h"
#include "wizard/RequestFormSection.h"
#include "wizard/RequestSystemSection.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QPushButton>
#include <QScrollArea>
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
{
    setObjectName(u"customerRequestPage"_s);
    auto *content = new QWidget;
    content->setObjectName(u"customerRequestContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_systemSection);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(m_outcome);
    contentLayout->addStretch(1);
    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(u"customerRequestScrollArea"_s);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setFocusPolicy(Qt::NoFocus);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);

    connect(m_systemSection, &RequestSystemSection::systemChanged, this, [this] {
        m_form->systemChanged();
        revalidate();
    });
    connect(m_systemSection, &RequestSystemSection::cataloguesChanged, this, [this] {
        m_form->cataloguesChanged();
        revalidate();
    });
    connect(m_systemSection, &RequestSystemSection::noSystems, this,
        [this] { m_outcome->showRemedies({Remedy::EditSystem}); });
    connect(m_form, &RequestFormSection::changed, this, &CustomerRequestPage::revalidate);
    connect(m_outcome->sendButton(), &QPushButton::clicked, this, &CustomerRequestPage::send);
    connect(m_outcome, &RequestOutcomeView::remedyChosen, this, &CustomerRequestPage::remedyChosen);
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // Another environment has other systems and catalogues.
        m_systemSection->reset(m_systemSection->wantedSystemId());
        m_loadPending = true;
        if (isVisible())
            loadEverything();
    });
    // Next depends on the request being followed, which page 6 may drop (delete and ask again).
    connect(m_state, &OnboardingState::changed, this, &QWizardPage::completeChanged);
    connect(m_context, &WizardContext::sandboxStateChanged, this, [this] {
        if (isVisible())
            m_form->lookUpCustomerName();
    });
    retranslateUi();
}

void CustomerRequestPage::retranslateUi()
{
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
    return m_state->currentRequest().has_value() && !isBusy();
}

bool CustomerRequestPage::isBusy() const
{
    return m_outcome->isBusy();
}

std::optional<Altinn::SystemDefinition> CustomerRequestPage::system() const
{
    return m_systemSection->system();
}

Altinn::SystemUserRequest CustomerRequestPage::requestFromForm() const
{
    return m_form->request();
}

void CustomerRequestPage::resetForProfile()
{
    m_profileId = m_context->profile().id;
    const auto draft = m_context->drafts()->systemDefinition(m_profileId);
    m_systemSection->reset(draft ? draft->value(u"id"_s).toString() : QString());
    m_form->setValues({});
    m_outcome->clear();
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
    m_form->setValues({});
    m_outcome->clear();
}

void CustomerRequestPage::revalidate()
{
    const RequestChecklist *checklist = m_form->checklist();
    const Validation::RequestValidator validator(
        [checklist](const QString &urn) -> std::optional<Validation::PackageFlags> {
            const Altinn::AccessPackageInfo *info = checklist->packageInfo(urn);
            if (!info)
                return std::nullopt;
            return Validation::PackageFlags{info->isDelegable, info->isAssignable};
        });
    const auto &system = m_systemSection->system();
    m_findings = validator.validate(requestFromForm(), system ? &*system : nullptr);
    m_form->showFindings(m_findings);
    updateSendButton();
}

void CustomerRequestPage::updateSendButton()
{
    m_outcome->sendButton()->setEnabled(
        m_systemSection->system() && !Validation::Findings::hasErrors(m_findings) && !isBusy());
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

void CustomerRequestPage::send()
{
    revalidate();
    if (!m_outcome->sendButton()->isEnabled())
        return;
    const Altinn::SystemUserRequest request = requestFromForm();
    const QString action = tr("send a system user request for “%1” to organisation %2")
                               .arg(request.systemId, request.partyOrgNo);
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self, request](bool confirmed) {
        if (!self || !confirmed || !self->ensureFlows())
            return;
        self->m_outcome->clear();
        self->showBusy(tr("Sending the request…"));
        self->m_requestFlow->start(request);
    });
}

void CustomerRequestPage::requestFinished(const SubmitRequestFlow::Outcome &outcome)
{
    m_outcome->showOutcome(outcome, [this] { send(); });
    if (outcome.request)
        m_state->rememberOrganisationName(outcome.request->partyOrgNo, m_form->customerName());
    const bool created = outcome.kind == SubmitRequestFlow::Outcome::Kind::Created;
    if (created)
        m_state->setCurrentRequest(*outcome.request);
    settled();
    if (created)
        goToApproval();
}

void CustomerRequestPage::deleteAndAskAgain()
{
    if (isBusy() || !ensureFlows() || !m_requestFlow->lastOutcome()
        || !m_requestFlow->lastOutcome()->canDeleteAndAskAgain())
        return;
    const QString action = tr("delete the earlier request to organisation %1 and send a new one")
                               .arg(m_requestFlow->lastOutcome()->sent.partyOrgNo);
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self](bool confirmed) {
        if (!self || !confirmed)
            return;
        self->showBusy(tr("Deleting the earlier request…"));
        self->m_requestFlow->deleteAndAskAgain();
    });
}

void CustomerRequestPage::askForChange()
{
    if (isBusy() || !ensureFlows() || !m_requestFlow->lastOutcome())
        return;
    const auto &systemUser = m_requestFlow->lastOutcome()->systemUser;
    if (!systemUser) {
        m_outcome->status()->showError(tr("The customer's system user could not be found. Send the request "
                                          "again to look for it once more."));
        return;
    }
    const Altinn::SystemUserRequest request = requestFromForm();
    const auto input = SubmitChangeRequestFlow::moreRights(*systemUser, request);
    const QString action =
        tr("send a change request to organisation %1 for more rights").arg(request.partyOrgNo);
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self, input](bool confirmed) {
        if (!self || !confirmed)
            return;
        self->showBusy(tr("Sending the change request…"));
        self->m_changeFlow->start(input);
    });
}

void CustomerRequestPage::changeFinished(const SubmitChangeRequestFlow::Outcome &outcome)
{
    m_outcome->showChangeOutcome(outcome, [this] { askForChange(); });
    settled();
    if (!outcome.changeRequest)
        return;
    m_state->setCurrentChangeRequest(*outcome.changeRequest);
    // The system user's own request (same id) is what pages 6 and 7 follow: it is approved already.
    VendorSession *session = m_context->session();
    if (!session)
        return;
    QPointer<CustomerRequestPage> self(this);
    const Altinn::RequestKind kind = requestFromForm().kind;
    session->requests()->get(outcome.changeRequest->systemUserId, kind, [self](const auto &result) {
        if (!self || !result.ok())
            return; // deleted with its system user still in place: nothing to follow, the link is shown
        self->m_state->setCurrentRequest(*result.value);
        Q_EMIT self->completeChanged();
    });
}

void CustomerRequestPage::remedyChosen(RequestOutcomeView::Remedy remedy)
{
    switch (remedy) {
    case Remedy::FollowExisting:
        if (m_requestFlow && m_requestFlow->lastOutcome() && m_requestFlow->lastOutcome()->canFollow()) {
            m_state->setCurrentRequest(*m_requestFlow->lastOutcome()->request);
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
