#include "wizard/SandboxApprovalPanel.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/RemedyBar.h"
#include "session/VendorSession.h"
#include "wizard/WizardContext.h"

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
    , m_status(new OperationStatus(this))
    , m_problem(new RemedyBar(this))
{
    setObjectName(u"sandboxFrame"_s);
    m_actAsCustomerButton->setObjectName(u"actAsCustomerButton"_s);
    m_approveNowButton->setObjectName(u"approveNowButton"_s);
    m_status->setObjectName(u"sandboxStatus"_s);
    m_problem->setObjectName(u"sandboxProblem"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_hint, 1);
    row->addWidget(m_actAsCustomerButton);
    row->addWidget(m_approveNowButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    setTabOrder(m_actAsCustomerButton, m_approveNowButton);

    connect(m_actAsCustomerButton, &QPushButton::clicked, this, &SandboxApprovalPanel::actAsCustomer);
    connect(m_approveNowButton, &QPushButton::clicked, this, &SandboxApprovalPanel::approveNow);
    connect(m_problem, &RemedyBar::actionTriggered, this, &SandboxApprovalPanel::approveNow);
    retranslateUi();
    updateButtons();
}

QWidget *SandboxApprovalPanel::firstInTabOrder() const
{
    return m_actAsCustomerButton;
}

QWidget *SandboxApprovalPanel::lastInTabOrder() const
{
    return m_approveNowButton;
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
                       "in the browser, or approve at once without a browser."));
    m_actAsCustomerButton->setText(tr("Act as the customer"));
    m_actAsCustomerButton->setAccessibleName(tr("Open the approval page as the customer"));
    m_approveNowButton->setText(tr("Approve now (sandbox)"));
    m_approveNowButton->setAccessibleName(tr("Approve the request now as the customer, in the sandbox"));
}

void SandboxApprovalPanel::setRequest(const Altinn::SystemUserRequestResponse &request, bool deleted)
{
    m_request = request;
    m_deleted = deleted;
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
    m_approveNowButton->setEnabled(waiting && !m_status->isBusy());
    m_actAsCustomerButton->setEnabled(waiting && !m_request->confirmUrl.isEmpty());
}

void SandboxApprovalPanel::actAsCustomer()
{
    // In the sandbox the approval link is the simulator's own approval page.
    if (m_request)
        QDesktopServices::openUrl(QUrl(m_request->confirmUrl));
}

void SandboxApprovalPanel::approveNow()
{
    VendorSession *session = m_context->session();
    if (!m_request || !session)
        return;
    m_problem->clear();
    m_status->showBusy(tr("Approving as the customer…"));
    m_approveNowButton->setEnabled(false);
    QPointer<SandboxApprovalPanel> self(this);
    session->sandboxControl()->approveRequest(
        m_request->id, [self](const Altinn::ApiResult<Altinn::Done> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->m_status->clear();
                self->m_problem->showExplanation(
                    Altinn::ErrorExplainer::explain(result.failure, tr("approving in the sandbox")), {},
                    tr("Try again"));
                self->updateButtons();
                return;
            }
            self->m_status->showSuccess(tr("Approved as the customer."));
            Q_EMIT self->approved();
        });
}
