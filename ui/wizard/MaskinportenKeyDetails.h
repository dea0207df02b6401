#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class WizardContext;

/**
 * The public facts of the profile's key on the Maskinporten page — its id (editable), algorithm, size,
 * fingerprint and where the private part is kept — or, without a usable key, what to do. Never the
 * private key.
 */
class MaskinportenKeyDetails : public QWidget
{
    Q_OBJECT

public:
    explicit MaskinportenKeyDetails(WizardContext *context, QWidget *parent = nullptr);

    void refresh();
    void setKidEditable(bool editable);
    QLineEdit *kidEdit() const { return m_kidEdit; }

Q_SIGNALS:
    /// The user entered a valid new key id (the key is to be stored under it).
    void kidChangeRequested(const QString &kid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void kidEdited();

    WizardContext *m_context;
    QLabel *m_noKeyLabel;
    QWidget *m_details;
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
};
