#include "customers/CustomersView.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/RequestClient.h"
#include "common/OperationStatus.h"
#include "customers/CustomersFilterModel.h"
#include "customers/CustomersModel.h"
#include "session/VendorSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// What identifies a row across reloads: its request, else its system user.
QString rowKey(const CustomerRow &row)
{
    return row.requestId.isEmpty() ? u"systemuser:"_s + row.systemUserId : row.requestId;
}

QAction *makeAction(const QString &objectName, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    return action;
}

} // namespace

CustomersView::CustomersView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomersModel(this))
    , m_proxy(new CustomersFilterModel(this))
    , m_systemLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_refreshButton(nullptr)
    , m_status(new OperationStatus(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_refreshAction(makeAction(u"refreshCustomersAction"_s, this))
    , m_openLinkAction(makeAction(u"openApprovalLinkAction"_s, this))
    , m_copyLinkAction(makeAction(u"copyApprovalLinkAction"_s, this))
    , m_deleteAction(makeAction(u"deleteRequestAction"_s, this))
    , m_changeAction(makeAction(u"changeRequestAction"_s, this))
    , m_testTokenAction(makeAction(u"testTokenAction"_s, this))
    , m_focusFilterAction(makeAction(u"focusCustomerFilterAction"_s, this))
{
    setObjectName(u"customersView"_s);
    m_systemLabel->setObjectName(u"customersSystemLabel"_s);
    m_systemLabel->setProperty("role", u"sectionHeading"_s);
    m_systemLabel->setTextFormat(Qt::PlainText);
    m_filterEdit->setObjectName(u"customerFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_statusCombo->setObjectName(u"customerStatusFilter"_s);
    m_status->setObjectName(u"customersStatus"_s);
    m_pages->setObjectName(u"customersPages"_s);
    m_table->setObjectName(u"customersTable"_s);
    m_emptyLabel->setObjectName(u"customersEmptyLabel"_s);
    m_emptyLabel->setProperty("role", u"hint"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomersModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_emptyLabel);

    // Shortcuts on the table only: in the filter box Ctrl+C and Delete keep their text meaning.
    m_openLinkAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_O)});
    m_copyLinkAction->setShortcuts(QKeySequence::Copy);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    for (QAction *action :
        {m_openLinkAction, m_copyLinkAction, m_deleteAction, m_changeAction, m_testTokenAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    m_refreshAction->setShortcuts({QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    m_focusFilterAction->setShortcuts(QKeySequence::Find);
    m_focusFilterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_focusFilterAction);

    m_refreshButton = makeButton(m_refreshAction);
    m_refreshButton->setObjectName(u"refreshCustomersButton"_s);
    QToolButton *openButton = makeButton(m_openLinkAction);
    openButton->setObjectName(u"openApprovalLinkButton"_s);
    QToolButton *copyButton = makeButton(m_copyLinkAction);
    copyButton->setObjectName(u"copyApprovalLinkButton"_s);
    QToolButton *deleteButton = makeButton(m_deleteAction);
    deleteButton->setObjectName(u"deleteRequestButton"_s);
    QToolButton *changeButton = makeButton(m_changeAction);
    changeButton->setObjectName(u"changeRequestButton"_s);
    QToolButton *testButton = makeButton(m_testTokenAction);
    testButton->setObjectName(u"testTokenButton"_s);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_statusCombo);
    filterRow->addWidget(m_refreshButton);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(openButton);
    actionRow->addWidget(copyButton);
    actionRow->addWidget(deleteButton);
    actionRow->addStretch(1);
    actionRow->addWidget(changeButton);
    actionRow->addWidget(testButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_systemLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actionRow);

    setTabOrder(m_filterEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);
    setTabOrder(m_table, openButton);
    setTabOrder(openButton, copyButton);
    setTabOrder(copyButton, deleteButton);
    setTabOrder(deleteButton, changeButton);
    setTabOrder(changeButton, testButton);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updatePage();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int group = m_statusCombo->currentData().toInt();
        m_proxy->setStatusGroup(
            group < 0 ? std::nullopt : std::optional(static_cast<CustomerRow::StatusGroup>(group)));
        updatePage();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const CustomerRow *row = selectedRow())
            m_selectedKey = rowKey(*row);
        updateActions();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        const CustomerRow *row = selectedRow();
        if (row && !row->confirmUrl.isEmpty())
            openApprovalLink();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selection on the same request across a refresh.
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const CustomerRow *customer = m_model->rowAt(m_proxy->mapToSource(index).row());
            if (customer && rowKey(*customer) == m_selectedKey) {
                m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
        updateActions();
        updatePage();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CustomersView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomersView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomersView::updatePage);
    connect(m_model, &CustomersModel::loadingChanged, this, &CustomersView::showLoadState);
    connect(m_model, &CustomersModel::loaded, this, &CustomersView::showLoadState);

    connect(m_refreshAction, &QAction::triggered, this, &CustomersView::refresh);
    connect(m_openLinkAction, &QAction::triggered, this, &CustomersView::openApprovalLink);
    connect(m_copyLinkAction, &QAction::triggered, this, &CustomersView::copyApprovalLink);
    connect(m_deleteAction, &QAction::triggered, this, &CustomersView::deleteSelectedRequest);
    connect(m_changeAction, &QAction::triggered, this, &CustomersView::requestChange);
    connect(m_testTokenAction, &QAction::triggered, this, &CustomersView::testToken);
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    retranslateUi();
    updateActions();
    updatePage();
}

QToolButton *CustomersView::makeButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void CustomersView::setSystem(VendorSession *session, const QString &systemId)
{
    m_selectedKey.clear();
    m_systemLabel->setText(systemId.isEmpty() ? QString() : tr("Customers of %1").arg(systemId));
    m_systemLabel->setVisible(!systemId.isEmpty());
    m_model->setSystem(session, systemId);
    updateActions();
    updatePage();
}

VendorSession *CustomersView::session() const
{
    return m_model->session();
}

const CustomerRow *CustomersView::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(current).row());
}

