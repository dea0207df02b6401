#include "common/RemedyBar.h"

#include "common/DetailsPart.h"
#include "common/Labels.h"
#include "common/StaleMessageGuard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RemedyBar::RemedyBar(QWidget *parent)
    : QFrame(parent)
    , m_summaryLabel(Labels::text(u"remedySummary"_s, this))
    , m_remedyLabel(Labels::text(u"remedyText"_s, this))
    , m_details(new DetailsPart(this))
    , m_actionButton(new QPushButton(this))
{
    setProperty("role", u"banner"_s);
    Labels::setStyleProperty(this, "severity", u"error"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_remedyLabel->setTextFormat(Qt::PlainText);
    m_actionButton->setObjectName(u"remedyActionButton"_s);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_summaryLabel);
    texts->addWidget(m_remedyLabel);
    texts->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);

    connect(m_actionButton, &QPushButton::clicked, this, &RemedyBar::actionTriggered);
    clear();
}

void RemedyBar::showExplanation(
    const Altinn::Explanation &explanation, const QString &lead, const QString &actionText)
{
    m_explanation = explanation;
    m_shown = true;
    m_shownIn = StaleMessageGuard::currentLanguageTag();
    m_summaryLabel->setText(lead.isEmpty() ? explanation.summary : lead + u' ' + explanation.summary);
    m_remedyLabel->setText(explanation.remedy);
    m_remedyLabel->setVisible(!explanation.remedy.isEmpty());
    m_details->setDetails(explanation.details());
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(QString(actionText).remove(u'&'));
    m_actionButton->setVisible(!actionText.isEmpty());
    setAccessibleName(text());
    show();
}

void RemedyBar::clear()
{
    m_explanation = {};
    m_shown = false;
    m_summaryLabel->clear();
    m_remedyLabel->clear();
    m_details->setDetails({});
    m_actionButton->hide();
    hide();
}

void RemedyBar::changeEvent(QEvent *event)
{
    // An explanation is written in one language and cannot be rendered again without its failure.
    if (event->type() == QEvent::LanguageChange && m_shown
        && m_shownIn != StaleMessageGuard::currentLanguageTag())
        clear();
    QFrame::changeEvent(event);
}

QString RemedyBar::text() const
{
    if (!m_shown)
        return {};
    return m_remedyLabel->text().isEmpty() ? m_summaryLabel->text()
                                           : m_summaryLabel->text() + u' ' + m_remedyLabel->text();
}
