#pragma once

#include "onboarding/PersonAppInstanceFlow.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class OperationStatus;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * "Act as the person" on the person screen: "Create an instance as this person" runs
 * Onboarding::PersonAppInstanceFlow (the ID-porten token exchanged for an Altinn token, then the app's
 * instances/create for the organisation) and shows the instance — id, owner, created — or the app's refusal
 * in plain words (no role at the organisation, a scope missing). Like page 7's AppInstanceSection, only on
 * a sandbox: a real app would create a real instance. Busy, cancel and retry through OperationStatus.
 */
class PersonInstanceSection : public QWidget
{
    Q_OBJECT

public:
    /// What to create and with which token, asked at the click (the login section's fields).
    struct Input
    {
        QString org;
        QString app;
        QString ownerOrgNo;
        QByteArray idportenAccessToken;
    };
    using InputSource = std::function<Input()>;

    explicit PersonInstanceSection(WizardContext *context, QWidget *parent = nullptr);
    ~PersonInstanceSection() override;

    void setInputSource(InputSource source) { m_inputSource = std::move(source); }
    /// Someone logged in (the button can be used) or not.
    void setLoggedIn(bool loggedIn);

    /// What the button does.
    void create();
    void cancel();
    bool isBusy() const { return m_flow && m_flow->isBusy(); }

    OperationStatus *status() const { return m_status; }
    QPushButton *createButton() const { return m_createButton; }
    QString instanceId() const { return m_instanceId; }
    std::optional<Onboarding::PersonAppInstanceFlow::Outcome> lastOutcome() const { return m_lastOutcome; }
    /// The refusal or outcome in plain words (also what the status shows).
    static QString describe(const Onboarding::PersonAppInstanceFlow::Outcome &outcome, bool sandbox);

Q_SIGNALS:
    void finished(const Onboarding::PersonAppInstanceFlow::Outcome &outcome);
    /// @p widget just appeared: the screen should scroll it into view.
    void scrollRequested(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAvailability();
    void forgetSession();
    void clearResult();
    void flowFinished(const Onboarding::PersonAppInstanceFlow::Outcome &outcome);

    WizardContext *m_context;
    InputSource m_inputSource;
    QLabel *m_heading;
    QLabel *m_intro;
    QPushButton *m_createButton;
    QLabel *m_availability;
    OperationStatus *m_status;
    QLabel *m_result;
    QPointer<Onboarding::PersonAppInstanceFlow> m_flow; ///< on the current session
    bool m_loggedIn = false;
    QString m_instanceId;
    std::optional<Onboarding::PersonAppInstanceFlow::Outcome> m_lastOutcome;
};
