#include "wizard/NextStepsSection.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

NextStepsSection::NextStepsSection(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"nextStepsSection"_s);
    m_label->setObjectName(u"nextStepsLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    render();
}

void NextStepsSection::setSteps(const QStringList &steps)
{
    m_steps = steps;
    render();
}

void NextStepsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void NextStepsSection::render()
{
    QString text = u"<b>"_s + tr("Next steps").toHtmlEscaped() + u"</b><ol style=\"margin-top:2px\">"_s;
    for (const QString &step : m_steps)
        text += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
    m_label->setText(text + u"</ol>"_s);
    m_label->setAccessibleName(tr("Next steps: %1").arg(m_steps.join(u' ')));
}
