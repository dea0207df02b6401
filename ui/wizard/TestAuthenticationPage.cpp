#include "wizard/TestAuthenticationPage.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiOperation.h"
#include "altinn/OnboardingSummary.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemUserClient.h"
#include "altinn/SystemUserTokenDiagnosisRun.h"
#include "altinn/TokenClaimsExplainer.h"
#include "common/OperationStatus.h"
#include "session/ConnectionCheck.h"
#include "session/VendorSession.h"
#include "validation/OrgNumber.h"
#include "wizard/ApiCallPanel.h"
#include "wizard/OnboardingState.h"
#include "wizard/TokenDiagnosisPanel.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using Remedy = Altinn::Explanation::Remedy;

namespace {

QLabel *sectionHeading(QWidget *parent, QList<QLabel *> &headings)
{
    auto *label = new QLabel(parent);
    label->setProperty("role", u"sectionHeading"_s);
    headings.append(label);
    return label;
}

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setProperty("role", u"fieldMessage"_s);
    label->setProperty("kind", u"hint"_s);
    return label;
}

/// Puts the buttons inside @p container right after @p previous in the tab order; the last one.
QWidget *tabThroughButtons(QWidget *previous, QWidget *container)
{
    for (QPushButton *button : container->findChildren<QPushButton *>()) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    return previous;
}

void setMessage(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setProperty("kind", kind);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

TestAuthenticationPage::TestAuthenticationPage(
    WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_scrollArea(new QScrollArea(this))
    , m_introLabel(new QLabel(this))
    , m_customerLabel(new QLabel(this))
    , m_customerComboBox(new QComboBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_customerMessage(hintLabel(u"customerMessage"_s, this))
    , m_customerHintButton(new QPushButton(this))
    , m_customersStatus(new OperationStatus(this))
    , m_externalRefLabel(new QLabel(this))
    , m_externalRefEdit(new QLineEdit(this))
    , m_externalRefHint(hintLabel(u"externalRefHint"_s, this))
    , m_scopesLabel(new QLabel(this))
    , m_scopesEdit(new QLineEdit(this))
    , m_scopesHint(hintLabel(u"scopesHint"_s, this))
    , m_getTokenButton(new QPushButton(this))
    , m_tokenStatus(new OperationStatus(this))
    , m_remedyButton(new QPushButton(this))
    , m_clockSkewLabel(hintLabel(u"clockSkewLabel"_s, this))
    , m_resultSection(new QWidget(this))
    , m_claimsTable(new QTableWidget(0, 3, this))
    , m_countdownLabel(new QLabel(this))
    , m_copyTokenButton(new QPushButton(this))
    , m_copyWarning(hintLabel(u"copyWarning"_s, this))
    , m_diagnosisPanel(new TokenDiagnosisPanel(context, this))
    , m_apiCallPanel(new ApiCallPanel(context, this))
{
    setObjectName(u"testAuthenticationPage"_s);
    m_introLabel->setObjectName(u"testAuthenticationIntro"_s);
    m_introLabel->setWordWrap(true);

    auto *content = new QWidget;
    content->setObjectName(u"testAuthenticationContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_introLabel);
    contentLayout->addWidget(buildCustomerSection());
    contentLayout->addWidget(buildResultSection());
    contentLayout->addWidget(m_diagnosisPanel);
    contentLayout->addWidget(m_apiCallPanel);
    contentLayout->addStretch(1);

    m_scrollArea->setObjectName(u"testAuthenticationScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    // The order a keyboard user meets things: who, how, go; then the result; then the optional call.
    setTabOrder(m_customerComboBox, m_refreshButton);
    setTabOrder(m_refreshButton, m_customerHintButton);
    setTabOrder(tabThroughButtons(m_customerHintButton, m_customersStatus), m_externalRefEdit);
    setTabOrder(m_externalRefEdit, m_scopesEdit);
    setTabOrder(m_scopesEdit, m_getTokenButton);
    setTabOrder(tabThroughButtons(m_getTokenButton, m_tokenStatus), m_remedyButton);
    setTabOrder(m_remedyButton, m_claimsTable);
    setTabOrder(m_claimsTable, m_copyTokenButton);
    setTabOrder(m_copyTokenButton, m_apiCallPanel->firstInTabOrder());

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TestAuthenticationPage::updateCountdown);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &TestAuthenticationPage::updateCountdown);
    connect(m_refreshButton, &QPushButton::clicked, this, &TestAuthenticationPage::reloadCustomers);
    connect(
        m_customerComboBox, &QComboBox::currentIndexChanged, this, &TestAuthenticationPage::customerChosen);
    connect(m_customerHintButton, &QPushButton::clicked, this, [this] {
        if (m_customerHint == CustomerHint::PublishFirst)
            Q_EMIT editSystemRequested();
        else if (m_customerHint == CustomerHint::AskCustomer)
            Q_EMIT customerRequestRequested();
    });
    connect(m_getTokenButton, &QPushButton::clicked, this, &TestAuthenticationPage::getToken);
    connect(m_copyTokenButton, &QPushButton::clicked, this, &TestAuthenticationPage::copyToken);
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::editSystemRequested, this,
        &TestAuthenticationPage::editSystemRequested);
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::customerRequestRequested, this,
        &TestAuthenticationPage::customerRequestRequested);
    connect(
        m_diagnosisPanel, &TokenDiagnosisPanel::externalRefSuggested, this, [this](const QString &reference) {
            m_externalRefEdit->setText(reference);
            m_externalRefEdit->setFocus();
        });
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::finished, this, [this] {
        // New buttons join the end of the focus chain; a keyboard user expects them where they are shown.
        tabThroughButtons(m_remedyButton, m_diagnosisPanel);
        scrollIntoView(m_diagnosisPanel);
    });
    // Only while it is still valid: the panel never keeps a copy.
    m_apiCallPanel->setTokenSource([this] { return secondsLeft() > 0 ? m_token : QByteArray(); });
    connect(m_apiCallPanel, &ApiCallPanel::scrollRequested, this, &TestAuthenticationPage::scrollIntoView);
    connect(m_context, &WizardContext::sessionChanged, this, &TestAuthenticationPage::sessionChanged);
    connect(m_context, &WizardContext::profileChanged, this, [this] {
        // Another profile, other extra scopes — unless the user is in the middle of editing them.
        if (m_context->profile().id != m_scopesShownFor && !m_scopesEdit->hasFocus()) {
            m_scopesEdit->setText(defaultScopes());
            m_scopesShownFor = m_context->profile().id;
        }
    });

    retranslateUi();
    clearResult();
}

