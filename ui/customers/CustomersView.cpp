#include "customers/CustomersView.h"

#include "common/OperationStatus.h"
#include "customers/CustomerActions.h"
#include "customers/CustomerStateFilter.h"
#include "customers/CustomersFilterBar.h"
#include "customers/CustomersFilterModel.h"
#include "customers/CustomersHeading.h"
#include "customers/CustomersModel.h"
#include "customers/CustomersRefresher.h"
#include "customers/CustomersTable.h"
#include "customers/HoldingsDialog.h"
#include "onboarding/StatusFollower.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/OnboardingState.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
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
    , m_heading(new CustomersHeading(this))
    , m_filterBar(new CustomersFilterBar(m_proxy, this))
    , m_pages(new CustomersTable(m_model, m_proxy, this))
    , m_table(m_pages->table())
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
    m_status->setObjectName(u"customersStatus"_s);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(CountsIntervalMs);

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
    filterRow->addWidget(m_filterBar, 1);
    filterRow->addWidget(refreshButton);

    // The request's actions, then the system user's: one row would be cut at the minimum window size.
    auto *actionRow = new QHBoxLayout;
    for (QToolButton *button : {openButton, copyButton, deleteButton, noteButton})
        actionRow->addWidget(button);
    actionRow->addStretch(1);
    auto *systemUserRow = new QHBoxLayout;
    for (QToolButton *button : {changeButton, testButton, holdingsButton})
        systemUserRow->addWidget(button);
    systemUserRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filterRow);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actionRow);
    layout->addLayout(systemUserRow);

    QWidget *previous = m_filterBar->lastInTabOrder();
    for (QWidget *next : std::initializer_list<QWidget *>{refreshButton, m_table, openButton, copyButton,
             deleteButton, noteButton, changeButton, testButton}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void CustomersView::connectActions()
{
    connect(m_filterBar, &CustomersFilterBar::filtersChanged, this, &CustomersView::filtersMoved);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomersView::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, &CustomersView::openApprovalLink);
    // The ledger changes under the view (syncs, the follower, notes): the ledger's changed() (once per
    // change, however many rows it touched) brings counts, actions and page along; see setSource.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersView::filtersMoved);
    connect(m_countsTimer, &QTimer::timeout, this, &CustomersView::updateCounts);
    connect(m_refresher, &CustomersRefresher::busyChanged, this, [this] {
        updateActions();
        updatePage();
    });
    connect(m_refresher, &CustomersRefresher::finished, this, [this](bool ok) {
        // Customers the sync found waiting are followed from now on.
        if (ok && m_follower)
            m_follower->wake();
        m_heading->setSynced(m_ledger != nullptr, m_ledger ? m_ledger->syncedAt() : QDateTime());
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
    connect(m_focusFilterAction, &QAction::triggered, m_filterBar, &CustomersFilterBar::focusText);
}

void CustomersView::setContext(WizardContext *context)
{
    CustomerDesk *desk = context->customers();
    const auto follow = [this, context, desk] {
        // The system published in this run names the heading without a look-up.
        m_heading->setKnownSystem(context->onboarding()->publishedSystem());
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
    m_heading->setSystem(session, ledger ? ledger->scope().systemId : QString());
    m_heading->setSynced(ledger != nullptr, ledger ? ledger->syncedAt() : QDateTime());
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

void CustomersView::updateCounts()
{
    // The state filter counts what each of its choices would show with the other filters; the summary
    // counts the whole ledger and says how many rows the filters leave.
    m_countsTimer->stop();
    m_filterBar->setCounts(m_proxy->stateCounts());
    const QHash<CustomerState, int> counts = m_model->stateCounts();
    QString summary = CustomerStateFilter::summary(counts, locale());
    if (m_proxy->isFiltering() && !summary.isEmpty())
        summary += u' ' + tr("(%Ln shown)", nullptr, m_proxy->rowCount());
    m_heading->setSummary(summary);
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
    m_pages->showEmpty(empty);
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
    m_filterBar->refreshWaiting();
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
    }
    QWidget::changeEvent(event);
}

void CustomersView::retranslateUi()
{
    setAccessibleName(tr("Customers"));
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
    updateCounts();
    updatePage();
}
