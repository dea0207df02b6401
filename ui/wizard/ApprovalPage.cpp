#include "wizard/ApprovalPage.h"

#include "altinn/ApiOperation.h"
#include "altinn/MetadataClient.h"
#include "altinn/RequestClient.h"
#include "altinn/RequestStatusText.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemRegisterClient.h"
#include "common/OperationStatus.h"
#include "common/QrCodeWidget.h"
#include "session/VendorSession.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingState.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/ProductionGuard.h"
#include "wizard/RelativeTimeText.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;
using Altinn::CustomerMessage;
using Altinn::RequestStatus;

namespace {

/// Pixels per side of a copied or saved QR image: sharp when printed or pasted into a document.
constexpr int QrImageSize = 480;
/// How often "sent … ago" is refreshed.
constexpr int ClockIntervalMs = 30 * 1000;

QLabel *sectionHeading(QWidget *parent, QList<QLabel *> &headings, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"sectionHeading"_s);
    headings.append(label);
    return label;
}

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setStyled(QLabel *label, const char *property, const QString &value)
{
    label->setProperty(property, value);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void setMessage(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
    setStyled(label, "kind", kind);
}

bool isRejected(RequestStatus status)
{
    return status == RequestStatus::Rejected || status == RequestStatus::Denied;
}

} // namespace