TestAuthenticationPage::~TestAuthenticationPage()
{
    // The clipboard outlives the page: do not leave a secret there.
    forgetToken();
}

QWidget *TestAuthenticationPage::buildCustomerSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings);
    heading->setObjectName(u"customerHeading"_s);

    m_customerComboBox->setObjectName(u"customerComboBox"_s);
    m_customerComboBox->setEditable(true);
    m_customerComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_customerComboBox->setMinimumContentsLength(40);
    m_customerComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customerLabel->setBuddy(m_customerComboBox);
    m_refreshButton->setObjectName(u"refreshCustomersButton"_s);
    m_customerHintButton->setObjectName(u"customerHintButton"_s);
    m_customerHintButton->hide();
    m_customersStatus->setObjectName(u"customersStatus"_s);
    m_externalRefEdit->setObjectName(u"externalRefEdit"_s);
    m_externalRefEdit->setMaxLength(255);
    m_externalRefLabel->setBuddy(m_externalRefEdit);
    m_scopesEdit->setObjectName(u"scopesEdit"_s);
    m_scopesLabel->setBuddy(m_scopesEdit);
    m_getTokenButton->setObjectName(u"getTokenButton"_s);
    m_getTokenButton->setDefault(false);
    m_tokenStatus->setObjectName(u"tokenStatus"_s);
    m_remedyButton->setObjectName(u"tokenRemedyButton"_s);
    m_remedyButton->hide();
    m_clockSkewLabel->setObjectName(u"clockSkewLabel"_s);
    m_clockSkewLabel->hide();

    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customerComboBox, 1);
    customerRow->addWidget(m_refreshButton);

    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_customerMessage, 1);
    hintRow->addWidget(m_customerHintButton, 0, Qt::AlignTop);

    // Messages go under their rows at full width: word-wrapped labels inside form rows get clipped.
    auto *fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    fields->setHorizontalSpacing(10);
    fields->addWidget(m_customerLabel, 0, 0);
    fields->addLayout(customerRow, 0, 1);
    fields->addLayout(hintRow, 1, 1);
    fields->addWidget(m_customersStatus, 2, 1);
    fields->addWidget(m_externalRefLabel, 3, 0);
    fields->addWidget(m_externalRefEdit, 3, 1);
    fields->addWidget(m_externalRefHint, 4, 1);
    fields->addWidget(m_scopesLabel, 5, 0);
    fields->addWidget(m_scopesEdit, 5, 1);
    fields->addWidget(m_scopesHint, 6, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_getTokenButton);
    actions->addStretch(1);

    auto *failureRow = new QHBoxLayout;
    failureRow->addWidget(m_tokenStatus, 1);
    failureRow->addWidget(m_remedyButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(fields);
    layout->addLayout(actions);
    layout->addLayout(failureRow);
    layout->addWidget(m_clockSkewLabel);
    return section;
}

