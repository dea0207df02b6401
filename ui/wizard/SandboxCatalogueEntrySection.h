#pragma once

#include "onboarding/SandboxCatalogueImport.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * What the sandbox catalogue dialog's "add one …" sections share: a heading, a form, the message beside the
 * Add button, Add enabled while nothing is being sent and the required fields are filled, Enter in them
 * adding, and typing clearing the last message. A section makes its fields, then calls finishLayout().
 */
class SandboxCatalogueEntrySection : public QWidget
{
    Q_OBJECT

public:
    void setSending(bool sending);

    QPushButton *addButton() const { return m_addButton; }
    QLabel *messageLabel() const { return m_messageLabel; }

Q_SIGNALS:
    /// Add was pressed and the entry is fine: send @p import.
    void sendRequested(const Onboarding::SandboxCatalogueImport &import);

protected:
    /// @p name prefixes the object names of the heading, message and button ("catalogueResource" …).
    SandboxCatalogueEntrySection(const QString &name, QWidget *parent);

    /// Lays out the heading, @p form and the button row; typing in @p required clears the message and
    /// re-checks Add, Enter in them adds.
    void finishLayout(QFormLayout *form, const QList<QLineEdit *> &required);
    /// Checks the entry; emits sendRequested when it may be sent, else shows why not.
    virtual void add() = 0;
    void updateState();

    QLabel *m_heading;
    QLabel *m_messageLabel;
    QPushButton *m_addButton;

private:
    QList<QLineEdit *> m_required;
    bool m_sending = false;
};