ApprovalPage::ApprovalPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_noticeLabel(textLabel(u"noticeLabel"_s, this))
    , m_noRequestLabel(textLabel(u"noRequestLabel"_s, this))
    , m_requestContent(new QWidget(this))
    , m_customerLabel(textLabel(u"customerLabel"_s, this))
    , m_statusCaption(new QLabel(this))
    , m_statusValue(textLabel(u"statusValue"_s, this))
    , m_createdLabel(textLabel(u"createdLabel"_s, this))
    , m_explanationLabel(textLabel(u"explanationLabel"_s, this))
    , m_timedOutLabel(textLabel(u"timedOutLabel"_s, this))
    , m_connectionLabel(textLabel(u"connectionLabel"_s, this))
    , m_checkNowButton(new QPushButton(this))
    , m_askAgainButton(new QPushButton(this))
    , m_pollStatus(new OperationStatus(this))
    , m_linkLabel(textLabel(u"linkLabel"_s, this))
    , m_linkEdit(new QLineEdit(this))
    , m_openLinkButton(new QPushButton(this))
    , m_copyLinkButton(new QPushButton(this))
    , m_qrCode(new QrCodeWidget(this))
    , m_copyQrButton(new QPushButton(this))
    , m_saveQrButton(new QPushButton(this))
    , m_languageLabel(new QLabel(this))
    , m_languageComboBox(new QComboBox(this))
    , m_subjectLabel(new QLabel(this))
    , m_subjectEdit(new QLineEdit(this))
    , m_bodyLabel(new QLabel(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_copyMessageButton(new QPushButton(this))
    , m_emailButton(new QPushButton(this))
    , m_messageHint(textLabel(u"messageHint"_s, this))
    , m_changeFrame(new QFrame(this))
    , m_changeLabel(textLabel(u"changeRequestLabel"_s, this))
    , m_changeLinkEdit(new QLineEdit(this))
    , m_openChangeLinkButton(new QPushButton(this))
    , m_copyChangeLinkButton(new QPushButton(this))
    , m_sandboxFrame(new QFrame(this))
    , m_sandboxHint(textLabel(u"sandboxHint"_s, this))
    , m_actAsCustomerButton(new QPushButton(this))
    , m_approveNowButton(new QPushButton(this))
    , m_sandboxStatus(new OperationStatus(this))
    , m_actionStatus(new OperationStatus(this))
{
    setObjectName(u"approvalPage"_s);
    m_noticeLabel->setProperty("role", u"inlineMessage"_s);
    m_noticeLabel->hide();
    m_noRequestLabel->setProperty("role", u"hint"_s);
    m_noRequestLabel->hide();

    // Built in reading order: the section headings are retranslated by their index.
    QWidget *statusSection = buildStatusSection();
    QWidget *sandboxSection = buildSandboxSection();
    QWidget *linkSection = buildLinkSection();
    QWidget *messageSection = buildMessageSection();
    QWidget *changeSection = buildChangeRequestSection();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    auto *left = new QVBoxLayout;
    left->addWidget(linkSection);
    left->addWidget(messageSection);
    columns->addLayout(left, 1);
    auto *qrColumn = new QVBoxLayout;
    qrColumn->addSpacing(28);
    qrColumn->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    qrColumn->addWidget(m_copyQrButton);
    qrColumn->addWidget(m_saveQrButton);
    qrColumn->addStretch(1);
    columns->addLayout(qrColumn, 0);

    auto *requestLayout = new QVBoxLayout(m_requestContent);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->setSpacing(8);
    requestLayout->addWidget(statusSection);
    requestLayout->addWidget(sandboxSection);
    requestLayout->addLayout(columns);
    requestLayout->addWidget(changeSection);

    auto *content = new QWidget;
    content->setObjectName(u"approvalContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_noticeLabel);
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

    // Reading order: status, the sandbox's shortcuts, the link, the message, the QR code.
    const QList<QWidget *> tabOrder{m_checkNowButton, m_askAgainButton, m_actAsCustomerButton,
        m_approveNowButton, m_linkEdit, m_openLinkButton, m_copyLinkButton, m_languageComboBox, m_subjectEdit,
        m_bodyEdit, m_copyMessageButton, m_emailButton, m_copyQrButton, m_saveQrButton, m_changeLinkEdit,
        m_openChangeLinkButton, m_copyChangeLinkButton};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &ApprovalPage::updateCreatedText);
    connect(m_checkNowButton, &QPushButton::clicked, this, [this] {
        if (m_poller)
            m_poller->pollNow();
    });
    connect(m_askAgainButton, &QPushButton::clicked, this, &ApprovalPage::deleteAndAskAgain);
    connect(m_openLinkButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl(m_linkEdit->text())); });
    connect(m_copyLinkButton, &QPushButton::clicked, this, &ApprovalPage::copyLink);
    connect(m_copyQrButton, &QPushButton::clicked, this, &ApprovalPage::copyQrImage);
    connect(m_saveQrButton, &QPushButton::clicked, this, &ApprovalPage::saveQrImage);
    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing a language is asking for the text in it, edited or not.
        m_messageEdited = false;
        loadPackageNames(CustomerMessage::languageCode(messageLanguage()));
        composeMessage();
    });
    connect(m_subjectEdit, &QLineEdit::textEdited, this, [this] { m_messageEdited = true; });
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_composing)
            m_messageEdited = true;
    });
    connect(m_copyMessageButton, &QPushButton::clicked, this, &ApprovalPage::copyMessage);
    connect(m_emailButton, &QPushButton::clicked, this, &ApprovalPage::openInEmail);
    connect(m_openChangeLinkButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl(m_changeLinkEdit->text())); });
    connect(m_copyChangeLinkButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_changeLinkEdit->text()); });
    connect(m_actAsCustomerButton, &QPushButton::clicked, this, &ApprovalPage::actAsCustomer);
    connect(m_approveNowButton, &QPushButton::clicked, this, &ApprovalPage::approveInSandbox);
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

