#pragma once

#include "onboarding/SandboxCatalogueImport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * "Add one resource" of the sandbox catalogue dialog: its id and title, optionally its type and owner
 * code (the sandbox otherwise types an app_… id as AltinnApp and finds the owner). Checked as the sandbox
 * checks it when Add is pressed; what is wrong is shown under the fields.
 */
class SandboxCatalogueResourceSection : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxCatalogueResourceSection(QWidget *parent = nullptr);

    void setSending(bool sending);
    /// Empties the fields (after the resource was added).
    void clear();

    QLineEdit *idEdit() const { return m_idEdit; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QComboBox *typeCombo() const { return m_typeCombo; }
    QLineEdit *ownerEdit() const { return m_ownerEdit; }
    QPushButton *addButton() const { return m_addButton; }
    QLabel *messageLabel() const { return m_messageLabel; }

Q_SIGNALS:
    /// Add was pressed and the resource is fine: send @p import.
    void sendRequested(const Onboarding::SandboxCatalogueImport &import);

protected:
    void changeEvent(QEvent *event) override;

private:
    void add();
    void updateState();
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_idLabel;
    QLineEdit *m_idEdit;
    QLabel *m_titleLabel;
    QLineEdit *m_titleEdit;
    QLabel *m_typeLabel;
    QComboBox *m_typeCombo;
    QLabel *m_ownerLabel;
    QLineEdit *m_ownerEdit;
    QLabel *m_messageLabel;
    QPushButton *m_addButton;
    bool m_sending = false;
};
