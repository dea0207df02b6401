#pragma once

#include <functional>

class QAbstractButton;
class QMessageBox;
class QObject;
class QPushButton;

namespace Question {

/**
 * Opens @p box (its buttons added) window-modal, with @p safe, the choice that changes nothing, as its
 * default and as what Escape presses. Once it closes, @p answered gets the button pressed (while @p context
 * lives); the box deletes itself.
 */
void ask(
    QMessageBox *box, QPushButton *safe, QObject *context, std::function<void(QAbstractButton *)> answered);

} // namespace Question
