#pragma once

#include <QPointer>
#include <QWidget>

class BulkSendDialog;
class ChangeCampaignDialog;
class CustomersView;
class ExportLinksDialog;
class ImportCustomersDialog;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * "Check a customer's system user" from the home screen, and the hub for many customers at once: the
 * customers view for the current profile's system (the one published in this run, else the one being
 * edited) under a row of bulk actions — Import customers, Send requests, Export links, Change campaign —
 * or a way to set the system up first when there is none yet.
 */
class CustomersScreen : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersScreen(WizardContext *context, QWidget *parent = nullptr);

    /// Shows the customers of the current profile's system (WizardContext::setSystemId).
    void refresh();
    CustomersView *view() const { return m_view; }
    /// The system shown; empty when the profile has none yet.
    QString systemId() const { return m_systemId; }

    QPushButton *importButton() const { return m_importButton; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *campaignButton() const { return m_campaignButton; }
    /// The dialogs while they are open (the send dialog also while a paused run waits in it).
    ImportCustomersDialog *importDialog() const;
    BulkSendDialog *sendDialog() const;
    ExportLinksDialog *exportDialog() const;
    ChangeCampaignDialog *campaignDialog() const;

public Q_SLOTS:
    /// "Import customers…": a CSV file or pasted rows into the list (what was pasted before is offered
    /// again).
    void openImport();
    /// "Send requests…": the running (or paused) run when there is one, else a new comparison.
    void openSend();
    /// "Export links…": approval links for a mail merge, e-mail drafts or a printable sheet.
    void openExport();
    /// "Change campaign…": change requests for every system user when the system changed.
    void openCampaign();

Q_SIGNALS:
    /// No system yet: the user wants to set it up.
    void setUpSystemRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateBulkActions();
    QString currentSystemId() const;
    /// Why the bulk actions are off, or empty when they can be used.
    QString bulkUnavailableReason() const;

    WizardContext *m_context;
    QLabel *m_headingLabel;
    QLabel *m_systemLabel;
    QPushButton *m_setUpButton;
    QWidget *m_bulkRow;
    QPushButton *m_importButton;
    QPushButton *m_sendButton;
    QPushButton *m_exportButton;
    QPushButton *m_campaignButton;
    QLabel *m_bulkNotice;
    CustomersView *m_view;
    QString m_systemId;
    QPointer<ImportCustomersDialog> m_importDialog;
    QPointer<BulkSendDialog> m_sendDialog;
    QPointer<ExportLinksDialog> m_exportDialog;
    QPointer<ChangeCampaignDialog> m_campaignDialog;
    /// What was pasted into the import dialog and not added: offered again in this run.
    QString m_importPaste;
};
