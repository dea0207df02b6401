#include "wizard/PublishPage.h"

#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/DefinitionDiffModel.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/PublishFindingsSection.h"
#include "wizard/PublishReceiptSection.h"
#include "wizard/PublishRemedyButton.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemDefinition;
using Onboarding::PublishSystemFlow;
using Remedy = Altinn::Explanation::Remedy;

PublishPage::PublishPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_diffSection(new PublishDiffSection(this))
    , m_findingsSection(new PublishFindingsSection(this))
    , m_receiptSection(new PublishReceiptSection(this))
    , m_status(new OperationStatus(this))
    , m_remedyButton(new PublishRemedyButton(this))
{
    setObjectName(u"publishPage"_s);
    auto *remedyRow = new QHBoxLayout;
    remedyRow->addWidget(m_remedyButton);
    remedyRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_diffSection, 1);
    layout->addWidget(m_findingsSection);
    layout->addWidget(m_receiptSection);
    layout->addWidget(m_status);
    layout->addLayout(remedyRow);
    layout->addStretch(0);

    connect(m_diffSection, &PublishDiffSection::publishRequested, this, &PublishPage::publish);
    connect(m_diffSection, &PublishDiffSection::reloadRequested, this, &PublishPage::reload);
    connect(m_findingsSection, &PublishFindingsSection::fixRequested, this, &PublishPage::requestFix);
    connect(m_diffSection, &PublishDiffSection::editRequested, this, &PublishPage::requestFix);
    connect(m_remedyButton, &QPushButton::clicked, this, [this] {
        if (m_remedyButton->remedy() == Remedy::CheckConnection)
            goBackTo(static_cast<int>(OnboardingWizard::PageId::MaskinportenClient));
        else
            requestFix({});
    });
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // Another environment or vendor: what was read belongs to the old one.
        if (isVisible())
            reload();
    });
    retranslateUi();
    setMode(Mode::Loading);
}

void PublishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void PublishPage::retranslateUi()
{
    setTitle(tr("Publish"));
    setSubTitle(
        tr("Compare your draft with what is registered in Altinn, then register or update the system."));
    m_diffSection->retranslateUi();
    m_findingsSection->retranslateUi();
    m_receiptSection->retranslateUi();
    // The rebuilt fix buttons go back into the tab order.
    m_findingsSection->chainTabOrder(m_diffSection->view(), m_diffSection->publishButton());
    setMode(m_mode);
    updateRemedy(m_remedyButton->remedy());
}

void PublishPage::initializePage()
{
    // Leaving the page (either way) gives Enter back to the wizard's Next.
    connect(
        wizard(), &QWizard::currentIdChanged, this, &PublishPage::updateDefaultButton, Qt::UniqueConnection);
    reload();
}

void PublishPage::cleanupPage()
{
    cancelOperation();
    QWizardPage::cleanupPage();
}

bool PublishPage::isBusy() const
{
    return m_status->isBusy();
}