void CustomersView::refresh()
{
    m_model->refresh();
}

void CustomersView::showLoadState()
{
    if (m_model->isLoading()) {
        m_status->showBusy(tr("Loading requests and system users…"), [this] { m_model->cancel(); });
    } else if (const auto failures = m_model->failures(); !failures.isEmpty()) {
        QStringList parts;
        for (const CustomersModel::Failure &failure : failures)
            parts.append(failure.explanation.fullText());
        if (failures.size() < 3 && m_model->rowCount() > 0)
            parts.append(tr("What could be loaded is shown below."));
        m_status->showError(parts.join(u"\n\n"_s), [this] { refresh(); });
    } else if (!m_notice.isEmpty()) {
        m_status->showSuccess(std::exchange(m_notice, {}));
    } else if (m_status->isBusy()) {
        m_status->clear();
    }
    updateActions();
    updatePage();
}

void CustomersView::updatePage()
{
    QString empty;
    if (!session() || m_model->systemId().isEmpty())
        empty = tr("Choose a system to see its customers.");
    else if (m_model->rowCount() == 0 && m_model->isLoading())
        empty = tr("Loading…");
    else if (m_model->rowCount() == 0 && !m_model->failures().isEmpty())
        empty = tr("Nothing could be loaded. See the message above.");
    else if (m_model->rowCount() == 0)
        empty = tr("No requests yet for this system — onboard a customer to send the first one.");
    else if (m_proxy->rowCount() == 0)
        empty = tr("No customers match the filter.");
    m_emptyLabel->setText(empty);
    m_emptyLabel->setAccessibleName(empty);
    m_pages->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);

    // The register names exist only in the sandbox: no empty column elsewhere.
    const QList<CustomerRow> rows = m_model->rows();
    const bool anyName = std::any_of(
        rows.cbegin(), rows.cend(), [](const CustomerRow &row) { return !row.customerName.isEmpty(); });
    m_table->setColumnHidden(CustomersModel::NameColumn, !anyName);
}

void CustomersView::updateActions()
{
    const CustomerRow *row = selectedRow();
    const bool idle = !m_model->isLoading();
    m_openLinkAction->setEnabled(row && !row->confirmUrl.isEmpty());
    m_copyLinkAction->setEnabled(row && !row->confirmUrl.isEmpty());
    m_deleteAction->setEnabled(idle && row && row->hasRequest);
    // Change requests exist for standard system users only (altinn-api.md §8).
    m_changeAction->setEnabled(row && row->hasSystemUser() && row->kind == Altinn::RequestKind::Standard);
    m_testTokenAction->setEnabled(row && row->hasSystemUser());
    m_refreshAction->setEnabled(session() != nullptr && !m_model->systemId().isEmpty());
}

void CustomersView::openApprovalLink()
{
    if (const CustomerRow *row = selectedRow(); row && !row->confirmUrl.isEmpty()) {
        if (!QDesktopServices::openUrl(QUrl(row->confirmUrl)))
            m_status->showError(tr("Could not open a web browser. Use Copy link and paste it into one."));
    }
}

void CustomersView::copyApprovalLink()
{
    if (const CustomerRow *row = selectedRow(); row && !row->confirmUrl.isEmpty()) {
        QApplication::clipboard()->setText(row->confirmUrl);
        m_status->showInformation(tr("Copied the approval link for %1.").arg(row->customerOrg));
    }
}

