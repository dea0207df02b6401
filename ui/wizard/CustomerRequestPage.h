#pragma once

#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/SubmitChangeRequestFlow.h"
#include "onboarding/SubmitRequestFlow.h"
#include "validation/Finding.h"
#include "wizard/CustomerDesk.h"
#include "wizard/RequestFormSection.h"
#include "wizard/RequestOutcomeView.h"
#include "wizard/RequestSystemSection.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <optional>

class ChangeRequestSection;
class OnboardingState;
class RequestDraftKeeper;
class VendorSession;
class WizardContext;

/**
 * Page 5, the customer request: which system (RequestSystemSection), the form (RequestFormSection:
 * kind, customer, external reference, rights and packages, redirect URL, title) checked with
 * RequestValidator as it is filled in, and Send with what came of it (RequestOutcomeView). Sending
 * and its follow-ups are Onboarding::SubmitRequestFlow and SubmitChangeRequestFlow; the page only
 * shows their outcomes and offers the way out. The form is never cleared by a failure.
 */
class CustomerRequestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CustomerRequestPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Fills the form from an earlier request that was deleted (e.g. rejected), to ask again.
    void prefill(const Altinn::SystemUserRequestResponse &request);

    /// An empty form for another customer (the system stays); what was sent before is left alone.
    void startNewCustomer();

    /// What Send would send now.
    Altinn::SystemUserRequest requestFromForm() const { return m_form->request(); }
    /// RequestValidator's findings for requestFromForm() (updated as the form changes).
    QList<Validation::Finding> findings() const { return m_findings; }
    /// The system the request is for, once loaded.
    std::optional<Altinn::SystemDefinition> system() const { return m_systemSection->system(); }
    bool isBusy() const { return m_outcome->isBusy(); }
    RequestFormSection *form() const { return m_form; }

Q_SIGNALS:
    /// The system definition must change (a redirect URL or package it lacks): go to the system page.
    void editSystemRequested();
    /// Altinn did not accept the vendor's token: go to the Maskinporten page and check the connection.
    void connectionCheckRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void resetForProfile();
    void loadEverything();
    void revalidate();
    void updateSendButton();
    /// (Re)creates the flows on the current session; false without one.
    bool ensureFlows();
    void send();
    void deleteAndAskAgain();
    void askForChange();
    void requestFinished(const Onboarding::SubmitRequestFlow::Outcome &outcome);
    void changeFinished(const Onboarding::SubmitChangeRequestFlow::Outcome &outcome);
    void remedyChosen(RequestOutcomeView::Remedy remedy);
    void showBusy(const QString &text);
    void settled();
    void cancelFlows();
    void goToApproval();
    /// Shows the form or the change-request choices, as the selected customer and purpose want.
    void applyPurpose();
    /// Asks for confirmation in production, then shows @p busyText and runs @p start.
    void confirmThen(const QString &action, const QString &busyText, std::function<void()> start);

    WizardContext *m_context;
    OnboardingState *m_state;
    RequestSystemSection *m_systemSection;
    RequestFormSection *m_form;
    RequestOutcomeView *m_outcome;
    ChangeRequestSection *m_changeSection;
    RequestDraftKeeper *m_draft;
    bool m_changeMode = false; ///< the selected customer's system user gets a change request

    QString m_profileId; ///< whose form this is; a new profile starts an empty one
    bool m_loadPending = true;
    QList<Validation::Finding> m_findings;
    QPointer<VendorSession> m_flowSession; ///< the session the flows below talk through
    QPointer<Onboarding::SubmitRequestFlow> m_requestFlow;
    QPointer<Onboarding::SubmitChangeRequestFlow> m_changeFlow;
};