QWidget *TestAuthenticationPage::buildResultSection()
{
    m_resultSection->setObjectName(u"resultSection"_s);
    QLabel *heading = sectionHeading(m_resultSection, m_sectionHeadings);
    heading->setObjectName(u"tokenHeading"_s);

    m_claimsTable->setObjectName(u"claimsTable"_s);
    m_claimsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claimsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimsTable->setWordWrap(true);
    m_claimsTable->setTabKeyNavigation(false);
    m_claimsTable->verticalHeader()->hide();
    m_claimsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_claimsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_claimsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_claimsTable->horizontalHeader()->resizeSection(1, 280);
    m_claimsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The page scrolls, not the table: every claim is in view at once.
    m_claimsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claimsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claimsTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_countdownLabel->setObjectName(u"countdownLabel"_s);
    QFont countdownFont = m_countdownLabel->font();
    countdownFont.setBold(true);
    m_countdownLabel->setFont(countdownFont);
    m_copyTokenButton->setObjectName(u"copyTokenButton"_s);
    m_copyWarning->setProperty("kind", u"warning"_s);
    m_copyWarning->hide();

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_countdownLabel);
    tokenRow->addSpacing(16);
    tokenRow->addWidget(m_copyTokenButton);
    tokenRow->addStretch(1);

    auto *layout = new QVBoxLayout(m_resultSection);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_claimsTable);
    layout->addLayout(tokenRow);
    layout->addWidget(m_copyWarning);
    return m_resultSection;
}

void TestAuthenticationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TestAuthenticationPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    updateCountdown();
}

void TestAuthenticationPage::hideEvent(QHideEvent *event)
{
    // Nobody looks at the countdown now; it catches up from the clock when the page shows again.
    m_countdown.stop();
    QWizardPage::hideEvent(event);
}

void TestAuthenticationPage::retranslateUi()
{
    setTitle(tr("Test authentication"));
    setSubTitle(tr("Get a system user token for a customer, as your system will in production, and see what "
                   "is in it."));
    m_introLabel->setText(
        tr("Maskinporten gives your client a system user token when the customer has approved a system user "
           "for your system. The token says which customer and which system user it acts for; the APIs "
           "you call read that from it."));
    m_sectionHeadings.at(0)->setText(tr("Who the token is for"));
    m_sectionHeadings.at(1)->setText(tr("The token"));
    m_customerLabel->setText(tr("&Customer:"));
    m_customerComboBox->setAccessibleName(tr("Customer"));
    m_customerComboBox->setToolTip(tr("The customers that have a system user for your system. You can also "
                                      "type an organisation number."));
    m_customerComboBox->lineEdit()->setPlaceholderText(tr("Organisation number"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the list of customers"));
    m_externalRefLabel->setText(tr("E&xternal reference:"));
    m_externalRefEdit->setAccessibleName(tr("External reference"));
    m_externalRefHint->setText(
        tr("The external reference the customer request was sent with. Maskinporten finds the system user by "
           "the customer and this reference. Leave it empty if the request had none: then the customer's "
           "organisation number is used, as Altinn does."));
    m_scopesLabel->setText(tr("&Scopes:"));
    m_scopesEdit->setAccessibleName(tr("Scopes"));
    m_scopesHint->setText(
        tr("The scopes of the API you will call with the token, separated by spaces (for example one from "
           "Skatteetaten). Each must be added to your Maskinporten client. %1 is one your client already "
           "has: enough to prove that the system user works.")
            .arg(Altinn::AltinnScopes::RequestRead));
    m_getTokenButton->setText(tr("&Get system user token"));
    m_getTokenButton->setAccessibleName(tr("Get system user token"));

    m_claimsTable->setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("What it means")});
    m_claimsTable->setAccessibleName(tr("Claims of the system user token"));
    m_copyTokenButton->setText(tr("C&opy token"));
    m_copyTokenButton->setAccessibleName(tr("Copy the token to the clipboard"));
    m_copyTokenButton->setToolTip(tr(
        "The token is not shown: it is a secret that lets anyone act as this system user until it expires."));

    updateCustomerHint();
    if (!m_systemUsers.isEmpty())
        showCustomers();
    updateCountdown();
}

