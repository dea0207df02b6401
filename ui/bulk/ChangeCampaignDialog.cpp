#include "bulk/ChangeCampaignDialog.h"

#include "bulk/BulkProgressSection.h"
#include "bulk/BulkText.h"
#include "bulk/CampaignPreviewSection.h"
#include "bulk/CampaignSendSection.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/Question.h"
#include "onboarding/StatusFollower.h"
#include "onboarding/SystemNamesLoader.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/ProductionGuard.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::ChangeCampaign;
using Onboarding::SubmitChangeRequestFlow;

ChangeCampaignDialog::ChangeCampaignDialog(WizardContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(context->session())
    , m_ledger(context->customers()->ledger())
    , m_systemId(m_ledger ? m_ledger->scope().systemId : QString())
    , m_introLabel(Labels::hint(u"campaignIntro"_s, this))
    , m_status(new OperationStatus(this))
    , m_planBar(new QProgressBar(this))
    , m_preview(new CampaignPreviewSection(this))
    , m_send(new CampaignSendSection(this))
    , m_progress(new BulkProgressSection(this))
    , m_doneLabel(Labels::notice(u"campaignDoneLabel"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_loader(new Onboarding::SystemNamesLoader(this))
{
    setObjectName(u"changeCampaignDialog"_s);
    const QLocale locale(context->language());
    setLocale(locale);
    m_preview->setLocale(locale);
    m_progress->setLocale(locale);
    m_send->setLocale(locale);
    m_status->setObjectName(u"campaignStatus"_s);
    m_planBar->setObjectName(u"campaignPlanBar"_s);
    m_planBar->setRange(0, 0);
    m_planBar->hide();
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeCampaignButton"_s);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_planBar);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_send);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_buttons);
    setTabOrder(m_preview, m_send->concurrencySpinBox());

    connect(m_send, &CampaignSendSection::sendRequested, this, &ChangeCampaignDialog::send);
    connect(m_progress, &BulkProgressSection::pauseRequested, this, [this] {
        if (m_batch)
            m_batch->pause();
    });
    connect(m_progress, &BulkProgressSection::resumeRequested, this, [this] {
        if (m_batch)
            m_batch->resume();
    });
    connect(m_progress, &BulkProgressSection::cancelRequested, this, &ChangeCampaignDialog::requestCancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangeCampaignDialog::reject);
    connect(m_loader, &Onboarding::SystemNamesLoader::finished, this,
        [this](bool ok, const Altinn::Explanation &explanation) {
            if (!ok) {
                m_planBar->hide();
                m_status->showError(tr("The system could not be read from Altinn: %1 %2")
                                        .arg(explanation.summary, explanation.remedy),
                    [this] { plan(); });
                return;
            }
            startCampaign();
        });
    connect(context, &WizardContext::sessionChanged, this, [this] {
        if (m_context->session() != m_session)
            sourceGone(tr("The profile or its connection changed, so the campaign stopped."));
    });
    connect(context->customers(), &CustomerDesk::ledgerChanged, this, [this] {
        if (m_context->customers()->ledger() != m_ledger)
            sourceGone(tr("Another customer list was opened, so the campaign stopped."));
    });

    resize(900, 680);
    setStep(Step::Plan);
    retranslateUi();
}

ChangeCampaignDialog::~ChangeCampaignDialog()
{
    cancelPlanning();
    if (m_batch)
        m_batch->cancel();
}

bool ChangeCampaignDialog::isPlanning() const
{
    return m_loader->isBusy() || (m_campaign && m_campaign->isBusy());
}

bool ChangeCampaignDialog::isSending() const
{
    return m_batch && m_batch->isBusy();
}

void ChangeCampaignDialog::setStep(Step step)
{
    m_step = step;
    m_preview->setVisible(step == Step::Preview);
    m_send->setVisible(step == Step::Preview);
    m_progress->setVisible(step == Step::Sending || step == Step::Done);
    m_doneLabel->setVisible(step == Step::Done);
    updateSendButton();
}

void ChangeCampaignDialog::plan()
{
    if (isPlanning() || isSending())
        return;
    m_plan.reset();
    m_preview->clear();
    setStep(Step::Plan);
    if (!m_session || !m_ledger) {
        m_status->showError(tr("There is no connection or no customer list: finish the Maskinporten page and "
                               "choose the system first."));
        return;
    }
    m_planBar->setRange(0, 0);
    m_planBar->show();
    m_status->showBusy(tr("Reading the system and what each system user holds now…"), [this] {
        cancelPlanning();
        m_planBar->hide();
        m_status->showError(tr("Planning was cancelled. Nothing was sent."), [this] { plan(); });
    });
    m_loader->start(m_session, m_systemId);
}

void ChangeCampaignDialog::startCampaign()
{
    if (!m_session || !m_ledger || !m_loader->system())
        return;
    delete m_campaign;
    m_campaign = new ChangeCampaign(
        m_ledger, ChangeCampaign::Clients{m_session->requests(), m_session->changeRequests()}, this);
    connect(m_campaign, &ChangeCampaign::progress, this, [this](int done, int total) {
        m_planBar->setRange(0, std::max(1, total));
        m_planBar->setValue(done);
        m_planBar->setFormat(tr("%1 of %2").arg(locale().toString(done), locale().toString(total)));
    });
    connect(m_campaign, &ChangeCampaign::finished, this, &ChangeCampaignDialog::planned);
    ChangeCampaign::Input input;
    input.system = *m_loader->system();
    input.packageFlags = m_loader->packageFlags();
    m_campaign->start(input);
}

void ChangeCampaignDialog::planned(const ChangeCampaign::Plan &plan)
{
    m_plan = plan;
    m_planBar->hide();
    if (plan.changeListFailure)
        m_status->showError(tr("The change requests could not be read, so standard system users could not be "
                               "planned: %1 %2")
                                .arg(plan.changeListFailure->summary, plan.changeListFailure->remedy),
            [this] { this->plan(); });
    else
        m_status->showSuccess(tr("Planned. Nothing has been sent yet."));
    const QString language = m_context->language();
    const Onboarding::SystemNamesLoader *loader = m_loader;
    m_preview->showPlan(plan, [loader, language](const QString &id) { return loader->title(id, language); });
    setStep(Step::Preview);
    if (m_send->sendButton()->isEnabled())
        m_send->sendButton()->setFocus();
}

void ChangeCampaignDialog::updateSendButton()
{
    const int count = m_plan ? m_plan->willChange : 0;
    m_send->setPlan(count, m_context->isProduction(), m_step == Step::Preview && m_session && m_ledger);
}

void ChangeCampaignDialog::send()
{
    if (!m_plan || isSending() || !m_session || m_plan->willChange == 0)
        return;
    const int count = m_plan->willChange;
    QPointer<ChangeCampaignDialog> self(this);
    ProductionGuard::confirm(this, m_session->environment(),
        tr("send a change request to %1 customer(s)", nullptr, count).arg(locale().toString(count)),
        [self](bool confirmed) {
            if (self && confirmed)
                self->startBatch();
        });
}

void ChangeCampaignDialog::startBatch()
{
    if (!m_plan || isSending() || !m_session || !m_ledger)
        return;
    // The plan's inputs carry a correlation id made from the system user and the change: sending the
    // same plan again (after a stop or a crash) gets back what was made, never a second change request.
    const QList<SubmitChangeRequestFlow::Input> inputs = m_plan->toChangeInputs();
    QList<Onboarding::BulkChangeRequestFlow::Item> items;
    for (const ChangeCampaign::CustomerResult &customer : m_plan->customers) {
        if (customer.verdict != ChangeCampaign::Verdict::WillChange)
            continue;
        for (const SubmitChangeRequestFlow::Input &input : inputs) {
            if (input.systemUserId == customer.systemUserId)
                items.append({customer.key, customer.orgNo, customer.name, input});
        }
    }
    if (items.isEmpty())
        return;
    delete m_batch;
    m_batch = new Onboarding::BulkChangeRequestFlow(m_session->changeRequests(), m_ledger, this);
    m_batch->setConcurrency(m_send->concurrency());
    connect(m_batch, &Onboarding::BulkChangeRequestFlow::customerFinished, this,
        &ChangeCampaignDialog::itemFinished);
    connect(m_batch, &Onboarding::BulkChangeRequestFlow::progressChanged, m_progress,
        &BulkProgressSection::showProgress);
    connect(m_batch, &Onboarding::BulkChangeRequestFlow::finished, this, [this] { batchEnded(false); });
    m_sent = m_failed = m_already = 0;
    m_progress->start(int(items.size()));
    setStep(Step::Sending);
    m_progress->pauseButton()->setFocus();
    m_batch->start(items);
}

void ChangeCampaignDialog::itemFinished(const Onboarding::BulkChangeRequestFlow::CustomerOutcome &outcome)
{
    using Kind = Onboarding::BulkChangeRequestFlow::CustomerOutcome::Kind;
    QString label;
    switch (outcome.kind) {
    case Kind::Created:
        ++m_sent;
        label = tr("Change request sent");
        break;
    case Kind::Existing:
        ++m_already;
        label = tr("Was sent already");
        break;
    case Kind::NothingToChange:
        label = tr("Nothing to change");
        break;
    case Kind::Failed:
        ++m_failed;
        label = tr("Failed");
        break;
    }
    const bool failed = outcome.kind == Kind::Failed;
    m_progress->addRow(
        outcome.key, BulkText::customer(outcome.name, outcome.orgNo), label, outcome.text, failed, failed);
}

void ChangeCampaignDialog::batchEnded(bool cancelled)
{
    m_progress->finish();
    const QLocale locale = this->locale();
    QString text =
        cancelled ? tr("Sending was stopped. Change requests already sent stay sent.") + u' ' : QString();
    text += tr("%1 change request(s) sent", nullptr, m_sent).arg(locale.toString(m_sent));
    if (m_already > 0)
        text += tr(", %1 sent before", nullptr, m_already).arg(locale.toString(m_already));
    if (m_failed > 0)
        text += tr(", %1 failed (see why in the table; plan again to retry them)", nullptr, m_failed)
                    .arg(locale.toString(m_failed));
    text += u'.';
    Labels::showNotice(m_doneLabel, text, m_failed > 0 || cancelled ? u"error"_s : u"success"_s);
    setStep(Step::Done);
    if (Onboarding::StatusFollower *follower = m_context->customers()->follower())
        follower->wake();
    Q_EMIT runEnded();
}

void ChangeCampaignDialog::requestCancel()
{
    if (!isSending())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop sending?"),
        tr("Change requests already sent stay sent."), QMessageBox::NoButton, this);
    box->setObjectName(u"cancelCampaignQuestion"_s);
    QPushButton *stop = box->addButton(tr("&Stop sending"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"confirmCancelCampaignButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep sending"), QMessageBox::RejectRole);
    Question::ask(box, keep, this, [this, stop](QAbstractButton *pressed) {
        if (pressed == stop)
            cancelSending();
    });
}

void ChangeCampaignDialog::cancelSending()
{
    if (!isSending())
        return;
    m_batch->cancel();
    batchEnded(true);
}

void ChangeCampaignDialog::cancelPlanning()
{
    m_loader->cancel();
    if (m_campaign)
        m_campaign->cancel();
}

void ChangeCampaignDialog::sourceGone(const QString &reason)
{
    if (isSending())
        cancelSending();
    if (isPlanning())
        cancelPlanning();
    m_planBar->hide();
    m_session = nullptr;
    m_status->showError(reason);
    updateSendButton();
}

void ChangeCampaignDialog::reject()
{
    if (!isSending()) {
        cancelPlanning();
        QDialog::reject();
        return;
    }
    if (findChild<QMessageBox *>(u"closeCampaignQuestion"_s))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change requests are being sent"),
        tr("Do you want to pause or to cancel sending before the window closes?"), QMessageBox::NoButton,
        this);
    box->setObjectName(u"closeCampaignQuestion"_s);
    box->setInformativeText(
        tr("Paused, sending goes on when you open Change campaign again and press Resume. "
           "Cancelled, change requests already sent stay sent."));
    QPushButton *pause = box->addButton(tr("&Pause and close"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(tr("&Cancel sending and close"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep sending"), QMessageBox::RejectRole);
    Question::ask(box, keep, this, [this, pause, cancel](QAbstractButton *pressed) {
        if (pressed == pause) {
            if (m_batch)
                m_batch->pause();
            QDialog::reject();
        } else if (pressed == cancel) {
            cancelSending();
            QDialog::reject();
        }
    });
}

void ChangeCampaignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangeCampaignDialog::retranslateUi()
{
    setWindowTitle(tr("Change campaign"));
    m_introLabel->setText(tr("When %1 gained or lost rights or access packages, each customer's system user "
                             "keeps what it was approved with until the customer approves a change request. "
                             "First see what would change for whom; nothing is sent before you press Send.")
                              .arg(m_systemId));
    m_planBar->setAccessibleName(tr("System users read"));
    m_progress->setTitle(tr("Sending change requests"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setText(tr("Close"));
        close->setAccessibleName(tr("Close"));
    }
    updateSendButton();
}

QPushButton *ChangeCampaignDialog::sendButton() const
{
    return m_send->sendButton();
}

QSpinBox *ChangeCampaignDialog::concurrencySpinBox() const
{
    return m_send->concurrencySpinBox();
}