void PublishPage::reload()
{
    if (m_flow) {
        // Its answers belong to the old state: a late one must not overwrite the new.
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    VendorSession *session = m_context->session();
    m_flow = session ? new PublishSystemFlow(session->systemRegister(), this) : nullptr;
    if (m_flow)
        connect(m_flow, &PublishSystemFlow::finished, this, &PublishPage::flowFinished);
    m_publishing = false;
    m_readingBack = false;
    m_findingsSection->clear();
    updateRemedy(Remedy::None);
    m_status->clear();
    m_justPublished = false;
    m_registered.reset();
    m_changes.clear();

    const Profile profile = m_context->profile();
    const auto draft = m_context->drafts()->systemDefinition(profile.id);
    m_draft = draft ? std::optional(SystemDefinition::fromJson(*draft)) : std::nullopt;
    if (!m_draft || m_draft->id.isEmpty()) {
        m_draft.reset();
        setMode(Mode::NoDraft);
        return;
    }

    // What this run published last stands until Altinn says otherwise, so a return to this page (or the
    // wizard walking past it) does not wait for the network.
    const auto published = m_state->publishedSystem();
    if (published && published->id == m_draft->id)
        showRegistered(*published);
    else
        setMode(Mode::Loading);
    fetchRegistered(false);
    CatalogueNames::load(
        m_context->session(), m_context->language(), this, [this](const CatalogueNames &names) {
            m_names = names;
            m_diffSection->model()->setNames(names);
            updateReceipt();
        });
}

void PublishPage::fetchRegistered(bool afterPublish)
{
    if (!m_flow || !m_draft) {
        m_publishing = false;
        setMode(m_registered ? m_mode : Mode::LoadFailed);
        m_status->showError(
            tr("The sandbox has not started yet. Wait a moment and try again."), [this] { reload(); });
        return;
    }
    m_status->showBusy(afterPublish
            ? tr("Reading the system back from Altinn…")
            : tr("Checking what is registered in %1…").arg(m_context->environment().displayName()),
        [this] { cancelOperation(); });
    m_readingBack = afterPublish;
    m_flow->setDefinition(*m_draft);
    m_flow->setAction(PublishSystemFlow::Action::CreateOrUpdate);
    m_flow->preview();
}

void PublishPage::flowFinished(const Outcome &outcome)
{
    m_publishing = false;
    const bool afterPublish = !outcome.preview || m_readingBack;
    m_readingBack = false;
    if (outcome.isFailed()) {
        flowFailed(outcome);
        return;
    }
    if (outcome.result == Outcome::Result::NotRegistered) {
        m_registered.reset();
        m_changes = outcome.changes;
        m_diffSection->setChanges(m_changes);
        m_status->clear();
        setMode(Mode::NewSystem);
        return;
    }
    if (!outcome.registered)
        return; // nothing was read: start() is only called after a preview
    m_justPublished = afterPublish;
    showRegistered(*outcome.registered);
    if (afterPublish && outcome.result != Outcome::Result::Deleted) {
        // A create whose answer was lost, or that found the system there already, was checked by reading it.
        // Written again in the new language on a switch (-> QString: a QStringBuilder would dangle).
        m_status->showSuccess([answerLost = outcome.answerLost, alreadyRegistered = outcome.alreadyRegistered,
                                  updatedAfterwards = outcome.updatedAfterwards,
                                  done = QDateTime::currentDateTime().time()]() -> QString {
            QString found;
            if (answerLost)
                found = tr("The answer from Altinn was lost; the system was read back afterwards: it was "
                           "registered.");
            else if (alreadyRegistered)
                found = tr("The system was registered already, as yours; nothing was registered twice.");
            if (updatedAfterwards)
                found += u' ' + tr("It differed from your draft, so it was updated.");
            return (found.isEmpty() ? QString() : found.trimmed() + u'\n')
                + tr("Done at %1: this is what Altinn has registered now.")
                      .arg(QLocale().toString(done, QLocale::ShortFormat));
        });
    } else {
        m_status->clear();
    }
}

void PublishPage::flowFailed(const Outcome &outcome)
{
    using Step = Outcome::Step;
    if (outcome.isCancelled()) {
        if (outcome.step == Step::Send) {
            // The request may have reached Altinn before it was cancelled: say so rather than guess.
            m_status->showInformation(
                tr("Stopped waiting for Altinn. The change may or may not have been made: select Check again "
                   "to see what is registered."));
            setMode(m_mode);
            return;
        }
        m_status->showInformation(outcome.step == Step::ReadBack
                ? tr("Stopped reading the system back. Select Check again to see what is registered.")
                : tr("Stopped checking. Select Check again to see what is registered."));
        setMode(m_registered ? m_mode : Mode::LoadFailed);
        return;
    }
    const Step step = outcome.step;
    if (step == Step::Fetch) {
        // Without knowing what is registered there is nothing safe to compare against.
        m_registered.reset();
        setMode(Mode::LoadFailed);
    } else if (step == Step::Send) {
        showFindings(outcome.findings);
    }
    // Sending the same draft again cannot help when the draft itself is wrong.
    const bool worthRetrying = step != Step::Send || outcome.explanation.action != Remedy::FixInput;
    m_status->showExplanation(
        outcome.explanation, !worthRetrying ? std::function<void()>() : [this, step] {
            if (step == Step::Fetch)
                reload();
            else
                step == Step::ReadBack ? fetchRegistered(true) : publish();
        });
    updateRemedy(outcome.explanation.action);
    setMode(m_mode);
}

void PublishPage::showRegistered(const SystemDefinition &registered)
{
    m_registered = registered;
    if (registered.isDeleted.value_or(false)) {
        m_changes.clear();
        m_diffSection->setChanges({});
        setMode(Mode::Deleted);
        return;
    }
    m_changes = Altinn::SystemDefinitionDiff::compare(registered, *m_draft);
    m_diffSection->setChanges(m_changes);
    if (m_changes.isEmpty()) {
        const auto known = m_state->publishedSystem();
        if (!known || *known != registered || m_justPublished) {
            // Keep the time of an earlier publish of the same system; a fresh one gets now.
            const bool same = known && known->id == registered.id && !m_justPublished;
            m_state->setPublishedSystem(
                registered, same ? m_state->publishedAt() : QDateTime::currentDateTimeUtc());
        }
    }
    setMode(m_changes.isEmpty() ? Mode::UpToDate : Mode::Changes);
}

void PublishPage::publish()
{
    if (!m_draft || m_publishing || (m_mode != Mode::NewSystem && m_mode != Mode::Changes))
        return;
    const QString systemId = m_draft->id;
    const QString action = m_mode == Mode::NewSystem ? tr("register the system “%1”").arg(systemId)
                                                     : tr("update the system “%1”").arg(systemId);
    QPointer<PublishPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self](bool confirmed) {
        if (!self)
            return;
        if (confirmed)
            self->send();
        else
            self->m_status->showInformation(tr("Nothing was changed in Altinn."));
    });
}

