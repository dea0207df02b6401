#include "wizard/MaskinportenExportPanel.h"

#include "altinn/AltinnScopes.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MaskinportenExportPanel::MaskinportenExportPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"exportHeading"_s, this))
    , m_instructionsLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_formatComboBox(new QComboBox(this))
    , m_saveExportButton(new QPushButton(this))
    , m_copyExportButton(new QPushButton(this))
    , m_portalButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
{
    setObjectName(u"exportPanel"_s);
    m_instructionsLabel->setObjectName(u"instructionsLabel"_s);
    m_instructionsLabel->setWordWrap(true);
    m_instructionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formatComboBox->setObjectName(u"exportFormatComboBox"_s);
    m_formatLabel->setBuddy(m_formatComboBox);
    m_saveExportButton->setObjectName(u"saveExportButton"_s);
    m_copyExportButton->setObjectName(u"copyExportButton"_s);
    m_portalButton->setObjectName(u"openPortalButton"_s);
    m_status->setObjectName(u"exportStatus"_s);

    auto *exportRow = new QHBoxLayout;
    exportRow->setSpacing(8);
    exportRow->addWidget(m_formatLabel);
    exportRow->addWidget(m_formatComboBox);
    exportRow->addWidget(m_saveExportButton);
    exportRow->addWidget(m_copyExportButton);
    exportRow->addStretch(1);

    auto *portalRow = new QHBoxLayout;
    portalRow->addWidget(m_portalButton);
    portalRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_instructionsLabel);
    layout->addLayout(exportRow);
    layout->addLayout(portalRow);
    layout->addWidget(m_status);

    connect(m_saveExportButton, &QPushButton::clicked, this, &MaskinportenExportPanel::saveExport);
    connect(m_copyExportButton, &QPushButton::clicked, this, &MaskinportenExportPanel::copyExport);
    connect(m_portalButton, &QPushButton::clicked, this, &MaskinportenExportPanel::openPortal);
    retranslateUi();
}

void MaskinportenExportPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MaskinportenExportPanel::retranslateUi()
{
    m_heading->setText(tr("Register the public key"));
    m_formatLabel->setText(tr("&Format:"));
    {
        const QSignalBlocker blocker(m_formatComboBox);
        const int current = qMax(0, m_formatComboBox->currentIndex());
        m_formatComboBox->clear();
        m_formatComboBox->addItem(tr("JWK (public key as JSON)"), QVariant::fromValue(Format::Jwk));
        m_formatComboBox->addItem(
            tr("JWKS (key set, for the portal's API)"), QVariant::fromValue(Format::Jwks));
        m_formatComboBox->addItem(tr("PEM (public key)"), QVariant::fromValue(Format::Pem));
        m_formatComboBox->setCurrentIndex(current);
    }
    m_formatComboBox->setAccessibleName(tr("Export format"));
    m_saveExportButton->setText(tr("Sa&ve…"));
    m_saveExportButton->setAccessibleName(tr("Save the public key to a file"));
    m_copyExportButton->setText(tr("C&opy"));
    m_copyExportButton->setAccessibleName(tr("Copy the public key"));
    m_portalButton->setText(tr("Open the self-service &portal"));
    m_portalButton->setAccessibleName(tr("Open the self-service portal in the browser"));
    refresh();
}

void MaskinportenExportPanel::refresh()
{
    const Profile profile = m_context->profile();
    const Altinn::Environment environment = m_context->environment();
    QString text;
    if (profile.environment == u"sandbox") {
        text = tr("In the sandbox one click registers a Maskinporten client with this key and the scopes the "
                  "wizard needs. You can still export the public key to see what you would send.");
    } else if (WizardSection::isLocalEnvironment(m_context)) {
        text =
            tr("This server is on your computer: if it is a systemuser-sandbox, Register creates the client. "
               "Otherwise register the public key with the server yourself.");
    } else {
        text = tr("In the self-service portal for %1: open your Maskinporten client (or create one for "
                  "organisation %2), choose to add a key and paste the JWK (or upload the PEM). The client "
                  "needs the scopes %3. Then copy the client id into the field above.")
                   .arg(environment.isValid() ? environment.displayName() : profile.environment,
                       profile.vendorOrgNumber, Altinn::AltinnScopes::all().join(u", "_s));
    }
    m_instructionsLabel->setText(text);
    m_portalButton->setVisible(environment.selfServicePortalUrl().isValid());
}

void MaskinportenExportPanel::updateEnabled(bool pageBusy)
{
    const bool usable = WizardSection::hasUsableKey(m_context);
    m_saveExportButton->setEnabled(usable && !pageBusy);
    m_copyExportButton->setEnabled(usable && !pageBusy);
    m_formatComboBox->setEnabled(usable);
}

void MaskinportenExportPanel::clearStatus()
{
    m_status->clear();
}

QList<QWidget *> MaskinportenExportPanel::focusOrder() const
{
    return {m_formatComboBox, m_saveExportButton, m_copyExportButton, m_portalButton};
}

QByteArray MaskinportenExportPanel::exportedPublicKey(Format format) const
{
    const RsaKey key = m_context->signingKey();
    if (key.isNull())
        return {};
    const QString kid = m_context->profile().kid;
    switch (format) {
    case Format::Jwk:
        return QJsonDocument(key.publicJwk(kid)).toJson(QJsonDocument::Indented);
    case Format::Jwks:
        return QJsonDocument(key.publicJwks(kid)).toJson(QJsonDocument::Indented);
    case Format::Pem:
        return key.publicPem();
    }
    return {};
}

void MaskinportenExportPanel::copyExport()
{
    const auto format = m_formatComboBox->currentData().value<Format>();
    WizardSection::withSigningKey(m_context, this, m_status, [this, format](const RsaKey &) {
        QApplication::clipboard()->setText(QString::fromUtf8(exportedPublicKey(format)));
        m_status->showSuccess(tr("The public key is copied. Paste it in the self-service portal."));
    });
}

void MaskinportenExportPanel::saveExport()
{
    const auto format = m_formatComboBox->currentData().value<Format>();
    WizardSection::withSigningKey(m_context, this, m_status, [this, format](const RsaKey &) {
        const QString kid = m_context->profile().kid;
        const QString suggested = format == Format::Pem ? kid + u".pem"_s
            : format == Format::Jwks                    ? kid + u".jwks.json"_s
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
                m_status->showError(tr("The public key could not be saved to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
                return;
            }
            m_status->showSuccess(
                tr("Saved the public key to %1. It holds no secret.").arg(QDir::toNativeSeparators(path)));
        });
        dialog->open();
    });
}

void MaskinportenExportPanel::openPortal()
{
    const QUrl portal = m_context->environment().selfServicePortalUrl();
    if (portal.isValid() && !QDesktopServices::openUrl(portal))
        m_status->showError(tr("No browser could be opened. Go to %1 yourself.").arg(portal.toString()));
}
