#pragma once

#include "onboarding/BulkChangeRequestFlow.h"
#include "onboarding/ChangeCampaign.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class BulkProgressSection;
class CampaignPreviewSection;
class CampaignSendSection;
class CustomerLedger;
class OperationStatus;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
namespace Onboarding {
class SystemNamesLoader;
}
class VendorSession;
class WizardContext;

/**
 * "Change campaign": after the system gained or lost rights or access packages, a change request to
 * every customer whose system user should change. First the plan (Onboarding::ChangeCampaign reads
 * what each system user holds, with progress): per customer what is added and removed, and who cannot
 * be changed and why. Nothing is sent until "Send N change requests"; then BulkChangeRequestFlow sends them
 * with bounded concurrency, showing progress and each outcome as a bulk send does. Production asks
 * first; closing while sending asks whether to pause or cancel.
 */
class ChangeCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Plan, Preview, Sending, Done };
    Q_ENUM(Step)

    explicit ChangeCampaignDialog(WizardContext *context, QWidget *parent = nullptr);
    ~ChangeCampaignDialog() override;

    Step step() const { return m_step; }
    bool isPlanning() const;
    bool isSending() const;
    std::optional<Onboarding::ChangeCampaign::Plan> currentPlan() const { return m_plan; }
    CampaignPreviewSection *preview() const { return m_preview; }
    BulkProgressSection *progressSection() const { return m_progress; }
    QPushButton *sendButton() const;
    QSpinBox *concurrencySpinBox() const;
    QLabel *doneLabel() const { return m_doneLabel; }

public Q_SLOTS:
    /// Reads the system and works out the plan (again).
    void plan();
    /// Asks in production, then sends the change requests of the plan.
    void send();
    void requestCancel();
    void cancelSending();
    void reject() override;

Q_SIGNALS:
    void runEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void startCampaign();
    void planned(const Onboarding::ChangeCampaign::Plan &plan);
    void startBatch();
    void itemFinished(const Onboarding::BulkChangeRequestFlow::CustomerOutcome &outcome);
    void batchEnded(bool cancelled);
    void cancelPlanning();
    void sourceGone(const QString &reason);
    void setStep(Step step);
    void updateSendButton();
    void retranslateUi();

    WizardContext *m_context;
    QPointer<VendorSession> m_session;
    QPointer<CustomerLedger> m_ledger;
    QString m_systemId;
    QLabel *m_introLabel;
    OperationStatus *m_status;
    QProgressBar *m_planBar;
    CampaignPreviewSection *m_preview;
    CampaignSendSection *m_send;
    BulkProgressSection *m_progress;
    QLabel *m_doneLabel;
    QDialogButtonBox *m_buttons;
    Onboarding::SystemNamesLoader *m_loader;
    Onboarding::ChangeCampaign *m_campaign = nullptr;
    Onboarding::BulkChangeRequestFlow *m_batch = nullptr;
    std::optional<Onboarding::ChangeCampaign::Plan> m_plan;
    Step m_step = Step::Plan;
    int m_sent = 0;
    int m_failed = 0;
    int m_already = 0;
};
