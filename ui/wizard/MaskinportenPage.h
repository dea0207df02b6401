#pragma once

#include "wizard/MaskinportenExportPanel.h"

#include <QList>
#include <QWizardPage>

class ConnectionCheckPanel;
class MaskinportenClientPanel;
class MaskinportenKeyPanel;
class QLabel;
class SandboxRegistrationPanel;
class WizardContext;

/**
 * Page 2, the Maskinporten client and key, in sections: the client id (MaskinportenClientPanel); a key
 * generated here or imported, whose private part goes straight to the keychain or, by choice, memory
 * for this run only (MaskinportenKeyPanel); the public key exported for the self-service portal
 * (MaskinportenExportPanel) or, in the sandbox, registered with one click (SandboxRegistrationPanel);
 * and "Check connection" (ConnectionCheckPanel). The page lays them out, keeps them from running at
 * once and decides when Next is possible. Never shows the private key.
 */
class MaskinportenPage : public QWizardPage
{
    Q_OBJECT

public:
    using ExportFormat = MaskinportenExportPanel::Format;

    explicit MaskinportenPage(WizardContext *context, QWidget *parent = nullptr);
    ~MaskinportenPage() override;

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
    void retranslateUi();
    void refresh();
    void updateButtons();
    bool isBusy() const;

    WizardContext *m_context;
    MaskinportenClientPanel *m_clientPanel;
    MaskinportenKeyPanel *m_keyPanel;
    MaskinportenExportPanel *m_exportPanel;
    SandboxRegistrationPanel *m_registrationPanel;
    QLabel *m_connectionHeading;
    ConnectionCheckPanel *m_connectionPanel;
};
