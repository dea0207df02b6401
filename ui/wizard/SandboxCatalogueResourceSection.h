#pragma once

#include "wizard/SandboxCatalogueEntrySection.h"

class QComboBox;
class QLabel;
class QLineEdit;

/**
 * "Add one resource" of the sandbox catalogue dialog: its id and title, optionally its type and owner
 * code (the sandbox otherwise types an app_… id as AltinnApp and finds the owner). Checked as the sandbox
 * checks it when Add is pressed; what is wrong is shown under the fields.
 */
class SandboxCatalogueResourceSection : public SandboxCatalogueEntrySection
{
    Q_OBJECT

public:
    explicit SandboxCatalogueResourceSection(QWidget *parent = nullptr);

    /// Empties the fields (after the resource was added).
    void clear();

    QLineEdit *idEdit() const { return m_idEdit; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QComboBox *typeCombo() const { return m_typeCombo; }
    QLineEdit *ownerEdit() const { return m_ownerEdit; }

protected:
    void changeEvent(QEvent *event) override;
    void add() override;

private:
    void retranslateUi();

    QLabel *m_idLabel;
    QLineEdit *m_idEdit;
    QLabel *m_titleLabel;
    QLineEdit *m_titleEdit;
    QLabel *m_typeLabel;
    QComboBox *m_typeCombo;
    QLabel *m_ownerLabel;
    QLineEdit *m_ownerEdit;
};