QWidget *ApprovalPage::buildStatusSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"statusHeading"_s);
    m_statusValue->setProperty("role", u"fieldMessage"_s);
    QFont statusFont = m_statusValue->font();
    statusFont.setBold(true);
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.25);
    m_statusValue->setFont(statusFont);
    m_statusValue->setWordWrap(false);
    m_statusCaption->setBuddy(m_checkNowButton);
    m_checkNowButton->setObjectName(u"checkNowButton"_s);
    m_askAgainButton->setObjectName(u"askAgainButton"_s);
    m_createdLabel->setProperty("role", u"hint"_s);
    m_timedOutLabel->setProperty("role", u"fieldMessage"_s);
    m_connectionLabel->setProperty("role", u"fieldMessage"_s);
    m_timedOutLabel->hide();
    m_connectionLabel->hide();
    m_pollStatus->setObjectName(u"pollStatus"_s);
    m_actionStatus->setObjectName(u"actionStatus"_s);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusCaption);
    statusRow->addWidget(m_statusValue);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_checkNowButton);
    statusRow->addStretch(1);
    auto *askAgainRow = new QHBoxLayout;
    askAgainRow->addWidget(m_askAgainButton);
    askAgainRow->addStretch(1);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_customerLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_createdLabel);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_timedOutLabel);
    layout->addWidget(m_connectionLabel);
    layout->addWidget(m_pollStatus);
    layout->addLayout(askAgainRow);
    layout->addWidget(m_actionStatus);
    return section;
}

QWidget *ApprovalPage::buildLinkSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"linkHeading"_s);
    m_linkEdit->setObjectName(u"linkEdit"_s);
    m_linkEdit->setReadOnly(true);
    m_linkLabel->setBuddy(m_linkEdit);
    m_openLinkButton->setObjectName(u"openLinkButton"_s);
    m_copyLinkButton->setObjectName(u"copyLinkButton"_s);
    m_qrCode->setObjectName(u"qrCode"_s);
    m_qrCode->setFixedSize(180, 180);
    m_copyQrButton->setObjectName(u"copyQrButton"_s);
    m_saveQrButton->setObjectName(u"saveQrButton"_s);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkEdit, 1);
    linkRow->addWidget(m_openLinkButton);
    linkRow->addWidget(m_copyLinkButton);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_linkLabel);
    layout->addLayout(linkRow);
    return section;
}

QWidget *ApprovalPage::buildMessageSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings, u"messageHeading"_s);
    m_languageComboBox->setObjectName(u"messageLanguageComboBox"_s);
    for (const char *code : {"nb", "nn", "en"})
        m_languageComboBox->addItem(QString(), QString::fromLatin1(code));
    m_languageLabel->setBuddy(m_languageComboBox);
    m_subjectEdit->setObjectName(u"subjectEdit"_s);
    m_subjectLabel->setBuddy(m_subjectEdit);
    m_bodyEdit->setObjectName(u"messageEdit"_s);
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setMinimumHeight(170);
    m_bodyLabel->setBuddy(m_bodyEdit);
    m_copyMessageButton->setObjectName(u"copyMessageButton"_s);
    m_emailButton->setObjectName(u"emailButton"_s);
    m_messageHint->setProperty("role", u"hint"_s);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageComboBox);
    languageRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_languageLabel, languageRow);
    form->addRow(m_subjectLabel, m_subjectEdit);
    form->addRow(m_bodyLabel, m_bodyEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyMessageButton);
    buttons->addWidget(m_emailButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_messageHint);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return section;
}

QWidget *ApprovalPage::buildChangeRequestSection()
{
    m_changeFrame->setObjectName(u"changeRequestFrame"_s);
    QLabel *heading = sectionHeading(m_changeFrame, m_sectionHeadings, u"changeRequestHeading"_s);
    m_changeLinkEdit->setObjectName(u"changeLinkEdit"_s);
    m_changeLinkEdit->setReadOnly(true);
    m_changeLabel->setBuddy(m_changeLinkEdit);
    m_openChangeLinkButton->setObjectName(u"openChangeLinkButton"_s);
    m_copyChangeLinkButton->setObjectName(u"copyChangeLinkButton"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_changeLinkEdit, 1);
    row->addWidget(m_openChangeLinkButton);
    row->addWidget(m_copyChangeLinkButton);
    auto *layout = new QVBoxLayout(m_changeFrame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_changeLabel);
    layout->addLayout(row);
    m_changeFrame->hide();
    return m_changeFrame;
}

