#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// A clickable card on the home screen: a task's title, a one-line explanation and a start button.
class TaskCard : public QFrame
{
    Q_OBJECT

public:
    explicit TaskCard(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &explanation, const QString &buttonText);
    /// An unavailable card stays visible (so people see what the app will do) but cannot be started.
    void setAvailable(bool available, const QString &unavailableReason = {});
    bool isAvailable() const { return m_available; }

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_titleLabel;
    QLabel *m_explanationLabel;
    QLabel *m_unavailableLabel = nullptr; ///< made when a card is first unavailable with a reason
    QPushButton *m_startButton;
    bool m_available = true;
};
