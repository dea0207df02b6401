#include "wizard/MaskinportenKeyPanel.h"

#include "auth/KeyImporter.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/Question.h"
#include "wizard/MaskinportenKeyDetails.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::KeyEnrolmentFlow;

namespace {

/// Key files are small; anything bigger is not a key and is not read into memory.
constexpr qint64 MaximumKeyFileSize = 1024 * 1024;

} // namespace

MaskinportenKeyPanel::MaskinportenKeyPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_flow(new KeyEnrolmentFlow([context](bool persistent) { return context->secretStore(persistent); },
          [context](const Profile &profile, QString *error) { return context->saveProfile(profile, error); },
          this))
    , m_heading(Labels::heading(u"keyHeading"_s, this))
    , m_details(new MaskinportenKeyDetails(context, this))
    , m_keySizeLabel(new QLabel(this))
    , m_keySizeComboBox(new QComboBox(this))
    , m_generateButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_runOnlyCheckBox(new QCheckBox(this))
    , m_dropHint(new QLabel(this))
    , m_keyStatus(new OperationStatus(this))
    , m_useRunOnlyButton(new QPushButton(this))
{
    setObjectName(u"keyPanel"_s);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addWidget(m_dropHint);
    layout->addLayout(failureRow);

    connect(m_generateButton, &QPushButton::clicked, this,
        [this] { confirmReplacingKey([this] { startGenerating(); }); });
    connect(m_importButton, &QPushButton::clicked, this, &MaskinportenKeyPanel::chooseKeyFile);
    connect(m_details, &MaskinportenKeyDetails::kidChangeRequested, this, &MaskinportenKeyPanel::changeKid);
    connect(m_useRunOnlyButton, &QPushButton::clicked, this, [this] {
        m_runOnlyCheckBox->setChecked(true);
        m_useRunOnlyButton->hide();
        if (m_unstoredKey)
            install(*std::exchange(m_unstoredKey, std::nullopt), false);
    });
    connect(m_flow, &KeyEnrolmentFlow::progress, this, &MaskinportenKeyPanel::showProgress);
    connect(m_flow, &KeyEnrolmentFlow::finished, this, &MaskinportenKeyPanel::finished);
    retranslateUi();
}

void MaskinportenKeyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MaskinportenKeyPanel::retranslateUi()
{
    m_heading->setText(tr("Key"));
    m_keySizeLabel->setText(tr("Key si&ze:"));
    for (int i = 0; i < m_keySizeComboBox->count(); ++i)
        m_keySizeComboBox->setItemText(i, tr("%1 bits").arg(m_keySizeComboBox->itemData(i).toInt()));
    m_keySizeComboBox->setAccessibleName(tr("Key size in bits"));
    m_keySizeComboBox->setToolTip(tr("2048 bits is what Maskinporten asks for at least; larger keys are "
                                     "slower to make and to use."));
    m_runOnlyCheckBox->setText(tr("Kee&p for this run only"));
    m_runOnlyCheckBox->setAccessibleName(tr("Keep the key for this run only"));
    m_runOnlyCheckBox->setToolTip(tr("The key stays in memory and is gone when you quit. For demos, or when "
                                     "this computer has no keychain."));
    m_importButton->setText(tr("&Import key file…"));
    m_importButton->setAccessibleName(tr("Import key file"));
    m_dropHint->setText(
        tr("You can also drop a key file here: PEM, JWK or a business certificate (.p12, .pfx)."));
    m_useRunOnlyButton->setText(tr("Keep it for this run only"));
    m_useRunOnlyButton->setAccessibleName(m_useRunOnlyButton->text());
    refresh();
}

void MaskinportenKeyPanel::refresh()
{
    m_details->refresh();
    const bool hasKey = m_context->profile().hasKey();
    m_generateButton->setText(hasKey ? tr("&Generate a new key…") : tr("&Generate key"));
    m_generateButton->setAccessibleName(hasKey ? tr("Generate a new key") : tr("Generate key"));
}

void MaskinportenKeyPanel::updateEnabled(bool pageBusy)
{
    const bool hasProfile = m_context->hasProfile();
    m_generateButton->setEnabled(hasProfile && !pageBusy);
    m_importButton->setEnabled(hasProfile && !pageBusy);
    m_keySizeComboBox->setEnabled(!pageBusy);
    m_runOnlyCheckBox->setEnabled(!pageBusy);
    m_details->setKidEditable(WizardSection::hasUsableKey(m_context) && !pageBusy);
}

bool MaskinportenKeyPanel::canImport() const
{
    return m_context->hasProfile() && m_importButton->isEnabled();
}

void MaskinportenKeyPanel::clearStatus()
{
    m_keyStatus->clear();
}