QWidget *ApprovalPage::buildSandboxSection()
{
    m_sandboxFrame->setObjectName(u"sandboxFrame"_s);
    QLabel *heading = sectionHeading(m_sandboxFrame, m_sectionHeadings, u"sandboxHeading"_s);
    m_sandboxHint->setProperty("role", u"hint"_s);
    m_actAsCustomerButton->setObjectName(u"actAsCustomerButton"_s);
    m_approveNowButton->setObjectName(u"approveNowButton"_s);
    m_sandboxStatus->setObjectName(u"sandboxStatus"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sandboxHint, 1);
    row->addWidget(m_actAsCustomerButton);
    row->addWidget(m_approveNowButton);
    auto *layout = new QVBoxLayout(m_sandboxFrame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addWidget(m_sandboxStatus);
    m_sandboxFrame->hide();
    return m_sandboxFrame;
}

void ApprovalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStatus();
    }
    QWizardPage::changeEvent(event);
}

void ApprovalPage::retranslateUi()
{
    setTitle(tr("Hand the approval link to the customer"));
    setSubTitle(tr("Someone at the customer approves the request in Altinn. Send them the link or the "
                   "message below; this page shows when they have decided."));
    m_sectionHeadings.at(0)->setText(tr("Status"));
    m_sectionHeadings.at(1)->setText(tr("Sandbox: act as the customer"));
    m_sectionHeadings.at(2)->setText(tr("Approval link"));
    m_sectionHeadings.at(3)->setText(tr("Message for the customer"));
    m_sectionHeadings.at(4)->setText(tr("Change request"));

    m_noRequestLabel->setText(tr("There is no request to follow yet. Send one on the previous page, or pick "
                                 "one in the customers view."));
    m_statusCaption->setText(tr("Status:"));
    m_checkNowButton->setText(tr("&Check now"));
    m_checkNowButton->setAccessibleName(tr("Check the status now"));
    m_linkLabel->setText(
        tr("Send this link to someone at the customer who has the Access manager (Tilgangsstyrer) or Main "
           "administrator role in Altinn. They log in with ID-porten and approve the request."));
    m_linkEdit->setAccessibleName(tr("Approval link"));
    m_openLinkButton->setText(tr("&Open in browser"));
    m_openLinkButton->setAccessibleName(tr("Open the approval link in the browser"));
    m_copyLinkButton->setText(tr("Cop&y link"));
    m_copyLinkButton->setAccessibleName(tr("Copy the approval link"));
    m_qrCode->setPurpose(tr("QR code of the approval link"));
    m_copyQrButton->setText(tr("Copy QR image"));
    m_copyQrButton->setAccessibleName(tr("Copy the QR code as an image"));
    m_saveQrButton->setText(tr("Save QR image…"));
    m_saveQrButton->setAccessibleName(tr("Save the QR code as an image file"));

    m_messageHint->setText(
        tr("A ready-made message in the customer's language: who must approve, what is asked "
           "for and what happens next. You can edit it before sending."));
    m_languageLabel->setText(tr("&Language:"));
    m_languageComboBox->setAccessibleName(tr("Language of the message"));
    m_languageComboBox->setItemText(0, tr("Norwegian Bokmål"));
    m_languageComboBox->setItemText(1, tr("Norwegian Nynorsk"));
    m_languageComboBox->setItemText(2, tr("English"));
    m_subjectLabel->setText(tr("S&ubject:"));
    m_subjectEdit->setAccessibleName(tr("Subject of the message"));
    m_bodyLabel->setText(tr("&Message:"));
    m_bodyEdit->setAccessibleName(tr("Message for the customer"));
    m_copyMessageButton->setText(tr("Copy &message"));
    m_copyMessageButton->setAccessibleName(tr("Copy the message"));
    m_emailButton->setText(tr("Open in &e-mail"));
    m_emailButton->setAccessibleName(tr("Open the message in the e-mail program"));

    m_changeLinkEdit->setAccessibleName(tr("Approval link of the change request"));
    m_openChangeLinkButton->setText(tr("Open in browser"));
    m_openChangeLinkButton->setAccessibleName(tr("Open the change request in the browser"));
    m_copyChangeLinkButton->setText(tr("Copy link"));
    m_copyChangeLinkButton->setAccessibleName(tr("Copy the change request link"));

    m_sandboxHint->setText(tr("In the sandbox you can play the customer: open the simulator's approval page "
                              "in the browser, or approve at once without a browser."));
    m_actAsCustomerButton->setText(tr("Act as the customer"));
    m_actAsCustomerButton->setAccessibleName(tr("Open the approval page as the customer"));
    m_approveNowButton->setText(tr("Approve now (sandbox)"));
    m_approveNowButton->setAccessibleName(tr("Approve the request now as the customer, in the sandbox"));
}

