#pragma once

#include "model/SystemUserRequestResponse.h"
#include "onboarding/RequestStatusPoller.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <optional>

class ApprovalLinkSection;
class ApprovalStatusSection;
class CustomerMessageSection;
class OnboardingState;
class QLabel;
class QSystemTrayIcon;
class SandboxApprovalPanel;
class WizardContext;

/**
 * Page 6, the approval hand-off: the current request's status (ApprovalStatusSection), its approval
 * link and QR code (ApprovalLinkSection), a ready-to-send message for the customer
 * (CustomerMessageSection) and, in the sandbox, acting as the customer (SandboxApprovalPanel). The page
 * follows the status while it is shown (RequestStatusPoller) and hands it to the sections; a change is
 * announced in the page, by a desktop notification where the desktop offers one, and by the window
 * asking for attention. Approved → Next; rejected or too old → delete and ask again on page 5.
 */
class ApprovalPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApprovalPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);
    ~ApprovalPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// The request the page follows (the one it was initialised with, updated by polling).
    std::optional<Altinn::SystemUserRequestResponse> request() const { return m_request; }
    /// Polling intervals for the next poller (tests use short ones); applies to the running one too.
    void setPollIntervals(Altinn::RequestStatusPoller::Intervals intervals);
    Altinn::RequestStatusPoller *poller() const { return m_poller; }
    /// The message's language, as CustomerMessage::languageFromCode reads @p code ("nb", "nn", "en").
    void setMessageLanguage(const QString &code);

Q_SIGNALS:
    /// The followed request was deleted (or is gone) so the customer can be asked again on page 5.
    void askAgainRequested(const Altinn::SystemUserRequestResponse &request);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    void startPolling();
    void stopPolling();
    void showRequest();
    void showStatus();
    void statusChanged(Altinn::RequestStatus previous, Altinn::RequestStatus current,
        const Altinn::SystemUserRequestResponse &response);
    void notify(const QString &title, const QString &text);
    void requestGone();

    void deleteAndAskAgain();
    void askAgain(const Altinn::SystemUserRequestResponse &request);

    WizardContext *m_context;
    OnboardingState *m_state;

    QLabel *m_noRequestLabel;
    QWidget *m_requestContent; ///< everything about the request, hidden when there is none
    ApprovalStatusSection *m_statusSection;
    SandboxApprovalPanel *m_sandboxPanel;
    ApprovalLinkSection *m_linkSection;
    CustomerMessageSection *m_messageSection;

    std::optional<Altinn::SystemUserRequestResponse> m_request;
    QPointer<Altinn::RequestStatusPoller> m_poller;
    std::optional<Altinn::RequestStatusPoller::Intervals> m_intervals;
    QTimer m_clock; ///< refreshes "created … ago"
    QSystemTrayIcon *m_trayIcon = nullptr;
    bool m_deleted = false;
};
