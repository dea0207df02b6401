#include "wizard/MaskinportenPage.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "auth/KeyImporter.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/ConnectionCheckPanel.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>
#include <QWizard>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Key files are small; anything bigger is not a key and is not read into memory.
constexpr qint64 MaximumKeyFileSize = 1024 * 1024;

QLabel *sectionHeading(QWidget *parent, QList<QLabel *> &headings)
{
    auto *label = new QLabel(parent);
    label->setProperty("role", u"sectionHeading"_s);
    headings.append(label);
    return label;
}

void setMessage(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setProperty("kind", kind);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

bool isClientIdValid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool isKidValid(const QString &kid)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._:-]{1,100}$"_s);
    return pattern.match(kid).hasMatch();
}

} // namespace

MaskinportenPage::MaskinportenPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_clientIdLabel(new QLabel(this))
    , m_clientIdEdit(new QLineEdit(this))
    , m_clientIdMessage(new QLabel(this))
    , m_noKeyLabel(new QLabel(this))
    , m_keyDetails(new QWidget(this))
    , m_kidLabel(new QLabel(this))
    , m_kidEdit(new QLineEdit(this))
    , m_kidMessage(new QLabel(this))
    , m_algorithmCaption(new QLabel(this))
    , m_algorithmValue(valueLabel(u"algorithmValue"_s, this))
    , m_sizeCaption(new QLabel(this))
    , m_sizeValue(valueLabel(u"keySizeValue"_s, this))
    , m_fingerprintCaption(new QLabel(this))
    , m_fingerprintValue(valueLabel(u"fingerprintValue"_s, this))
    , m_storedCaption(new QLabel(this))
    , m_storedValue(valueLabel(u"storedValue"_s, this))
    , m_keySizeLabel(new QLabel(this))
    , m_keySizeComboBox(new QComboBox(this))
    , m_generateButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_runOnlyCheckBox(new QCheckBox(this))
    , m_dropHint(new QLabel(this))
    , m_keyStatus(new OperationStatus(this))
    , m_useRunOnlyButton(new QPushButton(this))
    , m_instructionsLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_formatComboBox(new QComboBox(this))
    , m_saveExportButton(new QPushButton(this))
    , m_copyExportButton(new QPushButton(this))
    , m_portalButton(new QPushButton(this))
    , m_registerButton(new QPushButton(this))
    , m_registerStatus(new OperationStatus(this))
    , m_connectionPanel(new ConnectionCheckPanel(context, this))
{
    setObjectName(u"maskinportenPage"_s);
    setAcceptDrops(true);

    auto *content = new QWidget;
    content->setObjectName(u"maskinportenContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(buildClientSection());
    contentLayout->addWidget(buildKeySection());
    contentLayout->addWidget(buildExportSection());
    QLabel *connectionHeading = sectionHeading(content, m_sectionHeadings);
    connectionHeading->setObjectName(u"connectionHeading"_s);
    contentLayout->addWidget(connectionHeading);
    contentLayout->addWidget(m_connectionPanel);
    contentLayout->addStretch(1);

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(u"maskinportenScrollArea"_s);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setFocusPolicy(Qt::NoFocus);
    scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);

    // The order a keyboard user meets things: client, key, export, registration, check.
    setTabOrder(m_clientIdEdit, m_kidEdit);
    setTabOrder(m_kidEdit, m_generateButton);
    setTabOrder(m_generateButton, m_keySizeComboBox);
    setTabOrder(m_keySizeComboBox, m_runOnlyCheckBox);
    setTabOrder(m_runOnlyCheckBox, m_importButton);
    setTabOrder(m_importButton, m_useRunOnlyButton);
    setTabOrder(m_useRunOnlyButton, m_formatComboBox);
    setTabOrder(m_formatComboBox, m_saveExportButton);
    setTabOrder(m_saveExportButton, m_copyExportButton);
    setTabOrder(m_copyExportButton, m_portalButton);
    setTabOrder(m_portalButton, m_registerButton);
    setTabOrder(m_registerButton, m_connectionPanel->checkButton());

    connect(m_clientIdEdit, &QLineEdit::textChanged, this, &MaskinportenPage::clientIdEdited);
    connect(m_clientIdEdit, &QLineEdit::editingFinished, this, [this] { updateClientIdMessage(true); });
    connect(m_generateButton, &QPushButton::clicked, this, &MaskinportenPage::generateKey);
    connect(m_importButton, &QPushButton::clicked, this, &MaskinportenPage::chooseKeyFile);
    connect(m_kidEdit, &QLineEdit::editingFinished, this, &MaskinportenPage::kidEdited);
    connect(m_saveExportButton, &QPushButton::clicked, this, &MaskinportenPage::saveExport);
    connect(m_copyExportButton, &QPushButton::clicked, this, &MaskinportenPage::copyExport);
    connect(m_portalButton, &QPushButton::clicked, this, &MaskinportenPage::openPortal);
    connect(m_registerButton, &QPushButton::clicked, this, [this] { registerInSandbox(); });
    connect(m_useRunOnlyButton, &QPushButton::clicked, this, [this] {
        m_runOnlyCheckBox->setChecked(true);
        m_useRunOnlyButton->hide();
        if (m_unstoredKey)
            storeKey(*std::exchange(m_unstoredKey, std::nullopt), false);
    });
    connect(m_connectionPanel, &ConnectionCheckPanel::runningChanged, this, &MaskinportenPage::updateButtons);
    connect(m_context, &WizardContext::profileChanged, this, &MaskinportenPage::refresh);
    connect(m_context, &WizardContext::sessionChanged, this, &MaskinportenPage::refresh);
    connect(m_context, &WizardContext::sandboxStateChanged, this, &MaskinportenPage::refresh);

    retranslateUi();
    refresh();
}

