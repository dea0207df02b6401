#pragma once

#include "onboarding/SandboxCatalogueImport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

/**
 * "Add a test organisation" of the sandbox catalogue dialog: an organisation number (MOD11-checked) and
 * a name, so that requests can be sent to an organisation the sandbox's register lacks (e.g. one of
 * TT02's test organisations).
 */
class SandboxCatalogueOrganisationSection : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxCatalogueOrganisationSection(QWidget *parent = nullptr);

    void setSending(bool sending);
    void clear();

    QLineEdit *orgNoEdit() const { return m_orgNoEdit; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *addButton() const { return m_addButton; }
    QLabel *messageLabel() const { return m_messageLabel; }

Q_SIGNALS:
    void sendRequested(const Onboarding::SandboxCatalogueImport &import);

protected:
    void changeEvent(QEvent *event) override;

private:
    void add();
    void updateState();
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_orgNoLabel;
    QLineEdit *m_orgNoEdit;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_messageLabel;
    QPushButton *m_addButton;
    bool m_sending = false;
};
