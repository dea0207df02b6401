#pragma once

#include "model/SystemDefinition.h"
#include "onboarding/BulkRequestFlow.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class BulkCompareSection;
class BulkProgressSection;
class BulkSummarySection;
class CustomerLedger;
class QDialogButtonBox;
class QLabel;
class VendorSession;
class WizardContext;

namespace Altinn {
class ApiOperation;
}
namespace Onboarding {
class LedgerSync;
}

/**
 * "Send requests": a system user request to every customer of the ledger who needs one, in three
 * steps — compare with Altinn (LedgerSync and the system definition, both cancellable), send
 * (Onboarding::BulkRequestFlow: bounded concurrency, journal, pause/resume/cancel, progress), and a
 * summary. The flow lives in core; this dialog starts it and shows what it says. Production asks for
 * confirmation first. Closing while sending asks whether to pause or to cancel; a paused dialog is only
 * hidden, so the customers screen can show it again.
 */
class BulkSendDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Compare, Sending, Done };
    Q_ENUM(Step)

    explicit BulkSendDialog(WizardContext *context, QWidget *parent = nullptr);
    ~BulkSendDialog() override;

    Step step() const { return m_step; }
    /// Requests are being sent (running or paused).
    bool isSending() const;
    bool isComparing() const;
    Onboarding::BulkRequestFlow *flow() const { return m_flow; }
    BulkCompareSection *compareSection() const { return m_compare; }
    BulkProgressSection *progressSection() const { return m_progress; }
    BulkSummarySection *summarySection() const { return m_summary; }
    /// The customers the run was started with.
    int runTotal() const { return m_runTotal; }

    /// Offers "Export approval links…" in the summary.
    void setExportAvailable(bool available);

public Q_SLOTS:
    /// Step 1: compares the ledger with Altinn and reads the system (again).
    void compare();
    /// Asks in production, then sends to every customer who needs a request.
    void send();
    /// Asks ("requests already sent stay sent"), then cancels.
    void requestCancel();
    /// Cancels without asking; what was sent stays sent, the journal stays for the next run.
    void cancelSending(const QString &reason = {});
    void reject() override;

Q_SIGNALS:
    void exportRequested();
    /// A run ended or was cancelled (the dialog shows its summary).
    void runEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void cancelComparison();
    void comparisonPartDone();
    void startFlow();
    void runFinished(const Onboarding::BulkRequestFlow::Summary &summary);
    void sourceGone(const QString &reason);
    void setStep(Step step);
    void retranslateUi();

    WizardContext *m_context;
    QPointer<VendorSession> m_session;
    QPointer<CustomerLedger> m_ledger;
    QString m_systemId;
    QLabel *m_introLabel;
    BulkCompareSection *m_compare;
    BulkProgressSection *m_progress;
    BulkSummarySection *m_summary;
    QDialogButtonBox *m_buttons;
    Onboarding::LedgerSync *m_sync = nullptr;
    QPointer<Altinn::ApiOperation> m_systemFetch;
    std::optional<Altinn::SystemDefinition> m_system;
    bool m_syncDone = false;
    QString m_compareFailure;
    Onboarding::BulkRequestFlow *m_flow = nullptr;
    QList<Onboarding::BulkRequestFlow::CustomerOutcome> m_runOutcomes;
    Step m_step = Step::Compare;
    int m_runTotal = 0;
    bool m_sourceGone = false;
};
