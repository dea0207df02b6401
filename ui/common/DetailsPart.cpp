#include "common/DetailsPart.h"

#include "common/ScreenMasking.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DetailsPart::DetailsPart(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QLabel(this))
{
    m_toggle->setObjectName(u"detailsToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_text->setObjectName(u"detailsText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    // Selectable by keyboard too: the trace id and the server's answer are for pasting into a support case.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_text->setVisible(expanded);
    });
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &DetailsPart::showText);
    retranslateUi();
    setDetails({});
}

void DetailsPart::showText()
{
    const QString shown = ScreenMasking::instance()->maskText(m_details);
    m_text->setText(shown);
    m_text->setAccessibleName(shown);
    m_text->setToolTip(shown == m_details ? QString() : ScreenMasking::maskedNote());
}

void DetailsPart::setDetails(const QString &details)
{
    m_details = details;
    showText();
    setExpanded(false);
    m_toggle->setArrowType(Qt::RightArrow);
    m_text->hide();
    setVisible(!details.isEmpty());
}

QString DetailsPart::details() const
{
    return m_details;
}

bool DetailsPart::isExpanded() const
{
    return m_toggle->isChecked();
}

void DetailsPart::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

void DetailsPart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DetailsPart::retranslateUi()
{
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Show the details"));
    m_toggle->setToolTip(tr("The code, the trace id and the server's own answer, for support."));
}
