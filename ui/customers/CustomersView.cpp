#include "customers/CustomersView.h"

#include "common/OperationStatus.h"
#include "customers/CustomerActions.h"
#include "customers/CustomerStateFilter.h"
#include "customers/CustomersFilterModel.h"
#include "customers/CustomersModel.h"
#include "customers/CustomersRefresher.h"
#include "customers/HoldingsDialog.h"
#include "onboarding/StatusFollower.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
/// Where "Waiting more than N days" starts: two weeks is when a reminder is usually due.
constexpr int DefaultWaitingDays = 14;
constexpr int MaxWaitingDays = 999;
/// How many rows fitting the columns looks at: enough to see the usual widths, few enough to be quick
/// with 10,000 customers.
constexpr int ColumnFitRows = 200;
/// Counting walks over every customer: while the ledger changes (a bulk send), at most this often.
constexpr int CountsIntervalMs = 150;
} // namespace

CustomersView::CustomersView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomersModel(this))
    , m_proxy(new CustomersFilterModel(this))
    , m_status(new OperationStatus(this))
    , m_refresher(new CustomersRefresher(m_status, this))
    , m_actions(new CustomerActions(this, m_status, [this] { return selectedRecord(); }))
    , m_systemLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_syncedLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_stateFilter(new CustomerStateFilter(this))
    , m_waitingCheck(new QCheckBox(this))
    , m_waitingDays(new QSpinBox(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_fitColumnsTimer(new QTimer(this))
    , m_countsTimer(new QTimer(this))
    , m_refreshAction(CustomerActions::makeAction(u"refreshCustomersAction"_s, this))
    , m_focusFilterAction(CustomerActions::makeAction(u"focusCustomerFilterAction"_s, this))
{
    setObjectName(u"customersView"_s);
    m_model->setLocale(locale());
    m_proxy->setSourceModel(m_model);
    buildLayout();
    connectActions();
    retranslateUi();
    updateActions();
    updateCounts();
    updatePage();
}

void CustomersView::buildLayout()
{
    m_systemLabel->setObjectName(u"customersSystemLabel"_s);
    m_systemLabel->setProperty("role", u"sectionHeading"_s);
    m_systemLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setObjectName(u"customersSummary"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_syncedLabel->setObjectName(u"customersSyncedLabel"_s);
    m_syncedLabel->setProperty("role", u"hint"_s);
    m_syncedLabel->setTextFormat(Qt::PlainText);
    m_filterEdit->setObjectName(u"customerFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(u"customerStatusFilter"_s);
    m_waitingCheck->setObjectName(u"customerWaitingFilter"_s);
    m_waitingDays->setObjectName(u"customerWaitingDays"_s);
    m_waitingDays->setRange(0, MaxWaitingDays);
    m_waitingDays->setValue(DefaultWaitingDays);
    m_waitingDays->setEnabled(false); // off until the box is ticked
    m_status->setObjectName(u"customersStatus"_s);
    m_pages->setObjectName(u"customersPages"_s);
    m_table->setObjectName(u"customersTable"_s);
    m_emptyLabel->setObjectName(u"customersEmptyLabel"_s);
    m_emptyLabel->setProperty("role", u"hint"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The note is edited through its action (F2): Enter and a double click open the approval link.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomersModel::CustomerColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fitted to their contents when rows arrive (fitColumns), not after every change: with
    // ResizeToContents each change of one customer measured the text of a thousand rows.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setResizeContentsPrecision(ColumnFitRows);
    m_fitColumnsTimer->setSingleShot(true);
    m_fitColumnsTimer->setInterval(0);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(CountsIntervalMs);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_emptyLabel);

    // Shortcuts on the table only: in the filter box Ctrl+C and Delete keep their text meaning.
    for (QAction *action : m_actions->all()) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    m_refreshAction->setShortcuts({QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    m_focusFilterAction->setShortcuts(QKeySequence::Find);
    m_focusFilterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_focusFilterAction);

    QToolButton *refreshButton =
        CustomerActions::makeButton(m_refreshAction, u"refreshCustomersButton"_s, this);
    QToolButton *openButton =
        CustomerActions::makeButton(m_actions->openLink(), u"openApprovalLinkButton"_s, this);
    QToolButton *copyButton =
        CustomerActions::makeButton(m_actions->copyLink(), u"copyApprovalLinkButton"_s, this);
    QToolButton *deleteButton =
        CustomerActions::makeButton(m_actions->deleteRequest(), u"deleteRequestButton"_s, this);
    QToolButton *noteButton = CustomerActions::makeButton(m_actions->editNote(), u"editNoteButton"_s, this);
    QToolButton *changeButton =
        CustomerActions::makeButton(m_actions->changeRequest(), u"changeRequestButton"_s, this);
    QToolButton *testButton = CustomerActions::makeButton(m_actions->testToken(), u"testTokenButton"_s, this);
    QToolButton *holdingsButton =
        CustomerActions::makeButton(m_actions->checkHoldings(), u"checkHoldingsButton"_s, this);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_waitingCheck);
    filterRow->addWidget(m_waitingDays);
    filterRow->addWidget(refreshButton);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_syncedLabel);

    auto *actionRow = new QHBoxLayout;
    for (QToolButton *button : {openButton, copyButton, deleteButton, noteButton})
        actionRow->addWidget(button);
    actionRow->addStretch(1);
    actionRow->addWidget(changeButton);
    actionRow->addWidget(testButton);
    actionRow->addWidget(holdingsButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_systemLabel);
    layout->addLayout(filterRow);
    layout->addLayout(summaryRow);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actionRow);

    QWidget *previous = m_filterEdit;
    for (QWidget *next :
        std::initializer_list<QWidget *>{m_stateFilter, m_waitingCheck, m_waitingDays, refreshButton, m_table,
            openButton, copyButton, deleteButton, noteButton, changeButton, testButton}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void CustomersView::connectActions()
{
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        filtersMoved();
    });
    connect(
        m_stateFilter, &CustomerStateFilter::stateChanged, this, [this](std::optional<CustomerState> state) {
            m_proxy->setState(state);
            filtersMoved();
        });
    connect(m_waitingCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_waitingDays->setEnabled(on);
        applyWaitingFilter();
    });
    connect(m_waitingDays, &QSpinBox::valueChanged, this, [this] {
        m_waitingDays->setSuffix(tr(" day(s)", nullptr, m_waitingDays->value()));
        applyWaitingFilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomersView::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, &CustomersView::openApprovalLink);
    // The ledger changes under the view (syncs, the follower, notes): the ledger's changed() (once per
    // change, however many rows it touched) brings counts, actions and page along; see setSource.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::filtersMoved);
    connect(m_countsTimer, &QTimer::timeout, this, &CustomersView::updateCounts);
    // New rows may need wider columns: fitted once the event loop is back, however many arrived.
    connect(m_model, &QAbstractItemModel::modelReset, m_fitColumnsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_fitColumnsTimer, qOverload<>(&QTimer::start));
    connect(m_fitColumnsTimer, &QTimer::timeout, this, &CustomersView::fitColumns);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The last column stretches with the view; any other resize not ours is the person's.
        if (!m_fittingColumns && column != CustomersModel::ColumnCount - 1)
            m_columnsSizedByHand = true;
    });
    connect(m_refresher, &CustomersRefresher::busyChanged, this, [this] {
        updateActions();
        updatePage();
    });
    connect(m_refresher, &CustomersRefresher::finished, this, [this](bool ok) {
        // Customers the sync found waiting are followed from now on.
        if (ok && m_follower)
            m_follower->wake();
        updateSyncedLabel();
        // A sync is done: its counts now, not after the pause that spares a stream of changes.
        filtersMoved();
        Q_EMIT refreshFinished(ok);
    });
    connect(m_refresher, &CustomersRefresher::sessionGone, this,
        [this] { setSource(nullptr, nullptr, nullptr); });

    connect(m_refreshAction, &QAction::triggered, this, &CustomersView::refresh);
    connect(m_actions, &CustomerActions::deleteConfirmed, m_refresher, &CustomersRefresher::removeRequest);
    connect(m_actions, &CustomerActions::noteEditWanted, this, &CustomersView::editNote);
    connect(m_actions, &CustomerActions::changeRequestWanted, this, &CustomersView::changeRequestWanted);
    connect(m_actions, &CustomerActions::testTokenWanted, this, &CustomersView::testTokenWanted);
    connect(m_actions, &CustomerActions::holdingsWanted, this, [this](const CustomerRecord &record) {
        // One customer, on demand: the dialog runs one check
        // (docs/customer-ledger.md#what-the-system-user-holds).
        if (!m_session || !m_ledger)
            return;
        auto *dialog = new HoldingsDialog(m_session, m_ledger->scope().systemId, record, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            dialog, &HoldingsDialog::changeRequestWanted, this, [this, dialog](const CustomerRecord &wanted) {
                dialog->close();
                Q_EMIT changeRequestWanted(wanted);
            });
        dialog->open();
        dialog->check();
    });
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
}

