#pragma once

#include "model/SystemDefinition.h"
#include "workspace/CustomerListImport.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class CustomerLedger;
class ImportPreviewSection;
class ImportSourceSection;
class OperationStatus;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class WizardContext;

namespace Altinn {
class ApiOperation;
}

/**
 * "Import customers": a CSV file or rows pasted from a spreadsheet, read with CustomerListImport, shown
 * as a preview (accepted rows, findings with their lines, counts). When rows choose rights or access
 * packages they are checked against the system as Altinn has it (one GET, cancellable). Nothing is
 * written until the person presses "Add N customers"; then the accepted rows go into the ledger at once
 * (CustomerLedger::upsertAll), merged with what the ledger has at that moment.
 */
class ImportCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportCustomersDialog(WizardContext *context, QWidget *parent = nullptr);
    ~ImportCustomersDialog() override;

    /// What is in the paste box (to offer it again when the dialog is opened later in the same run).
    QString pastedText() const;
    void setPastedText(const QString &text);

    ImportSourceSection *source() const { return m_source; }
    ImportPreviewSection *preview() const { return m_preview; }
    QPushButton *addButton() const { return m_addButton; }
    /// The import as the preview shows it (empty before anything was read).
    CustomerListImport::Merge merge() const { return m_merge; }
    /// A check of the wanted rights against the system is under way.
    bool isCheckingSystem() const;

public Q_SLOTS:
    /// Writes the accepted rows to the ledger and closes the dialog.
    void addCustomers();

Q_SIGNALS:
    /// The rows went into the ledger: @p added new customers, @p updated ones filled in.
    void customersAdded(int added, int updated);

protected:
    void changeEvent(QEvent *event) override;

private:
    void read(const CustomerListImport::Result &result);
    void recompute();
    bool needsSystemCheck() const;
    void fetchSystem();
    void cancelSystemFetch();
    CustomerListImport::Result checkedResult() const;
    CustomerListImport::Merge mergeNow(const CustomerListImport::Result &result) const;
    void updateAddButton();
    void retranslateUi();

    WizardContext *m_context;
    QPointer<CustomerLedger> m_ledger;
    QString m_systemId;
    QLabel *m_introLabel;
    ImportSourceSection *m_source;
    OperationStatus *m_status;
    ImportPreviewSection *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;
    std::optional<CustomerListImport::Result> m_parsed;
    std::optional<Altinn::SystemDefinition> m_system;
    QPointer<Altinn::ApiOperation> m_systemFetch;
    CustomerListImport::Merge m_merge;
};