// ---- The request and its status ----

void ApprovalPage::initializePage()
{
    stopPolling();
    delete m_poller;
    m_request = m_state->currentRequest();
    m_deleted = false;
    m_connectionTrouble = false;
    m_messageEdited = false;
    m_system.reset();
    m_titles.clear();
    m_packageLanguagesLoaded.clear();
    m_noticeLabel->hide();
    m_pollStatus->clear();
    m_sandboxStatus->clear();
    m_actionStatus->clear();
    {
        const QSignalBlocker blocker(m_languageComboBox);
        m_languageComboBox->setCurrentIndex(std::max(0,
            m_languageComboBox->findData(
                CustomerMessage::languageCode(CustomerMessage::languageFromCode(m_context->language())))));
    }

    VendorSession *session = m_context->session();
    if (m_request && session) {
        m_poller = new Altinn::RequestStatusPoller(session->requests(), m_request->id, m_request->kind, this);
        m_poller->setKnownStatus(m_request->status);
        if (m_intervals)
            m_poller->setIntervals(*m_intervals);
        connect(m_poller, &Altinn::RequestStatusPoller::polled, this,
            [this](const Altinn::SystemUserRequestResponse &response) {
                m_request = response;
                m_pollStatus->clear();
                if (m_state->currentRequest() && m_state->currentRequest()->id == response.id)
                    m_state->setCurrentRequest(response);
                showStatus();
            });
        connect(m_poller, &Altinn::RequestStatusPoller::statusChanged, this, &ApprovalPage::statusChanged);
        connect(m_poller, &Altinn::RequestStatusPoller::requestDeleted, this, &ApprovalPage::requestGone);
        connect(m_poller, &Altinn::RequestStatusPoller::connectionProblem, this,
            [this](const Altinn::Explanation &explanation) {
                m_connectionTrouble = true;
                setMessage(m_connectionLabel,
                    tr("Altinn cannot be reached right now: %1 The status shown is the last one known; the "
                       "page "
                       "keeps checking.")
                        .arg(explanation.summary),
                    u"warning"_s);
            });
        connect(m_poller, &Altinn::RequestStatusPoller::connectionRestored, this, [this] {
            m_connectionTrouble = false;
            setMessage(m_connectionLabel, {}, {});
        });
        connect(m_poller, &Altinn::RequestStatusPoller::failed, this,
            [this](const Altinn::Explanation &explanation) {
                m_pollStatus->showError(
                    tr("The status could not be checked: %1 %2").arg(explanation.summary, explanation.remedy),
                    [this] {
                        m_pollStatus->clear();
                        if (m_poller)
                            m_poller->start();
                    });
            });
    }
    showRequest();
    loadSystemAndTitles();
    composeMessage();
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
    updateCreatedText();
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
    m_linkEdit->setText(m_request->confirmUrl);
    m_linkEdit->setCursorPosition(0);
    m_qrCode->setText(m_request->confirmUrl);
    const bool hasLink = !m_request->confirmUrl.isEmpty();
    for (QPushButton *button : {m_openLinkButton, m_copyLinkButton, m_actAsCustomerButton})
        button->setEnabled(hasLink);
    m_copyQrButton->setEnabled(m_qrCode->hasCode());
    m_saveQrButton->setEnabled(m_qrCode->hasCode());

    const auto change = m_state->currentChangeRequest();
    const bool showChange = change && change->systemUserId == m_request->id && !change->confirmUrl.isEmpty();
    m_changeFrame->setVisible(showChange);
    if (showChange) {
        m_changeLabel->setText(
            tr("A change request asks this customer's system user for more rights (status: "
               "%1). The customer approves it with this link:")
                .arg(Altinn::RequestStatusText::display(change->status)));
        m_changeLinkEdit->setText(change->confirmUrl);
        m_changeLinkEdit->setCursorPosition(0);
    }
    m_sandboxFrame->setVisible(m_context->environment().isLocal());
    showStatus();
}

