#include "bulk/BulkSendDialog.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SystemRegisterClient.h"
#include "bulk/BulkCompareSection.h"
#include "bulk/BulkProgressSection.h"
#include "bulk/BulkSummarySection.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/Question.h"
#include "onboarding/LedgerSync.h"
#include "onboarding/StatusFollower.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/ProductionGuard.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::BulkRequestFlow;

BulkSendDialog::BulkSendDialog(WizardContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(context->session())
    , m_ledger(context->customers()->ledger())
    , m_systemId(m_ledger ? m_ledger->scope().systemId : QString())
    , m_introLabel(Labels::hint(u"bulkSendIntro"_s, this))
    , m_compare(new BulkCompareSection(this))
    , m_progress(new BulkProgressSection(this))
    , m_summary(new BulkSummarySection(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"bulkSendDialog"_s);
    const QLocale locale(context->language());
    setLocale(locale);
    m_compare->setLocale(locale);
    m_progress->setLocale(locale);
    m_summary->setLocale(locale);
    m_compare->setProduction(context->isProduction());
    m_summary->setExportAvailable(false);
    m_buttons->setObjectName(u"bulkSendButtons"_s);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeBulkSendButton"_s);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_compare);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_summary);
    // Takes the room in step 1, where the outcome table is hidden.
    layout->addStretch(0);
    layout->addWidget(m_buttons);

    connect(m_compare, &BulkCompareSection::sendRequested, this, &BulkSendDialog::send);
    connect(m_progress, &BulkProgressSection::pauseRequested, this, [this] {
        if (m_flow)
            m_flow->pause();
    });
    connect(m_progress, &BulkProgressSection::resumeRequested, this, [this] {
        if (m_flow)
            m_flow->resume();
    });
    connect(m_progress, &BulkProgressSection::cancelRequested, this, &BulkSendDialog::requestCancel);
    connect(m_summary, &BulkSummarySection::exportRequested, this, &BulkSendDialog::exportRequested);
    connect(m_summary, &BulkSummarySection::closeRequested, this, &BulkSendDialog::reject);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkSendDialog::reject);
    // The clients and the ledger belong to the session: when it goes, so does everything sent through it.
    connect(context, &WizardContext::sessionChanged, this, [this] {
        if (m_context->session() != m_session)
            sourceGone(tr("The profile or its connection changed, so sending stopped."));
    });
    connect(context->customers(), &CustomerDesk::ledgerChanged, this, [this] {
        if (m_context->customers()->ledger() != m_ledger)
            sourceGone(tr("Another customer list was opened, so sending stopped."));
    });

    resize(900, 640);
    setStep(Step::Compare);
    retranslateUi();
}

BulkSendDialog::~BulkSendDialog()
{
    cancelComparison();
    if (m_flow)
        m_flow->cancel();
}

bool BulkSendDialog::isSending() const
{
    return m_flow && m_flow->isBusy();
}

bool BulkSendDialog::isComparing() const
{
    return (m_sync && m_sync->isBusy()) || m_systemFetch;
}

void BulkSendDialog::setExportAvailable(bool available)
{
    m_summary->setExportAvailable(available);
}

void BulkSendDialog::setStep(Step step)
{
    m_step = step;
    m_compare->setVisible(step == Step::Compare);
    m_progress->setVisible(step != Step::Compare);
    m_summary->setVisible(step == Step::Done);
    m_buttons->setVisible(step != Step::Done);
    if (step == Step::Done)
        m_summary->closeButton()->setFocus();
}

void BulkSendDialog::compare()
{
    if (isSending() || isComparing())
        return;
    setStep(Step::Compare);
    if (!m_session || !m_ledger) {
        m_compare->showFailed(m_sourceGone
                ? tr("The profile changed. Close this window and open Send requests again.")
                : tr("There is no connection or no customer list: finish the Maskinporten page and choose "
                     "the system first."),
            {});
        return;
    }
    m_syncDone = false;
    m_system.reset();
    m_compareFailure.clear();
    if (!m_sync) {
        m_sync = new Onboarding::LedgerSync(m_ledger,
            Onboarding::LedgerClients{
                m_session->requests(), m_session->systemUsers(), m_session->changeRequests()},
            this);
        connect(m_sync, &Onboarding::LedgerSync::finished, this,
            [this](const Onboarding::LedgerSync::Outcome &outcome) {
                if (outcome.cancelled)
                    return;
                m_syncDone = true;
                if (!outcome.ok && m_compareFailure.isEmpty())
                    m_compareFailure = tr("The customers could not be compared with Altinn: %1 %2")
                                           .arg(outcome.explanation.summary, outcome.explanation.remedy);
                comparisonPartDone();
            });
    }
    m_compare->showComparing([this] {
        cancelComparison();
        m_compare->showFailed(tr("The comparison was cancelled. Nothing is sent before the list has been "
                                 "compared with Altinn."),
            [this] { compare(); });
    });
    m_sync->start();
    QPointer<BulkSendDialog> self(this);
    m_systemFetch = m_session->systemRegister()->get(
        m_systemId, [self](const Altinn::ApiResult<Altinn::SystemDefinition> &result) {
            if (!self || result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_systemFetch = nullptr;
            if (result.ok()) {
                self->m_system = *result.value;
            } else if (self->m_compareFailure.isEmpty()) {
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("reading the system from Altinn"));
                self->m_compareFailure =
                    tr("The system could not be read: %1 %2").arg(explanation.summary, explanation.remedy);
            }
            self->comparisonPartDone();
        });
}