QWidget *MaskinportenPage::buildClientSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings);
    heading->setObjectName(u"clientHeading"_s);
    m_clientIdLabel->setBuddy(m_clientIdEdit);
    m_clientIdEdit->setObjectName(u"clientIdEdit"_s);
    m_clientIdEdit->setMaxLength(36);
    m_clientIdEdit->setMaximumWidth(420);
    m_clientIdEdit->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    m_clientIdMessage->setObjectName(u"clientIdMessage"_s);
    m_clientIdMessage->setWordWrap(true);
    m_clientIdMessage->setProperty("role", u"fieldMessage"_s);

    // The message goes under the row at full width: word-wrapped labels inside form rows get clipped.
    auto *row = new QHBoxLayout;
    row->addWidget(m_clientIdLabel);
    row->addWidget(m_clientIdEdit, 1);
    row->addStretch(0);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addWidget(m_clientIdMessage);
    return section;
}

QWidget *MaskinportenPage::buildKeySection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings);
    heading->setObjectName(u"keyHeading"_s);
    m_noKeyLabel->setObjectName(u"noKeyLabel"_s);
    m_noKeyLabel->setWordWrap(true);
    m_keyDetails->setObjectName(u"keyDetails"_s);
    m_kidEdit->setObjectName(u"kidEdit"_s);
    m_kidEdit->setMaxLength(100);
    m_kidEdit->setMaximumWidth(420);
    m_kidLabel->setBuddy(m_kidEdit);
    m_kidMessage->setObjectName(u"kidMessage"_s);
    m_kidMessage->setWordWrap(true);
    m_kidMessage->setProperty("role", u"fieldMessage"_s);
    m_kidMessage->hide();
    m_keySizeComboBox->setObjectName(u"keySizeComboBox"_s);
    m_keySizeLabel->setBuddy(m_keySizeComboBox);
    for (const int bits : {2048, 3072, 4096})
        m_keySizeComboBox->addItem(QString(), bits);
    m_generateButton->setObjectName(u"generateKeyButton"_s);
    m_importButton->setObjectName(u"importKeyButton"_s);
    m_runOnlyCheckBox->setObjectName(u"runOnlyCheckBox"_s);
    m_dropHint->setObjectName(u"dropHint"_s);
    m_dropHint->setProperty("role", u"hint"_s);
    m_dropHint->setWordWrap(true);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_useRunOnlyButton->setObjectName(u"useRunOnlyButton"_s);
    m_useRunOnlyButton->hide();

    auto *details = new QFormLayout(m_keyDetails);
    details->setContentsMargins(0, 0, 0, 0);
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(m_kidLabel, m_kidEdit);
    details->addRow(m_algorithmCaption, m_algorithmValue);
    details->addRow(m_sizeCaption, m_sizeValue);
    details->addRow(m_fingerprintCaption, m_fingerprintValue);
    details->addRow(m_storedCaption, m_storedValue);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_generateButton);
    actions->addWidget(m_keySizeLabel);
    actions->addWidget(m_keySizeComboBox);
    actions->addWidget(m_runOnlyCheckBox);
    actions->addSpacing(16);
    actions->addWidget(m_importButton);
    actions->addStretch(1);

    auto *failureRow = new QHBoxLayout;
    failureRow->addWidget(m_keyStatus, 1);
    failureRow->addWidget(m_useRunOnlyButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_noKeyLabel);
    layout->addWidget(m_keyDetails);
    layout->addWidget(m_kidMessage);
    layout->addLayout(actions);
    layout->addWidget(m_dropHint);
    layout->addLayout(failureRow);
    return section;
}

