#pragma once

#include "altinn/ErrorExplainer.h"
#include "onboarding/SystemUserTokenTestFlow.h"

#include <QPointer>
#include <QWizardPage>

class ApiCallPanel;
class AppInstanceSection;
class OnboardingState;
class QLabel;
class QScrollArea;
class TokenCustomerLoader;
class TokenCustomerPicker;
class TokenDiagnosisPanel;
class TokenRequestSection;
class TokenViewSection;
class WizardContext;

/**
 * Page 7, Test authentication: picks an approved customer (a system user of the system;
 * TokenCustomerPicker), asks Maskinporten for a system user token the way the vendor's system will
 * (TokenRequestSection, Onboarding::SystemUserTokenTestFlow), and shows its decoded claims with what each one
 * means and a countdown to expiry (TokenViewSection). The token itself is never shown; it can be copied (with
 * a warning) and used for an optional API call the user types (ApiCallPanel). A failure is explained; on
 * MP-303 the cause the flow found is shown (TokenDiagnosisPanel). Records the outcome (never the token)
 * in OnboardingState.
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
    /// The customer (and external reference) a token would be asked for.
    QString currentCustomerOrgNo() const;
    QString currentExternalRef() const;
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

private:
    void retranslateUi();
    void sessionChanged();
    /// Scrolls the page so that @p widget is in view (once the layout has placed it).
    void scrollIntoView(QWidget *widget);

    QString systemId() const;
    /// The resource ids of the system's rights (published, else the draft's).
    QStringList systemRightIds() const;
    QString defaultScopes() const;

    void getToken();
    void tokenFinished(const Onboarding::SystemUserTokenTestFlow::Outcome &outcome);
    void clearResult();

    WizardContext *m_context;
    OnboardingState *m_state;
    QScrollArea *m_scrollArea;
    QLabel *m_introLabel;

    TokenCustomerPicker *m_picker;
    TokenRequestSection *m_request;
    TokenViewSection *m_tokenView;
    TokenDiagnosisPanel *m_diagnosisPanel;
    ApiCallPanel *m_apiCallPanel;
    AppInstanceSection *m_appSection; ///< sandbox only: create an app instance as the system user

    TokenCustomerLoader *m_customers;
    QString m_preselectedKey; ///< the ledger customer last chosen for the user
    QPointer<Onboarding::SystemUserTokenTestFlow> m_flow; ///< on the current session
    QString m_scopesShownFor; ///< the profile id the scopes field was filled for
};
