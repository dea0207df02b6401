#pragma once

#include "wizard/SandboxCatalogueDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class WizardContext;

/**
 * A line near the rights pickers, shown only in the sandbox: "Missing a resource your service uses?" and a
 * button that opens SandboxCatalogueDialog. When the dialog has added resources or access packages,
 * catalogueChanged() tells the page to load its catalogues again.
 */
class SandboxCatalogueAction : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxCatalogueAction(WizardContext *context, QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_openButton; }
    /// The dialog while it is open (null otherwise).
    SandboxCatalogueDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    /// Opens the dialog (window-modal, not blocking); does nothing outside the sandbox.
    void openDialog();

Q_SIGNALS:
    /// Resources or access packages were added (see SandboxCatalogueDialog::catalogueChanged).
    void catalogueChanged(bool cacheRefreshed);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Shown only while the session is a sandbox's.
    void updateVisibility();
    void retranslateUi();

    WizardContext *m_context;
    QLabel *m_hintLabel;
    QPushButton *m_openButton;
    QPointer<SandboxCatalogueDialog> m_dialog;
};