QWidget *MaskinportenPage::buildExportSection()
{
    auto *section = new QWidget;
    QLabel *heading = sectionHeading(section, m_sectionHeadings);
    heading->setObjectName(u"exportHeading"_s);
    m_instructionsLabel->setObjectName(u"instructionsLabel"_s);
    m_instructionsLabel->setWordWrap(true);
    m_instructionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formatComboBox->setObjectName(u"exportFormatComboBox"_s);
    m_formatLabel->setBuddy(m_formatComboBox);
    m_saveExportButton->setObjectName(u"saveExportButton"_s);
    m_copyExportButton->setObjectName(u"copyExportButton"_s);
    m_portalButton->setObjectName(u"openPortalButton"_s);
    m_registerButton->setObjectName(u"registerButton"_s);
    m_registerStatus->setObjectName(u"registerStatus"_s);

    auto *exportRow = new QHBoxLayout;
    exportRow->setSpacing(8);
    exportRow->addWidget(m_formatLabel);
    exportRow->addWidget(m_formatComboBox);
    exportRow->addWidget(m_saveExportButton);
    exportRow->addWidget(m_copyExportButton);
    exportRow->addStretch(1);

    auto *registrationRow = new QHBoxLayout;
    registrationRow->addWidget(m_portalButton);
    registrationRow->addWidget(m_registerButton);
    registrationRow->addStretch(1);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_instructionsLabel);
    layout->addLayout(exportRow);
    layout->addLayout(registrationRow);
    layout->addWidget(m_registerStatus);
    return section;
}

void MaskinportenPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void MaskinportenPage::retranslateUi()
{
    setTitle(tr("Maskinporten client and key"));
    setSubTitle(tr("Your system proves who it is to Maskinporten with a key pair. The private key stays in "
                   "this computer's keychain; Maskinporten gets the public key."));
    m_sectionHeadings.at(0)->setText(tr("Client"));
    m_sectionHeadings.at(1)->setText(tr("Key"));
    m_sectionHeadings.at(2)->setText(tr("Register the public key"));
    m_sectionHeadings.at(3)->setText(tr("Check the connection"));
    m_clientIdLabel->setText(tr("Client &id:"));
    m_clientIdEdit->setAccessibleName(tr("Maskinporten client id"));
    m_kidLabel->setText(tr("&Key id (kid):"));
    m_kidEdit->setAccessibleName(tr("Key id"));
    m_kidEdit->setToolTip(tr("The name Maskinporten knows the key by. Change it before you register the key; "
                             "press Enter to apply."));
    m_algorithmCaption->setText(tr("Algorithm:"));
    m_sizeCaption->setText(tr("Size:"));
    m_fingerprintCaption->setText(tr("Fingerprint:"));
    m_storedCaption->setText(tr("Stored in:"));
    m_fingerprintValue->setToolTip(
        tr("The key's RFC 7638 thumbprint. It is the same wherever the public key is "
           "registered, so you can compare it with the portal."));
    m_keySizeLabel->setText(tr("Key si&ze:"));
    for (int i = 0; i < m_keySizeComboBox->count(); ++i)
        m_keySizeComboBox->setItemText(i, tr("%1 bits").arg(m_keySizeComboBox->itemData(i).toInt()));
    m_keySizeComboBox->setAccessibleName(tr("Key size in bits"));
    m_keySizeComboBox->setToolTip(tr("2048 bits is what Maskinporten asks for at least; larger keys are "
                                     "slower to make and to use."));
    m_runOnlyCheckBox->setText(tr("Keep for this &run only"));
    m_runOnlyCheckBox->setAccessibleName(tr("Keep the key for this run only"));
    m_runOnlyCheckBox->setToolTip(tr("The key stays in memory and is gone when you quit. For demos, or when "
                                     "this computer has no keychain."));
    m_importButton->setText(tr("&Import key file…"));
    m_importButton->setAccessibleName(tr("Import key file"));
    m_dropHint->setText(
        tr("You can also drop a key file here: PEM, JWK or a business certificate (.p12, .pfx)."));
    m_useRunOnlyButton->setText(tr("Keep it for this run only"));
    m_useRunOnlyButton->setAccessibleName(m_useRunOnlyButton->text());
    m_formatLabel->setText(tr("&Format:"));
    {
        const QSignalBlocker blocker(m_formatComboBox);
        const int current = qMax(0, m_formatComboBox->currentIndex());
        m_formatComboBox->clear();
        m_formatComboBox->addItem(tr("JWK (public key as JSON)"), QVariant::fromValue(ExportFormat::Jwk));
        m_formatComboBox->addItem(
            tr("JWKS (key set, for the portal's API)"), QVariant::fromValue(ExportFormat::Jwks));
        m_formatComboBox->addItem(tr("PEM (public key)"), QVariant::fromValue(ExportFormat::Pem));
        m_formatComboBox->setCurrentIndex(current);
    }
    m_formatComboBox->setAccessibleName(tr("Export format"));
    m_saveExportButton->setText(tr("&Save…"));
    m_saveExportButton->setAccessibleName(tr("Save the public key to a file"));
    m_copyExportButton->setText(tr("C&opy"));
    m_copyExportButton->setAccessibleName(tr("Copy the public key"));
    m_portalButton->setText(tr("Open the self-service &portal"));
    m_portalButton->setAccessibleName(tr("Open the self-service portal in the browser"));
    m_registerButton->setAccessibleName(tr("Register the client in the sandbox"));
    refresh();
}

