#include "wizard/CustomerRequestPage.h"

#include "altinn/ApiOperation.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/MetadataClient.h"
#include "altinn/RequestStatusText.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemRegisterClient.h"
#include "altinn/SystemUserClient.h"
#include "common/OperationStatus.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"
#include "session/VendorSession.h"
#include "validation/OrgNumber.h"
#include "validation/RequestValidator.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/RelativeTimeText.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Validation::OrgNumber;

namespace {

QLabel *sectionHeading(QWidget *parent, QList<QLabel *> &headings, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"sectionHeading"_s);
    headings.append(label);
    return label;
}

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setProperty("role", u"hint"_s);
    return label;
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setProperty("role", u"fieldMessage"_s);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setHint(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void setMessage(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setProperty("kind", kind);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

/// Whose checklist item a key belongs to: rights by their identity, packages by their URN.
constexpr int KeyRole = Qt::UserRole;

bool isRejected(Altinn::RequestStatus status)
{
    return status == Altinn::RequestStatus::Rejected || status == Altinn::RequestStatus::Denied;
}

} // namespace

CustomerRequestPage::CustomerRequestPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_systemLabel(new QLabel(this))
    , m_systemComboBox(new QComboBox(this))
    , m_systemStatus(new OperationStatus(this))
    , m_kindLabel(new QLabel(this))
    , m_standardRadio(new QRadioButton(this))
    , m_agentRadio(new QRadioButton(this))
    , m_kindGroup(new QButtonGroup(this))
    , m_kindHint(hintLabel(u"kindHint"_s, this))
    , m_orgNumberLabel(new QLabel(this))
    , m_orgNumberEdit(new QLineEdit(this))
    , m_orgNumberMessage(messageLabel(u"orgNumberMessage"_s, this))
    , m_customerNameLabel(messageLabel(u"customerNameLabel"_s, this))
    , m_externalRefLabel(new QLabel(this))
    , m_externalRefEdit(new QLineEdit(this))
    , m_externalRefHint(hintLabel(u"externalRefHint"_s, this))
    , m_rightsLabel(new QLabel(this))
    , m_rightsList(new QListWidget(this))
    , m_rightsNote(hintLabel(u"rightsNote"_s, this))
    , m_packagesLabel(new QLabel(this))
    , m_packagesList(new QListWidget(this))
    , m_packagesNote(hintLabel(u"packagesNote"_s, this))
    , m_checklistHint(hintLabel(u"checklistHint"_s, this))
    , m_catalogueHint(messageLabel(u"catalogueHint"_s, this))
    , m_redirectLabel(new QLabel(this))
    , m_redirectComboBox(new QComboBox(this))
    , m_redirectHint(hintLabel(u"redirectHint"_s, this))
    , m_titleLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_titleHint(hintLabel(u"titleHint"_s, this))
    , m_findingsLabel(messageLabel(u"findingsLabel"_s, this))
    , m_sendButton(new QPushButton(this))
    , m_sendStatus(new OperationStatus(this))
    , m_deleteAndAskAgainButton(new QPushButton(this))
    , m_followExistingButton(new QPushButton(this))
    , m_changeRequestButton(new QPushButton(this))
    , m_checkOrgNumberButton(new QPushButton(this))
    , m_editSystemButton(new QPushButton(this))
    , m_checkConnectionButton(new QPushButton(this))
    , m_changeLinkFrame(new QFrame(this))
    , m_changeLinkLabel(new QLabel(this))
    , m_changeLinkEdit(new QLineEdit(this))
    , m_openChangeLinkButton(new QPushButton(this))
    , m_copyChangeLinkButton(new QPushButton(this))
{
    setObjectName(u"customerRequestPage"_s);

    auto *content = new QWidget;
    content->setObjectName(u"customerRequestContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(buildSystemSection());
    contentLayout->addWidget(buildCustomerSection());
    contentLayout->addWidget(buildChecklistSection());
    contentLayout->addWidget(buildDetailsSection());
    contentLayout->addWidget(buildSendSection());
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

    // Top to bottom, the order the form is filled in.
    setTabOrder(m_systemComboBox, m_standardRadio);
    setTabOrder(m_standardRadio, m_agentRadio);
    setTabOrder(m_agentRadio, m_orgNumberEdit);
    setTabOrder(m_orgNumberEdit, m_externalRefEdit);
    setTabOrder(m_externalRefEdit, m_rightsList);
    setTabOrder(m_rightsList, m_packagesList);
    setTabOrder(m_packagesList, m_redirectComboBox);
    setTabOrder(m_redirectComboBox, m_titleEdit);
    setTabOrder(m_titleEdit, m_sendButton);
    setTabOrder(m_sendButton, m_followExistingButton);
    setTabOrder(m_followExistingButton, m_deleteAndAskAgainButton);
    setTabOrder(m_deleteAndAskAgainButton, m_changeRequestButton);
    setTabOrder(m_changeRequestButton, m_checkOrgNumberButton);
    setTabOrder(m_checkOrgNumberButton, m_editSystemButton);
    setTabOrder(m_editSystemButton, m_checkConnectionButton);
    setTabOrder(m_checkConnectionButton, m_changeLinkEdit);
    setTabOrder(m_changeLinkEdit, m_openChangeLinkButton);
    setTabOrder(m_openChangeLinkButton, m_copyChangeLinkButton);

    connect(m_systemComboBox, &QComboBox::activated, this,
        [this](int index) { loadSystem(m_systemComboBox->itemData(index).toString()); });
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && !m_filling) {
            fillChecklists();
            formEdited();
        }
    });
    connect(m_orgNumberEdit, &QLineEdit::textChanged, this, &CustomerRequestPage::orgNumberEdited);
    connect(m_orgNumberEdit, &QLineEdit::editingFinished, this, [this] { showOrgNumberProblem(true); });
    connect(m_externalRefEdit, &QLineEdit::textChanged, this, &CustomerRequestPage::formEdited);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &CustomerRequestPage::formEdited);
    connect(m_redirectComboBox, &QComboBox::currentIndexChanged, this, &CustomerRequestPage::formEdited);
    for (QListWidget *list : {m_rightsList, m_packagesList}) {
        connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
            if (m_filling)
                return;
            const QString key = item->data(KeyRole).toString();
            if (item->checkState() == Qt::Checked)
                m_unchecked.remove(key);
            else
                m_unchecked.insert(key);
            formEdited();
        });
    }
    connect(m_sendButton, &QPushButton::clicked, this, &CustomerRequestPage::send);
    connect(m_deleteAndAskAgainButton, &QPushButton::clicked, this, &CustomerRequestPage::deleteAndAskAgain);
    connect(m_followExistingButton, &QPushButton::clicked, this, &CustomerRequestPage::followExisting);
    connect(m_changeRequestButton, &QPushButton::clicked, this, &CustomerRequestPage::askForChange);
    connect(m_checkOrgNumberButton, &QPushButton::clicked, this, [this] {
        m_orgNumberEdit->setFocus(Qt::OtherFocusReason);
        m_orgNumberEdit->selectAll();
    });
    connect(m_editSystemButton, &QPushButton::clicked, this, &CustomerRequestPage::editSystemRequested);
    connect(
        m_checkConnectionButton, &QPushButton::clicked, this, &CustomerRequestPage::connectionCheckRequested);
    connect(m_openChangeLinkButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl(m_changeLinkEdit->text())); });
    connect(m_copyChangeLinkButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_changeLinkEdit->text()); });

    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // Another environment has other systems and catalogues.
        m_system.reset();
        m_packageTree.reset();
        m_resources.clear();
        m_loadPending = true;
        if (isVisible())
            loadEverything();
    });
    // Next depends on the request being followed, which page 6 may drop (delete and ask again).
    connect(m_state, &OnboardingState::changed, this, &QWizardPage::completeChanged);
    connect(m_context, &WizardContext::sandboxStateChanged, this, [this] {
        if (isVisible())
            lookUpCustomerName();
    });

    retranslateUi();
    clearOutcome();
}

