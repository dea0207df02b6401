#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

/**
 * The change campaign's send step (ChangeCampaignDialog): how many change requests go out at the same time,
 * the Send button with the number that will change, and in production the warning that real customers are
 * asked.
 */
class CampaignSendSection : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignSendSection(QWidget *parent = nullptr);

    /// @p willChange system users get a change request; @p production: the profile works in production;
    /// @p canSend: the plan is shown and its session and customer list are still there.
    void setPlan(int willChange, bool production, bool canSend);
    int concurrency() const;

    QPushButton *sendButton() const { return m_sendButton; }
    QSpinBox *concurrencySpinBox() const { return m_concurrency; }

Q_SIGNALS:
    void sendRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_productionNotice;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrency;
    QPushButton *m_sendButton;
    int m_willChange = 0;
    bool m_production = false;
};
