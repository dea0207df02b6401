#pragma once

#include "workspace/CustomerRecord.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class OperationStatus;
class QAction;
class QToolButton;
class QWidget;

/**
 * The row actions of the customers view on the selected customer: Open approval link, Copy link,
 * Delete request (after a non-blocking confirmation), Edit note, Change request, Test token and "What does
 * it hold?" — each enabled only in the states where it makes sense (docs/customer-ledger.md). What needs
 * more than this view is handed on through signals.
 */
class CustomerActions : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<std::optional<CustomerRecord>()>;

    /// An action with an object name (texts come with retranslation).
    static QAction *makeAction(const QString &objectName, QObject *parent);
    /// A text-only tool button for @p action that Tab reaches.
    static QToolButton *makeButton(QAction *action, const QString &objectName, QWidget *parent);

    /// @p dialogParent hosts the confirmation; @p status shows what happened.
    CustomerActions(QWidget *dialogParent, OperationStatus *status, Selection selection);

    QAction *openLink() const { return m_openLink; }
    QAction *copyLink() const { return m_copyLink; }
    QAction *deleteRequest() const { return m_delete; }
    QAction *editNote() const { return m_note; }
    QAction *changeRequest() const { return m_change; }
    QAction *testToken() const { return m_testToken; }
    QAction *checkHoldings() const { return m_holdings; }
    QList<QAction *> all() const;

    /// Enables what fits the selection; @p canDelete false while Altinn is asked something else.
    void update(bool canDelete);
    void retranslate();

    /// The link the customer approves with now: the change request's while one waits.
    static QString approvalLink(const CustomerRecord &record);
    static QString customerText(const CustomerRecord &record);

    void openSelectedLink();
    void copySelectedLink();
    void confirmDelete();
    void triggerChangeRequest();
    void triggerTestToken();
    void triggerHoldings();

Q_SIGNALS:
    void deleteConfirmed(const QString &requestId, const QString &customer);
    void noteEditWanted();
    void changeRequestWanted(const CustomerRecord &record);
    void testTokenWanted(const QString &customerOrg, const QString &externalRef);
    /// The user wants to see what the system user of @p record really holds.
    void holdingsWanted(const CustomerRecord &record);

private:
    QWidget *m_dialogParent;
    OperationStatus *m_status;
    Selection m_selection;
    QAction *m_openLink;
    QAction *m_copyLink;
    QAction *m_delete;
    QAction *m_note;
    QAction *m_change;
    QAction *m_testToken;
    QAction *m_holdings;
};
