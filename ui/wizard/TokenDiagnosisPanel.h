#pragma once

#include "onboarding/SystemUserTokenDiagnosis.h"
#include "onboarding/SystemUserTokenDiagnosisRun.h"

#include <QList>
#include <QWidget>

class OperationStatus;
class QLabel;
class QPushButton;
class QVBoxLayout;
class WizardContext;

/**
 * Why Maskinporten answered MP-303 to a system user grant: runs SystemUserTokenDiagnosisRun on the
 * current session and lists its findings, the likely cause first, each with what to do — and a
 * button where the fix is elsewhere in the wizard (edit the system, ask the customer) or right here
 * (use the system user's external reference). Hidden until started.
 */
class TokenDiagnosisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDiagnosisPanel(WizardContext *context, QWidget *parent = nullptr);

    /// Checks what @p query asked for (a run in progress is replaced).
    void start(const Altinn::SystemUserTokenDiagnosisRun::Query &query);
    /// Shows the findings of a run made elsewhere (SystemUserTokenTestFlow) for @p query.
    void showDiagnosis(const Altinn::SystemUserTokenDiagnosisRun::Query &query,
        const QList<Altinn::SystemUserTokenDiagnosis::Finding> &findings,
        const Altinn::SystemUserTokenDiagnosis::Facts &facts);
    /// Stops a run and hides the panel.
    void reset();
    bool isRunning() const { return m_run && m_run->isRunning(); }
    /// The findings shown, in order (empty while running).
    QList<Altinn::SystemUserTokenDiagnosis::Finding> findings() const { return m_findings; }

Q_SIGNALS:
    /// The fix is in the system definition (client id missing, system not registered or deleted).
    void editSystemRequested();
    /// The fix is a (new) customer request: none yet, pending, rejected, or the system user deleted.
    void customerRequestRequested();
    /// The customer's system user has @p externalRef: the grant should use it.
    void externalRefSuggested(const QString &externalRef);
    /// A run finished and its findings are shown.
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showFindings(const QList<Altinn::SystemUserTokenDiagnosis::Finding> &findings);
    QPushButton *remedyButtonFor(const Altinn::SystemUserTokenDiagnosis::Finding &finding, QWidget *parent);
    void clearFindings();
    void forgetSession();

    WizardContext *m_context;
    QLabel *m_heading;
    OperationStatus *m_status;
    QWidget *m_findingsBox;
    QVBoxLayout *m_findingsLayout;
    Altinn::SystemUserTokenDiagnosisRun *m_run = nullptr; ///< on the current session's clients
    Altinn::SystemUserTokenDiagnosisRun::Query m_query;
    QList<Altinn::SystemUserTokenDiagnosis::Finding> m_findings;
    Altinn::SystemUserTokenDiagnosis::Facts m_facts; ///< of the findings shown
};
