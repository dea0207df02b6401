#include "activity/ActivityLogView.h"

#include "activity/ActivityLogModel.h"
#include "common/ScreenMasking.h"
#include "net/ActivityFormatting.h"
#include "net/ActivityLog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Altinn::ActivityFormatting;

namespace {

constexpr int NarrowWidth = 620;

QPlainTextEdit *makeDetailsText(const QString &objectName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only text must still be reachable and selectable from the keyboard.
    text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    return text;
}

} // namespace

ActivityLogView::ActivityLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTabWidget(this))
    , m_requestText(makeDetailsText(u"requestDetails"_s, this))
    , m_responseText(makeDetailsText(u"responseDetails"_s, this))
    , m_copyCurlButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_messageLabel(new QLabel(this))
    , m_copyCurlAction(new QAction(this))
    , m_focusFilterAction(new QAction(this))
{
    setObjectName(u"activityLogView"_s);
    m_filterEdit->setObjectName(u"activityFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_countLabel->setObjectName(u"activityCount"_s);
    m_countLabel->setProperty("role", u"hint"_s);
    m_table->setObjectName(u"activityTable"_s);
    m_details->setObjectName(u"activityDetails"_s);
    m_copyCurlButton->setObjectName(u"copyCurlButton"_s);
    m_exportButton->setObjectName(u"exportBundleButton"_s);
    m_clearButton->setObjectName(u"clearActivityButton"_s);
    m_messageLabel->setObjectName(u"activityMessage"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setProperty("role", u"fieldMessage"_s);
    m_messageLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ActivityLogModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(ActivityLogModel::TimeColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ActivityLogModel::SortRole);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityLogModel::TimeColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // In a narrow dock the URL column shrinks: keep its start and its most specific end visible.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityLogModel::UrlColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_copyCurlAction);

    m_details->addTab(m_requestText, QString());
    m_details->addTab(m_responseText, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"activitySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_countLabel);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_copyCurlButton);
    buttonRow->addWidget(m_exportButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttonRow);
    layout->addWidget(m_messageLabel);

    // Shortcuts work anywhere inside the dock, not only on the table.
    m_copyCurlAction->setObjectName(u"copyCurlAction"_s);
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyCurlAction);
    m_focusFilterAction->setObjectName(u"focusActivityFilterAction"_s);
    m_focusFilterAction->setShortcut(QKeySequence::Find);
    m_focusFilterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_focusFilterAction);
    setTabOrder(m_filterEdit, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_copyCurlButton);
    setTabOrder(m_copyCurlButton, m_exportButton);
    setTabOrder(m_exportButton, m_clearButton);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    // The current row changes before the row is selected: follow both.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ActivityLogView::showSelectedEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ActivityLogView::showSelectedEntry);
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &ActivityLogView::showSelectedEntry);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_followNewest = bar->value() == bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest
            && m_table->horizontalHeader()->sortIndicatorSection() == ActivityLogModel::TimeColumn
            && m_table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder)
            m_table->scrollToBottom();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityLogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showSelectedEntry();
    });
    connect(m_copyCurlButton, &QPushButton::clicked, this, &ActivityLogView::copySelectedAsCurl);
    connect(m_copyCurlAction, &QAction::triggered, this, &ActivityLogView::copySelectedAsCurl);
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityLogView::chooseSupportBundleFile);
    connect(m_clearButton, &QPushButton::clicked, this, &ActivityLogView::clearLog);

    retranslateUi();
    showSelectedEntry();
}

void ActivityLogView::setActivityLog(Altinn::ActivityLog *log)
{
    m_model->setActivityLog(log);
    m_table->scrollToBottom();
    updateCount();
}

Altinn::ActivityLog *ActivityLogView::activityLog() const
{
    return m_model->activityLog();
}

QString ActivityLogView::suggestedBundleFileName()
{
    return u"systemuser-wizard-support-"_s + QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)
        + u".json"_s;
}

const Altinn::ActivityEntry *ActivityLogView::selectedEntry() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return nullptr;
    return m_model->entryAt(m_proxy->mapToSource(current).row());
}

void ActivityLogView::showSelectedEntry()
{
    const Altinn::ActivityEntry *entry = selectedEntry();
    m_copyCurlButton->setEnabled(entry != nullptr);
    m_copyCurlAction->setEnabled(entry != nullptr);
    if (!entry) {
        m_requestText->clear();
        m_responseText->clear();
        return;
    }

    const auto section = [](const QString &title, const QString &text) {
        return QString(title + u'\n' + (text.isEmpty() ? tr("(none)") : text));
    };
    const QByteArray requestType =
        ActivityFormatting::headerValue(entry->requestHeaders, QByteArrayLiteral("Content-Type"));
    const QByteArray responseType =
        ActivityFormatting::headerValue(entry->responseHeaders, QByteArrayLiteral("Content-Type"));
    QString started = QLocale().toString(entry->startedAt.toLocalTime(), QLocale::LongFormat);
    if (entry->attempt > 1)
        started = tr("%1 (attempt %2)").arg(started, QString::number(entry->attempt));

    const ScreenMasking *masking = ScreenMasking::instance();
    m_requestText->setPlainText(masking->maskText(QString::fromLatin1(entry->method) + u' '
        + entry->url.toDisplayString() + u'\n' + tr("Started: %1").arg(started) + u"\n\n"_s
        + section(tr("Headers"), ActivityFormatting::headersText(entry->requestHeaders)) + u"\n\n"_s
        + section(tr("Body"), ActivityFormatting::prettyBody(entry->requestBody, requestType))));
    m_responseText->setPlainText(masking->maskText(ActivityFormatting::statusText(*entry) + u"  ("_s
        + ActivityFormatting::duration(entry->durationMs) + u")\n\n"_s
        + section(tr("Headers"), ActivityFormatting::headersText(entry->responseHeaders)) + u"\n\n"_s
        + section(tr("Body"), ActivityFormatting::prettyBody(entry->responseBody, responseType))));
}

