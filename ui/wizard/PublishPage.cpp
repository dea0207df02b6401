#include "wizard/PublishPage.h"

#include "altinn/ApiOperation.h"
#include "altinn/SystemRegisterClient.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "validation/ServerFieldMapping.h"
#include "validation/ValidationCodes.h"
#include "wizard/DefinitionDiffModel.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Altinn::DefinitionChange;
using Altinn::SystemDefinition;
using Remedy = Altinn::Explanation::Remedy;

namespace {

QLabel *makeValueLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// Everything in @p draft as additions: what registering a new system creates.
QList<DefinitionChange> everythingAdded(const SystemDefinition &draft)
{
    SystemDefinition nothing;
    // The opposite visibility, so that the (always present) visibility setting is listed too.
    nothing.isVisible = !draft.isVisible;
    QList<DefinitionChange> changes = Altinn::SystemDefinitionDiff::compare(nothing, draft);
    for (DefinitionChange &change : changes) {
        change.kind = DefinitionChange::Kind::Added;
        change.before.clear();
    }
    return changes;
}

} // namespace

PublishPage::PublishPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_headlineLabel(new QLabel(this))
    , m_explanationLabel(new QLabel(this))
    , m_diffView(new QTableView(this))
    , m_diffModel(new DefinitionDiffModel(this))
    , m_findingsBox(new QGroupBox(this))
    , m_findingsIntroLabel(new QLabel(m_findingsBox))
    , m_findingsLayout(new QVBoxLayout)
    , m_receiptBox(new QGroupBox(this))
    , m_receiptLayout(new QFormLayout)
    , m_publishButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
    , m_backToSystemButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
    , m_remedyButton(new QPushButton(this))
{
    setObjectName(u"publishPage"_s);
    m_headlineLabel->setObjectName(u"publishHeadline"_s);
    m_headlineLabel->setProperty("role", u"heading"_s);
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextFormat(Qt::PlainText);
    QFont headlineFont = m_headlineLabel->font();
    headlineFont.setBold(true);
    m_headlineLabel->setFont(headlineFont);
    m_explanationLabel->setObjectName(u"publishExplanation"_s);
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setTextFormat(Qt::PlainText);

    m_diffView->setObjectName(u"diffTable"_s);
    m_diffView->setModel(m_diffModel);
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setAlternatingRowColors(true);
    m_diffView->setWordWrap(true);
    m_diffView->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_diffView->verticalHeader()->hide();
    // Short columns fit their text; the values share the rest and wrap.
    QHeaderView *header = m_diffView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DefinitionDiffModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DefinitionDiffModel::AfterColumn, QHeaderView::Stretch);
    m_diffView->setMinimumHeight(160);

    m_findingsBox->setObjectName(u"serverFindingsBox"_s);
    m_findingsIntroLabel->setObjectName(u"serverFindingsIntro"_s);
    m_findingsIntroLabel->setWordWrap(true);
    auto *findingsBoxLayout = new QVBoxLayout(m_findingsBox);
    findingsBoxLayout->addWidget(m_findingsIntroLabel);
    findingsBoxLayout->addLayout(m_findingsLayout);
    m_findingsBox->hide();

    m_receiptBox->setObjectName(u"receiptBox"_s);
    m_receiptLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_receiptLayout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_receiptBox->setLayout(m_receiptLayout);
    m_receiptBox->hide();

    m_publishButton->setObjectName(u"publishButton"_s);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    m_backToSystemButton->setObjectName(u"backToSystemButton"_s);
    m_remedyButton->setObjectName(u"remedyButton"_s);
    m_remedyButton->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publishButton);
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_backToSystemButton);
    buttons->addStretch(1);

    auto *remedyRow = new QHBoxLayout;
    remedyRow->addWidget(m_remedyButton);
    remedyRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headlineLabel);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_diffView, 1);
    layout->addWidget(m_findingsBox);
    layout->addWidget(m_receiptBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addLayout(remedyRow);
    layout->addStretch(0);

    setTabOrder(m_diffView, m_publishButton);
    setTabOrder(m_publishButton, m_reloadButton);
    setTabOrder(m_reloadButton, m_backToSystemButton);

    connect(m_publishButton, &QPushButton::clicked, this, &PublishPage::publish);
    connect(m_reloadButton, &QPushButton::clicked, this, &PublishPage::reload);
    connect(m_backToSystemButton, &QPushButton::clicked, this, [this] {
        Validation::Finding finding;
        if (m_mode == Mode::Deleted) {
            // The only way out of a deleted id is a new one.
            finding.code = Validation::Codes::SystemIdExists.toString();
            finding.path = u"/id"_s;
            finding.message = Altinn::ErrorExplainer::explainCode(finding.code).remedy;
        }
        requestFix(finding);
    });
    connect(m_remedyButton, &QPushButton::clicked, this, [this] {
        if (m_remedy == Remedy::CheckConnection)
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
    m_diffView->setAccessibleName(tr("Differences between the registered system and your draft"));
    m_findingsBox->setTitle(tr("Altinn did not accept these values"));
    m_findingsIntroLabel->setText(
        tr("Nothing was changed in Altinn. Correct each value on the system page, then come back and try "
           "again."));
    m_receiptBox->setTitle(tr("Registered in Altinn"));
    m_reloadButton->setText(tr("Check &again"));
    m_reloadButton->setAccessibleName(tr("Check again what is registered"));
    m_backToSystemButton->setText(tr("&Edit the system"));
    m_backToSystemButton->setAccessibleName(tr("Go back to the system page"));
    m_diffModel->retranslate();
    updateTexts();
    updateRemedy(m_remedy);
    updateReceipt();
    if (!m_findings.isEmpty()) {
        const QList<Validation::Finding> findings = m_findings; // showFindings() starts by clearing them
        showFindings(findings);
    }
}

void PublishPage::initializePage()
{
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

bool PublishPage::isComplete() const
{
    return m_mode == Mode::UpToDate && !m_publishing;
}

void PublishPage::reload()
{
    // Answers to what runs now belong to the old state: a late one must not overwrite the new.
    ++m_generation;
    cancelOperation();
    m_publishing = false;
    clearFindings();
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
            m_diffModel->setNames(names);
            updateReceipt();
        });
}

void PublishPage::fetchRegistered(bool afterPublish)
{
    VendorSession *session = m_context->session();
    if (!session || !m_draft) {
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
    const QString systemId = m_draft->id;
    QPointer<PublishPage> self(this);
    const int generation = m_generation;
    m_operation = session->systemRegister()->get(
        systemId, [self, generation, afterPublish](const Altinn::ApiResult<SystemDefinition> &result) {
            if (!self || self->m_generation != generation)
                return;
            PublishPage &page = *self;
            if (result.ok()) {
                page.m_publishing = false;
                page.m_justPublished = afterPublish;
                page.showRegistered(*result.value);
                if (afterPublish) {
                    page.m_status->showSuccess(
                        tr("Done at %1: this is what Altinn has registered now.")
                            .arg(QLocale().toString(
                                QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
                } else {
                    page.m_status->clear();
                }
                return;
            }
            if (!afterPublish && result.httpStatus == 404) {
                page.m_registered.reset();
                page.m_changes = everythingAdded(*page.m_draft);
                page.m_diffModel->setChanges(page.m_changes);
                page.m_status->clear();
                page.setMode(Mode::NewSystem);
                return;
            }
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                page.m_publishing = false;
                page.m_status->showInformation(afterPublish
                        ? tr("Stopped reading the system back. Select Check again to see what is registered.")
                        : tr("Stopped checking. Select Check again to see what is registered."));
                page.setMode(page.m_registered ? page.m_mode : Mode::LoadFailed);
                return;
            }
            if (afterPublish) {
                page.m_publishing = false;
                page.handleFailure(result.failure,
                    tr("reading the system back (it was probably saved; select Try again to check)"), [self] {
                        if (self)
                            self->fetchRegistered(true);
                    });
                page.setMode(page.m_mode);
                return;
            }
            // Without knowing what is registered there is nothing safe to compare against.
            page.m_registered.reset();
            page.setMode(Mode::LoadFailed);
            page.handleFailure(result.failure, tr("checking what is registered"), [self] {
                if (self)
                    self->reload();
            });
        });
}

void PublishPage::showRegistered(const SystemDefinition &registered)
{
    m_registered = registered;
    if (registered.isDeleted.value_or(false)) {
        m_changes.clear();
        m_diffModel->setChanges({});
        setMode(Mode::Deleted);
        return;
    }
    m_changes = Altinn::SystemDefinitionDiff::compare(registered, *m_draft);
    m_diffModel->setChanges(m_changes);
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
    VendorSession *session = m_context->session();
    if (!session || !m_draft) {
        m_status->showError(
            tr("The sandbox has not started yet. Wait a moment and try again."), [this] { publish(); });
        return;
    }
    clearFindings();
    updateRemedy(Remedy::None);
    m_publishing = true;
    const bool creating = m_mode == Mode::NewSystem;
    const SystemDefinition sent = *m_draft;
    const QString environment = m_context->environment().displayName();
    m_status->showBusy(creating ? tr("Registering “%1” in %2…").arg(sent.id, environment)
                                : tr("Updating “%1” in %2…").arg(sent.id, environment),
        [this] { cancelOperation(); });
    setMode(m_mode);
    Q_EMIT completeChanged();

    QPointer<PublishPage> self(this);
    const int generation = m_generation;
    const auto finished = [self, generation, sent, creating](const Altinn::ApiFailure &failure) {
        if (!self || self->m_generation != generation)
            return;
        if (!failure.isFailure()) {
            self->fetchRegistered(true);
            return;
        }
        self->m_publishing = false;
        if (failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
            // The request may have reached Altinn before it was cancelled: say so rather than guess.
            self->m_status->showInformation(
                tr("Stopped waiting for Altinn. The change may or may not have been made: select Check again "
                   "to see what is registered."));
            self->setMode(self->m_mode);
            return;
        }
        if (failure.kind == Altinn::ApiFailure::Kind::Http && !failure.error.fieldErrors.isEmpty())
            self->showFindings(Validation::ServerFieldMapping::findings(failure.error, sent));
        self->handleFailure(
            failure, creating ? tr("registering the system") : tr("updating the system"), [self] {
                if (self)
                    self->publish();
            });
        self->setMode(self->m_mode);
    };
    if (creating) {
        m_operation = session->systemRegister()->create(
            sent, [finished](const Altinn::ApiResult<QString> &result) { finished(result.failure); });
    } else {
        // get → merge → put: members the draft does not model are kept as registered.
        m_operation = session->systemRegister()->update(sent, Altinn::SystemRegisterClient::Field::All,
            [finished](const Altinn::ApiResult<SystemDefinition> &result) { finished(result.failure); });
    }
}

void PublishPage::handleFailure(
    const Altinn::ApiFailure &failure, const QString &operation, std::function<void()> retry)
{
    Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure, operation);
    if (!m_findings.isEmpty()) {
        // The findings list says what and where, each with a way to its field: here only that it failed.
        Altinn::Explanation brief;
        brief.summary = explanation.summary;
        brief.code = explanation.code;
        brief.traceId = explanation.traceId;
        explanation = brief;
        explanation.action = Remedy::FixInput;
    }
    // Sending the same draft again cannot help when the draft itself is wrong.
    const bool worthRetrying = explanation.action != Remedy::FixInput;
    m_status->showError(explanation.fullText(), worthRetrying ? std::move(retry) : std::function<void()>());
    updateRemedy(explanation.action);
}

void PublishPage::updateRemedy(Remedy action)
{
    m_remedy = action;
    switch (action) {
    case Remedy::CheckConnection:
        m_remedyButton->setText(tr("Check the &connection"));
        m_remedyButton->setAccessibleName(tr("Go to the Maskinporten page to check the connection"));
        m_remedyButton->show();
        break;
    case Remedy::FixInput:
    case Remedy::UpdateSystem:
        // With findings, each has its own button.
        m_remedyButton->setText(tr("&Fix on the system page"));
        m_remedyButton->setAccessibleName(tr("Go back to the system page to fix the definition"));
        m_remedyButton->setVisible(m_findings.isEmpty());
        break;
    default:
        m_remedyButton->hide();
        break;
    }
}

namespace {

/// "Rights, row 2", "Name, Norwegian Nynorsk (nn)", … for a finding's path.
QString fieldLabel(const QString &path)
{
    const QString member = path.section(u'/', 1, 1);
    if (member.isEmpty())
        return PublishPage::tr("The system definition");
    const QString field = DefinitionDiffModel::fieldName(member);
    const QString second = path.section(u'/', 2, 2);
    if (second.isEmpty())
        return field;
    if (member == u"name" || member == u"description")
        return PublishPage::tr("%1, %2").arg(field, DefinitionDiffModel::languageName(second));
    bool isIndex = false;
    const int index = second.toInt(&isIndex);
    return isIndex ? PublishPage::tr("%1, row %2").arg(field).arg(index + 1) : field;
}

} // namespace

void PublishPage::showFindings(const QList<Validation::Finding> &findings)
{
    clearFindings();
    m_findings = findings;
    QList<QPushButton *> fixButtons;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Validation::Finding &finding = findings.at(i);
        auto *row = new QWidget(m_findingsBox);
        row->setObjectName(u"serverFinding_%1"_s.arg(i));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString field = fieldLabel(finding.path);
        QString text = u"<b>"_s + field.toHtmlEscaped() + u"</b><br>"_s + finding.message.toHtmlEscaped();
        if (!finding.code.isEmpty())
            text += u" <span style=\"color:palette(placeholder-text)\">("_s + finding.code.toHtmlEscaped()
                + u")</span>"_s;
        auto *label = new QLabel(text, row);
        label->setObjectName(u"serverFindingText"_s);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *fix = new QPushButton(tr("Fix on the system page"), row);
        fix->setObjectName(u"fixButton"_s);
        fix->setAccessibleName(tr("Fix %1 on the system page").arg(field));
        fix->setAccessibleDescription(finding.message);
        connect(fix, &QPushButton::clicked, this, [this, finding] { requestFix(finding); });
        fixButtons.append(fix);
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(fix, 0, Qt::AlignTop);
        m_findingsLayout->addWidget(row);
    }
    m_findingsBox->setVisible(!findings.isEmpty());
    // Tab reaches the fix buttons where they are shown: after the table, before the page's buttons.
    QWidget *previous = m_diffView;
    for (QPushButton *fix : std::as_const(fixButtons)) {
        setTabOrder(previous, fix);
        previous = fix;
    }
    setTabOrder(previous, m_publishButton);
    updateRemedy(m_remedy);
}

void PublishPage::clearFindings()
{
    m_findings.clear();
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_findingsBox->hide();
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

void PublishPage::cancelOperation()
{
    if (m_operation)
        m_operation->cancel();
}

void PublishPage::setMode(Mode mode)
{
    const bool wasComplete = isComplete();
    m_mode = mode;
    const bool hasDiff = mode == Mode::NewSystem || mode == Mode::Changes;
    m_diffView->setVisible(hasDiff);
    m_publishButton->setVisible(hasDiff);
    m_publishButton->setEnabled(hasDiff && !m_publishing);
    m_reloadButton->setVisible(mode != Mode::NoDraft);
    m_reloadButton->setEnabled(!m_publishing);
    m_backToSystemButton->setVisible(mode == Mode::NoDraft || mode == Mode::Deleted);
    if (hasDiff)
        m_diffView->resizeRowsToContents();
    updateTexts();
    updateReceipt();
    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
}

void PublishPage::updateTexts()
{
    const QString systemId = m_draft ? m_draft->id : QString();
    const QString environment = m_context->environment().displayName();
    switch (m_mode) {
    case Mode::NoDraft:
        m_headlineLabel->setText(tr("There is nothing to publish yet."));
        m_explanationLabel->setText(tr("Describe your system on the system page first. It is kept as a draft "
                                       "while you work, and published from here."));
        break;
    case Mode::Loading:
        m_headlineLabel->setText(tr("Checking what is registered in %1…").arg(environment));
        m_explanationLabel->setText(
            tr("Your draft “%1” is compared with the registered system.").arg(systemId));
        break;
    case Mode::LoadFailed:
        m_headlineLabel->setText(tr("Could not check what is registered in %1.").arg(environment));
        m_explanationLabel->setText(
            tr("Your draft is kept. The message below says what went wrong and what to do."));
        break;
    case Mode::NewSystem:
        m_headlineLabel->setText(tr("“%1” is not registered in %2 yet.").arg(systemId, environment));
        m_explanationLabel->setText(tr("Registering it creates everything listed below."));
        m_publishButton->setText(tr("&Register system"));
        m_publishButton->setAccessibleName(tr("Register the system in %1").arg(environment));
        break;
    case Mode::Changes:
        m_headlineLabel->setText(tr(
            "Your draft differs from the registered system in %n place(s).", nullptr, int(m_changes.size())));
        m_explanationLabel->setText(
            tr("Updating replaces the registered values with those of your draft, as listed below. The "
               "registered system is read first, so nothing else is lost."));
        m_publishButton->setText(tr("&Update system"));
        m_publishButton->setAccessibleName(tr("Update the registered system in %1").arg(environment));
        break;
    case Mode::UpToDate:
        if (m_justPublished) {
            m_headlineLabel->setText(tr("“%1” is registered in %2.").arg(systemId, environment));
            m_explanationLabel->setText(
                tr("Altinn has accepted your draft; below is what it has registered now. "
                   "Continue to ask a customer for a system user."));
        } else {
            m_headlineLabel->setText(tr("No changes — the registered system already matches your draft."));
            m_explanationLabel->setText(
                tr("Nothing needs publishing. Continue to ask a customer for a system user."));
        }
        break;
    case Mode::Deleted:
        m_headlineLabel->setText(tr("The system id “%1” belongs to a deleted system.").arg(systemId));
        m_explanationLabel->setText(tr("Altinn keeps the id of a deleted system, so it cannot be registered "
                                       "or updated again. Choose a new system id on the system page."));
        break;
    }
}

void PublishPage::updateReceipt()
{
    while (m_receiptLayout->rowCount() > 0)
        m_receiptLayout->removeRow(0);
    const bool show = m_mode == Mode::UpToDate && m_registered;
    m_receiptBox->setVisible(show);
    if (!show)
        return;
    const SystemDefinition &system = *m_registered;
    const auto addRow = [this](const QString &label, const QString &value, const QString &name) {
        QLabel *valueLabel = makeValueLabel(m_receiptBox, value);
        valueLabel->setObjectName(name);
        valueLabel->setAccessibleName(label);
        auto *nameLabel = new QLabel(label, m_receiptBox);
        nameLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        nameLabel->setBuddy(valueLabel);
        m_receiptLayout->addRow(nameLabel, valueLabel);
    };
    addRow(tr("System id"), system.id, u"receiptSystemId"_s);
    QStringList names;
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        if (system.name.contains(language))
            names.append(tr("%1: %2").arg(language, system.name.value(language)));
    }
    addRow(tr("Name"), names.join(u'\n'), u"receiptNames"_s);

    const QList<Altinn::Right> rights = system.rights.value_or(QList<Altinn::Right>{});
    QStringList rightNames;
    for (const Altinn::Right &right : rights)
        rightNames.append(
            m_names.right(right.resourceId().isEmpty() ? right.identityKey() : right.resourceId()));
    addRow(tr("Rights"),
        tr("%n right(s)", nullptr, int(rights.size()))
            + (rightNames.isEmpty() ? QString() : QString(u":\n"_s + rightNames.join(u'\n'))),
        u"receiptRights"_s);

    const QList<Altinn::AccessPackageRef> packages =
        system.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    QStringList packageNames;
    for (const Altinn::AccessPackageRef &package : packages)
        packageNames.append(m_names.package(package.urn));
    addRow(tr("Access packages"),
        tr("%n access package(s)", nullptr, int(packages.size()))
            + (packageNames.isEmpty() ? QString() : QString(u":\n"_s + packageNames.join(u'\n'))),
        u"receiptPackages"_s);
    addRow(tr("Maskinporten client ids"),
        system.clientIds.isEmpty() ? tr("None — no system user token can be issued until one is added.")
                                   : system.clientIds.join(u'\n'),
        u"receiptClientIds"_s);
    addRow(tr("Redirect URLs"),
        system.allowedRedirectUrls.isEmpty() ? tr("None") : system.allowedRedirectUrls.join(u'\n'),
        u"receiptRedirectUrls"_s);
    addRow(tr("Visible in Altinn"), system.isVisible ? tr("Yes") : tr("No"), u"receiptVisible"_s);
    if (m_justPublished && m_state->publishedAt().isValid()) {
        addRow(tr("Published"),
            QLocale().toString(m_state->publishedAt().toLocalTime(), QLocale::ShortFormat), u"receiptTime"_s);
    }
}
