#pragma once

#include "altinn/CustomerMessage.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/RequestStatusPoller.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequestResponse.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <optional>

class OnboardingState;
class OperationStatus;
class QrCodeWidget;
class WizardContext;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSystemTrayIcon;

/**
 * Page 6, the approval hand-off (product.md §5): the current request's approval link (open, copy, QR
 * code), a ready-to-send message for the customer in nb/nn/en, and the request's status, polled while
 * the page is shown (RequestStatusPoller). A change is announced in the page, by a desktop notification
 * where the desktop offers one, and by the window asking for attention. Approved → Next; rejected or
 * too old → delete and ask again on page 5. In the sandbox the presenter can act as the customer.
 */
class ApprovalPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApprovalPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);
    ~ApprovalPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// The request the page follows (the one it was initialised with, updated by polling).
    std::optional<Altinn::SystemUserRequestResponse> request() const { return m_request; }
    /// Polling intervals for the next poller (tests use short ones); applies to the running one too.
    void setPollIntervals(Altinn::RequestStatusPoller::Intervals intervals);
    Altinn::RequestStatusPoller *poller() const { return m_poller; }
    /// The message's language, as CustomerMessage::languageFromCode reads @p code ("nb", "nn", "en").
    void setMessageLanguage(const QString &code);

Q_SIGNALS:
    /// The followed request was deleted (or is gone) so the customer can be asked again on page 5.
    void askAgainRequested(const Altinn::SystemUserRequestResponse &request);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildStatusSection();
    QWidget *buildLinkSection();
    QWidget *buildMessageSection();
    QWidget *buildChangeRequestSection();
    QWidget *buildSandboxSection();
    void retranslateUi();

    void startPolling();
    void stopPolling();
    void showRequest();
    void showStatus();
    void updateCreatedText();
    void statusChanged(Altinn::RequestStatus previous, Altinn::RequestStatus current,
        const Altinn::SystemUserRequestResponse &response);
    void notify(const QString &title, const QString &text);
    void requestGone();

    void loadSystemAndTitles();
    void loadPackageNames(const QString &language);
    void composeMessage();
    Altinn::CustomerMessage::Language messageLanguage() const;

    void copyLink();
    void copyQrImage();
    void saveQrImage();
    void copyMessage();
    void openInEmail();
    void actAsCustomer();
    void approveInSandbox();
    void deleteAndAskAgain();
    void askAgain(const Altinn::SystemUserRequestResponse &request);

    WizardContext *m_context;
    OnboardingState *m_state;

    QList<QLabel *> m_sectionHeadings;
    QLabel *m_noticeLabel;
    QLabel *m_noRequestLabel;
    QWidget *m_requestContent; ///< everything about the request, hidden when there is none
    QLabel *m_customerLabel;
    QLabel *m_statusCaption;
    QLabel *m_statusValue;
    QLabel *m_createdLabel;
    QLabel *m_explanationLabel;
    QLabel *m_timedOutLabel;
    QLabel *m_connectionLabel;
    QPushButton *m_checkNowButton;
    QPushButton *m_askAgainButton;
    OperationStatus *m_pollStatus;
    QLabel *m_linkLabel;
    QLineEdit *m_linkEdit;
    QPushButton *m_openLinkButton;
    QPushButton *m_copyLinkButton;
    QrCodeWidget *m_qrCode;
    QPushButton *m_copyQrButton;
    QPushButton *m_saveQrButton;
    QLabel *m_languageLabel;
    QComboBox *m_languageComboBox;
    QLabel *m_subjectLabel;
    QLineEdit *m_subjectEdit;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_bodyEdit;
    QPushButton *m_copyMessageButton;
    QPushButton *m_emailButton;
    QLabel *m_messageHint;
    QFrame *m_changeFrame;
    QLabel *m_changeLabel;
    QLineEdit *m_changeLinkEdit;
    QPushButton *m_openChangeLinkButton;
    QPushButton *m_copyChangeLinkButton;
    QFrame *m_sandboxFrame;
    QLabel *m_sandboxHint;
    QPushButton *m_actAsCustomerButton;
    QPushButton *m_approveNowButton;
    OperationStatus *m_sandboxStatus;
    OperationStatus *m_actionStatus;

    std::optional<Altinn::SystemUserRequestResponse> m_request;
    QPointer<Altinn::RequestStatusPoller> m_poller;
    std::optional<Altinn::RequestStatusPoller::Intervals> m_intervals;
    QTimer m_clock; ///< refreshes "created … ago"
    QSystemTrayIcon *m_trayIcon = nullptr;
    bool m_connectionTrouble = false;
    bool m_deleted = false;

    std::optional<Altinn::SystemDefinition> m_system;
    QHash<QString, Altinn::LocalizedText> m_titles; ///< resource id or package URN → title per language
    QStringList m_packageLanguagesLoaded;
    bool m_composing = false;
    bool m_messageEdited = false; ///< the user changed the text: do not overwrite it
};