// ---- Customers -------------------------------------------------------------------------------

QString TestAuthenticationPage::systemId() const
{
    if (const auto published = m_state->publishedSystem())
        return published->id;
    if (!m_context->hasProfile())
        return {};
    const auto draft = m_context->drafts()->systemDefinition(m_context->profile().id);
    return draft ? Altinn::SystemDefinition::fromJson(*draft).id : QString();
}

QString TestAuthenticationPage::defaultScopes() const
{
    const QStringList extra = m_context->profile().scopes;
    return extra.isEmpty() ? Altinn::AltinnScopes::RequestRead : extra.join(u' ');
}

void TestAuthenticationPage::initializePage()
{
    if (m_scopesShownFor != m_context->profile().id || m_scopesEdit->text().trimmed().isEmpty()) {
        m_scopesEdit->setText(defaultScopes());
        m_scopesShownFor = m_context->profile().id;
    }
    // The request the wizard followed, once approved, is the customer to test — the first time only, so
    // that coming back keeps what the user chose since.
    if (const auto request = m_state->currentRequest(); request
        && request->status == Altinn::RequestStatus::Accepted && request->id != m_preselectedRequestId) {
        m_preselectedRequestId = request->id;
        m_wantedOrgNo = request->partyOrgNo;
        m_wantedExternalRef = request->externalRef;
    }
    if (systemId() != m_listedSystemId || m_systemUsers.isEmpty())
        reloadCustomers();
    else if (!m_wantedOrgNo.isEmpty())
        selectCustomer(m_wantedOrgNo, m_wantedExternalRef);
    updateCountdown();
}

void TestAuthenticationPage::reloadCustomers()
{
    if (m_listing)
        m_listing->cancel();
    const QString system = systemId();
    VendorSession *session = m_context->session();
    if (system.isEmpty() || !session) {
        m_systemUsers.clear();
        m_listedSystemId = system;
        showCustomers();
        if (!session)
            m_customersStatus->showError(m_context->hasProfile()
                    ? tr("The sandbox has not started yet. Wait a moment and try again.")
                    : tr("Choose or create a profile on the first page."),
                [this] { reloadCustomers(); });
        return;
    }
    m_customersStatus->showBusy(
        tr("Looking up the customers that have a system user for %1…").arg(system), [this] {
            if (m_listing)
                m_listing->cancel();
        });
    m_refreshButton->setEnabled(false);
    const QPointer<TestAuthenticationPage> self(this);
    m_listing = session->systemUsers()->listBySystem(
        system, [self, system](const Altinn::ApiResult<QList<Altinn::SystemUser>> &result) {
            if (!self)
                return;
            self->m_refreshButton->setEnabled(true);
            if (!result.ok()) {
                if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                    self->m_customersStatus->showInformation(tr("Stopped looking up the customers."));
                    return;
                }
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("looking up the customers"));
                self->m_customersStatus->showError(explanation.summary + u'\n' + explanation.remedy, [self] {
                    if (self)
                        self->reloadCustomers();
                });
                return;
            }
            self->m_customersStatus->clear();
            self->m_systemUsers = *result.value;
            self->m_listedSystemId = system;
            self->showCustomers();
            self->lookUpSandboxNames();
        });
}

void TestAuthenticationPage::lookUpSandboxNames()
{
    if (m_context->profile().environment != u"sandbox")
        return;
    const QPointer<TestAuthenticationPage> self(this);
    m_context->sandboxOrganisations(
        this, [self](const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
            if (!self || !result.ok())
                return;
            bool found = false;
            for (const Altinn::SystemUser &systemUser : std::as_const(self->m_systemUsers)) {
                for (const Altinn::Organisation &organisation : *result.value) {
                    if (organisation.orgNo == systemUser.reporteeOrgNo && !organisation.name.isEmpty()) {
                        self->m_names.insert(organisation.orgNo, organisation.name);
                        self->m_state->rememberOrganisationName(organisation.orgNo, organisation.name);
                        found = true;
                    }
                }
            }
            if (found)
                self->showCustomers();
        });
}