void ApprovalPage::showStatus()
{
    if (!m_request)
        return;
    const Altinn::SystemUserRequestResponse &request = *m_request;
    const QString name = m_state->organisationNames().value(request.partyOrgNo);
    const QString customer = name.isEmpty() ? tr("organisation %1").arg(request.partyOrgNo)
                                            : tr("%1 (%2)").arg(name, request.partyOrgNo);
    QString customerLine =
        tr("Customer: %1 · %2 request").arg(customer, Altinn::RequestStatusText::kind(request.kind));
    if (!request.externalRef.isEmpty() && request.externalRef != request.partyOrgNo)
        customerLine += u" · "_s + tr("external reference %1").arg(request.externalRef);
    m_customerLabel->setText(customerLine);

    const QString statusText = m_deleted ? tr("Deleted") : Altinn::RequestStatusText::display(request.status);
    m_statusValue->setText(statusText);
    m_statusValue->setAccessibleName(tr("Status: %1").arg(statusText));
    QString kind = u"hint"_s;
    QString explanation;
    if (m_deleted) {
        kind = u"error"_s;
        explanation =
            tr("The request no longer exists: it was deleted, or the customer deleted the system user "
               "it created. Ask the customer again.");
    } else {
        switch (request.status) {
        case RequestStatus::New:
            explanation =
                tr("Waiting for the customer. This page checks the status by itself while it is open.");
            if (request.escalated)
                explanation += u' '
                    + tr(
                        "The person who opened the link has passed it on to the customer's access managers.");
            break;
        case RequestStatus::Accepted:
            kind = u"ok"_s;
            explanation = tr("The customer approved the request: the system user exists. Go on to check that "
                             "your system can get a token for it.");
            break;
        case RequestStatus::Rejected:
        case RequestStatus::Denied:
            kind = u"error"_s;
            explanation =
                tr("The customer rejected the request. Altinn keeps the rejected request, so sending the "
                   "same request again would only return it. Delete it and ask again — talk to the "
                   "customer first if you do not know why.");
            break;
        case RequestStatus::Timedout:
            kind = u"error"_s;
            explanation = tr("The request has expired. Delete it and send a new one.");
            break;
        case RequestStatus::NoChangeNeeded:
        case RequestStatus::Unknown:
            explanation =
                tr("Altinn reports a status this wizard does not know: “%1”.").arg(request.statusText);
            break;
        }
    }
    setStyled(m_statusValue, "kind", kind);
    m_explanationLabel->setText(explanation);

    const bool tooOld = request.timedOut && request.status == RequestStatus::New;
    setMessage(m_timedOutLabel,
        tooOld ? tr("This request is older than 180 days. The customer may no longer be able to approve it: "
                    "send a new request.")
               : QString(),
        u"warning"_s);
    updateCreatedText();

    const bool decided = Altinn::RequestStatuses::isFinal(request.status) || m_deleted;
    m_checkNowButton->setEnabled(!decided);
    const bool askAgain =
        m_deleted || isRejected(request.status) || request.status == RequestStatus::Timedout || tooOld;
    m_askAgainButton->setVisible(askAgain);
    m_askAgainButton->setText(m_deleted ? tr("&Ask again") : tr("&Delete and ask again"));
    m_askAgainButton->setAccessibleName(m_askAgainButton->text().remove(u'&'));
    // The approval page of a decided request only says it was handled.
    const bool waiting = request.status == RequestStatus::New && !m_deleted;
    m_approveNowButton->setEnabled(waiting);
    m_actAsCustomerButton->setEnabled(waiting && !request.confirmUrl.isEmpty());
    Q_EMIT completeChanged();
}

