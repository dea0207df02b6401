#pragma once

#include "onboarding/AppInstanceFlow.h"
#include "onboarding/PersonAppInstanceFlow.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class OperationStatus;
class QGridLayout;
class QLabel;
class QPushButton;
class WizardContext;

/**
 * The two paths side by side on the person screen: "The same with a system user" runs
 * Onboarding::AppInstanceFlow for the same app and organisation with the profile's system user for that
 * customer (the one page 7 tests), and two columns — as a person (ID-porten) and as a system user
 * (Maskinporten) — say who acted, with which token and scopes, who approved, and the instance created (or
 * why not). A missing system user is explained as on page 7. Only on a sandbox, like the person's instance.
 */
class PathSideBySideSection : public QWidget
{
    Q_OBJECT

public:
    /// The app and organisation, asked at the click (the login section's fields).
    struct Input
    {
        QString org;
        QString app;
        QString ownerOrgNo;
    };
    using InputSource = std::function<Input()>;

    enum Row { WhoActed, TokenKind, Scopes, WhoApproved, InstanceCreated, RowCount };
    enum Column { PersonColumn, SystemUserColumn };

    explicit PathSideBySideSection(WizardContext *context, QWidget *parent = nullptr);
    ~PathSideBySideSection() override;

    void setInputSource(InputSource source) { m_inputSource = std::move(source); }
    /// The person column: who logged in (empty @p pid: nobody) and the scopes ID-porten granted.
    void setPersonLogin(const QString &pid, const QStringList &scopes);
    void setPersonOutcome(const std::optional<Onboarding::PersonAppInstanceFlow::Outcome> &outcome);

    /// What the button does.
    void runSystemUser();
    void cancel();
    bool isBusy() const { return m_flow && m_flow->isBusy(); }

    QPushButton *runButton() const { return m_runButton; }
    OperationStatus *status() const { return m_status; }
    /// The text of a cell as shown.
    QString cellText(Row row, Column column) const;
    std::optional<Onboarding::AppInstanceFlow::Outcome> lastOutcome() const { return m_systemUserOutcome; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Cell
    {
        QLabel *label = nullptr;
        QString text;
        bool masked = false; ///< identifies someone: masked in presenter mode
    };

    void retranslateUi();
    void updateAvailability();
    void forgetSession();
    void setCell(Row row, Column column, const QString &text, bool masked = false);
    void renderCells();
    void fillPerson();
    void fillSystemUser();
    void flowFinished(const Onboarding::AppInstanceFlow::Outcome &outcome);

    WizardContext *m_context;
    InputSource m_inputSource;
    QLabel *m_heading;
    QLabel *m_intro;
    QPushButton *m_runButton;
    QLabel *m_availability;
    OperationStatus *m_status;
    QGridLayout *m_grid;
    QLabel *m_personHeading;
    QLabel *m_systemUserHeading;
    QList<QLabel *> m_rowLabels;
    Cell m_cells[RowCount][2];
    QPointer<Onboarding::AppInstanceFlow> m_flow; ///< on the current session
    QString m_pid;
    QStringList m_personScopes;
    std::optional<Onboarding::PersonAppInstanceFlow::Outcome> m_personOutcome;
    std::optional<Onboarding::AppInstanceFlow::Outcome> m_systemUserOutcome;
};