bool MaskinportenPage::isLocalEnvironment() const
{
    const Altinn::Environment environment = m_context->environment();
    return m_context->profile().environment == u"sandbox" || (environment.isValid() && environment.isLocal());
}

bool MaskinportenPage::hasUsableKey() const
{
    const Profile profile = m_context->profile();
    // A run-only key is gone after a restart even though the profile remembers its facts.
    return profile.hasKey() && (profile.keyPersistent || !m_context->signingKey().isNull());
}

bool MaskinportenPage::isBusy() const
{
    return m_keyJob != 0 || m_registering || m_connectionPanel->isRunning();
}

void MaskinportenPage::initializePage()
{
    m_keyStatus->clear();
    m_registerStatus->clear();
    m_connectionPanel->reset();
    refresh();
}

void MaskinportenPage::refresh()
{
    const Profile profile = m_context->profile();
    const QString shown = m_clientIdEdit->text().trimmed();
    // Replace what is shown unless the user is in the middle of typing a client id.
    if (shown.compare(profile.clientId, Qt::CaseInsensitive) != 0
        && (shown.isEmpty() || isClientIdValid(shown))) {
        const QSignalBlocker blocker(m_clientIdEdit);
        m_clientIdEdit->setText(profile.clientId);
    }
    updateClientIdMessage();
    updateKeyDetails();
    updateInstructions();
    updateButtons();
    Q_EMIT completeChanged();
}

void MaskinportenPage::updateClientIdMessage(bool finishedEditing)
{
    const QString text = m_clientIdEdit->text().trimmed();
    static const QRegularExpression partial(u"^[0-9a-fA-F-]{0,35}$"_s);
    // While a client id is still being typed it is not wrong yet; pasted ones are whole at once.
    const bool stillTyping = !finishedEditing && m_clientIdEdit->hasFocus() && partial.match(text).hasMatch();
    if (text.isEmpty()) {
        setMessage(m_clientIdMessage,
            isLocalEnvironment()
                ? tr("Leave it empty: registering in the sandbox below creates the client.")
                : tr("Copy the client id from the self-service portal, where you created the "
                     "client for this organisation."),
            u"hint"_s);
    } else if (!isClientIdValid(text)) {
        setMessage(m_clientIdMessage,
            stillTyping
                ? tr("%1 of 36 characters.").arg(text.size())
                : tr(
                    "A client id is a UUID: 36 characters like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Copy it "
                    "from the self-service portal."),
            stillTyping ? u"hint"_s : u"error"_s);
    } else {
        setMessage(m_clientIdMessage, {}, {});
    }
}

void MaskinportenPage::clientIdEdited(const QString &text)
{
    updateClientIdMessage();
    const QString clientId = text.trimmed();
    Profile profile = m_context->profile();
    if (!m_context->hasProfile() || clientId == profile.clientId)
        return;
    if (!clientId.isEmpty() && !isClientIdValid(clientId)) {
        Q_EMIT completeChanged();
        return;
    }
    profile.clientId = clientId.toLower();
    QString error;
    if (!m_context->saveProfile(profile, &error))
        setMessage(m_clientIdMessage, tr("The client id could not be saved: %1").arg(error), u"error"_s);
}