void ApprovalPage::updateCreatedText()
{
    if (!m_request || !m_request->created.isValid()) {
        m_createdLabel->clear();
        return;
    }
    m_createdLabel->setText(
        tr("Sent %1 (%2).")
            .arg(RelativeTimeText::since(m_request->created),
                QLocale().toString(m_request->created.toLocalTime(), QLocale::ShortFormat)));
}

void ApprovalPage::statusChanged(
    RequestStatus previous, RequestStatus current, const Altinn::SystemUserRequestResponse &response)
{
    Q_UNUSED(previous)
    m_request = response;
    showStatus();
    QString text;
    QString severity = u"info"_s;
    switch (current) {
    case RequestStatus::Accepted:
        text = tr("The customer approved the request. Go on with Next to test the system user.");
        severity = u"success"_s;
        break;
    case RequestStatus::Rejected:
    case RequestStatus::Denied:
        text = tr("The customer rejected the request.");
        severity = u"error"_s;
        break;
    default:
        text = tr("The request's status is now: %1.").arg(Altinn::RequestStatusText::display(response));
        break;
    }
    m_noticeLabel->setText(text);
    m_noticeLabel->setAccessibleName(text);
    setStyled(m_noticeLabel, "severity", severity);
    m_noticeLabel->show();
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
    const QString text = tr("The request was deleted.");
    m_noticeLabel->setText(text);
    m_noticeLabel->setAccessibleName(text);
    setStyled(m_noticeLabel, "severity", u"error"_s);
    m_noticeLabel->show();
}

// ---- The message ----

CustomerMessage::Language ApprovalPage::messageLanguage() const
{
    return CustomerMessage::languageFromCode(m_languageComboBox->currentData().toString());
}

void ApprovalPage::setMessageLanguage(const QString &code)
{
    m_languageComboBox->setCurrentIndex(std::max(0,
        m_languageComboBox->findData(
            CustomerMessage::languageCode(CustomerMessage::languageFromCode(code)))));
}

void ApprovalPage::loadSystemAndTitles()
{
    VendorSession *session = m_context->session();
    if (!m_request || !session)
        return;
    const QString systemId = m_request->systemId;
    QPointer<ApprovalPage> self(this);
    if (const auto published = m_state->publishedSystem(); published && published->id == systemId) {
        m_system = published;
    } else {
        session->systemRegister()->get(systemId, [self, systemId](const auto &result) {
            // Without it the message names the system by its id.
            if (!self || !result.ok() || !self->m_request || self->m_request->systemId != systemId)
                return;
            self->m_system = *result.value;
            if (!self->m_messageEdited)
                self->composeMessage();
        });
    }
    session->metadata()->resources([self](const auto &result) {
        if (!self || !result.ok() || !self->m_request)
            return;
        QStringList wanted;
        for (const Altinn::Right &right : self->m_request->rights)
            wanted.append(right.resourceId());
        for (const Altinn::ServiceResource &resource : result.value->value) {
            if (wanted.contains(resource.identifier))
                self->m_titles.insert(resource.identifier, resource.title);
        }
        if (!self->m_messageEdited)
            self->composeMessage();
    });
    loadPackageNames(CustomerMessage::languageCode(messageLanguage()));
}

void ApprovalPage::loadPackageNames(const QString &language)
{
    VendorSession *session = m_context->session();
    if (!m_request || !session || m_request->accessPackages.isEmpty()
        || m_packageLanguagesLoaded.contains(language))
        return;
    m_packageLanguagesLoaded.append(language);
    QPointer<ApprovalPage> self(this);
    session->metadata()->accessPackages(language, [self, language](const auto &result) {
        if (!self || !self->m_request)
            return;
        if (!result.ok()) {
            self->m_packageLanguagesLoaded.removeAll(language); // the next choice of language tries again
            return;
        }
        for (const Altinn::AccessPackageRef &package : self->m_request->accessPackages) {
            if (const Altinn::AccessPackageInfo *info = result.value->value.find(package.urn))
                self->m_titles[package.urn].insert(language, info->name);
        }
        if (!self->m_messageEdited)
            self->composeMessage();
    });
}

