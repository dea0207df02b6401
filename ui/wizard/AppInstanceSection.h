#pragma once

#include "onboarding/AppInstanceFlow.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class OperationStatus;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * "Create an instance of brg/… for this customer" on the Test authentication page, in a sandbox only
 * (built in, or a local systemuser-sandbox): the last step of the vendor's system in one click. Runs
 * Onboarding::AppInstanceFlow (system user token, then the app's instances/create) against the sandbox's
 * simulated app and shows the new instance, or why the app refused — typically the right the system user
 * lacks, with a button to the change request. The app offered is chosen from the system's rights
 * (AppInstanceFlow::suggestedApp). Busy, cancel and retry through OperationStatus.
 */
class AppInstanceSection : public QWidget
{
    Q_OBJECT

public:
    /// Who and how, asked at the click (the page's customer picker and scopes).
    struct Input
    {
        QString customerOrgNo;
        QString externalRef;
        QStringList scopes;
        QString systemId;
    };
    using InputSource = std::function<Input()>;

    explicit AppInstanceSection(WizardContext *context, QWidget *parent = nullptr);
    ~AppInstanceSection() override;

    void setInputSource(InputSource source) { m_inputSource = std::move(source); }
    /// The resource ids of the system's rights: the app offered is chosen among them.
    void setSystemRights(const QStringList &resourceIds);
    /// "brg/aarsregnskap-vanlig-202406": the app the button creates an instance of.
    QString appId() const;

    /// What the button does.
    void create();
    void cancel();
    bool isBusy() const { return m_flow && m_flow->isBusy(); }

    OperationStatus *status() const { return m_status; }
    QPushButton *createButton() const { return m_createButton; }
    /// The id of the instance on display ("{partyId}/{guid}"); empty when there is none.
    QString instanceId() const { return m_instanceId; }
    /// The last outcome (for the page and tests).
    std::optional<Onboarding::AppInstanceFlow::Outcome> lastOutcome() const { return m_lastOutcome; }

    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    /// The remedy is a (change) request to the customer: the customer request page.
    void customerRequestRequested();
    /// @p widget just appeared: the page should scroll it into view.
    void scrollRequested(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateVisibility();
    void forgetSession();
    void finished(const Onboarding::AppInstanceFlow::Outcome &outcome);
    void clearResult();

    WizardContext *m_context;
    InputSource m_inputSource;
    QString m_org;
    QString m_app;
    QLabel *m_heading;
    QLabel *m_intro;
    QPushButton *m_createButton;
    OperationStatus *m_status;
    QLabel *m_result;
    QPushButton *m_remedyButton;
    QPointer<Onboarding::AppInstanceFlow> m_flow; ///< on the current session
    QString m_instanceId;
    std::optional<Onboarding::AppInstanceFlow::Outcome> m_lastOutcome;
};
