#pragma once

#include "onboarding/SystemUserHoldingsCheck.h"
#include "workspace/CustomerRecord.h"

#include <QDialog>
#include <QPointer>

class OperationStatus;
class QLabel;
class QPushButton;
class QTreeWidget;
class VendorSession;

/**
 * "What does it hold?" for one customer of the customers view
 * (docs/customer-ledger.md#what-the-system-user-holds): runs SystemUserHoldingsCheck — a system user token,
 * an exchange and one call to Altinn's authorized parties — and lists the rights and access packages the
 * system user holds, each marked held, missing (the system asks for it) or extra (the system no longer asks
 * for it), with the parties Altinn lists. Busy with Cancel, a failure with "Try again", "Check again"
 * afterwards, and "Send a change request…" when something is missing. Runs only when asked: never for every
 * customer at once.
 */
class HoldingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// The tree's columns.
    enum Column { WhatColumn, StatusColumn };

    HoldingsDialog(VendorSession *session, const QString &systemId, const CustomerRecord &record,
        QWidget *parent = nullptr);
    ~HoldingsDialog() override;

    CustomerRecord record() const { return m_record; }
    bool isChecking() const;
    /// The last outcome, once a check ended.
    std::optional<Onboarding::SystemUserHoldingsCheck::Outcome> outcome() const { return m_outcome; }

    OperationStatus *status() const { return m_status; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QPushButton *checkAgainButton() const { return m_checkAgainButton; }
    QPushButton *changeRequestButton() const { return m_changeButton; }

public Q_SLOTS:
    /// Runs the check (again); one under way is left to finish.
    void check();
    void cancelCheck();

Q_SIGNALS:
    /// The check ended (cancelled included).
    void checkFinished(const Onboarding::SystemUserHoldingsCheck::Outcome &outcome);
    /// The person wants to ask the customer for what is missing.
    void changeRequestWanted(const CustomerRecord &record);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void showOutcome(const Onboarding::SystemUserHoldingsCheck::Outcome &outcome);
    void render(const Onboarding::SystemUserHoldingsCheck::Outcome &outcome);
    void fillTree(const Onboarding::SystemUserHoldingsCheck::Outcome &outcome);
    void updateButtons();
    void retranslateUi();

    CustomerRecord m_record;
    QString m_systemId;
    Onboarding::SystemUserHoldingsCheck *m_check;
    std::optional<Onboarding::SystemUserHoldingsCheck::Outcome> m_outcome;
    QLabel *m_heading;
    QLabel *m_introLabel;
    OperationStatus *m_status;
    QLabel *m_summaryLabel;
    QTreeWidget *m_tree;
    QLabel *m_callsLabel;
    QPushButton *m_checkAgainButton;
    QPushButton *m_changeButton;
    QPushButton *m_closeButton;
};
