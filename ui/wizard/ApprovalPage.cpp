#include "wizard/ApprovalPage.h"

#include "altinn/ChangeRequestClient.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/RequestClient.h"
#include "common/Labels.h"
#include "common/ScrollingContent.h"
#include "onboarding/LedgerRecording.h"
#include "session/VendorSession.h"
#include "wizard/ApprovalLinkSection.h"
#include "wizard/ApprovalStatusSection.h"
#include "wizard/CustomerDesk.h"
#include "wizard/CustomerMessageSection.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/FollowedRequest.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/SandboxApprovalPanel.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QEvent>
#include <QHideEvent>
#include <QLabel>
#include <QScopedValueRollback>
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

    ScrollingContent::fill(this, u"approval"_s, {m_noRequestLabel, m_requestContent});

    // Reading order: status (its own order ends at "Ask again"), the sandbox, the link, the message.
    setTabOrder(m_statusSection->lastInTabOrder(), m_sandboxPanel->firstInTabOrder());
    setTabOrder(m_sandboxPanel->lastInTabOrder(), m_linkSection->firstInTabOrder());
    setTabOrder(m_linkSection->lastInTabOrder(), m_messageSection->firstInTabOrder());

    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, m_statusSection, &ApprovalStatusSection::refreshCreatedText);
    // "Check now", and the presenter approving in the sandbox, are the person's actions: the
    // follower walks at once and starts its backoff over.
    const auto checkNow = [this] {
        if (Onboarding::StatusFollower *follower = m_context->customers()->follower())
            follower->followNow();
    };
    connect(m_statusSection, &ApprovalStatusSection::checkNowClicked, this, checkNow);
    connect(m_statusSection, &ApprovalStatusSection::retryCheckClicked, this, [this, checkNow] {
        m_statusSection->clearCheckFailure();
        checkNow();
    });
    connect(m_sandboxPanel, &SandboxApprovalPanel::approved, this, checkNow);
    connect(m_statusSection, &ApprovalStatusSection::askAgainClicked, this, &ApprovalPage::deleteAndAskAgain);
    connect(
        m_context->customers(), &CustomerDesk::selectedCustomerUpdated, this, &ApprovalPage::customerUpdated);
    connect(m_context->customers(), &CustomerDesk::ledgerChanged, this, [this] {
        // A new session or system brings a new follower: follow through it while shown.
        if (isVisible())
            follow(true);
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
    m_deleted = false;
    m_statusSection->clearMessages();
    m_sandboxPanel->clearStatus();
    m_linkSection->clearStatus();
    const auto customer = m_context->customers()->selected();
    m_lastState = customer ? std::optional<CustomerState>(customer->state) : std::nullopt;
    m_shownKey = customer ? customer->key() : QString();
    m_request = customer ? FollowedRequest::of(*customer, m_context->customers()->scope().systemId, m_request)
                         : std::nullopt;
    showRequest();
    if (!customer || !m_request)
        return;
    // One look at the request itself (opening the page is the person's action): the message lists
    // what it asks for, which the ledger does not keep.
    VendorSession *session = m_context->session();
    if (!session)
        return;
    // What that look finds is recorded in the ledger as any status check's answer is: a request
    // decided meanwhile is announced and enables Next now, not at the follower's next walk (which,
    // backed off, can be a minute away) while the page already shows "approved"; only while the ledger
    // still follows that very request (LedgerRecording::lookedAt).
    QPointer<ApprovalPage> self(this);
    const QString key = customer->key();
    const auto shown = [self, key](const Altinn::SystemUserRequestResponse &full) {
        if (!self || self->m_context->customers()->selectedKey() != key)
            return;
        self->m_request = full;
        self->showRequest();
    };
    if (customer->state == CustomerState::ChangePending) {
        session->changeRequests()->get(
            customer->changeRequestId, [self, shown, customer](const auto &result) {
                if (!result.ok() || !self)
                    return;
                shown(FollowedRequest::ofChange(*result.value, customer->kind));
                Onboarding::LedgerRecording::lookedAt(self->m_context->customers()->ledger(), *result.value);
            });
    } else {
        session->requests()->get(customer->requestId, customer->kind, [self, shown](const auto &result) {
            if (!result.ok() || !self)
                return;
            shown(*result.value);
            Onboarding::LedgerRecording::lookedAt(self->m_context->customers()->ledger(), *result.value);
        });
    }
}

void ApprovalPage::customerUpdated()
{
    // Only the page in view announces: a hidden page catches up when it is shown again. Showing the
    // sections below shows this page's children, which must not start another round from here.
    if (!isVisible() || m_updating)
        return;
    const QScopedValueRollback updating(m_updating, true);
    const auto customer = m_context->customers()->selected();
    if (!customer) {
        if (m_request)
            initializePage(); // the selection was dropped: show "nothing to follow"
        return;
    }
    if (!m_request || customer->key() != m_shownKey) {
        initializePage();
        return;
    }
    const std::optional<CustomerState> previous = m_lastState;
    m_lastState = customer->state;
    if (customer->state == previous)
        return;
    m_statusSection->clearConnectionProblem();
    if (customer->state == CustomerState::NotAsked) {
        requestGone(); // deleted elsewhere
        return;
    }
    m_request = FollowedRequest::of(*customer, m_context->customers()->scope().systemId, m_request);
    if (!m_request)
        return;
    showRequest();
    const QString text = m_statusSection->announceStatus(*m_request);
    notify(tr("System user request: %1").arg(CustomerStates::text(customer->state)), text);
}

void ApprovalPage::cleanupPage()
{
    follow(false);
    if (m_trayIcon)
        m_trayIcon->hide();
}

bool ApprovalPage::isComplete() const
{
    const auto customer = m_context->customers()->selected();
    return customer && !m_deleted && customer->state == CustomerState::Approved;
}

void ApprovalPage::setFollowIntervals(Onboarding::StatusFollower::Intervals intervals)
{
    if (Onboarding::StatusFollower *follower = m_context->customers()->follower())
        follower->setIntervals(intervals);
}

void ApprovalPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    follow(true);
    customerUpdated(); // from the ledger only: what changed while the page was hidden (e.g. after Back)
}

