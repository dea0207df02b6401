#pragma once

#include "onboarding/IdPortenLoginFlow.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class OperationStatus;
class OrgNumberField;
class PersonClaimsTable;
class QLabel;
class QLineEdit;
class QPushButton;
class WizardContext;

/**
 * "Log in" on the person screen: the app (org/app) and the organisation to act for, and "Log in with
 * ID-porten…", which runs Onboarding::IdPortenLoginFlow on the current session with the system browser
 * (QDesktopServices, settable for tests). While the browser is open it offers Copy link and Cancel; then it
 * shows who logged in (the national identity number — the token carries no name — masked in presenter
 * mode) and the token's claims explained, or what went wrong and what to do. The access token stays here,
 * in memory, until another login, a new session or the section goes.
 */
class PersonLoginSection : public QWidget
{
    Q_OBJECT

public:
    explicit PersonLoginSection(WizardContext *context, QWidget *parent = nullptr);
    ~PersonLoginSection() override;

    void setBrowserOpener(Onboarding::IdPortenLoginFlow::BrowserOpener opener);

    /// What the login button does.
    void login();
    void cancel();
    bool isBusy() const { return m_flow && m_flow->isBusy(); }
    bool isLoggedIn() const { return !m_accessToken.isEmpty(); }

    /// The app as owner and name ("brg", "aarsregnskap-vanlig-202406"); nullopt when the field is not that.
    std::optional<std::pair<QString, QString>> app() const;
    QString appText() const;
    /// The organisation to act for, as typed without spaces (check it with Validation::OrgNumber).
    QString ownerOrgNo() const;
    /// The person's access token, in memory only; empty when nobody is logged in.
    QByteArray accessToken() const { return m_accessToken; }
    /// The person's national identity number (pid claim); empty when nobody is logged in.
    QString pid() const { return m_pid; }
    QStringList grantedScopes() const { return m_grantedScopes; }
    /// The last outcome, without its token.
    std::optional<Onboarding::IdPortenLoginFlow::Outcome> lastOutcome() const { return m_lastOutcome; }

    OperationStatus *status() const { return m_status; }
    QPushButton *loginButton() const { return m_loginButton; }
    QPushButton *copyLinkButton() const { return m_copyLinkButton; }
    PersonClaimsTable *claimsTable() const { return m_claims; }
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    /// Someone logged in, or the login was forgotten (new session, new login started).
    void loginChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void renderWho();
    void fillDefaults();
    void forgetSession();
    void forgetLogin();
    void stepChanged(Onboarding::IdPortenLoginFlow::Step step);
    void finished(const Onboarding::IdPortenLoginFlow::Outcome &outcome);
    void copyLink();

    WizardContext *m_context;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_appLabel;
    QLineEdit *m_appEdit;
    QLabel *m_orgLabel;
    OrgNumberField *m_orgField;
    QPushButton *m_loginButton;
    QPushButton *m_copyLinkButton;
    QLabel *m_copyMessage;
    OperationStatus *m_status;
    QLabel *m_who;
    PersonClaimsTable *m_claims;
    Onboarding::IdPortenLoginFlow::BrowserOpener m_opener;
    QPointer<Onboarding::IdPortenLoginFlow> m_flow; ///< on the current session
    bool m_orgEdited = false; ///< the user typed a number: no default replaces it
    QByteArray m_accessToken;
    QString m_pid;
    QStringList m_grantedScopes;
    std::optional<Onboarding::IdPortenLoginFlow::Outcome> m_lastOutcome;
};