void CustomersView::setContext(WizardContext *context)
{
    CustomerDesk *desk = context->customers();
    const auto follow = [this, context, desk] {
        setSource(desk->ledger(), desk->follower(), context->session());
    };
    disconnect(m_ledgerConnection);
    m_ledgerConnection = connect(desk, &CustomerDesk::ledgerChanged, this, follow);
    follow();
}

void CustomersView::setSource(
    CustomerLedger *ledger, Onboarding::StatusFollower *follower, VendorSession *session)
{
    if (follower != m_follower) {
        if (m_follower)
            m_follower->unsubscribe(this);
        m_follower = follower;
        if (follower && isVisible())
            follower->subscribe(this);
    }
    m_refresher->setSource(ledger, session);
    m_session = session;
    if (ledger != m_ledger) {
        m_ledger = ledger;
        m_model->setLedger(ledger);
        m_syncDue = ledger != nullptr;
        for (const QMetaObject::Connection &connection : std::as_const(m_ledgerConnections))
            disconnect(connection);
        m_ledgerConnections.clear();
        if (ledger) {
            m_ledgerConnections = {
                // After the model's connections: the rows (and the proxy) are up to date when this runs.
                connect(ledger, &CustomerLedger::changed, this, &CustomersView::ledgerMoved),
                connect(ledger, &CustomerLedger::saveFailed, this, &CustomersView::showSaveFailure),
            };
        }
    }
    if (m_syncDue && isVisible() && m_refresher->canRefresh()) {
        m_syncDue = false;
        refresh();
    }
    updateSyncedLabel();
    retranslateUi();
    updateActions();
}

