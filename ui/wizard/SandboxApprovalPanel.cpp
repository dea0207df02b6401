#include "wizard/SandboxApprovalPanel.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/RemedyBar.h"
#include "session/VendorSession.h"
#include "wizard/SandboxPersonChooser.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SandboxApprovalPanel::SandboxApprovalPanel(WizardContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"sandboxHeading"_s, this))
    , m_hint(Labels::hint(u"sandboxHint"_s, this))
    , m_actAsCustomerButton(new QPushButton(this))
    , m_approveNowButton(new QPushButton(this))
    , m_personChooser(new SandboxPersonChooser(context, this))
    , m_escalateButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
    , m_problem(new RemedyBar(this))
{
    setObjectName(u"sandboxFrame"_s);
    m_actAsCustomerButton->setObjectName(u"actAsCustomerButton"_s);
    m_approveNowButton->setObjectName(u"approveNowButton"_s);
    m_personChooser->setObjectName(u"approverChooser"_s);
    m_escalateButton->setObjectName(u"escalateButton"_s);
    m_status->setObjectName(u"sandboxStatus"_s);
    m_problem->setObjectName(u"sandboxProblem"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_hint, 1);
    row->addWidget(m_actAsCustomerButton);
    auto *approveRow = new QHBoxLayout;
    approveRow->addWidget(m_personChooser, 1);
    approveRow->addWidget(m_approveNowButton);
    approveRow->addWidget(m_escalateButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(row);
    layout->addLayout(approveRow);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    setTabOrder(m_actAsCustomerButton, m_personChooser->comboBox());
    setTabOrder(m_personChooser->comboBox(), m_approveNowButton);
    setTabOrder(m_approveNowButton, m_escalateButton);

    connect(m_actAsCustomerButton, &QPushButton::clicked, this, &SandboxApprovalPanel::actAsCustomer);
    connect(m_approveNowButton, &QPushButton::clicked, this, &SandboxApprovalPanel::approveNow);
    connect(m_escalateButton, &QPushButton::clicked, this, &SandboxApprovalPanel::escalate);
    connect(m_problem, &RemedyBar::actionTriggered, this, &SandboxApprovalPanel::approveNow);
    connect(m_personChooser, &SandboxPersonChooser::currentPersonChanged, this, [this] {
        m_problem->clear();
        updateButtons();
    });
    retranslateUi();
    updateButtons();
}

QWidget *SandboxApprovalPanel::firstInTabOrder() const
{
    return m_actAsCustomerButton;
}

QWidget *SandboxApprovalPanel::lastInTabOrder() const
{
    return m_escalateButton;
}

void SandboxApprovalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SandboxApprovalPanel::retranslateUi()
{
    m_heading->setText(tr("Sandbox: act as the customer"));
    m_hint->setText(tr("In the sandbox you can play the customer: open the simulator's approval page "
                       "in the browser, or approve at once without a browser as one of the customer's test "
                       "persons."));
    m_actAsCustomerButton->setText(tr("Act as the customer"));
    m_actAsCustomerButton->setAccessibleName(tr("Open the approval page as the customer"));
    m_approveNowButton->setText(tr("Appro&ve now (sandbox)"));
    m_approveNowButton->setAccessibleName(
        tr("Approve the request now as the chosen person at the customer, in the sandbox"));
    m_escalateButton->setText(tr("&Escalate"));
    m_escalateButton->setAccessibleName(
        tr("Escalate the request to the customer's access managers, as the chosen person"));
    m_escalateButton->setToolTip(tr("A person without the access manager role cannot approve, but can send "
                                    "the request on to the organisation's access managers."));
}

void SandboxApprovalPanel::setRequest(const Altinn::SystemUserRequestResponse &request, bool deleted)
{
    m_request = request;
    m_deleted = deleted;
    m_personChooser->setOrganisation(request.partyOrgNo);
    updateButtons();
}

void SandboxApprovalPanel::clearStatus()
{
    m_status->clear();
    m_problem->clear();
}

void SandboxApprovalPanel::updateButtons()
{
    // The approval page of a decided request only says it was handled.
    const bool waiting = m_request && m_request->status == Altinn::RequestStatus::New && !m_deleted;
    const bool idle = !m_status->isBusy();
    m_approveNowButton->setEnabled(waiting && idle);
    m_actAsCustomerButton->setEnabled(waiting && !m_request->confirmUrl.isEmpty());
    m_personChooser->setEnabled(waiting);
    // Escalation is for a person without the access-manager role (as the approval page offers it), once.
    const auto person = m_personChooser->currentPerson();
    const bool escalated = m_request && (m_request->escalated || m_escalated.contains(m_request->id));
    m_escalateButton->setEnabled(waiting && idle && person && !person->accessManager && !escalated);
}

void SandboxApprovalPanel::actAsCustomer()
{
    // In the sandbox the approval link is the simulator's own approval page.
    if (m_request)
        QDesktopServices::openUrl(QUrl(m_request->confirmUrl));
}

namespace {

/// The explanation with what blocked the approval added to its remedy: the bar shows summary and remedy.
Altinn::Explanation withBlockedItems(Altinn::Explanation explanation)
{
    if (!explanation.fieldMessages.isEmpty())
        explanation.remedy += u'\n' + explanation.fieldMessages.join(u'\n');
    return explanation;
}

} // namespace

void SandboxApprovalPanel::approveNow()
{
    VendorSession *session = m_context->session();
    if (!m_request || !session)
        return;
    m_problem->clear();
    const auto person = m_personChooser->currentPerson();
    m_status->showBusy(person ? tr("Approving as %1…").arg(person->name) : tr("Approving as the customer…"));
    updateButtons();
    QPointer<SandboxApprovalPanel> self(this);
    const QString name = person ? person->name : QString();
    session->sandboxControl()->approveRequest(m_request->id, m_personChooser->currentPersonId(),
        [self, name](const Altinn::ApiResult<Altinn::Done> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->m_status->clear();
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("approving in the sandbox"));
                // Only a passing failure is worth another try; a missing role or right stays missing.
                self->m_problem->showExplanation(withBlockedItems(explanation), {},
                    explanation.action == Altinn::Explanation::Remedy::Retry ? tr("Try again") : QString());
                self->updateButtons();
                return;
            }
            self->m_status->showSuccess(
                name.isEmpty() ? tr("Approved as the customer.") : tr("Approved as %1.").arg(name));
            // Decided: the buttons wait for the page to read the new status (setRequest).
            self->m_approveNowButton->setEnabled(false);
            self->m_escalateButton->setEnabled(false);
            Q_EMIT self->approved();
        });
}

void SandboxApprovalPanel::escalate()
{
    VendorSession *session = m_context->session();
    const auto person = m_personChooser->currentPerson();
    if (!m_request || !session || !person)
        return;
    m_problem->clear();
    m_status->showBusy(tr("Escalating as %1…").arg(person->name));
    updateButtons();
    QPointer<SandboxApprovalPanel> self(this);
    const QString requestId = m_request->id;
    session->sandboxControl()->escalateRequest(
        requestId, person->id, [self, requestId](const Altinn::ApiResult<Altinn::Done> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->m_status->clear();
                self->m_problem->showExplanation(
                    Altinn::ErrorExplainer::explain(result.failure, tr("escalating in the sandbox")));
                self->updateButtons();
                return;
            }
            self->m_escalated.append(requestId);
            self->m_status->showSuccess(tr("Escalated: the request now waits for an access manager of the "
                                           "customer, who can approve it."));
            self->updateButtons();
        });
}
