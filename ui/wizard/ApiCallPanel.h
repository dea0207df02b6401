#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <functional>

class OperationStatus;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class WizardContext;

namespace Altinn {
class ApiOperation;
class ApiProbe;
struct ApiResponse;
} // namespace Altinn

/**
 * "Call an API" on the Test authentication page, collapsed until opened: a method, the address the
 * user types and a body; sends them with the system user token as the bearer (through
 * Altinn::ApiProbe, which refuses what must not be sent) and shows the status, headers and body of
 * the answer. Writes (POST, PUT, DELETE) ask first in production. Never shows the token.
 */
class ApiCallPanel : public QWidget
{
    Q_OBJECT

public:
    /// The token to send: empty when there is none (or it has expired).
    using TokenSource = std::function<QByteArray()>;

    explicit ApiCallPanel(WizardContext *context, QWidget *parent = nullptr);
    ~ApiCallPanel() override;

    void setTokenSource(TokenSource source) { m_tokenSource = std::move(source); }
    void setOpen(bool open);
    bool isOpen() const;
    bool isBusy() const { return !m_call.isNull(); }
    /// Sends what is filled in (what "Send" does).
    void send();
    void cancel();

    /// The first and last widgets a keyboard user reaches, for the page's tab order.
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    /// @p widget just appeared (the opened section, an answer): the page should scroll it into view.
    void scrollRequested(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void methodChanged();
    void sendNow(const QByteArray &method, const QUrl &url, const QByteArray &body);
    void showAnswer(const Altinn::ApiResponse &response);
    void forgetSession();

    WizardContext *m_context;
    TokenSource m_tokenSource;
    QToolButton *m_toggle;
    QWidget *m_section;
    QLabel *m_intro;
    QLabel *m_methodLabel;
    QComboBox *m_methodComboBox;
    QLabel *m_urlLabel;
    QLineEdit *m_urlEdit;
    QPushButton *m_sendButton;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_bodyEdit;
    OperationStatus *m_status;
    QWidget *m_answerBox;
    QLabel *m_answerStatusLabel;
    QLabel *m_headersLabel;
    QPlainTextEdit *m_headersView;
    QLabel *m_answerBodyLabel;
    QPlainTextEdit *m_answerBodyView;

    Altinn::ApiProbe *m_probe = nullptr; ///< on the current session's transport; made on first use
    QPointer<Altinn::ApiOperation> m_call;
};