void PublishPage::send()
{
    if (!m_flow || !m_draft) {
        m_status->showError(
            tr("The sandbox has not started yet. Wait a moment and try again."), [this] { publish(); });
        return;
    }
    m_findingsSection->clear();
    updateRemedy(Remedy::None);
    m_publishing = true;
    const bool creating = m_mode == Mode::NewSystem;
    const QString environment = m_context->environment().displayName();
    m_status->showBusy(creating ? tr("Registering “%1” in %2…").arg(m_draft->id, environment)
                                : tr("Updating “%1” in %2…").arg(m_draft->id, environment),
        [this] { cancelOperation(); });
    setMode(m_mode);
    Q_EMIT completeChanged();
    m_flow->setDefinition(*m_draft);
    m_flow->setAction(creating ? PublishSystemFlow::Action::Create : PublishSystemFlow::Action::Update);
    m_flow->start();
}

void PublishPage::updateRemedy(Remedy action)
{
    // With findings, each has its own button.
    m_remedyButton->setRemedy(action, !m_findingsSection->findings().isEmpty());
}

void PublishPage::showFindings(const QList<Validation::Finding> &findings)
{
    m_findingsSection->setFindings(findings);
    // Tab reaches the fix buttons where they are shown: after the table, before the page's buttons.
    m_findingsSection->chainTabOrder(m_diffSection->view(), m_diffSection->publishButton());
    updateRemedy(m_remedyButton->remedy());
}

void PublishPage::requestFix(const Validation::Finding &finding)
{
    goBackTo(static_cast<int>(OnboardingWizard::PageId::SystemDefinition));
    Q_EMIT fixRequested(finding);
}

void PublishPage::goBackTo(int pageId)
{
    QWizard *owner = wizard();
    if (!owner || !owner->visitedIds().contains(pageId))
        return;
    while (owner->currentId() != pageId) {
        const int before = owner->currentId();
        owner->back();
        if (owner->currentId() == before)
            break;
    }
}

void PublishPage::setMode(Mode mode)
{
    const bool wasComplete = isComplete();
    m_mode = mode;
    m_diffSection->showState(mode, m_draft ? m_draft->id : QString(), m_context->environment().displayName(),
        m_justPublished, m_publishing);
    updateReceipt();
    updateDefaultButton();
    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
}

void PublishPage::updateDefaultButton()
{
    QWizard *owner = wizard();
    QPushButton *publishButton = m_diffSection->publishButton();
    const bool offer = owner && owner->currentPage() == this && publishButton->isVisibleTo(this)
        && publishButton->isEnabled();
    const bool wasOffered = publishButton->isDefault();
    publishButton->setDefault(offer);
    // QWizard makes Next its default button on every page (Next is disabled until the system is
    // registered, so Enter would do nothing): while Register is on offer, Enter registers (issue 14).
    if (owner && (offer || m_ownsDefaultButton)) {
        owner->setOption(QWizard::NoDefaultButton, offer);
        if (auto *next = qobject_cast<QPushButton *>(owner->button(QWizard::NextButton)))
            next->setDefault(!offer);
        m_ownsDefaultButton = offer;
    }
    // Arriving keyboard users sit on "Check again" while the comparison loads: move on to Register.
    QWidget *focus = QApplication::focusWidget();
    if (offer && !wasOffered && (!focus || !isAncestorOf(focus) || focus == m_diffSection->reloadButton()))
        publishButton->setFocus(Qt::OtherFocusReason);
}

void PublishPage::updateReceipt()
{
    const bool show = m_mode == Mode::UpToDate && m_registered;
    const QDateTime publishedAt = m_justPublished ? m_state->publishedAt() : QDateTime();
    m_receiptSection->showSystem(show ? m_registered : std::nullopt, m_names, publishedAt);
}