QWidget *CustomerRequestPage::buildSystemSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"systemHeading"_s);
    m_systemComboBox->setObjectName(u"systemComboBox"_s);
    m_systemComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_systemComboBox->setMinimumContentsLength(30);
    m_systemLabel->setBuddy(m_systemComboBox);
    m_systemStatus->setObjectName(u"systemStatus"_s);

    m_standardRadio->setObjectName(u"standardRadio"_s);
    m_agentRadio->setObjectName(u"agentRadio"_s);
    m_kindGroup->addButton(m_standardRadio, static_cast<int>(Altinn::RequestKind::Standard));
    m_kindGroup->addButton(m_agentRadio, static_cast<int>(Altinn::RequestKind::Agent));
    m_standardRadio->setChecked(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *systemRow = new QHBoxLayout;
    systemRow->addWidget(m_systemComboBox);
    systemRow->addStretch(1);
    form->addRow(m_systemLabel, systemRow);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_standardRadio);
    kindRow->addSpacing(16);
    kindRow->addWidget(m_agentRadio);
    kindRow->addStretch(1);
    form->addRow(m_kindLabel, kindRow);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_systemStatus);
    layout->addWidget(m_kindHint);
    return section;
}

QWidget *CustomerRequestPage::buildCustomerSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"customerHeading"_s);
    m_orgNumberEdit->setObjectName(u"orgNumberEdit"_s);
    m_orgNumberEdit->setMaxLength(20);
    m_orgNumberEdit->setMaximumWidth(220);
    m_orgNumberEdit->setPlaceholderText(u"310904473"_s);
    m_orgNumberLabel->setBuddy(m_orgNumberEdit);
    m_externalRefEdit->setObjectName(u"externalRefEdit"_s);
    m_externalRefEdit->setMaxLength(Validation::RequestValidator::MaxExternalRefLength + 20);
    m_externalRefEdit->setMaximumWidth(420);
    m_externalRefLabel->setBuddy(m_externalRefEdit);

    auto *orgRow = new QHBoxLayout;
    orgRow->addWidget(m_orgNumberEdit);
    orgRow->addWidget(m_customerNameLabel, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_orgNumberLabel, orgRow);
    form->addRow(m_orgNumberMessage);
    form->addRow(m_externalRefLabel, m_externalRefEdit);
    form->addRow(m_externalRefHint);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    return section;
}

QWidget *CustomerRequestPage::buildChecklistSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"checklistHeading"_s);
    m_rightsList->setObjectName(u"rightsList"_s);
    m_packagesList->setObjectName(u"packagesList"_s);
    for (QListWidget *list : {m_rightsList, m_packagesList}) {
        list->setUniformItemSizes(true);
    }
    m_rightsLabel->setBuddy(m_rightsList);
    m_packagesLabel->setBuddy(m_packagesList);

    auto *rightsColumn = new QVBoxLayout;
    rightsColumn->addWidget(m_rightsLabel);
    rightsColumn->addWidget(m_rightsList);
    rightsColumn->addWidget(m_rightsNote);
    rightsColumn->addStretch(1);
    auto *packagesColumn = new QVBoxLayout;
    packagesColumn->addWidget(m_packagesLabel);
    packagesColumn->addWidget(m_packagesList);
    packagesColumn->addWidget(m_packagesNote);
    packagesColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(rightsColumn, 1);
    columns->addLayout(packagesColumn, 1);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_checklistHint);
    layout->addLayout(columns);
    layout->addWidget(m_catalogueHint);
    return section;
}

QWidget *CustomerRequestPage::buildDetailsSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"detailsHeading"_s);
    m_redirectComboBox->setObjectName(u"redirectComboBox"_s);
    m_redirectComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_redirectComboBox->setMinimumContentsLength(30);
    m_redirectLabel->setBuddy(m_redirectComboBox);
    m_titleEdit->setObjectName(u"integrationTitleEdit"_s);
    m_titleEdit->setMaxLength(255);
    m_titleEdit->setMaximumWidth(420);
    m_titleLabel->setBuddy(m_titleEdit);

    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirectComboBox);
    redirectRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_redirectLabel, redirectRow);
    form->addRow(m_redirectHint);
    form->addRow(m_titleLabel, m_titleEdit);
    form->addRow(m_titleHint);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    return section;
}