void MaskinportenPage::updateKeyDetails()
{
    const Profile profile = m_context->profile();
    const bool hasKey = profile.hasKey();
    m_keyDetails->setVisible(hasKey);
    if (!hasKey) {
        setMessage(m_noKeyLabel,
            tr("No key yet. Generate one here (recommended), or import the key you already registered."),
            u"hint"_s);
    } else if (!hasUsableKey()) {
        setMessage(m_noKeyLabel,
            tr("This profile's key was kept for one run only and is gone now. Generate or import a key "
               "again."),
            u"warning"_s);
    } else {
        setMessage(m_noKeyLabel, {}, {});
    }
    if (hasKey) {
        if (!m_kidEdit->hasFocus())
            m_kidEdit->setText(profile.kid);
        m_algorithmValue->setText(profile.keyAlgorithm);
        m_sizeValue->setText(tr("%1 bits").arg(profile.keyBits));
        m_fingerprintValue->setText(profile.keyThumbprint);
        m_storedValue->setText(profile.keyPersistent ? tr("Keychain entry: %1").arg(profile.keychainKey())
                                                     : tr("This run only (in memory; gone when you quit)"));
        if (!profile.certificateChain.isEmpty())
            m_storedValue->setText(
                m_storedValue->text() + u'\n' + tr("With the business certificate's chain (x5c)."));
    }
    m_generateButton->setText(hasKey ? tr("&Generate a new key…") : tr("&Generate key"));
    m_generateButton->setAccessibleName(hasKey ? tr("Generate a new key") : tr("Generate key"));
}

void MaskinportenPage::updateInstructions()
{
    const Profile profile = m_context->profile();
    const Altinn::Environment environment = m_context->environment();
    const QString scopes = Altinn::AltinnScopes::all().join(u", "_s);
    const bool local = isLocalEnvironment();
    QString text;
    if (profile.environment == u"sandbox") {
        text = tr("In the sandbox one click registers a Maskinporten client with this key and the scopes the "
                  "wizard needs. You can still export the public key to see what you would send.");
    } else if (local) {
        text =
            tr("This server is on your computer: if it is a systemuser-sandbox, Register creates the client. "
               "Otherwise register the public key with the server yourself.");
    } else {
        text = tr("In the self-service portal for %1: open your Maskinporten client (or create one for "
                  "organisation %2), choose to add a key and paste the JWK (or upload the PEM). The client "
                  "needs the scopes %3. Then copy the client id into the field above.")
                   .arg(environment.isValid() ? environment.displayName() : profile.environment,
                       profile.vendorOrgNumber, scopes);
    }
    m_instructionsLabel->setText(text);
    m_portalButton->setVisible(environment.selfServicePortalUrl().isValid());
    m_registerButton->setVisible(local);
    m_registerButton->setText(profile.clientId.isEmpty() ? tr("&Register in the sandbox")
                                                         : tr("&Register the key again in the sandbox"));
}

void MaskinportenPage::updateButtons()
{
    const bool busy = isBusy();
    const bool hasProfile = m_context->hasProfile();
    const bool usable = hasUsableKey();
    m_generateButton->setEnabled(hasProfile && !busy);
    m_importButton->setEnabled(hasProfile && !busy);
    m_keySizeComboBox->setEnabled(!busy);
    m_runOnlyCheckBox->setEnabled(!busy);
    m_kidEdit->setEnabled(usable && !busy);
    m_saveExportButton->setEnabled(usable && !busy);
    m_copyExportButton->setEnabled(usable && !busy);
    m_formatComboBox->setEnabled(usable);
    m_registerButton->setEnabled(usable && !busy && m_context->session());
    m_connectionPanel->setEnabled(!m_registering && m_keyJob == 0);
    m_clientIdEdit->setReadOnly(m_registering);
    Q_EMIT completeChanged();
}

bool MaskinportenPage::isComplete() const
{
    if (isBusy() || !hasUsableKey())
        return false;
    const QString clientId = m_context->profile().clientId;
    if (isLocalEnvironment())
        return clientId.isEmpty() || isClientIdValid(clientId);
    return isClientIdValid(clientId);
}

