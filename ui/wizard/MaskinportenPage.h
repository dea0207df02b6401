#pragma once

#include "auth/RsaKey.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <optional>

class ConnectionCheckPanel;
class OperationStatus;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class WizardContext;

namespace Altinn {
class ApiOperation;
}

/**
 * Page 2, the Maskinporten client and key: the client id; a key generated here (off the UI thread)
 * or imported (PEM, JWK, PKCS#12 — file dialog or drag-and-drop), whose private part goes straight to
 * the keychain (or, by choice, memory for this run only); the public key exported for the
 * self-service portal, or in the sandbox registered with one click; and "Check connection". Shows
 * the key's id, algorithm, size, fingerprint and where it is kept — never the private key.
 */
class MaskinportenPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class ExportFormat { Jwk, Jwks, Pem };
    Q_ENUM(ExportFormat)

    explicit MaskinportenPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Reads and imports the key in @p path (what the file dialog and a drop do).
    void importKeyFile(const QString &path);
    /// The public key in @p format, as it is saved or copied; empty when no key is loaded.
    QByteArray exportedPublicKey(ExportFormat format) const;

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PendingKey
    {
        RsaKey key;
        QString kid;
        QList<QByteArray> certificateChain;
    };

    QWidget *buildClientSection();
    QWidget *buildKeySection();
    QWidget *buildExportSection();
    void retranslateUi();
    void refresh();
    void updateButtons();
    void updateClientIdMessage(bool finishedEditing = false);
    void updateKeyDetails();
    void updateInstructions();
    bool isLocalEnvironment() const;
    bool hasUsableKey() const;
    bool isBusy() const;

    void clientIdEdited(const QString &text);
    void generateKey();
    void startGenerating();
    void chooseKeyFile();
    void importKeyContents(const QByteArray &contents, const QByteArray &passphrase);
    void askPassphrase(const QString &message, std::function<void(const QByteArray &)> then);
    void confirmReplacingKey(std::function<void()> then);
    void storeKey(const PendingKey &pending, bool persistent);
    void kidEdited();
    void saveExport();
    void copyExport();
    /// Runs @p then with the profile's key, reading it from its store when needed (progress in @p status).
    void withKey(
        std::function<void(const RsaKey &)> then, OperationStatus *status, std::function<void()> failed = {});
    void registerInSandbox(std::function<void()> then = {});
    void openPortal();

    WizardContext *m_context;
    // Client
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientIdEdit;
    QLabel *m_clientIdMessage;
    // Key
    QLabel *m_noKeyLabel;
    QWidget *m_keyDetails;
    QLabel *m_kidLabel;
    QLineEdit *m_kidEdit;
    QLabel *m_kidMessage;
    QLabel *m_algorithmCaption;
    QLabel *m_algorithmValue;
    QLabel *m_sizeCaption;
    QLabel *m_sizeValue;
    QLabel *m_fingerprintCaption;
    QLabel *m_fingerprintValue;
    QLabel *m_storedCaption;
    QLabel *m_storedValue;
    QLabel *m_keySizeLabel;
    QComboBox *m_keySizeComboBox;
    QPushButton *m_generateButton;
    QPushButton *m_importButton;
    QCheckBox *m_runOnlyCheckBox;
    QLabel *m_dropHint;
    OperationStatus *m_keyStatus;
    QPushButton *m_useRunOnlyButton;
    // Export and registration
    QLabel *m_instructionsLabel;
    QLabel *m_formatLabel;
    QComboBox *m_formatComboBox;
    QPushButton *m_saveExportButton;
    QPushButton *m_copyExportButton;
    QPushButton *m_portalButton;
    QPushButton *m_registerButton;
    OperationStatus *m_registerStatus;
    // Connection
    ConnectionCheckPanel *m_connectionPanel;
    QList<QLabel *> m_sectionHeadings;

    std::optional<PendingKey> m_unstoredKey; ///< the key the keychain refused, for "this run only"
    quint64 m_keyJob = 0; ///< a generation or store whose answer still counts; 0 = none running
    quint64 m_nextJob = 1;
    QPointer<Altinn::ApiOperation> m_registration;
    bool m_registering = false;
    bool m_advanceAfterRegistration = false;
};
