#include "wizard/ProductionBand.h"

#include "wizard/WizardContext.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

ProductionBand::ProductionBand(WizardContext *context, QWidget *parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(u"productionBand"_s);
    setProperty("role", u"productionBand"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    connect(m_context, &WizardContext::profileChanged, this, &ProductionBand::followContext);
    retranslateUi();
    followContext();
}

void ProductionBand::followContext()
{
    setVisible(m_context->isProduction());
}

void ProductionBand::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void ProductionBand::retranslateUi()
{
    setText(tr("PRODUCTION — changes affect real customers"));
    setAccessibleName(text());
    setToolTip(tr("This profile works in Altinn's production environment. Every change is asked for "
                  "confirmation before it is sent."));
}
