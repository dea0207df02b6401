#include "bulk/BulkProgressSection.h"

#include "bulk/BulkOutcomeModel.h"
#include "bulk/BulkText.h"
#include "common/Labels.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BulkProgressSection::BulkProgressSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"progressHeading"_s, this))
    , m_bar(new QProgressBar(this))
    , m_progressLabel(Labels::text(u"bulkProgressLabel"_s, this))
    , m_holdLabel(Labels::notice(u"bulkHoldLabel"_s, this))
    , m_pauseButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_outcomesHeading(Labels::heading(u"outcomesHeading"_s, this))
    , m_onlyProblems(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_model(new BulkOutcomeModel(this))
    , m_filter(new BulkOutcomeFilter(this))
{
    setObjectName(u"bulkProgressSection"_s);
    m_bar->setObjectName(u"bulkProgressBar"_s);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setTextVisible(false); // the line under it says it in words
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_pauseButton->setObjectName(u"pauseSendingButton"_s);
    m_cancelButton->setObjectName(u"cancelSendingButton"_s);
    m_onlyProblems->setObjectName(u"onlyProblemsCheckBox"_s);
    m_table->setObjectName(u"bulkOutcomesTable"_s);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed widths: measuring rows as they stream in would cost the UI thread on every batch.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BulkOutcomeModel::CustomerColumn, 280);
    m_table->setColumnWidth(BulkOutcomeModel::OutcomeColumn, 220);
    m_outcomesHeading->setBuddy(m_table);

    auto *barRow = new QHBoxLayout;
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_pauseButton);
    barRow->addWidget(m_cancelButton);
    auto *outcomesRow = new QHBoxLayout;
    outcomesRow->addWidget(m_outcomesHeading, 1);
    outcomesRow->addWidget(m_onlyProblems);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(barRow);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_holdLabel);
    layout->addLayout(outcomesRow);
    layout->addWidget(m_table, 1);
    setTabOrder(m_pauseButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_onlyProblems);
    setTabOrder(m_onlyProblems, m_table);

    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_progress.paused)
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkProgressSection::cancelRequested);
    connect(m_onlyProblems, &QCheckBox::toggled, m_filter, &BulkOutcomeFilter::setOnlyProblems);
    retranslateUi();
}

void BulkProgressSection::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    updateTexts();
}

void BulkProgressSection::setTitle(const QString &title)
{
    m_title = title;
    m_heading->setText(title.isEmpty() ? tr("2. Sending") : title);
}

void BulkProgressSection::start(int total)
{
    m_model->clear();
    m_progress = {};
    m_progress.total = total;
    m_running = true;
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(0);
    updateTexts();
}

void BulkProgressSection::showProgress(const Onboarding::BulkProgress &progress)
{
    m_progress = progress;
    m_bar->setRange(0, std::max(1, progress.total));
    m_bar->setValue(progress.finished);
    updateTexts();
}

void BulkProgressSection::addOutcome(const Onboarding::BulkRequestFlow::CustomerOutcome &outcome)
{
    m_model->add(BulkOutcomeModel::from(outcome));
}

void BulkProgressSection::addRow(const QString &key, const QString &customer, const QString &label,
    const QString &detail, bool problem, bool failed)
{
    m_model->add(BulkOutcomeModel::Outcome{key, customer, label, detail, problem, failed});
}

void BulkProgressSection::finish()
{
    m_running = false;
    m_model->flush();
    m_progress.paused = false;
    m_progress.heldForMs = 0;
    updateTexts();
}

void BulkProgressSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void BulkProgressSection::retranslateUi()
{
    m_heading->setText(m_title.isEmpty() ? tr("2. Sending") : m_title);
    m_bar->setAccessibleName(tr("Customers done"));
    m_cancelButton->setText(tr("&Cancel sending…"));
    m_cancelButton->setAccessibleName(tr("Cancel sending"));
    m_cancelButton->setToolTip(tr("Stops sending. Requests already sent stay sent."));
    m_outcomesHeading->setText(tr("&What happened to each customer"));
    m_onlyProblems->setText(tr("&Only problems"));
    m_onlyProblems->setAccessibleName(tr("Show only customers with problems"));
    m_onlyProblems->setToolTip(tr("Customers for whom sending failed, or who need you to act"));
    m_table->setAccessibleName(tr("The outcome of each customer"));
    updateTexts();
}

void BulkProgressSection::updateTexts()
{
    m_progressLabel->setText(BulkText::progressLine(m_progress, m_locale));
    m_progressLabel->setAccessibleName(m_progressLabel->text());
    m_bar->setAccessibleDescription(m_progressLabel->text());
    QString hold;
    if (m_running && m_progress.heldForMs > 0)
        hold = tr("Altinn asked us to wait %1 before sending more. Sending goes on by itself.")
                   .arg(BulkText::duration(m_progress.heldForMs, m_locale));
    else if (m_running && m_progress.paused)
        hold = m_progress.inFlight > 0
            ? tr("Pausing: %1 customer(s) being asked finish first; no new ones start.", nullptr,
                m_progress.inFlight)
                  .arg(m_locale.toString(m_progress.inFlight))
            : tr("Paused. Press Resume to go on.");
    Labels::showNotice(m_holdLabel, hold, u"info"_s);
    m_pauseButton->setVisible(m_running);
    m_cancelButton->setVisible(m_running);
    m_pauseButton->setText(m_progress.paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setAccessibleName(m_progress.paused ? tr("Resume sending") : tr("Pause sending"));
    m_pauseButton->setToolTip(m_progress.paused
            ? tr("Starts asking the customers that are left.")
            : tr("Lets the customers being asked finish, and starts no new ones."));
}
