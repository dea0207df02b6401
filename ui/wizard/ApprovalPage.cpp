#include "wizard/ApprovalPage.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/RequestClient.h"
#include "altinn/RequestStatusText.h"
#include "common/Labels.h"
#include "session/VendorSession.h"
#include "wizard/ApprovalLinkSection.h"
#include "wizard/ApprovalStatusSection.h"
#include "wizard/CustomerMessageSection.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/SandboxApprovalPanel.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QEvent>
#include <QHideEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestStatus;

namespace {

/// How often "sent … ago" is refreshed.
constexpr int ClockIntervalMs = 30 * 1000;

} // namespace

ApprovalPage::ApprovalPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_noRequestLabel(Labels::hint(u"noRequestLabel"_s, this))
    , m_requestContent(new QWidget(this))
    , m_statusSection(new ApprovalStatusSection(this))
    , m_sandboxPanel(new SandboxApprovalPanel(context, this))
    , m_linkSection(new ApprovalLinkSection(this))
    , m_messageSection(new CustomerMessageSection(context, this))
{
    setObjectName(u"approvalPage"_s);
    m_noRequestLabel->hide();
    m_sandboxPanel->hide();

    auto *requestLayout = new QVBoxLayout(m_requestContent);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->setSpacing(8);
    requestLayout->addWidget(m_statusSection);
    requestLayout->addWidget(m_sandboxPanel);
    requestLayout->addWidget(m_linkSection);
    requestLayout->addWidget(m_messageSection);

    auto *content = new QWidget;
    content->setObjectName(u"approvalContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_noRequestLabel);
    contentLayout->addWidget(m_requestContent);
    contentLayout->addStretch(1);

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(u"approvalScrollArea"_s);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setFocusPolicy(Qt::NoFocus);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);

    // Reading order: status (its own order ends at "Ask again"), the sandbox, the link, the message.
    setTabOrder(m_statusSection->lastInTabOrder(), m_sandboxPanel->firstInTabOrder());
    setTabOrder(m_sandboxPanel->lastInTabOrder(), m_linkSection->firstInTabOrder());
    setTabOrder(m_linkSection->lastInTabOrder(), m_messageSection->firstInTabOrder());

    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, m_statusSection, &ApprovalStatusSection::refreshCreatedText);
    connect(m_statusSection, &ApprovalStatusSection::checkNowClicked, this, [this] {
        if (m_poller)
            m_poller->pollNow();
    });
    connect(m_statusSection, &ApprovalStatusSection::retryCheckClicked, this, [this] {
        m_statusSection->clearCheckFailure();
        if (m_poller)
            m_poller->start();
    });
    connect(m_statusSection, &ApprovalStatusSection::askAgainClicked, this, &ApprovalPage::deleteAndAskAgain);
    connect(m_sandboxPanel, &SandboxApprovalPanel::approved, this, [this] {
        if (m_poller)
            m_poller->pollNow();
    });
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // The poller talks through the old session's client, which is going away.
        stopPolling();
        delete m_poller;
        if (isVisible() && wizard() && wizard()->currentPage() == this)
            initializePage();
    });

    retranslateUi();
    showRequest();
}

ApprovalPage::~ApprovalPage() = default;

void ApprovalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ApprovalPage::retranslateUi()
{
    setTitle(tr("Hand the approval link to the customer"));
    setSubTitle(tr("Someone at the customer approves the request in Altinn. Send them the link or the "
                   "message below; this page shows when they have decided."));
    m_noRequestLabel->setText(tr("There is no request to follow yet. Send one on the previous page, or pick "
                                 "one in the customers view."));
}

void ApprovalPage::setMessageLanguage(const QString &code)
{
    m_messageSection->setLanguage(code);
}

// ---- The request and its status ----

void ApprovalPage::initializePage()
{
    stopPolling();
    delete m_poller;
    m_request = m_state->currentRequest();
    m_deleted = false;
    m_statusSection->clearMessages();
    m_sandboxPanel->clearStatus();
    m_linkSection->clearStatus();

    VendorSession *session = m_context->session();
    if (m_request && session) {
        m_poller = new Altinn::RequestStatusPoller(session->requests(), m_request->id, m_request->kind, this);
        m_poller->setKnownStatus(m_request->status);
        if (m_intervals)
            m_poller->setIntervals(*m_intervals);
        connect(m_poller, &Altinn::RequestStatusPoller::polled, this,
            [this](const Altinn::SystemUserRequestResponse &response) {
                m_request = response;
                m_statusSection->clearCheckFailure();
                if (m_state->currentRequest() && m_state->currentRequest()->id == response.id)
                    m_state->setCurrentRequest(response);
                showStatus();
            });
        connect(m_poller, &Altinn::RequestStatusPoller::statusChanged, this, &ApprovalPage::statusChanged);
        connect(m_poller, &Altinn::RequestStatusPoller::requestDeleted, this, &ApprovalPage::requestGone);
        connect(m_poller, &Altinn::RequestStatusPoller::connectionProblem, m_statusSection,
            &ApprovalStatusSection::showConnectionProblem);
        connect(m_poller, &Altinn::RequestStatusPoller::connectionRestored, m_statusSection,
            &ApprovalStatusSection::clearConnectionProblem);
        connect(m_poller, &Altinn::RequestStatusPoller::failed, m_statusSection,
            &ApprovalStatusSection::showCheckFailure);
    }
    showRequest();
    m_messageSection->setRequest(m_request,
        m_request ? m_state->organisationNames().value(m_request->partyOrgNo) : QString(),
        m_state->publishedSystem());
    if (isVisible())
        startPolling();
}