std::optional<CustomerRecord> CustomersView::selectedRecord() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    if (const CustomerRecord *record = m_model->recordAt(m_proxy->mapToSource(current).row()))
        return *record;
    return std::nullopt;
}

CustomerLedger *CustomersView::ledger() const
{
    return m_ledger;
}

bool CustomersView::isRefreshing() const
{
    return m_refresher->isBusy();
}

void CustomersView::refresh()
{
    m_refresher->refresh();
}

void CustomersView::updateActions()
{
    m_actions->update(m_refresher->canRefresh() && !m_refresher->isBusy());
    m_refreshAction->setEnabled(m_refresher->canRefresh());
}

void CustomersView::ledgerMoved()
{
    // Not restarted by every change: during a stream of changes the counts still follow.
    if (!m_countsTimer->isActive())
        m_countsTimer->start();
    updateActions();
    updatePage();
}

void CustomersView::filtersMoved()
{
    updateCounts();
    updateActions();
    updatePage();
}

void CustomersView::showSaveFailure(const QString &error)
{
    // A sync under way keeps the strip; its changes are saved (or fail again) once it is done.
    if (m_status->isBusy())
        return;
    m_status->showError(error, [this] {
        if (m_ledger && m_ledger->flush())
            m_status->clear();
    });
}

void CustomersView::fitColumns()
{
    if (m_columnsSizedByHand)
        return;
    m_fittingColumns = true;
    m_table->resizeColumnsToContents();
    m_fittingColumns = false;
}

void CustomersView::applyWaitingFilter()
{
    m_proxy->setWaitingLongerThan(
        m_waitingCheck->isChecked() ? std::optional<int>(m_waitingDays->value()) : std::nullopt);
    filtersMoved();
}

void CustomersView::updateCounts()
{
    // The state filter counts what each of its choices would show with the other filters; the summary
    // counts the whole ledger and says how many rows the filters leave.
    m_countsTimer->stop();
    m_stateFilter->setCounts(m_proxy->stateCounts());
    const QHash<CustomerState, int> counts = m_model->stateCounts();
    QString summary = CustomerStateFilter::summary(counts, locale());
    if (m_proxy->isFiltering() && !summary.isEmpty())
        summary += u' ' + tr("(%Ln shown)", nullptr, m_proxy->rowCount());
    m_summaryLabel->setText(summary);
}

