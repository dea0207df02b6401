#pragma once

#include "model/ChangeRequestResponse.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/StatusFollower.h"
#include "workspace/CustomerRecord.h"

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
 * Page 6, the approval hand-off for the customer selected in the ledger (CustomerDesk): the status of
 * its request or change request (ApprovalStatusSection), the approval link and QR code
 * (ApprovalLinkSection), a ready-to-send message for the customer (CustomerMessageSection) and, in the
 * sandbox, acting as the customer (SandboxApprovalPanel). While shown it subscribes to the ledger's one
 * StatusFollower (docs/customer-ledger.md), which does the asking with backoff; a change is
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

    /// The request (or change request) of the selected customer, as the page shows it.
    std::optional<Altinn::SystemUserRequestResponse> request() const { return m_request; }
    /// The follower's intervals (tests use short ones).
    void setFollowIntervals(Onboarding::StatusFollower::Intervals intervals);
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

    /// Subscribes to (or leaves) the ledger's StatusFollower; the follower is never asked to walk here.
    void follow(bool on);
    void customerUpdated();
    void showRequest();
    void showStatus();
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
    std::optional<CustomerState> m_lastState; ///< of the selected customer, to announce a change once
    QString m_shownKey; ///< the customer m_request belongs to
    bool m_updating = false; ///< customerUpdated() is running
    QPointer<Onboarding::StatusFollower> m_follower;
    QTimer m_clock; ///< refreshes "created … ago"
    QSystemTrayIcon *m_trayIcon = nullptr;
    bool m_deleted = false;
};