QString TestAuthenticationPage::customerText(const Altinn::SystemUser &systemUser) const
{
    QString name = m_state->organisationNames().value(systemUser.reporteeOrgNo);
    if (name.isEmpty())
        name = m_names.value(systemUser.reporteeOrgNo);
    QString text = systemUser.reporteeOrgNo;
    if (!name.isEmpty())
        text += u" — "_s + name;
    // Altinn's default reference is the org number itself; repeating it would only add noise.
    if (!systemUser.externalRef.isEmpty() && systemUser.externalRef != systemUser.reporteeOrgNo)
        text += u" ("_s + systemUser.externalRef + u')';
    if (systemUser.userType.compare(u"agent"_s, Qt::CaseInsensitive) == 0)
        text += u' ' + tr("[agent]");
    return text;
}

void TestAuthenticationPage::showCustomers()
{
    QString keepOrgNo = m_wantedOrgNo;
    QString keepExternalRef = m_wantedExternalRef;
    const int current = m_customerComboBox->currentIndex();
    if (keepOrgNo.isEmpty() && current >= 0 && current < m_customerComboBox->count()
        && m_customerComboBox->currentText() == m_customerComboBox->itemText(current)) {
        keepOrgNo = m_customerComboBox->itemData(current, Qt::UserRole).toString();
        keepExternalRef = m_customerComboBox->itemData(current, Qt::UserRole + 1).toString();
    }
    const QString typed = m_customerComboBox->currentText();
    const bool wasTyped = current < 0 || typed != m_customerComboBox->itemText(current);
    {
        const QSignalBlocker blocker(m_customerComboBox);
        m_customerComboBox->clear();
        for (const Altinn::SystemUser &systemUser : std::as_const(m_systemUsers)) {
            m_customerComboBox->addItem(customerText(systemUser));
            const int index = m_customerComboBox->count() - 1;
            m_customerComboBox->setItemData(index, systemUser.reporteeOrgNo, Qt::UserRole);
            m_customerComboBox->setItemData(index, systemUser.externalRef, Qt::UserRole + 1);
        }
        m_customerComboBox->setCurrentIndex(-1);
    }
    updateCustomerHint();
    if (!keepOrgNo.isEmpty()) {
        selectCustomer(keepOrgNo, keepExternalRef);
    } else if (wasTyped && !typed.isEmpty()) {
        m_customerComboBox->setEditText(typed);
    } else if (!m_systemUsers.isEmpty()) {
        m_customerComboBox->setCurrentIndex(0);
    }
}

void TestAuthenticationPage::selectCustomer(const QString &orgNo, const QString &externalRef)
{
    int match = -1;
    for (int i = 0; i < m_customerComboBox->count(); ++i) {
        if (m_customerComboBox->itemData(i, Qt::UserRole).toString() != orgNo)
            continue;
        const QString itemRef = m_customerComboBox->itemData(i, Qt::UserRole + 1).toString();
        if (match < 0 || externalRef.isEmpty() || itemRef == externalRef)
            match = i;
        if (!externalRef.isEmpty() && itemRef == externalRef)
            break;
    }
    if (match >= 0) {
        m_wantedOrgNo.clear();
        m_wantedExternalRef.clear();
        if (m_customerComboBox->currentIndex() == match)
            customerChosen(match);
        else
            m_customerComboBox->setCurrentIndex(match);
        return;
    }
    if (m_listing && !m_listing->isCancelled() && m_customersStatus->isBusy()) {
        // The list is still on its way: choose once it is here.
        m_wantedOrgNo = orgNo;
        m_wantedExternalRef = externalRef;
        return;
    }
    m_wantedOrgNo.clear();
    m_wantedExternalRef.clear();
    // Not one of the system users: keep it as typed, so its token can still be tried (and diagnosed).
    const QSignalBlocker blocker(m_customerComboBox);
    m_customerComboBox->setCurrentIndex(-1);
    m_customerComboBox->setEditText(orgNo);
    m_externalRefEdit->setText(externalRef == orgNo ? QString() : externalRef);
}

