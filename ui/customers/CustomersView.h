#pragma once

#include "workspace/CustomerRecord.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class CustomerActions;
class CustomerLedger;
class CustomersFilterBar;
class CustomersFilterModel;
class CustomersHeading;
class CustomersModel;
class CustomersTable;
class CustomersRefresher;
class OperationStatus;
class QAction;
class QTableView;
class QTimer;
class QToolButton;
class VendorSession;
class WizardContext;

namespace Onboarding {
class StatusFollower;
}

/**
 * The customer ledger of one system (docs/customer-ledger.md): every customer with its state, the
 * next step, since when, the request's date and the person's note; a text filter, a state filter
 * with counts and "Waiting more than N days", combined; Refresh (a full LedgerSync); and the row
 * actions Open approval link, Copy link, Delete request, Edit note, Change request and Test token (the
 * last two are handed on through signals), and "What does the system user hold?" (a HoldingsDialog).
 * While shown it keeps the ledger's StatusFollower going, so waiting customers update by themselves. A
 * ledger that cannot be saved is shown with "Try again". Built for 10,000 customers: filters and changes
 * cost milliseconds (bench/BenchCustomerLedger).
 */
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(QWidget *parent = nullptr);

    /// Shows the ledger of @p context's CustomerDesk, following it when the desk replaces it.
    void setContext(WizardContext *context);
    /// Shows @p ledger, follows @p follower while shown and asks Altinn through @p session (any may be
    /// null; none is owned). A new ledger is compared with Altinn when the view is next shown.
    void setSource(CustomerLedger *ledger, Onboarding::StatusFollower *follower, VendorSession *session);
    CustomerLedger *ledger() const;
    CustomersModel *model() const { return m_model; }
    /// The selected customer as shown, or nullopt.
    std::optional<CustomerRecord> selectedRecord() const;
    bool isRefreshing() const;
    /// Names the shown system (CustomersHeading::systemName()).
    CustomersHeading *heading() const { return m_heading; }

public Q_SLOTS:
    /// Compares the ledger with Altinn (a full LedgerSync); one under way is cancelled first.
    void refresh();
    void openApprovalLink();
    void copyApprovalLink();
    /// Asks for confirmation (non-blocking), then deletes the selected request and refreshes.
    void deleteSelectedRequest();
    /// Opens the selected customer's note for editing in the table; it is saved in the ledger.
    void editNote();
    void requestChange();
    void testToken();

Q_SIGNALS:
    /// The user wants more (or fewer) rights for the system user of @p record.
    void changeRequestWanted(const CustomerRecord &record);
    /// The user wants to try a system user token for @p customerOrg.
    void testTokenWanted(const QString &customerOrg, const QString &externalRef);
    /// A refresh ended (not cancelled); @p ok false when it failed.
    void refreshFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void updateActions();
    void updatePage();
    void updateCounts();
    /// Actions and page at once after the ledger changed, the counts soon (m_countsTimer).
    void ledgerMoved();
    /// Counts, actions and page after a filter moved or the rows were replaced.
    void filtersMoved();
    /// The ledger could not be saved: says so, with "Try again".
    void showSaveFailure(const QString &error);
    void retranslateUi();

    QPointer<CustomerLedger> m_ledger;
    QPointer<Onboarding::StatusFollower> m_follower;
    QPointer<VendorSession> m_session; ///< for "What does the system user hold?"
    QMetaObject::Connection m_ledgerConnection;
    QList<QMetaObject::Connection> m_ledgerConnections; ///< to the shown ledger
    bool m_syncDue = false; ///< a new ledger waits to be compared with Altinn until shown
    CustomersModel *m_model;
    CustomersFilterModel *m_proxy;
    OperationStatus *m_status;
    CustomersRefresher *m_refresher;
    CustomerActions *m_actions;
    CustomersHeading *m_heading;
    CustomersFilterBar *m_filterBar;
    CustomersTable *m_pages;
    QTableView *m_table;
    QTimer *m_countsTimer;
    QAction *m_refreshAction;
    QAction *m_focusFilterAction;
};
