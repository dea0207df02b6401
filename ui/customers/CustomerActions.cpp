#include "customers/CustomerActions.h"

#include "common/OperationStatus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QAction *CustomerActions::makeAction(const QString &objectName, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    return action;
}

QToolButton *CustomerActions::makeButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

CustomerActions::CustomerActions(QWidget *dialogParent, OperationStatus *status, Selection selection)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_status(status)
    , m_selection(std::move(selection))
    , m_openLink(makeAction(u"openApprovalLinkAction"_s, this))
    , m_copyLink(makeAction(u"copyApprovalLinkAction"_s, this))
    , m_delete(makeAction(u"deleteRequestAction"_s, this))
    , m_note(makeAction(u"editNoteAction"_s, this))
    , m_change(makeAction(u"changeRequestAction"_s, this))
    , m_testToken(makeAction(u"testTokenAction"_s, this))
    , m_holdings(makeAction(u"checkHoldingsAction"_s, this))
{
    m_openLink->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_O)});
    m_copyLink->setShortcuts(QKeySequence::Copy);
    m_delete->setShortcuts(QKeySequence::Delete);
    m_note->setShortcuts({QKeySequence(Qt::Key_F2)});
    m_holdings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_H)});
    connect(m_openLink, &QAction::triggered, this, &CustomerActions::openSelectedLink);
    connect(m_copyLink, &QAction::triggered, this, &CustomerActions::copySelectedLink);
    connect(m_delete, &QAction::triggered, this, &CustomerActions::confirmDelete);
    connect(m_note, &QAction::triggered, this, &CustomerActions::noteEditWanted);
    connect(m_change, &QAction::triggered, this, &CustomerActions::triggerChangeRequest);
    connect(m_testToken, &QAction::triggered, this, &CustomerActions::triggerTestToken);
    connect(m_holdings, &QAction::triggered, this, &CustomerActions::triggerHoldings);
}

QList<QAction *> CustomerActions::all() const
{
    return {m_openLink, m_copyLink, m_delete, m_note, m_change, m_testToken, m_holdings};
}

QString CustomerActions::approvalLink(const CustomerRecord &record)
{
    switch (record.state) {
    case CustomerState::Waiting:
        return record.confirmUrl;
    case CustomerState::ChangePending:
        return record.changeConfirmUrl;
    default:
        return {}; // nothing waits for the customer: an old link leads nowhere useful
    }
}

QString CustomerActions::customerText(const CustomerRecord &record)
{
    return record.name.isEmpty() ? record.orgNo : tr("%1 (%2)").arg(record.name, record.orgNo);
}

void CustomerActions::update(bool canDelete)
{
    const std::optional<CustomerRecord> record = m_selection();
    const bool hasLink = record && !approvalLink(*record).isEmpty();
    const CustomerState state = record ? record->state : CustomerState::NotAsked;
    m_openLink->setEnabled(hasLink);
    m_copyLink->setEnabled(hasLink);
    m_delete->setEnabled(canDelete && record && !record->requestId.isEmpty());
    m_note->setEnabled(record.has_value());
    // Change requests exist for standard system users only (docs/altinn-behaviour.md#change-requests).
    m_change->setEnabled(
        record && state == CustomerState::Approved && record->kind == Altinn::RequestKind::Standard);
    m_testToken->setEnabled(
        record && (state == CustomerState::Approved || state == CustomerState::ChangePending));
    // Only a live system user holds anything; each check costs a token, an exchange and a call.
    m_holdings->setEnabled(m_testToken->isEnabled());
}

void CustomerActions::retranslate()
{
    const auto keys = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    m_openLink->setText(tr("Open approval link"));
    m_openLink->setToolTip(
        tr("Open the customer's approval page in the web browser (Enter or %1)").arg(keys(m_openLink)));
    m_copyLink->setText(tr("Copy link"));
    m_copyLink->setToolTip(
        tr("Copy the approval link to send it to the customer (%1)").arg(keys(m_copyLink)));
    m_delete->setText(tr("Delete request…"));
    m_delete->setToolTip(tr("Delete the selected request (%1)").arg(keys(m_delete)));
    m_note->setText(tr("Edit note…"));
    m_note->setToolTip(tr("Write your own note about this customer (%1)").arg(keys(m_note)));
    m_change->setText(tr("Change request…"));
    m_change->setToolTip(tr("Ask the customer to approve more or fewer rights for this system user"));
    m_testToken->setText(tr("Test token…"));
    m_testToken->setToolTip(tr("Get a system user token for this customer and show what it contains"));
    m_holdings->setText(tr("What does the system user hold?…"));
    m_holdings->setToolTip(tr("Ask Altinn what this customer's system user really holds and compare it with "
                              "the system (%1)")
                               .arg(keys(m_holdings)));
}

void CustomerActions::openSelectedLink()
{
    if (const auto record = m_selection(); record && !approvalLink(*record).isEmpty()) {
        if (!QDesktopServices::openUrl(QUrl(approvalLink(*record))))
            m_status->showError(tr("Could not open a web browser. Use Copy link and paste it into one."));
    }
}

void CustomerActions::copySelectedLink()
{
    if (const auto record = m_selection(); record && !approvalLink(*record).isEmpty()) {
        QApplication::clipboard()->setText(approvalLink(*record));
        m_status->showInformation(tr("Copied the approval link for %1.").arg(customerText(*record)));
    }
}

void CustomerActions::confirmDelete()
{
    const std::optional<CustomerRecord> record = m_selection();
    if (!record || !m_delete->isEnabled())
        return;
    const QString requestId = record->requestId;
    const QString customer = customerText(*record);

    // open(), not exec(): no nested event loop, and the answer arrives like any other signal.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete request"),
        tr("Delete the request to %1?").arg(customer), QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(u"deleteRequestConfirmation"_s);
    const bool live =
        record->state == CustomerState::Approved || record->state == CustomerState::ChangePending;
    box->setInformativeText(live
            ? tr("The customer's system user stays: deleting the request does not remove it.")
            : tr("The approval link stops working. You can send a new request afterwards."));
    QPushButton *deleteButton = box->addButton(tr("Delete request"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"confirmDeleteButton"_s);
    QPushButton *cancelButton = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancelButton->setObjectName(u"cancelDeleteButton"_s);
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
        [this, deleteButton, requestId, customer](QAbstractButton *clicked) {
            if (clicked == deleteButton)
                Q_EMIT deleteConfirmed(requestId, customer);
        });
    box->open();
}

void CustomerActions::triggerChangeRequest()
{
    if (const auto record = m_selection(); record && m_change->isEnabled())
        Q_EMIT changeRequestWanted(*record);
}

void CustomerActions::triggerTestToken()
{
    if (const auto record = m_selection(); record && m_testToken->isEnabled())
        Q_EMIT testTokenWanted(record->orgNo, record->externalRef);
}

void CustomerActions::triggerHoldings()
{
    if (const auto record = m_selection(); record && m_holdings->isEnabled())
        Q_EMIT holdingsWanted(*record);
}