QWidget *CustomerRequestPage::buildSendSection()
{
    auto *section = new QWidget;
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setDefault(false);
    m_sendStatus->setObjectName(u"sendStatus"_s);
    m_deleteAndAskAgainButton->setObjectName(u"deleteAndAskAgainButton"_s);
    m_followExistingButton->setObjectName(u"followExistingButton"_s);
    m_changeRequestButton->setObjectName(u"changeRequestButton"_s);
    m_checkOrgNumberButton->setObjectName(u"checkOrgNumberButton"_s);
    m_editSystemButton->setObjectName(u"editSystemButton"_s);
    m_checkConnectionButton->setObjectName(u"checkConnectionButton"_s);

    m_changeLinkFrame->setObjectName(u"changeLinkFrame"_s);
    m_changeLinkLabel->setObjectName(u"changeLinkLabel"_s);
    m_changeLinkLabel->setWordWrap(true);
    m_changeLinkEdit->setObjectName(u"changeLinkEdit"_s);
    m_changeLinkEdit->setReadOnly(true);
    m_changeLinkLabel->setBuddy(m_changeLinkEdit);
    m_openChangeLinkButton->setObjectName(u"openChangeLinkButton"_s);
    m_copyChangeLinkButton->setObjectName(u"copyChangeLinkButton"_s);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_changeLinkEdit, 1);
    linkRow->addWidget(m_openChangeLinkButton);
    linkRow->addWidget(m_copyChangeLinkButton);
    auto *linkLayout = new QVBoxLayout(m_changeLinkFrame);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_changeLinkLabel);
    linkLayout->addLayout(linkRow);
    m_changeLinkFrame->hide();

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addStretch(1);
    auto *remedies = new QHBoxLayout;
    for (QPushButton *button : {m_followExistingButton, m_deleteAndAskAgainButton, m_changeRequestButton,
             m_checkOrgNumberButton, m_editSystemButton, m_checkConnectionButton})
        remedies->addWidget(button);
    remedies->addStretch(1);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_findingsLabel);
    layout->addLayout(sendRow);
    layout->addWidget(m_sendStatus);
    layout->addLayout(remedies);
    layout->addWidget(m_changeLinkFrame);
    return section;
}

void CustomerRequestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Titles come from the catalogues in the UI language.
        if (!m_profileId.isEmpty() && m_packagesLanguage != m_context->language())
            loadCatalogues();
        else
            fillChecklists();
        showOrgNumberProblem(false);
        lookUpCustomerName();
        revalidate();
    }
    QWizardPage::changeEvent(event);
}

void CustomerRequestPage::retranslateUi()
{
    setTitle(tr("Ask the customer for access"));
    setSubTitle(tr("Send a system user request to a customer. Altinn makes an approval link for the "
                   "customer; nothing changes at the customer until someone there approves it."));
    m_sectionHeadings.at(0)->setText(tr("System and kind of request"));
    m_sectionHeadings.at(1)->setText(tr("Customer"));
    m_sectionHeadings.at(2)->setText(tr("What to ask for"));
    m_sectionHeadings.at(3)->setText(tr("Details"));

    m_systemLabel->setText(tr("&System:"));
    m_systemComboBox->setAccessibleName(tr("System"));
    m_kindLabel->setText(tr("Kind:"));
    m_standardRadio->setText(tr("S&tandard"));
    m_standardRadio->setAccessibleName(tr("Standard request"));
    m_agentRadio->setText(tr("&Agent (client relationships)"));
    m_agentRadio->setAccessibleName(tr("Agent request for client relationships"));
    m_kindHint->setText(
        tr("Standard: the customer gives your system rights to act for the customer itself. Agent: for "
           "accountants, auditors and other client relationships — the customer is a firm that works for "
           "its own clients, and adds those clients after approving. Agent requests carry only "
           "client-relationship access packages."));

    m_orgNumberLabel->setText(tr("&Organisation number:"));
    m_orgNumberEdit->setAccessibleName(tr("Customer's organisation number"));
    m_externalRefLabel->setText(tr("&External reference (optional):"));
    m_externalRefEdit->setAccessibleName(tr("External reference"));
    m_externalRefEdit->setPlaceholderText(tr("e.g. your customer number"));
    m_externalRefHint->setText(
        tr("Your own key for this customer. Only needed when the same customer should have several "
           "system users for this system (one per department or client database). Leave it blank to use "
           "the organisation number. If you set it, your integration must send the same value when it "
           "asks Maskinporten for a token."));

    m_rightsLabel->setText(tr("&Rights (services):"));
    m_rightsList->setAccessibleName(tr("Rights to ask for"));
    m_packagesLabel->setText(tr("Access &packages:"));
    m_packagesList->setAccessibleName(tr("Access packages to ask for"));
    m_checklistHint->setText(
        tr("Everything the system includes is ticked. Untick what this customer should not "
           "be asked for; only the system's own rights and packages can be asked for."));

    m_redirectLabel->setText(tr("Re&direct URL:"));
    m_redirectComboBox->setAccessibleName(tr("Redirect URL"));
    m_redirectHint->setText(
        tr("Where the customer's browser goes after deciding. Only the system's allowed addresses can be "
           "used; choose “(none)” to leave the customer in Altinn."));
    m_titleLabel->setText(tr("&Title (optional):"));
    m_titleEdit->setAccessibleName(tr("Integration title"));
    m_titleHint->setText(tr("The system user's name as the customer sees it in Altinn. Leave it blank to "
                            "use the system's name."));

    m_sendButton->setText(tr("Send &request"));
    m_sendButton->setAccessibleName(tr("Send request"));
    m_deleteAndAskAgainButton->setText(tr("Delete it and ask again"));
    m_deleteAndAskAgainButton->setAccessibleName(m_deleteAndAskAgainButton->text());
    m_followExistingButton->setText(tr("Follow the existing request"));
    m_followExistingButton->setAccessibleName(m_followExistingButton->text());
    m_changeRequestButton->setText(tr("Ask for more rights with a change request"));
    m_changeRequestButton->setAccessibleName(m_changeRequestButton->text());
    m_checkOrgNumberButton->setText(tr("Check the organisation number"));
    m_checkOrgNumberButton->setAccessibleName(m_checkOrgNumberButton->text());
    m_editSystemButton->setText(tr("Go to the system definition"));
    m_editSystemButton->setAccessibleName(m_editSystemButton->text());
    m_checkConnectionButton->setText(tr("Check the connection"));
    m_checkConnectionButton->setAccessibleName(m_checkConnectionButton->text());
    m_changeLinkLabel->setText(tr("Approval link of the change request — send it to the customer:"));
    m_changeLinkEdit->setAccessibleName(tr("Approval link of the change request"));
    m_openChangeLinkButton->setText(tr("Open in browser"));
    m_openChangeLinkButton->setAccessibleName(tr("Open the change request in the browser"));
    m_copyChangeLinkButton->setText(tr("Copy link"));
    m_copyChangeLinkButton->setAccessibleName(tr("Copy the change request link"));

    const int noneIndex = m_redirectComboBox->findData(QString());
    if (noneIndex >= 0)
        m_redirectComboBox->setItemText(noneIndex, tr("(none)"));
}