void TestAuthenticationPage::customerChosen(int index)
{
    if (index < 0 || index >= m_customerComboBox->count())
        return;
    m_externalRefEdit->setText(m_customerComboBox->itemData(index, Qt::UserRole + 1).toString());
    setMessage(m_customerMessage, {}, {});
    updateCustomerHint();
}

void TestAuthenticationPage::updateCustomerHint()
{
    QString text;
    QString button;
    m_customerHint = CustomerHint::None;
    if (m_listedSystemId.isEmpty() && systemId().isEmpty()) {
        m_customerHint = CustomerHint::PublishFirst;
        text = tr("There is no system yet. Create and publish the system definition first.");
        button = tr("Go to the system definition");
    } else if (m_systemUsers.isEmpty() && !m_listedSystemId.isEmpty() && !m_customersStatus->isBusy()) {
        m_customerHint = CustomerHint::AskCustomer;
        text = tr("No customer has a system user for %1 yet. Send a customer request and let the customer "
                  "approve it first — or type an organisation number to see what Maskinporten says.")
                   .arg(m_listedSystemId);
        button = tr("Ask a customer…");
    }
    setMessage(m_customerMessage, text, u"hint"_s);
    m_customerHintButton->setText(button);
    m_customerHintButton->setAccessibleName(button);
    m_customerHintButton->setVisible(m_customerHint != CustomerHint::None);
}

void TestAuthenticationPage::sessionChanged()
{
    // Everything here belonged to the old session (another vendor, client or environment).
    ++m_nextRequest;
    m_tokenRequest = 0;
    if (m_listing)
        m_listing->cancel();
    m_systemUsers.clear();
    m_listedSystemId.clear();
    m_names.clear();
    showCustomers();
    m_customersStatus->clear();
    m_tokenStatus->clear();
    m_getTokenButton->setEnabled(true);
    clearResult();
    if (isVisible())
        reloadCustomers();
}

bool TestAuthenticationPage::isBusy() const
{
    return m_tokenRequest != 0 || m_diagnosisPanel->isRunning() || m_apiCallPanel->isBusy();
}

// ---- The token -------------------------------------------------------------------------------

void TestAuthenticationPage::getToken()
{
    if (m_tokenRequest != 0)
        return;
    VendorSession *session = m_context->session();
    if (!session) {
        m_tokenStatus->showError(m_context->hasProfile()
                ? tr("The sandbox has not started yet. Wait a moment and try again.")
                : tr("Choose or create a profile on the first page."));
        return;
    }

    Target target;
    const int index = m_customerComboBox->currentIndex();
    if (index >= 0 && m_customerComboBox->currentText() == m_customerComboBox->itemText(index))
        target.customerOrgNo = m_customerComboBox->itemData(index, Qt::UserRole).toString();
    else
        target.customerOrgNo = Validation::OrgNumber::normalized(m_customerComboBox->currentText());
    if (const auto problem = Validation::OrgNumber::check(target.customerOrgNo);
        problem != Validation::OrgNumber::Problem::None) {
        setMessage(m_customerMessage,
            problem == Validation::OrgNumber::Problem::Empty
                ? tr("Choose a customer, or type the organisation number of one.")
                : Validation::OrgNumber::message(problem),
            u"error"_s);
        m_customerComboBox->setFocus();
        return;
    }
    target.externalRef = m_externalRefEdit->text().trimmed();
    target.scopes = m_scopesEdit->text().split(u' ', Qt::SkipEmptyParts);
    if (target.scopes.isEmpty()) {
        m_tokenStatus->showError(tr("Enter at least one scope: Maskinporten gives no token without one."));
        m_scopesEdit->setFocus();
        return;
    }

    clearResult();
    const quint64 request = m_nextRequest++;
    m_tokenRequest = request;
    m_getTokenButton->setEnabled(false);
    m_tokenStatus->showBusy(
        tr("Asking Maskinporten for a system user token for %1…").arg(target.customerOrgNo), [this] {
            // The token client cannot be interrupted; its answer is simply ignored.
            m_tokenRequest = 0;
            m_getTokenButton->setEnabled(true);
            m_tokenStatus->showInformation(tr("Stopped waiting for Maskinporten's answer."));
        });
    const QPointer<TestAuthenticationPage> self(this);
    session->systemUserToken(target.customerOrgNo, target.externalRef, target.scopes,
        [self, request, target](const Altinn::ApiResult<VendorSession::SystemUserToken> &result) {
            if (!self || self->m_tokenRequest != request)
                return;
            self->m_tokenRequest = 0;
            self->m_getTokenButton->setEnabled(true);
            if (result.ok())
                self->tokenReceived(target, result.value->token.accessToken, result.value->claims);
            else
                self->tokenFailed(target, result.failure);
        });
}

