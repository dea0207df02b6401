#pragma once

#include "bulk/ExportChoiceSection.h"
#include "handoff/HandOffExport.h"
#include "handoff/HandOffFiles.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class CustomerLedger;
class ExportResultSection;
namespace Onboarding {
class SystemNamesLoader;
}
class OperationStatus;
class QLabel;
class QListWidget;
class QPushButton;
class QThread;
class QTimer;
class WizardContext;

/**
 * "Export approval links": the approval links and ready-to-send messages (HandOffExport) of the chosen
 * customers as a mail-merge CSV, one e-mail draft per customer or a printable PDF with QR codes, saved
 * where the person chooses. The files are written on a worker thread (a thousand PDF pages take a
 * while); afterwards it says what was written, which customers had no link and why, and offers to open
 * the folder.
 */
class ExportLinksDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p shown: the customers the customers view shows now ("the current filter"), in its order.
    ExportLinksDialog(WizardContext *context, const QList<CustomerRecord> &shown, QWidget *parent = nullptr);
    ~ExportLinksDialog() override;

    ExportChoiceSection *choices() const { return m_choices; }
    /// The customers the current choice covers.
    QList<CustomerRecord> chosenCustomers() const;
    /// The system and titles are loaded: exporting can start.
    bool isReady() const;
    bool isWriting() const { return m_thread != nullptr; }
    HandOffFiles::Outcome lastOutcome() const { return m_outcome; }
    /// The customers the last export left out.
    QList<HandOffExport::Skipped> lastSkipped() const { return m_skipped; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *openFolderButton() const { return m_openFolderButton; }
    QListWidget *skippedList() const;
    QLabel *resultLabel() const;

public Q_SLOTS:
    /// Asks where to save (a file, or a folder for the e-mail drafts), then exports there.
    void chooseDestination();
    /// Writes the chosen customers in the chosen format to @p path (a file; a folder for e-mails).
    void exportTo(const QString &path);
    void openFolder();

Q_SIGNALS:
    /// An export ended; @p ok false when nothing (or not everything) was written.
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Job;

    void load();
    void updateCounts();
    void updateSaveButton();
    void writingDone();
    void retranslateUi();

    WizardContext *m_context;
    QPointer<CustomerLedger> m_ledger;
    QList<CustomerRecord> m_shown;
    QLabel *m_introLabel;
    ExportChoiceSection *m_choices;
    OperationStatus *m_status;
    QPushButton *m_saveButton;
    ExportResultSection *m_result;
    QPushButton *m_openFolderButton;
    QPushButton *m_closeButton;
    Onboarding::SystemNamesLoader *m_loader;
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer;
    std::shared_ptr<Job> m_job;
    HandOffFiles::Outcome m_outcome;
    QList<HandOffExport::Skipped> m_skipped;
    QString m_folder; ///< where the last export went
    QString m_lastDirectory;
};
