#include "bulk/CampaignPreviewSection.h"

#include "bulk/BulkText.h"
#include "common/Labels.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::ChangeCampaign;

CampaignPreviewSection::CampaignPreviewSection(QWidget *parent)
    : QWidget(parent)
    , m_countsLabel(Labels::text(u"campaignCountsLabel"_s, this))
    , m_approverLabel(Labels::hint(u"campaignApproverLabel"_s, this))
    , m_changesHeading(Labels::heading(u"campaignChangesHeading"_s, this))
    , m_changes(new QTreeWidget(this))
    , m_blockedHeading(Labels::heading(u"campaignBlockedHeading"_s, this))
    , m_blocked(new QTreeWidget(this))
{
    setObjectName(u"campaignPreviewSection"_s);
    QFont bold = m_countsLabel->font();
    bold.setBold(true);
    m_countsLabel->setFont(bold);
    m_countsLabel->setTextFormat(Qt::PlainText);
    for (QTreeWidget *tree : {m_changes, m_blocked}) {
        tree->setColumnCount(2);
        tree->setRootIsDecorated(false);
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
        tree->setAlternatingRowColors(true);
        tree->header()->setSectionResizeMode(QHeaderView::Interactive);
        tree->header()->setStretchLastSection(true);
        tree->setColumnWidth(0, 280);
    }
    m_changes->setObjectName(u"campaignChangesTree"_s);
    m_blocked->setObjectName(u"campaignBlockedTree"_s);
    m_changesHeading->setBuddy(m_changes);
    m_blockedHeading->setBuddy(m_blocked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_approverLabel);
    layout->addWidget(m_changesHeading);
    layout->addWidget(m_changes, 2);
    layout->addWidget(m_blockedHeading);
    layout->addWidget(m_blocked, 1);
    retranslateUi();
}

void CampaignPreviewSection::showPlan(const ChangeCampaign::Plan &plan, const NameOf &nameOf)
{
    m_plan = plan;
    m_nameOf = nameOf;
    fill();
    retranslateUi();
}

void CampaignPreviewSection::clear()
{
    m_plan.reset();
    m_changes->clear();
    m_blocked->clear();
    retranslateUi();
}

void CampaignPreviewSection::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    retranslateUi();
}

QString CampaignPreviewSection::countsText() const
{
    return m_countsLabel->text();
}

void CampaignPreviewSection::fill()
{
    m_changes->clear();
    m_blocked->clear();
    if (!m_plan)
        return;
    const QIcon blockedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon failedIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const ChangeCampaign::CustomerResult &customer : m_plan->customers) {
        const QString who = BulkText::customer(customer.name, customer.orgNo);
        switch (customer.verdict) {
        case ChangeCampaign::Verdict::WillChange: {
            const QString changes = customer.plan.preview(m_nameOf).join(u'\n');
            auto *item = new QTreeWidgetItem(m_changes, {who, changes});
            item->setData(0, Qt::UserRole, customer.key);
            item->setToolTip(1, changes);
            break;
        }
        case ChangeCampaign::Verdict::NothingToChange:
            break;
        case ChangeCampaign::Verdict::CannotChange:
        case ChangeCampaign::Verdict::Failed: {
            const bool failed = customer.verdict == ChangeCampaign::Verdict::Failed;
            QString why = customer.explanation.summary;
            if (!customer.explanation.remedy.isEmpty())
                why += u' ' + customer.explanation.remedy;
            // The words say which: the icon alone would not reach everyone.
            const QString text =
                failed ? tr("Could not be read: %1").arg(why) : tr("Cannot be changed: %1").arg(why);
            auto *item = new QTreeWidgetItem(m_blocked, {who, text});
            item->setIcon(1, failed ? failedIcon : blockedIcon);
            item->setData(0, Qt::UserRole, customer.key);
            item->setToolTip(1, text);
            break;
        }
        }
    }
}

void CampaignPreviewSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CampaignPreviewSection::retranslateUi()
{
    m_changes->setHeaderLabels({tr("Customer"), tr("What changes")});
    m_blocked->setHeaderLabels({tr("Customer"), tr("Why not, and what to do")});
    m_changes->setAccessibleName(tr("Customers whose system user changes, and how"));
    m_blocked->setAccessibleName(tr("Customers who cannot be changed, and why"));
    if (!m_plan) {
        m_countsLabel->setText(tr("Nothing planned yet."));
        m_approverLabel->clear();
        m_approverLabel->hide();
        m_changesHeading->setText(tr("&Will change"));
        m_blockedHeading->setText(tr("Cannot be &changed"));
        return;
    }
    const auto number = [this](int value) {
        return m_locale.toString(value);
    };
    QStringList parts{tr("%1 will change", nullptr, m_plan->willChange).arg(number(m_plan->willChange)),
        tr("%1 need nothing", nullptr, m_plan->nothingToChange).arg(number(m_plan->nothingToChange)),
        tr("%1 cannot be changed", nullptr, m_plan->cannotChange).arg(number(m_plan->cannotChange))};
    if (m_plan->failed > 0)
        parts.append(tr("%1 could not be read", nullptr, m_plan->failed).arg(number(m_plan->failed)));
    QString counts = parts.join(u", "_s) + u'.';
    if (m_plan->notLive > 0)
        counts += u' '
            + tr("%1 customer(s) without a live system user are not part of the campaign.", nullptr,
                m_plan->notLive)
                  .arg(number(m_plan->notLive));
    m_countsLabel->setText(counts);
    m_countsLabel->setAccessibleName(counts);
    m_approverLabel->setText(m_plan->approverNote);
    m_approverLabel->setVisible(!m_plan->approverNote.isEmpty());
    m_changesHeading->setText(tr("&Will change (%1)").arg(number(m_plan->willChange)));
    m_blockedHeading->setText(
        tr("Cannot be &changed (%1)").arg(number(m_plan->cannotChange + m_plan->failed)));
}
