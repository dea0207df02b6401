#pragma once

#include "altinn/ErrorExplainer.h"

#include <QFrame>

#include <functional>

class DetailsPart;
class QLabel;
class QProgressBar;
class QPushButton;

/**
 * One line under a button that starts something slow (key generation, keychain, network): a busy
 * indicator with Cancel while it runs, then the outcome — an error says what to do and offers
 * "Try again"; its technical details (code, trace id, the server's answer) wait in a collapsed
 * "Details" part. Hidden when there is nothing to say.
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
    /// @p retry, when given, is offered as a "Try again" button; @p details go in the collapsed part.
    void showError(const QString &text, std::function<void()> retry = {}, const QString &details = {});
    /// An explanation's message, with its code, trace id and server message as details.
    void showExplanation(const Altinn::Explanation &explanation, std::function<void()> retry = {});
    void showSuccess(const QString &text);
    void showInformation(const QString &text);
    /// Texts written again on a language switch: @p text is called now and on QEvent::LanguageChange.
    /// (A text given as a QString is cleared on a switch instead: it cannot be re-rendered.) Give the
    /// lambda a `-> QString` return type: with QStringBuilder a deduced one dangles.
    void showSuccess(std::function<QString()> text);
    void showInformation(std::function<QString()> text);
    void clear();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Busy; }
    QString text() const;
    /// The details shown under the text (collapsed); empty when there are none.
    QString details() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setState(State state, const QString &text);
    void retranslateUi();

    QProgressBar *m_busyIndicator;
    QLabel *m_textLabel;
    DetailsPart *m_details;
    QPushButton *m_retryButton;
    QPushButton *m_cancelButton;
    std::function<void()> m_retry;
    std::function<void()> m_cancel;
    std::function<QString()> m_render; ///< writes the text again in the new language, when given
    State m_state = State::Idle;
    QString m_shownIn; ///< StaleMessageGuard::currentLanguageTag() when the text was set
};
