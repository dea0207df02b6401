#pragma once

#include "workspace/CustomerRecord.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class CustomerActions;
class CustomerLedger;
class CustomerStateFilter;
class CustomersFilterModel;
class CustomersModel;
class CustomersRefresher;
class OperationStatus;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
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
    /// The waiting filter as its controls say, measured from now.
    void applyWaitingFilter();
    /// Actions and page at once after the ledger changed, the counts soon (m_countsTimer).
    void ledgerMoved();
    /// Counts, actions and page after a filter moved or the rows were replaced.
    void filtersMoved();
    /// Columns as wide as their contents (of the first rows), until the person sizes one.
    void fitColumns();
    /// The ledger could not be saved: says so, with "Try again".
    void showSaveFailure(const QString &error);
    void updateSyncedLabel();
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
    QLabel *m_systemLabel;
    QLabel *m_summaryLabel;
    QLabel *m_syncedLabel;
    QLineEdit *m_filterEdit;
    CustomerStateFilter *m_stateFilter;
    QCheckBox *m_waitingCheck;
    QSpinBox *m_waitingDays;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QTimer *m_fitColumnsTimer;
    QTimer *m_countsTimer;
    bool m_fittingColumns = false;
    bool m_columnsSizedByHand = false;
    QAction *m_refreshAction;
    QAction *m_focusFilterAction;
};
