#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/SystemUser.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class ApiCallPanel;
class OnboardingState;
class OperationStatus;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class TokenDiagnosisPanel;
class WizardContext;

namespace Altinn {
class ApiOperation;
} // namespace Altinn

/**
 * Page 7, Test authentication: picks an approved customer (a system user of the system), asks
 * Maskinporten for a system user token the way the vendor's system will, and shows its decoded
 * claims with what each one means and a countdown to expiry. The token itself is never shown; it can
 * be copied (with a warning) and used for an optional API call the user types (ApiCallPanel). A
 * failure is explained; on MP-303 the register and the requests are cross-checked and the cause is
 * named (TokenDiagnosisPanel). Records the outcome (never the token) in OnboardingState.
 */
class TestAuthenticationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestAuthenticationPage(
        WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);
    ~TestAuthenticationPage() override;

    void initializePage() override;

    /// Chooses @p orgNo (and the system user with @p externalRef, when given), e.g. from the customers view.
    void selectCustomer(const QString &orgNo, const QString &externalRef = {});
    /// Lists the system users of the system again.
    void reloadCustomers();
    /// Seconds the token on display is still valid; 0 when there is none or it has expired.
    qint64 secondsLeft() const;
    bool isBusy() const;

Q_SIGNALS:
    /// A remedy needs the system definition changed (client id missing, system not registered).
    void editSystemRequested();
    /// A remedy needs a (new) customer request: no system user yet, pending, rejected or deleted.
    void customerRequestRequested();
    /// A remedy is on the Maskinporten page: the client, its key or its scopes.
    void connectionCheckRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// What "Get system user token" asks for.
    struct Target
    {
        QString customerOrgNo;
        QString externalRef;
        QStringList scopes;
    };

    QWidget *buildCustomerSection();
    QWidget *buildResultSection();
    void retranslateUi();
    void sessionChanged();
    /// Scrolls the page so that @p widget is in view (once the layout has placed it).
    void scrollIntoView(QWidget *widget);

    QString systemId() const;
    QString defaultScopes() const;
    void showCustomers();
    QString customerText(const Altinn::SystemUser &systemUser) const;
    void customerChosen(int index);
    void updateCustomerHint();
    void lookUpSandboxNames();

    void getToken();
    void tokenReceived(const Target &target, const QByteArray &token, const QJsonObject &claims);
    void tokenFailed(const Target &target, const Altinn::ApiFailure &failure);
    void showRemedyButton(Altinn::Explanation::Remedy action);
    void showClockSkew();
    void clearResult();
    void showClaims(const QJsonObject &claims);
    void updateCountdown();
    void forgetToken();
    void copyToken();

    WizardContext *m_context;
    OnboardingState *m_state;
    QScrollArea *m_scrollArea;
    QList<QLabel *> m_sectionHeadings;
    QLabel *m_introLabel;

    // Who the token is for
    QLabel *m_customerLabel;
    QComboBox *m_customerComboBox;
    QPushButton *m_refreshButton;
    QLabel *m_customerMessage;
    QPushButton *m_customerHintButton;
    OperationStatus *m_customersStatus;
    QLabel *m_externalRefLabel;
    QLineEdit *m_externalRefEdit;
    QLabel *m_externalRefHint;
    QLabel *m_scopesLabel;
    QLineEdit *m_scopesEdit;
    QLabel *m_scopesHint;
    QPushButton *m_getTokenButton;
    OperationStatus *m_tokenStatus;
    QPushButton *m_remedyButton;
    QLabel *m_clockSkewLabel;

    // The token
    QWidget *m_resultSection;
    QTableWidget *m_claimsTable;
    QLabel *m_countdownLabel;
    QPushButton *m_copyTokenButton;
    QLabel *m_copyWarning;
    TokenDiagnosisPanel *m_diagnosisPanel;
    ApiCallPanel *m_apiCallPanel;

    enum class CustomerHint { None, PublishFirst, AskCustomer };
    CustomerHint m_customerHint = CustomerHint::None;
    QList<Altinn::SystemUser> m_systemUsers;
    QHash<QString, QString> m_names; ///< org number → name, from the sandbox's register
    QString m_listedSystemId; ///< the system m_systemUsers belong to
    QString m_wantedOrgNo; ///< chosen before the list arrived (selectCustomer, the current request)
    QString m_wantedExternalRef;
    QString m_preselectedRequestId; ///< the current request last chosen for the user
    QPointer<Altinn::ApiOperation> m_listing;
    quint64 m_tokenRequest = 0; ///< the token request whose answer still counts; 0 = none running
    quint64 m_nextRequest = 1;
    QString m_scopesShownFor; ///< the profile id the scopes field was filled for

    QByteArray m_token; ///< in memory only while valid; never shown, logged or stored
    bool m_copied = false; ///< m_token was put on the clipboard
    QJsonObject m_claims;
    QTimer m_countdown; ///< the display, every second while the page is visible
    QTimer m_expiry; ///< when the token expires: forget it
};
