#include "wizard/ProductionGuard.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<bool> &scriptedAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
} // namespace

void ProductionGuard::setNextAnswer(std::optional<bool> answer)
{
    scriptedAnswer() = answer;
}

void ProductionGuard::confirm(QWidget *parent, const Altinn::Environment &environment, const QString &action,
    std::function<void(bool confirmed)> done)
{
    if (!environment.isProduction()) {
        done(true);
        return;
    }
    if (const std::optional<bool> answer = std::exchange(scriptedAnswer(), std::nullopt)) {
        done(*answer);
        return;
    }

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change production?"),
        tr("You are about to %1 in PRODUCTION.").arg(action), QMessageBox::NoButton, parent);
    box->setObjectName(u"productionConfirmation"_s);
    box->setInformativeText(
        tr("This changes what real customers see and use. Go ahead only if you have checked it in TT02."));
    QPushButton *proceed = box->addButton(tr("Yes, change production"), QMessageBox::AcceptRole);
    proceed->setObjectName(u"confirmProductionButton"_s);
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(u"cancelProductionButton"_s);
    // Enter must not confirm by accident: the safe answer is the default.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(
        box, &QMessageBox::finished, box, [box, proceed, done] { done(box->clickedButton() == proceed); });
    box->open();
}
