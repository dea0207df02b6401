#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class OperationStatus;
class QComboBox;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * The Maskinporten page's "Register the public key" section: what to do with the public key in this
 * environment, the key exported as JWK, JWKS or PEM (saved to a file or copied) and, outside the
 * sandbox, the way to the self-service portal. Only ever the public key.
 */
class MaskinportenExportPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Jwk, Jwks, Pem };
    Q_ENUM(Format)

    explicit MaskinportenExportPanel(WizardContext *context, QWidget *parent = nullptr);

    /// The public key in @p format, as it is saved or copied; empty when no key is loaded.
    QByteArray exportedPublicKey(Format format) const;
    void refresh();
    void updateEnabled(bool pageBusy);
    void clearStatus();
    QList<QWidget *> focusOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveExport();
    void copyExport();
    void openPortal();

    WizardContext *m_context;
    QLabel *m_heading;
    QLabel *m_instructionsLabel;
    QLabel *m_formatLabel;
    QComboBox *m_formatComboBox;
    QPushButton *m_saveExportButton;
    QPushButton *m_copyExportButton;
    QPushButton *m_portalButton;
    OperationStatus *m_status;
};
