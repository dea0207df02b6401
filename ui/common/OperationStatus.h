#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

/**
 * One line under a button that starts something slow (key generation, keychain, network): a busy
 * indicator with Cancel while it runs, then the outcome — an error says what to do and offers
 * "Try again". Hidden when there is nothing to say.
 */
class OperationStatus : public QFrame
{
    Q_OBJECT

public:
    enum class State { Idle, Busy, Succeeded, Failed, Information };
    Q_ENUM(State)

    explicit OperationStatus(QWidget *parent = nullptr);

    /// @p cancel, when given, is offered as a Cancel button.
    void showBusy(const QString &text, std::function<void()> cancel = {});
    /// @p retry, when given, is offered as a "Try again" button.
    void showError(const QString &text, std::function<void()> retry = {});
    void showSuccess(const QString &text);
    void showInformation(const QString &text);
    void clear();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Busy; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setState(State state, const QString &text);
    void retranslateUi();

    QProgressBar *m_busyIndicator;
    QLabel *m_textLabel;
    QPushButton *m_retryButton;
    QPushButton *m_cancelButton;
    std::function<void()> m_retry;
    std::function<void()> m_cancel;
    State m_state = State::Idle;
};
