#include "bulk/BulkSummarySection.h"

#include "bulk/BulkText.h"
#include "common/Labels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using BulkKind = Onboarding::BulkRequestFlow::CustomerOutcome::Kind;

BulkSummarySection::BulkSummarySection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"summaryHeading"_s, this))
    , m_resultLabel(Labels::text(u"bulkResultLabel"_s, this))
    , m_countsLabel(Labels::text(u"bulkCountsLabel"_s, this))
    , m_noticeLabel(Labels::notice(u"bulkSummaryNotice"_s, this))
    , m_nextLabel(Labels::hint(u"bulkNextLabel"_s, this))
    , m_exportButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"bulkSummarySection"_s);
    QFont bold = m_resultLabel->font();
    bold.setBold(true);
    m_resultLabel->setFont(bold);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_exportButton->setObjectName(u"exportLinksButton"_s);
    m_closeButton->setObjectName(u"closeSummaryButton"_s);
    m_exportButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_nextLabel);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &BulkSummarySection::exportRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkSummarySection::closeRequested);
    retranslateUi();
}

void BulkSummarySection::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    retranslateUi();
}

void BulkSummarySection::showSummary(const Onboarding::BulkRequestFlow::Summary &summary)
{
    m_summary = summary;
    m_cancelled = false;
    m_total = int(summary.outcomes.size());
    m_reason.clear();
    retranslateUi();
}

void BulkSummarySection::showCancelled(
    const QList<Onboarding::BulkRequestFlow::CustomerOutcome> &outcomes, int total, const QString &reason)
{
    m_summary = {};
    m_summary.outcomes = outcomes;
    for (const auto &outcome : outcomes)
        ++m_summary.counts[outcome.kind];
    m_cancelled = true;
    m_total = total;
    m_reason = reason;
    retranslateUi();
}

void BulkSummarySection::setExportAvailable(bool available)
{
    m_exportButton->setEnabled(available);
    m_exportButton->setVisible(available);
}

QString BulkSummarySection::text() const
{
    return QStringList{m_resultLabel->text(), m_countsLabel->text(), m_noticeLabel->text()}.join(u'\n');
}

QString BulkSummarySection::countsText(const QHash<BulkKind, int> &counts) const
{
    QStringList lines;
    for (const BulkKind kind : BulkText::outcomeKinds()) {
        if (const int count = counts.value(kind))
            lines.append(tr("%1: %2").arg(BulkText::outcomeLabel(kind), m_locale.toString(count)));
    }
    return lines.join(u'\n');
}

void BulkSummarySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkSummarySection::retranslateUi()
{
    m_heading->setText(tr("3. Done"));
    m_exportButton->setText(tr("E&xport approval links…"));
    m_exportButton->setAccessibleName(tr("Export approval links"));
    m_exportButton->setToolTip(tr("A mail-merge file, one e-mail per customer or a printable sheet with "
                                  "QR codes"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    const int done = int(m_summary.outcomes.size());
    if (m_cancelled) {
        m_heading->setText(tr("3. Stopped"));
        m_resultLabel->setText(tr("Sending was stopped after %1 of %2 customer(s).", nullptr, m_total)
                                   .arg(m_locale.toString(done), m_locale.toString(m_total)));
    } else {
        m_resultLabel->setText(
            tr("%1 customer(s) done in %2.", nullptr, done)
                .arg(m_locale.toString(done),
                    BulkText::duration(std::max<qint64>(m_summary.elapsedMs, 1), m_locale)));
    }
    m_resultLabel->setAccessibleName(m_resultLabel->text());
    m_countsLabel->setText(countsText(m_summary.counts));
    m_countsLabel->setAccessibleName(m_countsLabel->text());
    QStringList notices;
    if (!m_reason.isEmpty())
        notices.append(m_reason);
    if (m_cancelled)
        notices.append(tr("Requests already sent stay sent. Customers who may have been asked when sending "
                          "stopped are looked up at Altinn first next time, so nobody is asked twice."));
    if (!m_summary.journalError.isEmpty())
        notices.append(m_summary.journalError);
    if (m_summary.rateLimited > 0)
        notices.append(
            tr("Altinn asked us to slow down %1 time(s); we waited as asked.", nullptr, m_summary.rateLimited)
                .arg(m_locale.toString(m_summary.rateLimited)));
    Labels::showNotice(m_noticeLabel, notices.join(u' '),
        m_cancelled || !m_summary.journalError.isEmpty() ? u"error"_s : u"info"_s);
    const int failed = m_summary.counts.value(BulkKind::Failed);
    const int sent = m_summary.counts.value(BulkKind::Created)
        + m_summary.counts.value(BulkKind::FoundAfterInterruption)
        + m_summary.counts.value(BulkKind::AlreadyWaiting);
    QStringList next;
    if (sent > 0)
        next.append(tr("The approval links are in the customer list. Hand them over to the customers: each "
                       "must be approved by someone who manages access at the customer."));
    if (failed > 0)
        next.append(tr("Send requests again later to retry the customers that failed; the others are not "
                       "asked again."));
    m_nextLabel->setText(next.join(u' '));
    m_nextLabel->setVisible(!next.isEmpty());
}