void ApprovalPage::cleanupPage()
{
    stopPolling();
    if (m_trayIcon)
        m_trayIcon->hide();
}

bool ApprovalPage::isComplete() const
{
    return m_request && !m_deleted && m_request->status == RequestStatus::Accepted;
}

void ApprovalPage::setPollIntervals(Altinn::RequestStatusPoller::Intervals intervals)
{
    m_intervals = intervals;
    if (m_poller)
        m_poller->setIntervals(intervals);
}

void ApprovalPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    startPolling();
}

void ApprovalPage::hideEvent(QHideEvent *event)
{
    // A minimised window keeps polling: that is when the desktop notification matters most.
    if (!event->spontaneous())
        stopPolling();
    QWizardPage::hideEvent(event);
}

void ApprovalPage::startPolling()
{
    m_statusSection->refreshCreatedText();
    m_clock.start();
    if (!m_poller || m_poller->isActive() || m_deleted || !m_request)
        return;
    // A decided request does not change any more; one look confirms it (e.g. after coming back).
    m_poller->start();
}

void ApprovalPage::stopPolling()
{
    m_clock.stop();
    if (m_poller)
        m_poller->stop();
}

void ApprovalPage::showRequest()
{
    m_noRequestLabel->setVisible(!m_request);
    m_requestContent->setVisible(m_request.has_value());
    if (!m_request) {
        Q_EMIT completeChanged();
        return;
    }
    m_linkSection->setRequest(*m_request);
    auto change = m_state->currentChangeRequest();
    if (change && change->systemUserId != m_request->id)
        change.reset();
    m_linkSection->setChangeRequest(change);
    m_sandboxPanel->setVisible(m_context->environment().isLocal());
    showStatus();
}

void ApprovalPage::showStatus()
{
    if (!m_request)
        return;
    m_statusSection->setRequest(
        *m_request, m_state->organisationNames().value(m_request->partyOrgNo), m_deleted);
    m_sandboxPanel->setRequest(*m_request, m_deleted);
    Q_EMIT completeChanged();
}

void ApprovalPage::statusChanged(
    RequestStatus previous, RequestStatus current, const Altinn::SystemUserRequestResponse &response)
{
    Q_UNUSED(previous)
    Q_UNUSED(current)
    m_request = response;
    showStatus();
    const QString text = m_statusSection->announceStatus(response);
    notify(tr("System user request: %1").arg(Altinn::RequestStatusText::display(response)), text);
}

void ApprovalPage::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_trayIcon) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
            m_trayIcon = new QSystemTrayIcon(icon, this);
            m_trayIcon->setToolTip(QApplication::applicationDisplayName());
        }
        m_trayIcon->show();
        m_trayIcon->showMessage(title, text, QSystemTrayIcon::Information);
    }
    // Always: the taskbar entry asks for attention until the window is looked at.
    QApplication::alert(window());
}

void ApprovalPage::requestGone()
{
    m_deleted = true;
    showStatus();
    m_statusSection->announceDeleted();
}

// ---- Asking again ----

void ApprovalPage::deleteAndAskAgain()
{
    if (!m_request)
        return;
    const Altinn::SystemUserRequestResponse request = *m_request;
    if (m_deleted) {
        askAgain(request);
        return;
    }
    VendorSession *session = m_context->session();
    if (!session)
        return;
    QPointer<ApprovalPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(),
        tr("delete the request to organisation %1").arg(request.partyOrgNo), [self, request](bool confirmed) {
            VendorSession *current = self ? self->m_context->session() : nullptr;
            if (!self || !confirmed || !current)
                return;
            self->stopPolling();
            self->m_statusSection->showDeleting();
            current->requests()->remove(
                request.id, [self, request](const Altinn::ApiResult<Altinn::Done> &result) {
                    if (!self)
                        return;
                    // 404: gone already, which is what was wanted.
                    if (!result.ok() && result.failure.httpStatus() != 404) {
                        self->m_statusSection->showDeleteFailure(
                            Altinn::ErrorExplainer::explain(result.failure, tr("deleting the request")));
                        return;
                    }
                    self->m_statusSection->clearAction();
                    self->m_deleted = true;
                    self->showStatus();
                    self->askAgain(request);
                });
        });
}

void ApprovalPage::askAgain(const Altinn::SystemUserRequestResponse &request)
{
    m_state->clearCurrentRequest();
    Q_EMIT askAgainRequested(request);
    QWizard *owner = wizard();
    if (!owner)
        return;
    const int target = static_cast<int>(OnboardingWizard::PageId::CustomerRequest);
    if (auto *requestPage = qobject_cast<CustomerRequestPage *>(owner->page(target)))
        requestPage->prefill(request);
    if (!owner->visitedIds().contains(target))
        return;
    while (owner->currentId() != target) {
        const int before = owner->currentId();
        owner->back();
        if (owner->currentId() == before)
            break;
    }
}