void CustomerRequestPage::initializePage()
{
    if (m_profileId != m_context->profile().id)
        resetForProfile();
    if (const auto published = m_state->publishedSystem()) {
        if (!m_system || m_system->id != published->id) {
            m_wantedSystemId = published->id;
            setSystem(*published);
            fillSystemComboBox(
                {{published->id, published->name.value(m_context->language())}}, published->id);
        }
    }
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

void CustomerRequestPage::cleanupPage()
{
    // Going back keeps what was typed (QWizard would reset registered fields; there are none).
    if (m_operation)
        m_operation->cancel();
}

bool CustomerRequestPage::isComplete() const
{
    return m_state->currentRequest().has_value() && !isBusy();
}

bool CustomerRequestPage::isBusy() const
{
    return m_sendStatus->isBusy();
}

void CustomerRequestPage::resetForProfile()
{
    m_profileId = m_context->profile().id;
    m_filling = true;
    m_system.reset();
    m_existing.reset();
    m_unchecked.clear();
    m_customerName.clear();
    m_lookupOrgNumber.clear();
    m_wantedRedirectUrl.clear();
    const auto draft = m_context->drafts()->systemDefinition(m_profileId);
    m_wantedSystemId = draft ? draft->value(u"id"_s).toString() : QString();
    m_systemComboBox->clear();
    m_standardRadio->setChecked(true);
    m_orgNumberEdit->clear();
    m_externalRefEdit->clear();
    m_titleEdit->clear();
    m_filling = false;
    fillChecklists();
    fillRedirectUrls({});
    clearOutcome();
    setMessage(m_orgNumberMessage, {}, {});
    setMessage(m_customerNameLabel, {}, {});
}

void CustomerRequestPage::prefill(const Altinn::SystemUserRequestResponse &request)
{
    if (m_profileId != m_context->profile().id)
        resetForProfile();
    m_filling = true;
    (request.kind == Altinn::RequestKind::Agent ? m_agentRadio : m_standardRadio)->setChecked(true);
    m_orgNumberEdit->setText(request.partyOrgNo);
    // A defaulted reference (the org number) is shown as blank: that is how it was asked for.
    m_externalRefEdit->setText(request.externalRef == request.partyOrgNo ? QString() : request.externalRef);
    m_titleEdit->setText(request.integrationTitle);
    m_filling = false;
    if (!m_system || m_system->id != request.systemId) {
        m_wantedSystemId = request.systemId;
        m_system.reset();
        loadSystem(request.systemId);
    }
    // Tick what the earlier request asked for, untick the rest.
    m_unchecked.clear();
    if (m_system) {
        for (const Altinn::Right &right : m_system->rights.value_or(QList<Altinn::Right>{})) {
            if (!request.rights.contains(right))
                m_unchecked.insert(right.identityKey());
        }
        for (const Altinn::AccessPackageRef &package :
            m_system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
            if (!request.accessPackages.contains(package))
                m_unchecked.insert(package.urn);
        }
    }
    m_wantedRedirectUrl = request.redirectUrl.value_or(QString());
    fillChecklists();
    fillRedirectUrls(m_wantedRedirectUrl);
    clearOutcome();
    m_sendStatus->showInformation(
        tr("The earlier request to %1 was deleted. Check what to ask for, then send "
           "the request again.")
            .arg(request.partyOrgNo));
    orgNumberEdited();
}

// ---- Loading ----

void CustomerRequestPage::loadEverything()
{
    m_loadPending = false;
    loadSystems();
    loadCatalogues();
    lookUpCustomerName();
}

void CustomerRequestPage::loadSystems()
{
    if (m_listOperation)
        m_listOperation->cancel();
    VendorSession *session = m_context->session();
    if (!session) {
        m_systemStatus->showError(
            tr("There is no connection to Altinn yet (the sandbox may still be starting)."),
            [this] { loadEverything(); });
        return;
    }
    m_systemStatus->showBusy(tr("Fetching your registered systems…"));
    QPointer<CustomerRequestPage> self(this);
    m_listOperation = session->systemRegister()->list([self](const auto &result) {
        if (!self)
            return;
        if (!result.ok()) {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            const Altinn::Explanation explanation =
                Altinn::ErrorExplainer::explain(result.failure, tr("fetching your systems"));
            self->m_systemStatus->showError(
                explanation.summary + u' ' + explanation.remedy, [self] { self->loadSystems(); });
            return;
        }
        QList<std::pair<QString, QString>> systems;
        const QString language = self->m_context->language();
        for (const Altinn::SystemListItem &item : *result.value) {
            QString name = item.name.value(language);
            if (name.isEmpty())
                name = item.name.value(u"nb"_s);
            systems.append({item.systemId, name});
        }
        if (systems.isEmpty()) {
            self->m_systemStatus->showInformation(
                tr("Your organisation has no system in this environment yet. Register one first."));
            self->showRemedies({Remedy::EditSystem});
            return;
        }
        self->m_systemStatus->clear();
        QString select = self->m_system ? self->m_system->id : self->m_wantedSystemId;
        const bool known = std::any_of(
            systems.cbegin(), systems.cend(), [&](const auto &system) { return system.first == select; });
        if (!known)
            select = systems.constFirst().first;
        self->fillSystemComboBox(systems, select);
        if (!self->m_system || self->m_system->id != select)
            self->loadSystem(select);
    });
}

void CustomerRequestPage::fillSystemComboBox(
    const QList<std::pair<QString, QString>> &systems, const QString &select)
{
    const QSignalBlocker blocker(m_systemComboBox);
    m_systemComboBox->clear();
    for (const auto &[id, name] : systems)
        m_systemComboBox->addItem(name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id), id);
    m_systemComboBox->setCurrentIndex(std::max(0, m_systemComboBox->findData(select)));
}

void CustomerRequestPage::loadSystem(const QString &systemId)
{
    if (systemId.isEmpty())
        return;
    if (m_systemOperation)
        m_systemOperation->cancel();
    m_wantedSystemId = systemId;
    if (const auto published = m_state->publishedSystem(); published && published->id == systemId) {
        setSystem(*published);
        return;
    }
    VendorSession *session = m_context->session();
    if (!session)
        return;
    m_systemStatus->showBusy(tr("Fetching the system “%1”…").arg(systemId));
    QPointer<CustomerRequestPage> self(this);
    m_systemOperation = session->systemRegister()->get(systemId, [self, systemId](const auto &result) {
        if (!self)
            return;
        if (!result.ok()) {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            const Altinn::Explanation explanation =
                Altinn::ErrorExplainer::explain(result.failure, tr("fetching the system"));
            self->m_systemStatus->showError(explanation.summary + u' ' + explanation.remedy,
                [self, systemId] { self->loadSystem(systemId); });
            return;
        }
        self->m_systemStatus->clear();
        self->setSystem(*result.value);
    });
}

