#pragma once

#include "session/ConnectionCheck.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class OperationStatus;
class QLabel;
class QPushButton;
class QVBoxLayout;
class WizardContext;

/**
 * "Check connection": one ✓ or ✗ per Altinn vendor scope, each failure with its plain-language
 * explanation and next step, and a warning when this computer's clock is off. Runs ConnectionCheck
 * on the current profile's session.
 */
class ConnectionCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionCheckPanel(WizardContext *context, QWidget *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// The last finished check's result, if any.
    std::optional<ConnectionCheck::Result> lastResult() const { return m_lastResult; }
    /// The "Check connection" button (for the page's tab order).
    QPushButton *checkButton() const { return m_checkButton; }
    /// Forgets shown results (e.g. when the key or client changed).
    void reset();

Q_SIGNALS:
    void runningChanged(bool running);
    void checked(bool allOk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showScope(const ConnectionCheck::ScopeResult &result);
    void finished(const ConnectionCheck::Result &result);
    void retranslateUi();

    WizardContext *m_context;
    QLabel *m_introLabel;
    QPushButton *m_checkButton;
    QWidget *m_results;
    QVBoxLayout *m_resultsLayout;
    QLabel *m_clockSkewLabel;
    OperationStatus *m_status;
    QPointer<ConnectionCheck> m_check;
    std::optional<ConnectionCheck::Result> m_lastResult;
    int m_timeoutMs = ConnectionCheck::DefaultTimeoutMs;
};
