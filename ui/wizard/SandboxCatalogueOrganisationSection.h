#pragma once

#include "wizard/SandboxCatalogueEntrySection.h"

class QLabel;
class QLineEdit;

/**
 * "Add a test organisation" of the sandbox catalogue dialog: an organisation number (MOD11-checked) and
 * a name, so that requests can be sent to an organisation the sandbox's register lacks (e.g. one of
 * TT02's test organisations).
 */
class SandboxCatalogueOrganisationSection : public SandboxCatalogueEntrySection
{
    Q_OBJECT

public:
    explicit SandboxCatalogueOrganisationSection(QWidget *parent = nullptr);

    void clear();

    QLineEdit *orgNoEdit() const { return m_orgNoEdit; }
    QLineEdit *nameEdit() const { return m_nameEdit; }

protected:
    void changeEvent(QEvent *event) override;
    void add() override;

private:
    void retranslateUi();

    QLabel *m_orgNoLabel;
    QLineEdit *m_orgNoEdit;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
};