void CustomerRequestPage::setSystem(const Altinn::SystemDefinition &system)
{
    const bool otherSystem = !m_system || m_system->id != system.id;
    m_system = system;
    if (otherSystem)
        m_unchecked.clear();
    m_titleEdit->setPlaceholderText(system.name.value(u"nb"_s));
    fillChecklists();
    fillRedirectUrls(m_wantedRedirectUrl);
    revalidate();
}

void CustomerRequestPage::loadCatalogues()
{
    VendorSession *session = m_context->session();
    if (!session)
        return;
    QPointer<CustomerRequestPage> self(this);
    if (m_resources.isEmpty()) {
        if (m_resourcesOperation)
            m_resourcesOperation->cancel();
        m_resourcesOperation = session->metadata()->resources([self](const auto &result) {
            if (!self || !result.ok())
                return; // the ids are shown instead of titles
            self->m_resources = result.value->value;
            self->fillChecklists();
        });
    }
    if (m_packagesOperation)
        m_packagesOperation->cancel();
    const QString language = m_context->language();
    m_packagesLanguage = language;
    m_packagesFailed = false;
    m_packagesOperation = session->metadata()->accessPackages(language, [self](const auto &result) {
        if (!self)
            return;
        if (result.ok()) {
            self->m_packageTree = result.value->value;
        } else {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_packagesFailed = true;
        }
        self->fillChecklists();
        self->revalidate();
    });
}

QString CustomerRequestPage::resourceTitle(const QString &resourceId) const
{
    const auto it = std::find_if(m_resources.cbegin(), m_resources.cend(),
        [&](const Altinn::ServiceResource &resource) { return resource.identifier == resourceId; });
    return it == m_resources.cend() ? resourceId : it->titleIn(m_context->language());
}

const Altinn::AccessPackageInfo *CustomerRequestPage::packageInfo(const QString &urn) const
{
    return m_packageTree ? m_packageTree->find(urn) : nullptr;
}

QString CustomerRequestPage::packageTitle(const QString &urn) const
{
    const Altinn::AccessPackageInfo *info = packageInfo(urn);
    return info && !info->name.isEmpty() ? info->name : urn;
}

bool CustomerRequestPage::isPackageOffered(const QString &urn) const
{
    const Altinn::AccessPackageInfo *info = packageInfo(urn);
    if (kind() == Altinn::RequestKind::Agent) {
        // Without the catalogue nobody can tell; offer them all and let Altinn decide.
        if (m_packagesFailed)
            return true;
        return info && info->isClientRelationship();
    }
    // A client-relationship package can never go to a standard system user (AUTH-00064).
    return !info || !info->isClientRelationship();
}

void CustomerRequestPage::fillChecklists()
{
    m_filling = true;
    const bool agent = kind() == Altinn::RequestKind::Agent;
    m_rightsList->clear();
    m_packagesList->clear();
    const QList<Altinn::Right> rights =
        m_system ? m_system->rights.value_or(QList<Altinn::Right>{}) : QList<Altinn::Right>{};
    const QList<Altinn::AccessPackageRef> packages = m_system
        ? m_system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})
        : QList<Altinn::AccessPackageRef>{};

    if (!agent) {
        for (const Altinn::Right &right : rights) {
            const QString id = right.resourceId().isEmpty() ? right.identityKey() : right.resourceId();
            auto *item = new QListWidgetItem(resourceTitle(id), m_rightsList);
            item->setToolTip(id);
            item->setData(KeyRole, right.identityKey());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_unchecked.contains(right.identityKey()) ? Qt::Unchecked : Qt::Checked);
        }
    }
    int hiddenPackages = 0;
    for (const Altinn::AccessPackageRef &package : packages) {
        if (!isPackageOffered(package.urn)) {
            ++hiddenPackages;
            continue;
        }
        auto *item = new QListWidgetItem(packageTitle(package.urn), m_packagesList);
        item->setToolTip(package.urn);
        item->setData(KeyRole, package.urn);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_unchecked.contains(package.urn) ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = false;

    m_rightsList->setEnabled(!agent);
    fitListHeights();
    if (!m_system)
        setHint(m_rightsNote, tr("The system's rights appear here once it is loaded."));
    else if (agent)
        setHint(m_rightsNote, tr("Agent requests cannot carry single rights, only access packages."));
    else if (rights.isEmpty())
        setHint(m_rightsNote, tr("The system has no single rights."));
    else
        setHint(m_rightsNote, {});

    const bool catalogueMissing = !m_packageTree && !m_packagesFailed;
    if (!m_system)
        setHint(m_packagesNote, tr("The system's access packages appear here once it is loaded."));
    else if (agent && catalogueMissing)
        setHint(
            m_packagesNote, tr("Loading the package catalogue to find the client-relationship packages…"));
    else if (agent && m_packagesList->count() == 0)
        setHint(m_packagesNote,
            tr("The system has no client-relationship packages (such as the accountant or "
               "auditor packages), so it cannot be used for agent requests. Add them to "
               "the system first."));
    else if (agent)
        setHint(m_packagesNote, tr("Only client-relationship packages are shown."));
    else if (hiddenPackages > 0)
        setHint(m_packagesNote,
            tr("%n client-relationship package(s) are left out: they can only be asked for in an agent "
               "request.",
                nullptr, hiddenPackages));
    else if (packages.isEmpty())
        setHint(m_packagesNote, tr("The system has no access packages."));
    else
        setHint(m_packagesNote, {});

    if (m_packagesFailed)
        setMessage(m_catalogueHint,
            tr("The access package catalogue could not be loaded, so package names are shown by their ids "
               "and Altinn decides which packages fit this kind of request."),
            u"warning"_s);
    else
        setMessage(m_catalogueHint, {}, {});
}

void CustomerRequestPage::fitListHeights()
{
    // As tall as the longer list (a few rows at least, scrolling beyond eight), side by side.
    constexpr int MinimumRows = 2;
    constexpr int MaximumRows = 8;
    const int rows =
        std::clamp(std::max(m_rightsList->count(), m_packagesList->count()), MinimumRows, MaximumRows);
    const int rowHeight = std::max(m_rightsList->sizeHintForRow(0), m_rightsList->fontMetrics().height() + 4);
    const int height = rows * rowHeight + 2 * m_rightsList->frameWidth() + 6;
    m_rightsList->setFixedHeight(height);
    m_packagesList->setFixedHeight(height);
}

