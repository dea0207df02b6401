#pragma once

#include "model/SystemUserRequestResponse.h"

#include <QFrame>

#include <optional>

class OperationStatus;
class QLabel;
class QPushButton;
class RemedyBar;
class SandboxPersonChooser;
class WizardContext;

/**
 * Page 6 in the sandbox: the presenter plays the customer, in the simulator's approval page in the
 * browser or at once through the sandbox's control API (docs/sandbox.md) — as one of the customer's test
 * persons (SandboxPersonChooser): approve as that person, or escalate to an access manager. A failed
 * approval is explained with who must approve and what blocked it. Only offered while the request waits
 * for the customer.
 */
class SandboxApprovalPanel : public QFrame
{
    Q_OBJECT

public:
    explicit SandboxApprovalPanel(WizardContext *context, QWidget *parent = nullptr);

    /// The request as last known; @p deleted: it no longer exists.
    void setRequest(const Altinn::SystemUserRequestResponse &request, bool deleted);
    void clearStatus();

    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    /// The sandbox approved the request: its new status can be read now.
    void approved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void actAsCustomer();
    void approveNow();
    void escalate();

    WizardContext *m_context;
    QLabel *m_heading;
    QLabel *m_hint;
    QPushButton *m_actAsCustomerButton;
    QPushButton *m_approveNowButton;
    SandboxPersonChooser *m_personChooser;
    QPushButton *m_escalateButton;
    OperationStatus *m_status;
    RemedyBar *m_problem;

    std::optional<Altinn::SystemUserRequestResponse> m_request;
    bool m_deleted = false;
    /// Requests escalated from here: the vendor's GET by id always says `escalated: false`.
    QStringList m_escalated;
};