void ApprovalPage::composeMessage()
{
    if (!m_request)
        return;
    CustomerMessage::Input input;
    input.request = *m_request;
    input.customerName = m_state->organisationNames().value(m_request->partyOrgNo);
    const Profile profile = m_context->profile();
    input.vendorName = profile.vendorName;
    input.vendorOrgNo = profile.vendorOrgNumber;
    if (m_system)
        input.systemName = m_system->name;
    input.titles = m_titles;
    const CustomerMessage::Text text = CustomerMessage::compose(input, messageLanguage());
    m_composing = true;
    m_subjectEdit->setText(text.subject);
    m_bodyEdit->setPlainText(text.body);
    m_composing = false;
    m_messageEdited = false;
}

// ---- Actions ----

void ApprovalPage::copyLink()
{
    QApplication::clipboard()->setText(m_linkEdit->text());
}

void ApprovalPage::copyQrImage()
{
    const QImage image = m_qrCode->image(QrImageSize);
    if (!image.isNull())
        QApplication::clipboard()->setImage(image);
}

void ApprovalPage::saveQrImage()
{
    const QImage image = m_qrCode->image(QrImageSize);
    if (image.isNull() || !m_request)
        return;
    const QString suggested = tr("approval-link-%1.png").arg(m_request->partyOrgNo);
    auto *dialog = new QFileDialog(this, tr("Save the QR code"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/' + suggested,
        tr("PNG images (*.png)"));
    dialog->setObjectName(u"saveQrDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"png"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            m_actionStatus->showError(tr("The QR code could not be saved to %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        m_actionStatus->showSuccess(tr("Saved the QR code to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void ApprovalPage::copyMessage()
{
    QApplication::clipboard()->setText(m_bodyEdit->toPlainText());
}

void ApprovalPage::openInEmail()
{
    QDesktopServices::openUrl(
        CustomerMessage::mailtoUrl(QString(), m_subjectEdit->text(), m_bodyEdit->toPlainText()));
}

void ApprovalPage::actAsCustomer()
{
    // In the sandbox the approval link is the simulator's own approval page.
    if (m_request)
        QDesktopServices::openUrl(QUrl(m_request->confirmUrl));
}

void ApprovalPage::approveInSandbox()
{
    VendorSession *session = m_context->session();
    if (!m_request || !session)
        return;
    const QString requestId = m_request->id;
    m_sandboxStatus->showBusy(tr("Approving as the customer…"));
    m_approveNowButton->setEnabled(false);
    QPointer<ApprovalPage> self(this);
    session->sandboxControl()->approveRequest(
        requestId, [self](const Altinn::ApiResult<Altinn::Done> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("approving in the sandbox"));
                self->m_sandboxStatus->showError(
                    explanation.summary + u' ' + explanation.remedy, [self] { self->approveInSandbox(); });
                self->showStatus();
                return;
            }
            self->m_sandboxStatus->showSuccess(tr("Approved as the customer."));
            if (self->m_poller)
                self->m_poller->pollNow();
        });
}

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
            self->m_actionStatus->showBusy(tr("Deleting the request…"));
            self->m_askAgainButton->setEnabled(false);
            current->requests()->remove(
                request.id, [self, request](const Altinn::ApiResult<Altinn::Done> &result) {
                    if (!self)
                        return;
                    self->m_askAgainButton->setEnabled(true);
                    // 404: gone already, which is what was wanted.
                    if (!result.ok() && result.failure.httpStatus() != 404) {
                        const Altinn::Explanation explanation =
                            Altinn::ErrorExplainer::explain(result.failure, tr("deleting the request"));
                        self->m_actionStatus->showError(explanation.summary + u' ' + explanation.remedy,
                            [self] { self->deleteAndAskAgain(); });
                        return;
                    }
                    self->m_actionStatus->clear();
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
