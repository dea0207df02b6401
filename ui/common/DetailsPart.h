#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

/**
 * A collapsed "Details" part under a message: a toggle and, when opened, technical text the user can
 * select and copy for support (the code, the trace id, the server's own answer). Hidden while there
 * are no details; every new text starts collapsed, so the message stays the first thing read.
 */
class DetailsPart : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPart(QWidget *parent = nullptr);

    /// Shows @p details collapsed; hides the whole part when @p details is empty.
    void setDetails(const QString &details);
    QString details() const;

    bool isExpanded() const;
    void setExpanded(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// The details as shown: trace ids and other identifiers masked in presenter mode (ScreenMasking).
    void showText();

    QToolButton *m_toggle;
    QLabel *m_text;
    QString m_details;
};
