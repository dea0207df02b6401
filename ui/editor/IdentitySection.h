#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

/**
 * The system id on the editor's General tab: the fixed "<orgno>_" prefix, the editable suffix, a
 * hint on the allowed characters and the id's problems under the field.
 */
class IdentitySection : public QWidget
{
    Q_OBJECT

public:
    explicit IdentitySection(QWidget *parent = nullptr);

    /// Shows "<orgNumber>_" (or a placeholder while there is no organisation number).
    void setVendorOrgNumber(const QString &orgNumber);
    /// Replaces the suffix without emitting suffixEdited().
    void setSuffix(const QString &suffix);
    /// The id's problems, one a line; empty clears them.
    void setMessage(const QString &message);
    QLineEdit *suffixEdit() const { return m_suffixEdit; }

Q_SIGNALS:
    /// The user typed in the suffix.
    void suffixEdited(const QString &suffix);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_vendorOrgNumber;
    QLabel *m_heading;
    QLabel *m_idLabel;
    QLabel *m_prefixLabel;
    QLineEdit *m_suffixEdit;
    QLabel *m_hintLabel;
    QLabel *m_messageLabel;
};
