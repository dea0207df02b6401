#include "person/PersonIntroSection.h"

#include "common/Labels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PersonIntroSection::PersonIntroSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(Labels::text(u"personIntroText"_s, this))
    , m_comparisonButton(new QPushButton(this))
{
    setObjectName(u"personIntroSection"_s);
    m_heading->setObjectName(u"personHeading"_s);
    m_heading->setProperty("role", u"heading"_s);
    m_heading->setWordWrap(true);
    m_comparisonButton->setObjectName(u"pathComparisonButton"_s);
    // Looks like a link (it opens an explanation, it does not act), but is a button for the keyboard and
    // screen readers. Underlined: the link colour alone would not say it.
    m_comparisonButton->setFlat(true);
    m_comparisonButton->setCursor(Qt::PointingHandCursor);
    QFont font = m_comparisonButton->font();
    font.setUnderline(true);
    m_comparisonButton->setFont(font);
    applyLinkColour();

    auto *linkRow = new QHBoxLayout;
    linkRow->setContentsMargins(0, 0, 0, 0);
    linkRow->addWidget(m_comparisonButton);
    linkRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addLayout(linkRow);

    connect(m_comparisonButton, &QPushButton::clicked, this, &PersonIntroSection::comparisonRequested);
    retranslateUi();
}

void PersonIntroSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyLinkColour(); // a dark palette has another link colour
    QWidget::changeEvent(event);
}

void PersonIntroSection::applyLinkColour()
{
    const QColor link = palette().color(QPalette::Link);
    QPalette palette = m_comparisonButton->palette();
    if (palette.color(QPalette::ButtonText) == link)
        return;
    palette.setColor(QPalette::ButtonText, link);
    m_comparisonButton->setPalette(palette);
}

void PersonIntroSection::retranslateUi()
{
    m_heading->setText(tr("Log in as a person (ID-porten)"));
    m_text->setText(tr("When a person uses your system, they can log in at ID-porten and your system acts "
                       "for an organisation with their token — no system user needed. Try it here, and "
                       "compare it with the system user your system uses when nobody is there."));
    m_comparisonButton->setText(tr("&Which way fits your system?"));
    m_comparisonButton->setAccessibleName(tr("Which way fits your system? Opens a comparison."));
}