void CustomersView::updateSyncedLabel()
{
    const QDateTime synced = m_ledger ? m_ledger->syncedAt() : QDateTime();
    if (!m_ledger)
        m_syncedLabel->clear();
    else if (synced.isValid())
        m_syncedLabel->setText(tr("Last compared with Altinn: %1")
                                   .arg(locale().toString(synced.toLocalTime(), QLocale::ShortFormat)));
    else
        m_syncedLabel->setText(tr("Not compared with Altinn yet"));
}

void CustomersView::updatePage()
{
    const bool busy = m_refresher->isBusy();
    QString empty;
    if (!m_ledger)
        empty = tr("Choose a system to see its customers.");
    else if (m_model->rowCount() == 0 && busy)
        empty = tr("Comparing with Altinn…");
    else if (m_model->rowCount() == 0 && m_status->state() == OperationStatus::State::Failed)
        empty = tr("Nothing could be loaded. See the message above.");
    else if (m_model->rowCount() == 0)
        empty = tr("No customers yet for this system — onboard a customer to send the first request.");
    else if (m_proxy->rowCount() == 0)
        empty = tr("No customers match the filter.");
    m_emptyLabel->setText(empty);
    m_emptyLabel->setAccessibleName(empty);
    m_pages->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);
}

void CustomersView::openApprovalLink()
{
    m_actions->openSelectedLink();
}

void CustomersView::copyApprovalLink()
{
    m_actions->copySelectedLink();
}

void CustomersView::deleteSelectedRequest()
{
    m_actions->confirmDelete();
}

void CustomersView::editNote()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex note = current.siblingAtColumn(CustomersModel::NoteColumn);
    m_table->setCurrentIndex(note);
    m_table->edit(note);
}

void CustomersView::requestChange()
{
    m_actions->triggerChangeRequest();
}

void CustomersView::testToken()
{
    m_actions->triggerTestToken();
}

void CustomersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Customers went on waiting while the view was hidden.
    if (m_waitingCheck->isChecked())
        applyWaitingFilter();
    if (m_follower)
        m_follower->subscribe(this);
    if (m_syncDue && m_refresher->canRefresh()) {
        m_syncDue = false;
        refresh();
    }
}

void CustomersView::hideEvent(QHideEvent *event)
{
    // Nobody looks: the follower may rest (it goes on for other views that subscribed).
    if (m_follower)
        m_follower->unsubscribe(this);
    QWidget::hideEvent(event);
}

void CustomersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LocaleChange) {
        m_model->setLocale(locale());
        updateCounts();
        updateSyncedLabel();
    }
    QWidget::changeEvent(event);
}

void CustomersView::retranslateUi()
{
    setAccessibleName(tr("Customers"));
    m_filterEdit->setPlaceholderText(tr("Filter by organisation number, name, reference or note"));
    m_filterEdit->setAccessibleName(tr("Filter customers"));
    m_waitingCheck->setText(tr("Waiting more than"));
    m_waitingCheck->setToolTip(
        tr("Show only customers who have had a request to approve for longer than this"));
    m_waitingCheck->setAccessibleName(tr("Show only customers waiting more than a number of days"));
    m_waitingDays->setSuffix(tr(" day(s)", nullptr, m_waitingDays->value()));
    m_waitingDays->setAccessibleName(tr("Days waiting"));
    m_table->setAccessibleName(tr("Customers and their states"));
    m_model->retranslate();

    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Compare every customer with Altinn (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_actions->retranslate();
    m_focusFilterAction->setText(tr("Filter customers"));
    for (QToolButton *button : findChildren<QToolButton *>()) {
        if (QAction *action = button->defaultAction())
            button->setAccessibleName(action->text());
    }
    const QString systemId = m_ledger ? m_ledger->scope().systemId : QString();
    m_systemLabel->setText(systemId.isEmpty() ? QString() : tr("Customers of %1").arg(systemId));
    m_systemLabel->setVisible(!systemId.isEmpty());
    updateCounts();
    updateSyncedLabel();
    updatePage();
}