void ActivityLogView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n call(s)", nullptr, total)
                                         : tr("%1 of %n call(s)", nullptr, total).arg(shown));
    m_exportButton->setEnabled(activityLog() != nullptr);
    m_clearButton->setEnabled(total > 0);
}

void ActivityLogView::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleName(text);
    m_messageLabel->setProperty("kind", error ? u"error"_s : u"hint"_s);
    m_messageLabel->style()->unpolish(m_messageLabel);
    m_messageLabel->style()->polish(m_messageLabel);
    m_messageLabel->setVisible(!text.isEmpty());
}

void ActivityLogView::copySelectedAsCurl()
{
    const Altinn::ActivityEntry *entry = selectedEntry();
    if (!entry)
        return;
    const QString command = Altinn::ActivityLog::curlCommand(*entry);
    QApplication::clipboard()->setText(command);
    showMessage(command.contains(u"$TOKEN"_s)
            ? tr("Copied a curl command. It reads the access token from the shell variable $TOKEN: set it "
                 "first, for example with export TOKEN='…' (the token itself is never copied).")
            : tr("Copied a curl command."));
}

void ActivityLogView::chooseSupportBundleFile()
{
    if (!activityLog())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // Not the static helper: open() keeps the event loop ours (no nested loop) and tests can answer it.
    auto *dialog = new QFileDialog(this, tr("Export support bundle"), folder, tr("JSON files (*.json)"));
    dialog->setObjectName(u"supportBundleDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(suggestedBundleFileName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ActivityLogView::exportSupportBundle);
    dialog->open();
}

void ActivityLogView::exportSupportBundle(const QString &filePath)
{
    Altinn::ActivityLog *log = activityLog();
    if (!log || filePath.isEmpty())
        return;
    // Built here (the log lives on this thread); written on a worker so a slow disk never freezes the UI.
    const QByteArray bundle = log->supportBundle(QCoreApplication::applicationVersion());
    auto error = std::make_shared<QString>();
    QThread *writer = QThread::create([filePath, bundle, error] {
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size() || !file.commit())
            *error = file.errorString();
    });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    connect(writer, &QThread::finished, this, [this, filePath, error] {
        m_exportButton->setEnabled(true);
        const QString shownPath = QDir::toNativeSeparators(filePath);
        if (error->isEmpty()) {
            const QString message =
                tr("Saved the support bundle to %1. Tokens and keys are not in it.").arg(shownPath);
            showMessage(message);
            Q_EMIT supportBundleExported(true, filePath, message);
        } else {
            const QString message = tr("Could not save the support bundle to %1: %2").arg(shownPath, *error);
            showMessage(message, true);
            Q_EMIT supportBundleExported(false, filePath, message);
        }
    });
    m_exportButton->setEnabled(false);
    showMessage(tr("Saving the support bundle…"));
    writer->start();
}

void ActivityLogView::clearLog()
{
    if (Altinn::ActivityLog *log = activityLog())
        log->clear();
    showMessage({});
}

void ActivityLogView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A narrow dock keeps room for the URL; the details pane still shows duration and attempt.
    m_table->setColumnHidden(ActivityLogModel::AttemptColumn, width() < NarrowWidth);
    m_table->setColumnHidden(ActivityLogModel::DurationColumn, width() < NarrowWidth - 80);
}

void ActivityLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityLogView::retranslateUi()
{
    setAccessibleName(tr("Activity log"));
    m_filterEdit->setPlaceholderText(tr("Filter by method, URL or status"));
    m_filterEdit->setAccessibleName(tr("Filter calls"));
    m_filterEdit->setToolTip(tr("Shows only calls whose method, URL or status contains this text (%1)")
                                 .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_countLabel->setAccessibleName(tr("Number of calls"));
    m_table->setAccessibleName(tr("HTTP calls"));
    m_details->setAccessibleName(tr("Selected call"));
    m_details->setTabText(0, tr("Request"));
    m_details->setTabText(1, tr("Response"));
    m_requestText->setAccessibleName(tr("Request of the selected call"));
    m_responseText->setAccessibleName(tr("Response of the selected call"));
    m_requestText->setPlaceholderText(tr("Select a call to see its request."));
    m_responseText->setPlaceholderText(tr("Select a call to see its response."));
    m_copyCurlButton->setText(tr("Copy as curl"));
    m_copyCurlButton->setAccessibleName(m_copyCurlButton->text());
    m_copyCurlButton->setToolTip(tr("Copies a command that repeats the selected call; the token is left out "
                                    "as $TOKEN (%1)")
                                     .arg(m_copyCurlAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyCurlAction->setText(tr("Copy as curl"));
    m_focusFilterAction->setText(tr("Filter calls"));
    m_exportButton->setText(tr("Export support bundle…"));
    m_exportButton->setAccessibleName(m_exportButton->text());
    m_exportButton->setToolTip(
        tr("Saves every call in this log as one JSON file for support — tokens and keys are left out"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAccessibleName(tr("Clear the activity log"));
    updateCount();
    showSelectedEntry();
}