void CustomerRequestPage::fillRedirectUrls(const QString &select)
{
    const QSignalBlocker blocker(m_redirectComboBox);
    const QString current = select.isEmpty() ? m_redirectComboBox->currentData().toString() : select;
    m_redirectComboBox->clear();
    m_redirectComboBox->addItem(tr("(none)"), QString());
    if (m_system) {
        for (const QString &url : m_system->allowedRedirectUrls)
            m_redirectComboBox->addItem(url, url);
    }
    // An earlier request's URL the system no longer allows stays visible, so the validator can say so.
    if (!current.isEmpty() && m_redirectComboBox->findData(current) < 0)
        m_redirectComboBox->addItem(current, current);
    m_redirectComboBox->setCurrentIndex(std::max(0, m_redirectComboBox->findData(current)));
    m_redirectComboBox->setEnabled(m_redirectComboBox->count() > 1);
}

// ---- The form ----

Altinn::RequestKind CustomerRequestPage::kind() const
{
    return m_agentRadio->isChecked() ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
}

QString CustomerRequestPage::customerOrgNumber() const
{
    return OrgNumber::normalized(m_orgNumberEdit->text());
}

QString CustomerRequestPage::effectiveExternalRef() const
{
    const QString externalRef = m_externalRefEdit->text().trimmed();
    return externalRef.isEmpty() ? customerOrgNumber() : externalRef;
}

Altinn::SystemUserRequest CustomerRequestPage::requestFromForm() const
{
    Altinn::SystemUserRequest request;
    request.kind = kind();
    request.systemId = m_system ? m_system->id : QString();
    request.partyOrgNo = customerOrgNumber();
    // Blank means "not given": an empty string would make Altinn create duplicates (§5.3 quirk).
    if (const QString externalRef = m_externalRefEdit->text().trimmed(); !externalRef.isEmpty())
        request.externalRef = externalRef;
    if (const QString title = m_titleEdit->text().trimmed(); !title.isEmpty())
        request.integrationTitle = title;
    if (const QString redirect = m_redirectComboBox->currentData().toString(); !redirect.isEmpty())
        request.redirectUrl = redirect;
    if (!m_system)
        return request;

    auto isTicked = [&](const QListWidget *list, const QString &key) {
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            if (item->data(KeyRole).toString() == key)
                return item->checkState() == Qt::Checked;
        }
        return false;
    };
    QList<Altinn::AccessPackageRef> packages;
    for (const Altinn::AccessPackageRef &package :
        m_system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
        if (isTicked(m_packagesList, package.urn))
            packages.append(package);
    }
    if (request.kind == Altinn::RequestKind::Agent) {
        request.accessPackages = packages;
        return request;
    }
    QList<Altinn::Right> rights;
    for (const Altinn::Right &right : m_system->rights.value_or(QList<Altinn::Right>{})) {
        if (isTicked(m_rightsList, right.identityKey()))
            rights.append(right);
    }
    if (!rights.isEmpty())
        request.rights = rights;
    if (!packages.isEmpty())
        request.accessPackages = packages;
    return request;
}

void CustomerRequestPage::orgNumberEdited()
{
    if (m_filling)
        return;
    if (customerOrgNumber() != m_lookupOrgNumber)
        m_customerName.clear();
    showOrgNumberProblem(false);
    lookUpCustomerName();
    formEdited();
}

void CustomerRequestPage::showOrgNumberProblem(bool finishedEditing)
{
    const QString number = customerOrgNumber();
    const OrgNumber::Problem problem = OrgNumber::check(number);
    // While the number is still being typed, "too short" is not an error yet.
    const bool stillTyping =
        problem == OrgNumber::Problem::WrongLength && number.size() < 9 && !finishedEditing;
    if (problem == OrgNumber::Problem::None || stillTyping) {
        setMessage(m_orgNumberMessage, {}, {});
        return;
    }
    setMessage(m_orgNumberMessage, OrgNumber::message(problem),
        problem == OrgNumber::Problem::Empty ? u"hint"_s : u"error"_s);
}

void CustomerRequestPage::lookUpCustomerName()
{
    const QString number = customerOrgNumber();
    if (!OrgNumber::isValid(number)) {
        setMessage(m_customerNameLabel, {}, {});
        return;
    }
    if (m_context->environment().kind() != Altinn::Environment::Kind::Sandbox) {
        const QString known = m_state->organisationNames().value(number);
        setMessage(m_customerNameLabel,
            known.isEmpty() ? tr("The name cannot be looked up from here in this environment. Check the "
                                 "number at brreg.no if you are unsure.")
                            : known,
            known.isEmpty() ? u"hint"_s : u"ok"_s);
        return;
    }
    if (!m_customerName.isEmpty() && m_lookupOrgNumber == number) {
        setMessage(m_customerNameLabel, tr("✓ %1").arg(m_customerName), u"ok"_s);
        return;
    }
    if (!m_context->sandboxBaseUrl().isValid()) {
        setMessage(m_customerNameLabel, tr("The name appears when the sandbox has started…"), u"hint"_s);
        return;
    }
    m_lookupOrgNumber = number;
    setMessage(m_customerNameLabel, tr("Looking up the name…"), u"hint"_s);
    m_context->sandboxOrganisations(
        this, [this, number](const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
            if (customerOrgNumber() != number)
                return; // the number changed meanwhile; its own lookup answers
            if (!result.ok()) {
                m_lookupOrgNumber.clear();
                const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(result.failure);
                setMessage(m_customerNameLabel,
                    tr("The name could not be looked up: %1").arg(explanation.summary), u"warning"_s);
                return;
            }
            const auto it = std::find_if(result.value->cbegin(), result.value->cend(),
                [&](const Altinn::Organisation &organisation) { return organisation.orgNo == number; });
            if (it == result.value->cend()) {
                setMessage(m_customerNameLabel,
                    tr("Not in the sandbox's register: Altinn will answer that it does not know this "
                       "customer."),
                    u"warning"_s);
                return;
            }
            m_customerName = it->name;
            m_state->rememberOrganisationName(number, it->name);
            setMessage(m_customerNameLabel, tr("✓ %1").arg(it->name), u"ok"_s);
        });
}