void BulkSendDialog::comparisonPartDone()
{
    if (!m_syncDone || m_systemFetch)
        return;
    if (!m_compareFailure.isEmpty() || !m_system || !m_ledger) {
        m_compare->showFailed(m_compareFailure, [this] { compare(); });
        return;
    }
    const QList<CustomerRecord> customers = m_ledger->customers();
    m_compare->showCompared(m_ledger->counts(), int(BulkRequestFlow::needingRequest(customers).size()),
        int(BulkRequestFlow::inDoubt(*m_ledger).size()));
    if (m_compare->sendButton()->isEnabled())
        m_compare->sendButton()->setFocus();
}

void BulkSendDialog::cancelComparison()
{
    if (m_sync && m_sync->isBusy())
        m_sync->cancel();
    if (Altinn::ApiOperation *operation = m_systemFetch) {
        m_systemFetch = nullptr;
        operation->cancel();
    }
}

void BulkSendDialog::send()
{
    if (isSending() || !m_session || !m_ledger || !m_system)
        return;
    const int needing = m_compare->needing();
    QPointer<BulkSendDialog> self(this);
    ProductionGuard::confirm(this, m_session->environment(),
        tr("send a system user request to %1 customer(s)", nullptr, needing).arg(locale().toString(needing)),
        [self](bool confirmed) {
            if (self && confirmed)
                self->startFlow();
        });
}

void BulkSendDialog::startFlow()
{
    if (isSending() || !m_session || !m_ledger || !m_system)
        return;
    const QList<CustomerRecord> customers = BulkRequestFlow::needingRequest(m_ledger->customers());
    if (customers.isEmpty())
        return;
    delete m_flow;
    m_flow = new BulkRequestFlow(m_session->requests(), m_session->systemUsers(), m_ledger, this);
    m_flow->setActivityLog(m_session->activityLog());
    m_flow->setConcurrency(m_compare->concurrency());
    m_runOutcomes.clear();
    connect(m_flow, &BulkRequestFlow::customerFinished, this,
        [this](const BulkRequestFlow::CustomerOutcome &outcome) {
            m_runOutcomes.append(outcome);
            m_progress->addOutcome(outcome);
        });
    connect(m_flow, &BulkRequestFlow::progressChanged, m_progress, &BulkProgressSection::showProgress);
    connect(m_flow, &BulkRequestFlow::finished, this, &BulkSendDialog::runFinished);
    m_runTotal = int(customers.size());
    m_progress->start(m_runTotal);
    setStep(Step::Sending);
    m_progress->pauseButton()->setFocus();
    m_flow->start(*m_system, customers);
}

void BulkSendDialog::runFinished(const BulkRequestFlow::Summary &summary)
{
    m_progress->finish();
    m_summary->showSummary(summary);
    setStep(Step::Done);
    // Customers just asked are waiting now: the follower looks at them from the short interval again.
    if (Onboarding::StatusFollower *follower = m_context->customers()->follower())
        follower->wake();
    Q_EMIT runEnded();
}

void BulkSendDialog::requestCancel()
{
    if (!isSending())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop sending?"),
        tr("Requests already sent stay sent."), QMessageBox::NoButton, this);
    box->setObjectName(u"cancelSendingQuestion"_s);
    box->setInformativeText(tr("Customers not asked yet can be asked in a later run. Those being asked "
                               "right now are looked up at Altinn first then, so nobody is asked twice."));
    QPushButton *stop = box->addButton(tr("&Stop sending"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"confirmCancelSendingButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep sending"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepSendingButton"_s);
    Question::ask(box, keep, this, [this, stop](QAbstractButton *pressed) {
        if (pressed == stop)
            cancelSending();
    });
}

void BulkSendDialog::cancelSending(const QString &reason)
{
    if (!isSending())
        return;
    m_flow->cancel();
    m_progress->finish();
    m_summary->showCancelled(m_runOutcomes, m_runTotal, reason);
    setStep(Step::Done);
    Q_EMIT runEnded();
}

void BulkSendDialog::sourceGone(const QString &reason)
{
    m_sourceGone = true;
    if (isSending()) {
        cancelSending(reason);
    } else if (isComparing()) {
        cancelComparison();
        m_compare->showFailed(reason, {});
    }
    m_session = nullptr;
    m_summary->setExportAvailable(false);
}

void BulkSendDialog::reject()
{
    if (!isSending()) {
        cancelComparison();
        QDialog::reject();
        return;
    }
    if (findChild<QMessageBox *>(u"closeWhileSendingQuestion"_s))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Requests are being sent"),
        tr("Do you want to pause or to cancel sending before the window closes?"), QMessageBox::NoButton,
        this);
    box->setObjectName(u"closeWhileSendingQuestion"_s);
    box->setInformativeText(tr("Paused, sending goes on when you open Send requests again and press "
                               "Resume. Cancelled, requests already sent stay sent."));
    QPushButton *pause = box->addButton(tr("&Pause and close"), QMessageBox::AcceptRole);
    pause->setObjectName(u"pauseAndCloseButton"_s);
    QPushButton *cancel = box->addButton(tr("&Cancel sending and close"), QMessageBox::DestructiveRole);
    cancel->setObjectName(u"cancelAndCloseButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep sending"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepSendingOpenButton"_s);
    Question::ask(box, keep, this, [this, pause, cancel](QAbstractButton *pressed) {
        if (pressed == pause) {
            if (m_flow)
                m_flow->pause();
            QDialog::reject();
        } else if (pressed == cancel) {
            cancelSending();
            QDialog::reject();
        }
    });
}

void BulkSendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BulkSendDialog::retranslateUi()
{
    setWindowTitle(tr("Send requests"));
    m_introLabel->setText(m_systemId.isEmpty()
            ? QString()
            : tr("A system user request for %1 to every customer in the list who needs one, in %2.")
                  .arg(m_systemId, m_context->environment().displayName()));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setText(tr("Close"));
        close->setAccessibleName(tr("Close"));
    }
}
