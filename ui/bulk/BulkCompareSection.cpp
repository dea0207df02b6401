#include "bulk/BulkCompareSection.h"

#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "customers/CustomerStateFilter.h"
#include "onboarding/BulkRequestFlow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::BulkRequestFlow;

BulkCompareSection::BulkCompareSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"compareHeading"_s, this))
    , m_intro(Labels::hint(u"compareIntro"_s, this))
    , m_status(new OperationStatus(this))
    , m_countsLabel(Labels::text(u"compareCountsLabel"_s, this))
    , m_needingLabel(Labels::text(u"needingRequestLabel"_s, this))
    , m_doubtLabel(Labels::notice(u"inDoubtLabel"_s, this))
    , m_concurrencyLabel(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_concurrencyHint(Labels::hint(u"concurrencyHint"_s, this))
    , m_productionNotice(Labels::notice(u"bulkProductionNotice"_s, this))
    , m_sendButton(new QPushButton(this))
{
    setObjectName(u"bulkCompareSection"_s);
    m_status->setObjectName(u"compareStatus"_s);
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_needingLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_needingLabel->font();
    bold.setBold(true);
    m_needingLabel->setFont(bold);
    m_concurrency->setObjectName(u"concurrencySpinBox"_s);
    m_concurrency->setRange(1, BulkRequestFlow::MaxConcurrency);
    m_concurrency->setValue(BulkRequestFlow::DefaultConcurrency);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_sendButton->setObjectName(u"sendRequestsButton"_s);
    m_sendButton->setEnabled(false);
    m_sendButton->setDefault(true);

    auto *concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(m_concurrencyLabel);
    concurrencyRow->addWidget(m_concurrency);
    concurrencyRow->addWidget(m_concurrencyHint, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_needingLabel);
    layout->addWidget(m_doubtLabel);
    layout->addLayout(concurrencyRow);
    layout->addWidget(m_productionNotice);
    layout->addLayout(sendRow);

    connect(m_sendButton, &QPushButton::clicked, this, &BulkCompareSection::sendRequested);
    retranslateUi();
}

void BulkCompareSection::showComparing(std::function<void()> cancel)
{
    m_needing = -1;
    m_status->showBusy(tr("Comparing the list with Altinn and reading the system…"), std::move(cancel));
    retranslateUi();
}

void BulkCompareSection::showFailed(const QString &message, std::function<void()> retry)
{
    m_needing = -1;
    m_status->showError(message, std::move(retry));
    retranslateUi();
}

void BulkCompareSection::showCompared(const QHash<CustomerState, int> &counts, int needing, int inDoubt)
{
    m_counts = counts;
    m_needing = needing;
    m_inDoubt = inDoubt;
    m_status->showSuccess(tr("Compared with Altinn."));
    retranslateUi();
}

void BulkCompareSection::setProduction(bool production)
{
    m_production = production;
    retranslateUi();
}

void BulkCompareSection::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    m_concurrency->setLocale(locale);
    retranslateUi();
}

int BulkCompareSection::concurrency() const
{
    return m_concurrency->value();
}

void BulkCompareSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkCompareSection::retranslateUi()
{
    m_heading->setText(tr("1. Compare with Altinn"));
    m_intro->setText(tr("Before anything is sent, every customer in the list is compared with Altinn, so "
                        "customers who have a request or a system user already are not asked again."));
    m_concurrencyLabel->setText(tr("Send to &how many at the same time:"));
    m_concurrency->setAccessibleName(tr("How many customers are asked at the same time"));
    m_concurrencyHint->setText(tr("Altinn limits how fast one vendor may send; 4 is a safe choice. When "
                                  "Altinn asks us to wait, every sender waits."));
    const bool compared = m_needing >= 0;
    m_countsLabel->setVisible(compared);
    m_needingLabel->setVisible(compared);
    if (compared) {
        const QString states = CustomerStateFilter::summary(m_counts, m_locale);
        m_countsLabel->setText(states.isEmpty() ? tr("The list is empty.") : states);
        m_countsLabel->setAccessibleName(m_countsLabel->text());
        m_needingLabel->setText(m_needing == 0
                ? tr("Every customer has been asked already; nothing to send.")
                : tr("%1 customer(s) need a request.", nullptr, m_needing).arg(m_locale.toString(m_needing)));
        m_needingLabel->setAccessibleName(m_needingLabel->text());
    }
    Labels::showNotice(m_doubtLabel,
        compared && m_inDoubt > 0
            ? tr("%1 of them may have been asked by a run that was interrupted. They are looked up at "
                 "Altinn first and asked only when Altinn has nothing: no customer is asked twice.",
                nullptr, m_inDoubt)
                  .arg(m_locale.toString(m_inDoubt))
            : QString(),
        u"info"_s);
    Labels::showNotice(m_productionNotice,
        m_production ? tr("This is PRODUCTION: the requests go to real customers, who are asked to approve "
                          "them. You are asked to confirm before anything is sent.")
                     : QString(),
        u"error"_s);
    const int count = std::max(0, m_needing);
    m_sendButton->setText(m_production
            ? tr("Se&nd %1 request(s) in production…", nullptr, count).arg(m_locale.toString(count))
            : tr("Se&nd %1 request(s)", nullptr, count).arg(m_locale.toString(count)));
    m_sendButton->setAccessibleName(QString(m_sendButton->text()).remove(u'&'));
    m_sendButton->setEnabled(compared && m_needing > 0);
    m_sendButton->setToolTip(!compared ? tr("Wait for the comparison with Altinn.")
            : m_needing == 0           ? tr("Nobody needs a request.")
                                       : tr("Sends a system user request to each customer who needs one."));
}