void TestAuthenticationPage::tokenReceived(
    const Target &target, const QByteArray &token, const QJsonObject &claims)
{
    m_token = token;
    m_claims = claims;
    showClaims(claims);
    m_tokenStatus->showSuccess(tr("Maskinporten issued a system user token for %1: the system user works.")
                                   .arg(target.customerOrgNo));
    // Gone from memory (and the clipboard) when it expires, whether or not the page is on screen.
    m_expiry.start(int(std::min<qint64>(secondsLeft(), 24 * 3600)) * 1000 + 500);

    Altinn::OnboardingSummary::TokenTest test;
    test.ok = true;
    test.testedAt = QDateTime::currentDateTimeUtc();
    test.customerOrgNo = target.customerOrgNo;
    test.externalRef = target.externalRef;
    test.claims = Altinn::TokenClaimsExplainer::rows(claims);
    m_state->setTokenTest(test);
    updateCountdown();
    scrollIntoView(m_resultSection);
}

void TestAuthenticationPage::tokenFailed(const Target &target, const Altinn::ApiFailure &failure)
{
    const Altinn::Explanation explanation =
        Altinn::ErrorExplainer::explain(failure, tr("getting the system user token"));
    QString text = explanation.summary;
    if (!explanation.remedy.isEmpty())
        text += u'\n' + explanation.remedy;
    if (!explanation.code.isEmpty())
        text += u'\n' + Altinn::ErrorExplainer::tr("Code: %1").arg(explanation.code);
    m_tokenStatus->showError(text, [this] { getToken(); });
    const auto cause = failure.tokenError ? failure.tokenError->cause : MaskinportenError::Cause::Unknown;
    // The client is fine when the clock is off or the customer side does not match: no button for it.
    const bool clientIsFine = cause == MaskinportenError::Cause::ClockAhead
        || cause == MaskinportenError::Cause::GrantExpired
        || cause == MaskinportenError::Cause::SystemUserNotFound;
    showRemedyButton(clientIsFine ? Remedy::None : explanation.action);

    Altinn::OnboardingSummary::TokenTest test;
    test.ok = false;
    test.testedAt = QDateTime::currentDateTimeUtc();
    test.customerOrgNo = target.customerOrgNo;
    test.externalRef = target.externalRef;
    test.failure = explanation.fullText();
    m_state->setTokenTest(test);

    if (cause == MaskinportenError::Cause::ClockAhead || cause == MaskinportenError::Cause::GrantExpired)
        showClockSkew();
    if (cause == MaskinportenError::Cause::SystemUserNotFound) {
        const Profile profile = m_context->profile();
        Altinn::SystemUserTokenDiagnosisRun::Query query;
        query.systemId = systemId();
        query.clientId = profile.clientId;
        query.vendorOrgNo = profile.vendorOrgNumber;
        query.customerOrgNo = target.customerOrgNo;
        query.externalRef = target.externalRef;
        m_diagnosisPanel->start(query);
        scrollIntoView(m_diagnosisPanel);
    }
}

void TestAuthenticationPage::showRemedyButton(Altinn::Explanation::Remedy action)
{
    disconnect(m_remedyButton, &QPushButton::clicked, this, nullptr);
    QString text;
    if (action == Remedy::CheckConnection) {
        text = tr("Check the Maskinporten client…");
        connect(m_remedyButton, &QPushButton::clicked, this, [this] { Q_EMIT connectionCheckRequested(); });
    } else if (action == Remedy::UpdateSystem || action == Remedy::RegisterSystemFirst) {
        text = tr("Go to the system definition");
        connect(m_remedyButton, &QPushButton::clicked, this, [this] { Q_EMIT editSystemRequested(); });
    }
    m_remedyButton->setText(text);
    m_remedyButton->setAccessibleName(text);
    m_remedyButton->setVisible(!text.isEmpty());
}