void CustomersView::deleteSelectedRequest()
{
    const CustomerRow *row = selectedRow();
    if (!row || !row->hasRequest || !m_deleteAction->isEnabled())
        return;
    const QString requestId = row->requestId;
    const QString customer = row->customerName.isEmpty()
        ? row->customerOrg
        : tr("%1 (%2)").arg(row->customerName, row->customerOrg);

    // open(), not exec(): no nested event loop, and the answer arrives like any other signal.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete request"),
        tr("Delete the request to %1?").arg(customer), QMessageBox::NoButton, this);
    box->setObjectName(u"deleteRequestConfirmation"_s);
    box->setInformativeText(row->hasSystemUser()
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
                removeRequest(requestId, customer);
        });
    box->open();
}

void CustomersView::removeRequest(const QString &requestId, const QString &customer)
{
    VendorSession *current = session();
    if (!current)
        return;
    m_status->showBusy(tr("Deleting the request to %1…").arg(customer));
    m_deleteAction->setEnabled(false);
    QPointer<CustomersView> self(this);
    current->requests()->remove(
        requestId, [self, requestId, customer](const Altinn::ApiResult<Altinn::Done> &result) {
            if (!self)
                return;
            if (result.ok()) {
                self->m_notice = tr("Deleted the request to %1.").arg(customer);
                self->refresh();
                return;
            }
            const Altinn::Explanation explanation =
                Altinn::ErrorExplainer::explain(result.failure, tr("deleting the request"));
            self->m_status->showError(explanation.fullText(),
                [self, requestId, customer] { self->removeRequest(requestId, customer); });
            self->updateActions();
        });
}

void CustomersView::requestChange()
{
    if (const CustomerRow *row = selectedRow(); row && m_changeAction->isEnabled())
        Q_EMIT changeRequestWanted(*row);
}

void CustomersView::testToken()
{
    if (const CustomerRow *row = selectedRow(); row && row->hasSystemUser())
        Q_EMIT testTokenWanted(row->customerOrg, row->externalRef);
}

void CustomersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomersView::retranslateUi()
{
    setAccessibleName(tr("Customers"));
    m_filterEdit->setPlaceholderText(tr("Filter by organisation number, name or reference"));
    m_filterEdit->setAccessibleName(tr("Filter customers"));
    m_statusCombo->setAccessibleName(tr("Show status"));
    const int group = m_statusCombo->currentIndex() < 0 ? -1 : m_statusCombo->currentData().toInt();
    {
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->clear();
        using Group = CustomerRow::StatusGroup;
        m_statusCombo->addItem(tr("All statuses"), -1);
        m_statusCombo->addItem(tr("Waiting for approval"), static_cast<int>(Group::Waiting));
        m_statusCombo->addItem(tr("Approved"), static_cast<int>(Group::Approved));
        m_statusCombo->addItem(tr("Rejected"), static_cast<int>(Group::Rejected));
        m_statusCombo->addItem(tr("Timed out"), static_cast<int>(Group::TimedOut));
        m_statusCombo->addItem(
            tr("Active system user without request"), static_cast<int>(Group::SystemUserOnly));
        m_statusCombo->setCurrentIndex(std::max(0, m_statusCombo->findData(group)));
    }
    m_table->setAccessibleName(tr("Requests and system users"));

    m_refreshAction->setText(tr("Refresh"));
    const auto keys = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    m_refreshAction->setToolTip(
        tr("Load the requests and system users again (%1)").arg(keys(m_refreshAction)));
    m_openLinkAction->setText(tr("Open approval link"));
    m_openLinkAction->setToolTip(
        tr("Open the customer's approval page in the web browser (Enter or %1)").arg(keys(m_openLinkAction)));
    m_copyLinkAction->setText(tr("Copy link"));
    m_copyLinkAction->setToolTip(
        tr("Copy the approval link to send it to the customer (%1)").arg(keys(m_copyLinkAction)));
    m_deleteAction->setText(tr("Delete request…"));
    m_deleteAction->setToolTip(tr("Delete the selected request (%1)").arg(keys(m_deleteAction)));
    m_changeAction->setText(tr("Change request…"));
    m_changeAction->setToolTip(tr("Ask the customer to approve more or fewer rights for this system user"));
    m_testTokenAction->setText(tr("Test token…"));
    m_testTokenAction->setToolTip(tr("Get a system user token for this customer and show what it contains"));
    m_focusFilterAction->setText(tr("Filter customers"));
    for (QToolButton *button : findChildren<QToolButton *>()) {
        if (QAction *action = button->defaultAction())
            button->setAccessibleName(action->text());
    }
    m_systemLabel->setText(
        m_model->systemId().isEmpty() ? QString() : tr("Customers of %1").arg(m_model->systemId()));
    updatePage();
}
