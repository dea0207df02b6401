#pragma once

#include <QWidget>

class CustomersView;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * "Check a customer's system user" from the home screen: the customers view for the current profile's
 * system (the one published in this run, else the one being edited), or a way to set the system up
 * first when there is none yet.
 */
class CustomersScreen : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersScreen(WizardContext *context, QWidget *parent = nullptr);

    /// Shows the customers of the current profile's system (WizardContext::setSystemId).
    void refresh();
    CustomersView *view() const { return m_view; }
    /// The system shown; empty when the profile has none yet.
    QString systemId() const { return m_systemId; }

Q_SIGNALS:
    /// No system yet: the user wants to set it up.
    void setUpSystemRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString currentSystemId() const;

    WizardContext *m_context;
    QLabel *m_headingLabel;
    QLabel *m_systemLabel;
    QPushButton *m_setUpButton;
    CustomersView *m_view;
    QString m_systemId;
};
