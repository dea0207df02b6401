#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class WizardContext;

/**
 * The Maskinporten page's "Client" section: the client id, checked as it is typed (a UUID) and saved
 * to the profile as soon as it is whole. In the sandbox it may stay empty: registering makes the client.
 */
class MaskinportenClientPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MaskinportenClientPanel(WizardContext *context, QWidget *parent = nullptr);

    /// Shows the profile's client id (unless one is being typed) and what to do about it.
    void refresh();
    /// While the sandbox registers the client, the id is not to be edited.
    void setReadOnly(bool readOnly);
    QLineEdit *clientIdEdit() const { return m_clientIdEdit; }

Q_SIGNALS:
    /// What was typed changed whether the page can go on.
    void completeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void edited(const QString &text);
    void updateMessage(bool finishedEditing = false);

    WizardContext *m_context;
    QLabel *m_heading;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientIdEdit;
    QLabel *m_clientIdMessage;
};