QList<QWidget *> MaskinportenKeyPanel::focusOrder() const
{
    return {m_details->kidEdit(), m_generateButton, m_keySizeComboBox, m_runOnlyCheckBox, m_importButton,
        m_useRunOnlyButton};
}

void MaskinportenKeyPanel::confirmReplacingKey(std::function<void()> then)
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
    Question::ask(box, keep, this, [replace, then](QAbstractButton *pressed) {
        if (pressed == replace)
            then();
    });
}

void MaskinportenKeyPanel::startGenerating()
{
    m_bits = m_keySizeComboBox->currentData().toInt();
    m_persistent = !m_runOnlyCheckBox->isChecked();
    m_flow->generate(m_context->profile(), m_bits, {}, m_persistent);
    Q_EMIT busyChanged();
}

void MaskinportenKeyPanel::install(const KeyEnrolmentFlow::NewKey &key, bool persistent)
{
    if (!m_context->hasProfile())
        return;
    m_persistent = persistent;
    m_flow->install(m_context->profile(), key, persistent);
    Q_EMIT busyChanged();
}

void MaskinportenKeyPanel::changeKid(const QString &kid)
{
    // The keychain entry is named after the kid: the flow stores the key under its new name.
    WizardSection::withSigningKey(m_context, this, m_keyStatus, [this, kid](const RsaKey &key) {
        const Profile profile = m_context->profile();
        install({key, kid, profile.certificateChain}, profile.keyPersistent);
    });
}

void MaskinportenKeyPanel::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Import a private key"),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Keys and certificates (*.pem *.key *.json *.jwk *.p12 *.pfx);;All files (*)"));
    dialog->setObjectName(u"importKeyDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MaskinportenKeyPanel::importKeyFile);
    dialog->open();
}

void MaskinportenKeyPanel::importKeyFile(const QString &path)
{
    if (!canImport())
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

void MaskinportenKeyPanel::importKeyContents(const QByteArray &contents, const QByteArray &passphrase)
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
    confirmReplacingKey([this, result] {
        m_persistent = !m_runOnlyCheckBox->isChecked();
        m_flow->install(m_context->profile(), result, {}, m_persistent);
        Q_EMIT busyChanged();
    });
}

void MaskinportenKeyPanel::askPassphrase(const QString &message, std::function<void(const QByteArray &)> then)
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

void MaskinportenKeyPanel::showProgress(KeyEnrolmentFlow::Step step)
{
    m_useRunOnlyButton->hide();
    if (step == KeyEnrolmentFlow::Step::Generating) {
        // Key generation cannot be interrupted; its result is simply not used.
        m_keyStatus->showBusy(tr("Generating a %1-bit key… this takes a few seconds.").arg(m_bits),
            [this] { cancelled(tr("Cancelled. No key was made.")); });
    } else if (step == KeyEnrolmentFlow::Step::Storing) {
        m_keyStatus->showBusy(m_persistent ? tr("Saving the private key in the keychain…")
                                           : tr("Keeping the private key in memory for this run…"),
            [this] { cancelled(tr("Cancelled. The profile keeps its previous key.")); });
    }
}

void MaskinportenKeyPanel::cancelled(const QString &message)
{
    m_flow->cancel();
    if (!m_keyStatus->isBusy())
        return; // too late to cancel: the key was in place already, and finished() said so
    m_keyStatus->showInformation(message);
    Q_EMIT busyChanged();
}

void MaskinportenKeyPanel::finished(const KeyEnrolmentFlow::Outcome &outcome)
{
    if (outcome.ok()) {
        m_context->rememberSigningKey(outcome.newKey.key);
        m_keyStatus->showSuccess(outcome.persistent
                ? tr("The key is ready. Its private part is in the keychain; register the public key below.")
                : tr("The key is ready for this run. Register the public key below."));
        Q_EMIT busyChanged();
        Q_EMIT keyInstalled();
        return;
    }
    const KeyEnrolmentFlow::NewKey key = outcome.newKey;
    const bool persistent = outcome.persistent;
    std::function<void()> retry = [this, key, persistent] {
        install(key, persistent);
    };
    if (outcome.failure == KeyEnrolmentFlow::Failure::GenerationFailed && key.key.isNull())
        retry = [this] {
            startGenerating();
        };
    else if (outcome.failure == KeyEnrolmentFlow::Failure::InvalidKid)
        retry = {};
    m_keyStatus->showError(outcome.message, retry);
    if (outcome.isKeychainFailure()) {
        // No keychain, or it will not open: offer memory instead, as an explicit choice.
        m_unstoredKey = key;
        m_useRunOnlyButton->setVisible(persistent);
    }
    Q_EMIT busyChanged();
}
