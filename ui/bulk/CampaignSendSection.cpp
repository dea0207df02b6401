#include "bulk/CampaignSendSection.h"

#include "common/Labels.h"
#include "onboarding/BulkRequestFlow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CampaignSendSection::CampaignSendSection(QWidget *parent)
    : QWidget(parent)
    , m_productionNotice(Labels::notice(u"campaignProductionNotice"_s, this))
    , m_concurrencyLabel(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_sendButton(new QPushButton(this))
{
    m_concurrency->setObjectName(u"campaignConcurrencySpinBox"_s);
    m_concurrency->setRange(1, Onboarding::BulkRequestFlow::MaxConcurrency);
    m_concurrency->setValue(Onboarding::BulkRequestFlow::DefaultConcurrency);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_sendButton->setObjectName(u"sendChangeRequestsButton"_s);
    m_sendButton->setDefault(true);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_concurrencyLabel);
    sendRow->addWidget(m_concurrency);
    sendRow->addStretch(1);
    sendRow->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_productionNotice);
    layout->addLayout(sendRow);

    connect(m_sendButton, &QPushButton::clicked, this, &CampaignSendSection::sendRequested);
    retranslateUi();
}

void CampaignSendSection::setPlan(int willChange, bool production, bool canSend)
{
    m_willChange = willChange;
    m_production = production;
    m_sendButton->setEnabled(canSend && willChange > 0);
    retranslateUi();
}

int CampaignSendSection::concurrency() const
{
    return m_concurrency->value();
}

void CampaignSendSection::changeEvent(QEvent *event)
{
    // The locale writes the count on the Send button.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CampaignSendSection::retranslateUi()
{
    m_concurrencyLabel->setText(tr("Send to &how many at the same time:"));
    m_concurrency->setAccessibleName(tr("How many change requests are sent at the same time"));
    // Shown only in production, under the plan: real customers are asked.
    Labels::showNotice(m_productionNotice,
        m_production
            ? tr("This is PRODUCTION: real customers are asked to approve the changes. You are asked "
                 "to confirm first.")
            : QString(),
        u"error"_s);
    const int count = m_willChange;
    m_sendButton->setText(m_production
            ? tr("Se&nd %1 change request(s) in production…", nullptr, count).arg(locale().toString(count))
            : tr("Se&nd %1 change request(s)", nullptr, count).arg(locale().toString(count)));
    m_sendButton->setAccessibleName(QString(m_sendButton->text()).remove(u'&'));
    m_sendButton->setToolTip(count > 0 ? tr("Each customer gets a change request to approve; the system user "
                                            "keeps working meanwhile.")
                                       : tr("No system user needs a change."));
}
