#pragma once

#include "customers/CustomerRow.h"

#include <QWidget>

class CustomersFilterModel;
class CustomersModel;
class OperationStatus;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QStackedWidget;
class QTableView;
class QToolButton;
class VendorSession;

/**
 * The customers of one system: every standard and agent request and system user, with status,
 * customer name, external reference and creation time; a text and a status filter; Refresh; and the
 * row actions Open approval link, Copy link, Delete request, Change request and Test token (the last
 * two are handed to whoever shows this view, through signals).
 */
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(QWidget *parent = nullptr);

    /// Shows (and loads) the customers of @p systemId through @p session.
    void setSystem(VendorSession *session, const QString &systemId);
    CustomersModel *model() const { return m_model; }
    /// The selected row, or null.
    const CustomerRow *selectedRow() const;

public Q_SLOTS:
    void refresh();
    void openApprovalLink();
    void copyApprovalLink();
    /// Asks for confirmation (non-blocking), then deletes the selected request and refreshes.
    void deleteSelectedRequest();
    void requestChange();
    void testToken();

Q_SIGNALS:
    /// The user wants more (or fewer) rights for the system user of @p row.
    void changeRequestWanted(const CustomerRow &row);
    /// The user wants to try a system user token for @p customerOrg.
    void testTokenWanted(const QString &customerOrg, const QString &externalRef);

protected:
    void changeEvent(QEvent *event) override;

private:
    void removeRequest(const QString &requestId, const QString &customerOrg);
    void showLoadState();
    void updateActions();
    void updatePage();
    void retranslateUi();
    QToolButton *makeButton(QAction *action);

    VendorSession *session() const;

    CustomersModel *m_model;
    CustomersFilterModel *m_proxy;
    QLabel *m_systemLabel;
    QLineEdit *m_filterEdit;
    QComboBox *m_statusCombo;
    QToolButton *m_refreshButton;
    OperationStatus *m_status;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QAction *m_refreshAction;
    QAction *m_openLinkAction;
    QAction *m_copyLinkAction;
    QAction *m_deleteAction;
    QAction *m_changeAction;
    QAction *m_testTokenAction;
    QAction *m_focusFilterAction;
    QString m_selectedKey; ///< request or system user id of the selection, kept across reloads
    QString m_notice; ///< shown once the reload after a deletion is done
};
