#include "common/Question.h"

#include <QMessageBox>
#include <QPushButton>

namespace Question {

void ask(
    QMessageBox *box, QPushButton *safe, QObject *context, std::function<void(QAbstractButton *)> answered)
{
    box->setDefaultButton(safe);
    box->setEscapeButton(safe);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, context,
        [box, answered = std::move(answered)] { answered(box->clickedButton()); });
    box->open();
}

} // namespace Question
