#pragma once

#include "model/SystemDefinition.h"
#include "model/SystemUser.h"
#include "onboarding/OnboardingSummary.h"
#include "wizard/CatalogueNames.h"
#include "wizard/SummaryReportSection.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWizardPage>

#include <optional>

class NextStepsSection;
class OnboardingState;
class OperationStatus;
class QPushButton;
class WizardContext;

namespace Altinn {
class ApiOperation;
}

/**
 * Page 8, Summary: what was done in this run, what is pending and what to do next (NextStepsSection),
 * as the onboarding report (OnboardingReport, shown by SummaryReportSection) — refreshed from Altinn
 * when the page opens (request statuses, the system's system users). "Save report…" writes it as HTML or PDF;
 * it never holds a token or a key. "Onboard another customer" leads back to the customer request page.
 */
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    using Format = SummaryReportSection::Format;

    explicit SummaryPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

    /// The summary as shown now.
    Altinn::OnboardingSummary summary() const;
    /// The report as shown now (the HTML document that "Save report" writes).
    QString reportHtml() const;
    /// Writes the report to @p path atomically; on failure false with a translated reason in @p error.
    bool saveReport(const QString &path, Format format, QString *error = nullptr) const;

    /// Asks Altinn again for the statuses of the requests and the system users.
    void refresh();
    bool isRefreshing() const { return m_pendingCalls > 0; }

Q_SIGNALS:
    /// The user wants to ask the next customer (the wizard goes to the customer request page).
    void anotherCustomerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSystem();
    void loadSystemUsers();
    void refreshRequests();
    void loadOrganisationNames();
    void callStarted(Altinn::ApiOperation *operation);
    void callFinished(int generation, const QString &failure = {});
    void render();
    void cancelCalls();
    void retranslateUi();

    WizardContext *m_context;
    OnboardingState *m_state;

    NextStepsSection *m_nextSteps;
    SummaryReportSection *m_report;
    QPushButton *m_refreshButton;
    QPushButton *m_anotherCustomerButton;
    OperationStatus *m_status;

    std::optional<Altinn::SystemDefinition> m_system;
    bool m_systemPublished = false;
    QList<Altinn::SystemUser> m_systemUsers;
    CatalogueNames m_names;
    QHash<QString, QString> m_registerNames; ///< the sandbox register's organisations (org number → name)
    int m_pendingCalls = 0;
    int m_generation = 0; ///< which refresh the answers belong to
    QStringList m_failures;
    QList<QPointer<Altinn::ApiOperation>> m_operations;
};
