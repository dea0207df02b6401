#pragma once

#include "demo/DemoActionRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>

class OnboardingWizard;
class OperationStatus;
class WizardContext;

/**
 * What each of the guided demo's eight steps does on its wizard page, as DemoActions: the page's own
 * fields, buttons and public methods, so the work is the pages' flows (core/onboarding) and the audience
 * sees real results. Every action can be skipped once its result is there, so a step can be run again
 * after Back or a failure. A step fails when its page shows a new error.
 */
class DemoSteps
{
    Q_DECLARE_TR_FUNCTIONS(DemoSteps)

public:
    DemoSteps(OnboardingWizard *wizard, WizardContext *context, const QString &externalRef);

    QList<DemoAction> actions(int step);
    /// Notes the errors the current page shows now: only newer ones make a step fail.
    void rememberShownErrors();
    /// Clears the errors the current page shows (before trying a step again).
    void clearShownErrors();
    /// One line on what step @p step achieved (translated), for the narration panel.
    QString result(int step) const;
    QString externalRef() const { return m_externalRef; }

private:
    QList<OperationStatus *> pageStatuses() const;
    QString newError() const;
    DemoAction goTo(int page);
    QList<DemoAction> profileStep();
    QList<DemoAction> maskinportenStep();
    QList<DemoAction> systemStep();
    QList<DemoAction> publishStep();
    QList<DemoAction> requestStep();
    QList<DemoAction> approvalStep();
    QList<DemoAction> tokenStep();
    QList<DemoAction> summaryStep();
    bool requestSent() const;

    QPointer<OnboardingWizard> m_wizard;
    WizardContext *m_context;
    QString m_externalRef;
    QHash<OperationStatus *, QString> m_shownErrors;
};