void TestAuthenticationPage::showClockSkew()
{
    VendorSession *session = m_context->session();
    const std::optional<qint64> skew = session ? session->tokenClient()->clockSkewSeconds() : std::nullopt;
    QString text;
    if (!skew) {
        text = tr("Maskinporten did not say what time it has, so how far this computer's clock is off is not "
                  "known. Turn on automatic time (NTP) in the system settings and try again.");
    } else {
        text = ConnectionCheck::clockSkewWarning(*skew);
        if (text.isEmpty())
            text =
                tr("This computer's clock is within %n second(s) of Maskinporten's, so the clock is not the "
                   "cause. Try again.",
                    nullptr, int(std::llabs(*skew)));
    }
    setMessage(m_clockSkewLabel, text, u"warning"_s);
}

void TestAuthenticationPage::clearResult()
{
    forgetToken();
    m_claims = {};
    m_claimsTable->setRowCount(0);
    m_resultSection->hide();
    m_copyWarning->hide();
    m_remedyButton->hide();
    m_clockSkewLabel->hide();
    m_diagnosisPanel->reset();
}

void TestAuthenticationPage::showClaims(const QJsonObject &claims)
{
    const QList<Altinn::ClaimRow> rows = Altinn::TokenClaimsExplainer::rows(claims);
    m_claimsTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Altinn::ClaimRow &claim = rows.at(row);
        const QStringList cells{claim.claim, claim.value, claim.explanation};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_claimsTable->setItem(row, column, item);
        }
    }
    m_resultSection->show();
    m_claimsTable->resizeRowsToContents();
}

qint64 TestAuthenticationPage::secondsLeft() const
{
    if (m_claims.isEmpty())
        return 0;
    // `exp` is Maskinporten's time: compare it with Maskinporten's clock, not this computer's.
    VendorSession *session = m_context->session();
    const qint64 skew = session ? session->tokenClient()->clockSkewSeconds().value_or(0) : 0;
    return Altinn::TokenClaimsExplainer::secondsLeft(m_claims, QDateTime::currentDateTimeUtc().addSecs(skew));
}

void TestAuthenticationPage::updateCountdown()
{
    if (m_claims.isEmpty()) {
        m_countdown.stop();
        return;
    }
    const qint64 left = secondsLeft();
    if (left > 0) {
        m_countdownLabel->setText(Altinn::TokenClaimsExplainer::countdownText(left));
        m_countdownLabel->setAccessibleName(tr("Token expires: %1").arg(m_countdownLabel->text()));
        m_copyTokenButton->setEnabled(!m_token.isEmpty());
        if (isVisible() && !m_countdown.isActive())
            m_countdown.start();
        return;
    }
    m_countdown.stop();
    m_countdownLabel->setText(tr("Expired — get a new token."));
    m_countdownLabel->setAccessibleName(m_countdownLabel->text());
    forgetToken();
    m_copyWarning->hide();
}

void TestAuthenticationPage::forgetToken()
{
    if (m_token.isEmpty())
        return;
    // A token the user copied is worthless soon, but until then a secret on the clipboard. Only while we
    // still own the clipboard: reading another program's would wait for it on the UI thread.
    QClipboard *clipboard = m_copied && QGuiApplication::instance() ? QGuiApplication::clipboard() : nullptr;
    if (clipboard && clipboard->ownsClipboard() && clipboard->text() == QString::fromLatin1(m_token))
        clipboard->clear();
    m_copied = false;
    m_token.clear();
    m_expiry.stop();
    m_copyTokenButton->setEnabled(false);
}

void TestAuthenticationPage::copyToken()
{
    const qint64 left = secondsLeft();
    if (m_token.isEmpty() || left <= 0)
        return;
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_token));
    m_copied = true;
    setMessage(m_copyWarning,
        tr("Copied. The token is a secret: anyone who has it can act as this system user for %n more "
           "second(s). Paste it only where you need it — never into chats, tickets or files.",
            nullptr, int(left)),
        u"warning"_s);
}

void TestAuthenticationPage::scrollIntoView(QWidget *widget)
{
    // After the layout has given the newly shown widgets their place.
    const QPointer<QWidget> target(widget);
    QTimer::singleShot(0, this, [this, target] {
        if (target && target->isVisible())
            m_scrollArea->ensureWidgetVisible(target, 0, 20);
    });
}
