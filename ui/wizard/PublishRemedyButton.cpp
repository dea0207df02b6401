#include "wizard/PublishRemedyButton.h"

using namespace Qt::Literals::StringLiterals;
using Remedy = Altinn::Explanation::Remedy;

PublishRemedyButton::PublishRemedyButton(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(u"remedyButton"_s);
    hide();
}

void PublishRemedyButton::setRemedy(Remedy remedy, bool hasFindings)
{
    m_remedy = remedy;
    switch (remedy) {
    case Remedy::CheckConnection:
        setText(tr("Check the &connection"));
        setAccessibleName(tr("Go to the Maskinporten page to check the connection"));
        show();
        break;
    case Remedy::FixInput:
    case Remedy::UpdateSystem:
        setText(tr("&Fix on the system page"));
        setAccessibleName(tr("Go back to the system page to fix the definition"));
        setVisible(!hasFindings);
        break;
    default:
        hide();
        break;
    }
}