void CustomerRequestPage::formEdited()
{
    if (m_filling)
        return;
    revalidate();
}

void CustomerRequestPage::revalidate()
{
    const Validation::RequestValidator validator(
        [this](const QString &urn) -> std::optional<Validation::PackageFlags> {
            const Altinn::AccessPackageInfo *info = packageInfo(urn);
            if (!info)
                return std::nullopt;
            return Validation::PackageFlags{info->isDelegable, info->isAssignable};
        });
    const Altinn::SystemUserRequest request = requestFromForm();
    m_findings = validator.validate(request, m_system ? &*m_system : nullptr);

    // The org number has its own message under the field; the system its own status line.
    QStringList lines;
    for (const Validation::Finding &finding : std::as_const(m_findings)) {
        if (finding.path == u"/partyOrgNo" || finding.path == u"/systemId")
            continue;
        lines.append(u"• "_s + finding.message);
    }
    setMessage(m_findingsLabel, lines.join(u'\n'),
        Validation::Findings::hasErrors(m_findings) ? u"error"_s : u"warning"_s);
    updateSendButton();
}

void CustomerRequestPage::updateSendButton()
{
    m_sendButton->setEnabled(m_system && !Validation::Findings::hasErrors(m_findings) && !isBusy());
}

// ---- Sending and its outcomes ----

void CustomerRequestPage::send()
{
    revalidate();
    if (!m_sendButton->isEnabled())
        return;
    const QString action =
        tr("send a system user request for “%1” to organisation %2").arg(m_system->id, customerOrgNumber());
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self](bool confirmed) {
        if (self && confirmed)
            self->create();
    });
}

void CustomerRequestPage::create()
{
    VendorSession *session = m_context->session();
    if (!session) {
        m_sendStatus->showError(
            tr("There is no connection to Altinn yet (the sandbox may still be starting)."),
            [this] { send(); });
        return;
    }
    clearOutcome();
    m_sendStatus->showBusy(tr("Sending the request…"), [this] {
        if (m_operation)
            m_operation->cancel();
    });
    updateSendButton();
    Q_EMIT completeChanged();
    QPointer<CustomerRequestPage> self(this);
    m_operation = session->requests()->create(requestFromForm(), [self](const auto &result) {
        if (self)
            self->handleCreated(result);
    });
}

void CustomerRequestPage::handleCreated(const Altinn::ApiResult<Altinn::RequestClient::Created> &result)
{
    if (!result.ok()) {
        if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
            m_sendStatus->clear();
            updateSendButton();
            Q_EMIT completeChanged();
            return;
        }
        showFailure(result.failure, tr("sending the request"), [this] { send(); });
        return;
    }
    const Altinn::SystemUserRequestResponse &request = result.value->request;
    m_state->rememberOrganisationName(request.partyOrgNo, m_customerName);
    if (result.value->existing) {
        m_existing = request;
        const Altinn::Explanation explanation =
            Altinn::ErrorExplainer::existingRequestReturned(request.status);
        QString text = explanation.summary + u'\n'
            + tr("The earlier request: %1, created %2.")
                  .arg(Altinn::RequestStatusText::display(request), RelativeTimeText::since(request.created));
        if (isRejected(request.status) || request.timedOut)
            text += u'\n'
                + tr(
                    "The customer cannot approve it any more. Delete it and send the request again — talk to "
                    "the customer first if you do not know why it was rejected.");
        else
            text += u'\n'
                + tr(
                    "Follow the earlier request to hand its link to the customer again, or delete it and ask "
                    "again with what you chose now.");
        m_sendStatus->showInformation(text);
        if (isRejected(request.status) || request.timedOut)
            showRemedies({Remedy::DeleteAndAskAgain});
        else
            showRemedies({Remedy::FollowExisting, Remedy::DeleteAndAskAgain});
        updateSendButton();
        Q_EMIT completeChanged();
        return;
    }
    m_existing.reset();
    m_state->setCurrentRequest(request);
    m_sendStatus->showSuccess(
        tr("The request was created. Hand the approval link to the customer on the next "
           "page."));
    updateSendButton();
    Q_EMIT completeChanged();
    goToApproval();
}

void CustomerRequestPage::showFailure(
    const Altinn::ApiFailure &failure, const QString &operation, std::function<void()> retry)
{
    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure, operation);
    QString text = explanation.summary;
    if (!explanation.remedy.isEmpty())
        text += u' ' + explanation.remedy;
    if (!explanation.fieldMessages.isEmpty())
        text += u'\n' + explanation.fieldMessages.join(u'\n');
    if (!explanation.code.isEmpty())
        text += u'\n' + tr("Code: %1").arg(explanation.code);

    QList<Remedy> remedies;
    using Action = Altinn::Explanation::Remedy;
    switch (explanation.action) {
    case Action::DeleteAndAskAgain:
        remedies = {Remedy::DeleteAndAskAgain};
        break;
    case Action::UseChangeRequest:
        if (kind() == Altinn::RequestKind::Standard)
            remedies = {Remedy::ChangeRequest};
        else
            text += u'\n'
                + tr("A system user for client relationships cannot be changed: the customer deletes it in "
                     "Altinn (Systemtilganger), then you ask again.");
        break;
    case Action::CheckOrgNumber:
        remedies = {Remedy::CheckOrgNumber};
        break;
    case Action::UpdateSystem:
    case Action::RegisterSystemFirst:
        remedies = {Remedy::EditSystem};
        break;
    case Action::CheckConnection:
        remedies = {Remedy::CheckConnection};
        break;
    case Action::None:
    case Action::Retry:
    case Action::FixInput:
    case Action::ContactSupport:
        break;
    }
    m_sendStatus->showError(text, explanation.action == Action::Retry ? std::move(retry) : nullptr);
    showRemedies(remedies);
    updateSendButton();
    Q_EMIT completeChanged();
}

void CustomerRequestPage::showRemedies(const QList<Remedy> &remedies)
{
    m_deleteAndAskAgainButton->setVisible(remedies.contains(Remedy::DeleteAndAskAgain));
    m_followExistingButton->setVisible(remedies.contains(Remedy::FollowExisting));
    m_changeRequestButton->setVisible(remedies.contains(Remedy::ChangeRequest));
    m_checkOrgNumberButton->setVisible(remedies.contains(Remedy::CheckOrgNumber));
    m_editSystemButton->setVisible(remedies.contains(Remedy::EditSystem));
    m_checkConnectionButton->setVisible(remedies.contains(Remedy::CheckConnection));
}