bool MaskinportenPage::validatePage()
{
    if (!isComplete())
        return false;
    if (!isLocalEnvironment() || !m_context->profile().clientId.isEmpty())
        return true;
    if (const auto *onboarding = qobject_cast<OnboardingWizard *>(wizard());
        onboarding && onboarding->isEntering())
        return false; // resuming: stop here rather than register behind the user's back
    // In the sandbox a client is one click away: make it now and go on when it is there.
    registerInSandbox([this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
    return false;
}

// --- Key: generate, import, store ---------------------------------------------------------------

void MaskinportenPage::generateKey()
{
    confirmReplacingKey([this] { startGenerating(); });
}

void MaskinportenPage::confirmReplacingKey(std::function<void()> then)
{
    if (!m_context->profile().hasKey()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the key?"),
        tr("This profile has a key already (%1). A new key replaces it here; Maskinporten keeps accepting "
           "the "
           "old one until you remove it in the portal, and the new one works once you register it.")
            .arg(m_context->profile().kid),
        QMessageBox::NoButton, this);
    box->setObjectName(u"replaceKeyQuestion"_s);
    QPushButton *replace = box->addButton(tr("Replace the key"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("Keep the current key"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, replace, then] {
        if (box->clickedButton() == replace)
            then();
    });
    box->open();
}

void MaskinportenPage::startGenerating()
{
    const int bits = m_keySizeComboBox->currentData().toInt();
    const quint64 job = m_nextJob++;
    m_keyJob = job;
    m_useRunOnlyButton->hide();
    m_keyStatus->showBusy(tr("Generating a %1-bit key… this takes a few seconds.").arg(bits), [this] {
        // Key generation cannot be interrupted; its result is simply not used.
        m_keyJob = 0;
        m_keyStatus->showInformation(tr("Cancelled. No key was made."));
        updateButtons();
    });
    updateButtons();

    auto generated = std::make_shared<RsaKey>();
    QThread *thread = QThread::create([generated, bits] { *generated = RsaKey::generate(bits); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, job, generated] {
        if (m_keyJob != job)
            return;
        if (generated->isNull()) {
            m_keyJob = 0;
            m_keyStatus->showError(
                tr("The key could not be generated. Try again; if it keeps failing, import "
                   "a key instead."),
                [this] { startGenerating(); });
            updateButtons();
            return;
        }
        const Profile profile = m_context->profile();
        const QString kid =
            RsaKey::suggestKid(profile.vendorOrgNumber, profile.environment, QDate::currentDate());
        m_keyJob = 0;
        storeKey({*generated, kid, {}}, !m_runOnlyCheckBox->isChecked());
    });
    thread->start();
}

void MaskinportenPage::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Import a private key"),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Keys and certificates (*.pem *.key *.json *.jwk *.p12 *.pfx);;All files (*)"));
    dialog->setObjectName(u"importKeyDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MaskinportenPage::importKeyFile);
    dialog->open();
}

void MaskinportenPage::importKeyFile(const QString &path)
{
    if (isBusy() || !m_context->hasProfile())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > MaximumKeyFileSize) {
        m_keyStatus->showError(tr("%1 is too large to be a key. Choose the file that holds your private key.")
                                   .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_keyStatus->showError(
            tr("%1 cannot be read: %2. Check that the file exists and that you may read it.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    importKeyContents(file.readAll(), {});
}

void MaskinportenPage::importKeyContents(const QByteArray &contents, const QByteArray &passphrase)
{
    const KeyImporter::Result result = KeyImporter::fromFileContents(contents, passphrase);
    if (result.problem == KeyImporter::Problem::NeedsPassphrase
        || result.problem == KeyImporter::Problem::WrongPassphrase) {
        askPassphrase(KeyImporter::message(result.problem),
            [this, contents](const QByteArray &entered) { importKeyContents(contents, entered); });
        return;
    }
    if (!result.ok()) {
        m_keyStatus->showError(KeyImporter::message(result.problem));
        return;
    }
    const Profile profile = m_context->profile();
    const QString kid = result.suggestedKid.isEmpty()
        ? RsaKey::suggestKid(profile.vendorOrgNumber, profile.environment, QDate::currentDate())
        : result.suggestedKid;
    const PendingKey pending{result.key, kid, result.certificateChain};
    confirmReplacingKey([this, pending] { storeKey(pending, !m_runOnlyCheckBox->isChecked()); });
}

void MaskinportenPage::askPassphrase(const QString &message, std::function<void(const QByteArray &)> then)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"passphraseDialog"_s);
    dialog->setWindowTitle(tr("Password for the key"));
    dialog->setLabelText(message);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Import"));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QInputDialog::textValueSelected, this, [then](const QString &text) { then(text.toUtf8()); });
    dialog->open();
}

void MaskinportenPage::storeKey(const PendingKey &pending, bool persistent)
{
    SecretStore *store = m_context->secretStore(persistent);
    if (!store || !m_context->hasProfile())
        return;
    const Profile previous = m_context->profile();
    Profile updated = previous;
    updated.kid = pending.kid;
    updated.keyAlgorithm = u"RS256"_s;
    updated.keyBits = pending.key.bits();
    updated.keyThumbprint = pending.key.thumbprint();
    updated.keyPersistent = persistent;
    updated.certificateChain = pending.certificateChain;

    const quint64 job = m_nextJob++;
    m_keyJob = job;
    m_useRunOnlyButton->hide();
    m_keyStatus->showBusy(persistent ? tr("Saving the private key in the keychain…")
                                     : tr("Keeping the private key in memory for this run…"),
        [this] {
            m_keyJob = 0;
            m_keyStatus->showInformation(tr("Cancelled. The profile keeps its previous key."));
            updateButtons();
        });
    updateButtons();

    QPointer<MaskinportenPage> self(this);
    store->write(updated.keychainKey(), pending.key.privatePkcs8Pem(),
        [self, job, pending, persistent, previous, updated](const SecretStore::Result &result) {
            if (!self || self->m_keyJob != job)
                return;
            self->m_keyJob = 0;
            if (!result.ok()) {
                self->m_unstoredKey = pending;
                self->m_keyStatus->showError(SecretStore::explain(result.status),
                    [self, pending, persistent] { self->storeKey(pending, persistent); });
                // No keychain, or it will not open: offer memory instead, as an explicit choice.
                self->m_useRunOnlyButton->setVisible(persistent);
                self->updateButtons();
                return;
            }
            QString error;
            if (!self->m_context->saveProfile(updated, &error)) {
                self->m_keyStatus->showError(
                    tr("The key is stored, but the profile could not be saved: %1").arg(error),
                    [self, pending, persistent] { self->storeKey(pending, persistent); });
                self->updateButtons();
                return;
            }
            self->m_context->rememberSigningKey(pending.key);
            // The replaced key is no longer this profile's: remove it from its store (best effort).
            if (previous.hasKey() && previous.keychainKey() != updated.keychainKey()) {
                if (SecretStore *old = self->m_context->secretStoreFor(previous))
                    old->remove(previous.keychainKey(), [](const SecretStore::Result &) {});
            }
            self->m_keyStatus->showSuccess(
                persistent ? tr(
                    "The key is ready. Its private part is in the keychain; register the public key below.")
                           : tr("The key is ready for this run. Register the public key below."));
            self->m_connectionPanel->reset();
            self->updateButtons();
            self->refresh();
        });
}

void MaskinportenPage::kidEdited()
{
    const QString kid = m_kidEdit->text().trimmed();
    const Profile profile = m_context->profile();
    if (!profile.hasKey() || kid == profile.kid)
        return;
    if (!isKidValid(kid)) {
        setMessage(m_kidMessage,
            tr("A key id has letters, digits, dots, colons, hyphens and underscores only (at most 100)."),
            u"error"_s);
        return;
    }
    setMessage(m_kidMessage, {}, {});
    // The keychain entry is named after the kid: store the key under its new name.
    withKey(
        [this, kid](const RsaKey &key) {
            storeKey({key, kid, m_context->profile().certificateChain}, m_context->profile().keyPersistent);
        },
        m_keyStatus);
}

void MaskinportenPage::withKey(
    std::function<void(const RsaKey &)> then, OperationStatus *status, std::function<void()> failed)
{
    const RsaKey inMemory = m_context->signingKey();
    if (!inMemory.isNull()) {
        then(inMemory);
        return;
    }
    status->showBusy(tr("Reading the key from the keychain…"));
    m_context->loadSigningKey(
        this, [status, then, failed](const RsaKey &key, const SecretStore::Result &result) {
            if (!result.ok() || key.isNull()) {
                status->showError(
                    SecretStore::explain(result.ok() ? SecretStore::Status::Failed : result.status));
                if (failed)
                    failed();
                return;
            }
            status->clear();
            then(key);
        });
}

// --- Export and registration --------------------------------------------------------------------

QByteArray MaskinportenPage::exportedPublicKey(ExportFormat format) const
{
    const RsaKey key = m_context->signingKey();
    if (key.isNull())
        return {};
    const QString kid = m_context->profile().kid;
    switch (format) {
    case ExportFormat::Jwk:
        return QJsonDocument(key.publicJwk(kid)).toJson(QJsonDocument::Indented);
    case ExportFormat::Jwks:
        return QJsonDocument(key.publicJwks(kid)).toJson(QJsonDocument::Indented);
    case ExportFormat::Pem:
        return key.publicPem();
    }
    return {};
}

void MaskinportenPage::copyExport()
{
    const auto format = m_formatComboBox->currentData().value<ExportFormat>();
    withKey(
        [this, format](const RsaKey &) {
            QApplication::clipboard()->setText(QString::fromUtf8(exportedPublicKey(format)));
            m_registerStatus->showSuccess(
                tr("The public key is copied. Paste it in the self-service portal."));
        },
        m_registerStatus);
}

void MaskinportenPage::saveExport()
{
    const auto format = m_formatComboBox->currentData().value<ExportFormat>();
    withKey(
        [this, format](const RsaKey &) {
            const QString kid = m_context->profile().kid;
            const QString suggested = format == ExportFormat::Pem ? kid + u".pem"_s
                : format == ExportFormat::Jwks                    ? kid + u".jwks.json"_s
                                                                  : kid + u".jwk.json"_s;
            auto *dialog = new QFileDialog(this, tr("Save the public key"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + suggested);
            dialog->setObjectName(u"exportKeyDialog"_s);
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(exportedPublicKey(format)) < 0
                    || !file.commit()) {
                    m_registerStatus->showError(tr("The public key could not be saved to %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
                    return;
                }
                m_registerStatus->showSuccess(tr("Saved the public key to %1. It holds no secret.")
                                                  .arg(QDir::toNativeSeparators(path)));
            });
            dialog->open();
        },
        m_registerStatus);
}

void MaskinportenPage::openPortal()
{
    const QUrl portal = m_context->environment().selfServicePortalUrl();
    if (portal.isValid() && !QDesktopServices::openUrl(portal))
        m_registerStatus->showError(
            tr("No browser could be opened. Go to %1 yourself.").arg(portal.toString()));
}

void MaskinportenPage::registerInSandbox(std::function<void()> then)
{
    VendorSession *session = m_context->session();
    if (!session) {
        m_registerStatus->showError(tr("The sandbox has not started yet. Wait a moment and try again."));
        return;
    }
    if (m_registering)
        return;
    m_registering = true;
    m_registerStatus->showBusy(tr("Registering the client in the sandbox…"), [this] {
        if (m_registration)
            m_registration->cancel();
    });
    updateButtons();

    const auto fail = [this, then](const QString &message) {
        m_registering = false;
        m_registerStatus->showError(message, [this, then] { registerInSandbox(then); });
        updateButtons();
    };
    withKey(
        [this, session, then, fail](const RsaKey &key) {
            const Profile profile = m_context->profile();
            QStringList scopes = Altinn::AltinnScopes::all();
            for (const QString &scope : profile.scopes) {
                if (!scopes.contains(scope))
                    scopes.append(scope);
            }
            m_registerStatus->showBusy(tr("Registering the client in the sandbox…"), [this] {
                if (m_registration)
                    m_registration->cancel();
            });
            QPointer<MaskinportenPage> self(this);
            m_registration = session->sandboxControl()->registerClient(profile.vendorOrgNumber,
                profile.clientId, scopes, key.publicJwk(profile.kid),
                [self, then, fail, profile](const Altinn::ApiResult<QString> &result) {
                    if (!self)
                        return;
                    if (!result.ok()) {
                        if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                            self->m_registering = false;
                            self->m_registerStatus->showInformation(tr("Registration cancelled."));
                            self->updateButtons();
                            return;
                        }
                        const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(
                            result.failure, tr("registering the client in the sandbox"));
                        fail(explanation.summary + u' ' + explanation.remedy);
                        return;
                    }
                    self->m_registering = false;
                    Profile registered = self->m_context->profile();
                    registered.clientId = *result.value;
                    QString error;
                    if (!self->m_context->saveProfile(registered, &error)) {
                        fail(tr("The client %1 is registered, but the profile could not be saved: %2")
                                 .arg(*result.value, error));
                        return;
                    }
                    self->m_registerStatus->showSuccess(
                        tr("Registered client %1 with key %2. Check the connection below.")
                            .arg(*result.value, registered.kid));
                    self->refresh();
                    if (then)
                        then();
                });
        },
        m_registerStatus,
        [this] {
            m_registering = false;
            updateButtons();
        });
}

// --- Drag and drop ------------------------------------------------------------------------------

void MaskinportenPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && m_importButton->isEnabled())
        event->acceptProposedAction();
}

void MaskinportenPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importKeyFile(urls.first().toLocalFile());
}