void ApprovalPage::hideEvent(QHideEvent *event)
{
    // A minimised window keeps following: that is when the desktop notification matters most.
    if (!event->spontaneous())
        follow(false);
    QWizardPage::hideEvent(event);
}

void ApprovalPage::follow(bool on)
{
    Onboarding::StatusFollower *follower = m_context->customers()->follower();
    if (follower != m_follower) {
        if (m_follower)
            m_follower->unsubscribe(this);
        m_follower = follower;
        // Subscribing again never makes the follower walk sooner than its backoff allows, so a QWizard
        // hiding and showing the page on every button update costs no call.
        m_statusSection->watch(follower);
    }
    if (on) {
        m_statusSection->refreshCreatedText();
        m_clock.start();
        if (m_follower)
            m_follower->subscribe(this);
    } else {
        m_clock.stop();
        if (m_follower)
            m_follower->unsubscribe(this);
    }
}

void ApprovalPage::showRequest()
{
    m_noRequestLabel->setVisible(!m_request);
    m_requestContent->setVisible(m_request.has_value());
    if (m_request) {
        m_linkSection->setRequest(*m_request);
        m_linkSection->setChangeRequest(std::nullopt);
        m_sandboxPanel->setVisible(m_context->environment().isLocal());
        const auto customer = m_context->customers()->selected();
        m_messageSection->setRequest(
            m_request, customer ? customer->name : QString(), m_state->publishedSystem());
        showStatus();
    }
    Q_EMIT completeChanged();
}

void ApprovalPage::showStatus()
{
    if (!m_request)
        return;
    const auto customer = m_context->customers()->selected();
    m_statusSection->setRequest(*m_request, customer ? customer->name : QString(), m_deleted);
    m_sandboxPanel->setRequest(*m_request, m_deleted);
    // A link that leads nowhere is not offered, nor a message asking the customer to use it.
    using LinkState = ApprovalLinkSection::LinkState;
    LinkState link = LinkState::Usable;
    if (m_deleted)
        link = LinkState::Deleted;
    else if (m_request->status == RequestStatus::Rejected || m_request->status == RequestStatus::Denied)
        link = LinkState::Rejected;
    else if (m_request->status == RequestStatus::Timedout)
        link = LinkState::Expired;
    m_linkSection->setLinkState(link, m_context->environment().isLocal());
    m_messageSection->setVisible(link == LinkState::Usable);
    Q_EMIT completeChanged();
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
                    // The ledger learns it at once; the follower has nothing left to ask about it.
                    if (const auto customer = self->m_context->customers()->selected()) {
                        CustomerRecord asked = *customer;
                        asked.requestId.clear();
                        asked.requestStatus.clear();
                        asked.confirmUrl.clear();
                        asked.state = CustomerState::NotAsked;
                        self->m_context->customers()->ledger()->upsert(asked);
                    }
                    self->askAgain(request);
                });
        });
}

void ApprovalPage::askAgain(const Altinn::SystemUserRequestResponse &request)
{
    m_context->customers()->select(
        CustomerRecord::keyOf(request.partyOrgNo, request.externalRef), CustomerDesk::Purpose::NewCustomer);
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