void CustomerRequestPage::clearOutcome()
{
    m_sendStatus->clear();
    showRemedies({});
    m_changeLinkFrame->hide();
    m_changeLinkEdit->clear();
}

void CustomerRequestPage::deleteAndAskAgain()
{
    VendorSession *session = m_context->session();
    if (!session || !m_system || isBusy())
        return;
    const QString action =
        tr("delete the earlier request to organisation %1 and send a new one").arg(customerOrgNumber());
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self](bool confirmed) {
        if (!self || !confirmed)
            return;
        if (self->m_existing && self->m_existing->partyOrgNo == self->customerOrgNumber()) {
            self->deleteThenCreate(self->m_existing->id);
            return;
        }
        // Altinn named the earlier request by its triple only (AUTH-00007/8/9): find it first.
        VendorSession *current = self->m_context->session();
        if (!current)
            return;
        self->showRemedies({});
        self->m_sendStatus->showBusy(tr("Finding the earlier request…"), [self] {
            if (self->m_operation)
                self->m_operation->cancel();
        });
        self->m_operation = current->requests()->byExternalRef(self->m_system->id, self->customerOrgNumber(),
            self->effectiveExternalRef(), self->kind(), [self](const auto &result) {
                if (!self)
                    return;
                if (!result.ok()) {
                    if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                        self->m_sendStatus->clear();
                        self->updateSendButton();
                        return;
                    }
                    self->showFailure(result.failure, tr("finding the earlier request"),
                        [self] { self->deleteAndAskAgain(); });
                    return;
                }
                self->deleteThenCreate(result.value->id);
            });
    });
}

void CustomerRequestPage::deleteThenCreate(const QString &requestId)
{
    VendorSession *session = m_context->session();
    if (!session)
        return;
    showRemedies({});
    m_sendStatus->showBusy(tr("Deleting the earlier request…"), [this] {
        if (m_operation)
            m_operation->cancel();
    });
    updateSendButton();
    QPointer<CustomerRequestPage> self(this);
    m_operation = session->requests()->remove(requestId, [self](const auto &result) {
        if (!self)
            return;
        // 404: it is gone already, which is what was wanted.
        if (!result.ok() && result.failure.httpStatus() != 404) {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                self->m_sendStatus->clear();
                self->updateSendButton();
                return;
            }
            self->showFailure(
                result.failure, tr("deleting the earlier request"), [self] { self->deleteAndAskAgain(); });
            return;
        }
        self->m_existing.reset();
        self->create();
    });
}

void CustomerRequestPage::followExisting()
{
    if (!m_existing)
        return;
    m_state->setCurrentRequest(*m_existing);
    clearOutcome();
    Q_EMIT completeChanged();
    goToApproval();
}

void CustomerRequestPage::askForChange()
{
    VendorSession *session = m_context->session();
    if (!session || !m_system || isBusy())
        return;
    const Altinn::SystemUserRequest request = requestFromForm();
    Altinn::ChangeRequest change;
    change.requiredRights = request.rights.value_or(QList<Altinn::Right>{});
    change.requiredAccessPackages = request.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    change.redirectUrl = request.redirectUrl;
    const QString action =
        tr("send a change request to organisation %1 for more rights").arg(request.partyOrgNo);
    QPointer<CustomerRequestPage> self(this);
    ProductionGuard::confirm(this, m_context->environment(), action, [self, request, change](bool confirmed) {
        if (!self || !confirmed)
            return;
        VendorSession *current = self->m_context->session();
        if (!current)
            return;
        self->showRemedies({});
        self->m_sendStatus->showBusy(tr("Finding the customer's system user…"), [self] {
            if (self->m_operation)
                self->m_operation->cancel();
        });
        self->updateSendButton();
        const QString externalRef = request.externalRef.value_or(QString());
        self->m_operation = current->systemUsers()->find(
            request.systemId, request.partyOrgNo, externalRef, [self, request, change](const auto &found) {
                if (!self)
                    return;
                if (!found.ok()) {
                    if (found.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                        self->m_sendStatus->clear();
                        self->updateSendButton();
                        return;
                    }
                    self->showFailure(found.failure, tr("finding the customer's system user"),
                        [self] { self->askForChange(); });
                    return;
                }
                VendorSession *again = self->m_context->session();
                if (!again)
                    return;
                self->m_sendStatus->showBusy(tr("Sending the change request…"), [self] {
                    if (self->m_operation)
                        self->m_operation->cancel();
                });
                const Altinn::SystemUser systemUser = *found.value;
                self->m_operation = again->changeRequests()->create(
                    systemUser.id, change, [self, kind = request.kind](const auto &created) {
                        if (!self)
                            return;
                        if (!created.ok()) {
                            if (created.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                                self->m_sendStatus->clear();
                                self->updateSendButton();
                                return;
                            }
                            self->showFailure(created.failure, tr("sending the change request"),
                                [self] { self->askForChange(); });
                            return;
                        }
                        self->changeRequestCreated(*created.value, kind);
                    });
            });
    });
}

void CustomerRequestPage::changeRequestCreated(
    const Altinn::ChangeRequestResponse &change, Altinn::RequestKind requestKind)
{
    m_state->setCurrentChangeRequest(change);
    if (change.status == Altinn::RequestStatus::NoChangeNeeded || change.confirmUrl.isEmpty()) {
        m_sendStatus->showSuccess(tr("The customer's system user already has everything asked for. There is "
                                     "nothing for the customer to approve."));
    } else {
        m_sendStatus->showSuccess(
            tr("Change request sent (status: %1). The customer approves it in Altinn like the first request: "
               "send them this link.")
                .arg(Altinn::RequestStatusText::display(change.status)));
        m_changeLinkEdit->setText(change.confirmUrl);
        m_changeLinkEdit->setCursorPosition(0);
        m_changeLinkFrame->show();
    }
    updateSendButton();
    // The system user's own request (same id) is what pages 6 and 7 follow: it is approved already.
    VendorSession *session = m_context->session();
    if (!session)
        return;
    QPointer<CustomerRequestPage> self(this);
    session->requests()->get(change.systemUserId, requestKind, [self](const auto &result) {
        if (!self || !result.ok())
            return; // deleted with its system user still in place: nothing to follow, the link is shown
        self->m_state->setCurrentRequest(*result.value);
        Q_EMIT self->completeChanged();
    });
}

void CustomerRequestPage::goToApproval()
{
    QWizard *owner = wizard();
    if (owner && owner->currentPage() == this && owner->page(owner->nextId()))
        owner->next();
}
