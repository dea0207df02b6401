#pragma once

#include <QString>

class QLabel;
class QWidget;

/**
 * The labels the wizard pages build again and again, styled by their "role" in the application
 * style sheet: section headings, hints, field messages and notices. Set a message's text through
 * showMessage()/showNotice() so the label hides when there is nothing to say and is restyled.
 */
namespace Labels {

/// A section heading (role "sectionHeading").
QLabel *heading(const QString &objectName, QWidget *parent);
/// Plain, wrapped text the user can select (e.g. to paste into a support case).
QLabel *text(const QString &objectName, QWidget *parent);
/// A wrapped, selectable explanation in the quieter hint style (role "hint").
QLabel *hint(const QString &objectName, QWidget *parent);
/// A wrapped message under a field (role "fieldMessage"), hidden until showMessage() gives it a text.
QLabel *fieldMessage(const QString &objectName, QWidget *parent);
/// A notice above the content (role "inlineMessage"), hidden until showNotice() gives it a text.
QLabel *notice(const QString &objectName, QWidget *parent);

/// Sets @p property and restyles @p widget: the style sheet only sees a new value after a repolish.
void setStyleProperty(QWidget *widget, const char *property, const QString &value);
/// A field message of @p kind ("hint", "ok", "warning", "error"); hidden when @p text is empty.
void showMessage(QLabel *label, const QString &text, const QString &kind);
/// A notice of @p severity ("info", "success", "error"); hidden when @p text is empty.
void showNotice(QLabel *label, const QString &text, const QString &severity);

} // namespace Labels
