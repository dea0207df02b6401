#pragma once

#include "altinn/ErrorExplainer.h"
#include "onboarding/SubmitChangeRequestFlow.h"
#include "onboarding/SubmitRequestFlow.h"

#include <QWidget>

#include <functional>

class LinkField;
class OperationStatus;
class QFrame;
class QLabel;
class QPushButton;

/**
 * Page 5's Send button and what came of sending, in plain words, with a button for each way out: follow
 * an earlier request, delete it and ask again, ask for more rights with a change request, check the
 * organisation number, the system definition or the connection. A change request's approval link is
 * shown to hand on.
 */
class RequestOutcomeView : public QWidget
{
    Q_OBJECT

public:
    enum class Remedy {
        FollowExisting,
        DeleteAndAskAgain,
        ChangeRequest,
        CheckOrgNumber,
        EditSystem,
        CheckConnection
    };

    explicit RequestOutcomeView(QWidget *parent = nullptr);

    QPushButton *sendButton() const { return m_sendButton; }
    OperationStatus *status() const { return m_status; }
    bool isBusy() const;

    /// The outcome of a request; @p retry sends again where that is the way out.
    void showOutcome(const Onboarding::SubmitRequestFlow::Outcome &outcome, std::function<void()> retry);
    void showChangeOutcome(
        const Onboarding::SubmitChangeRequestFlow::Outcome &outcome, std::function<void()> retry);
    /// @p explanation as an error, with the remedy buttons its action calls for.
    void showFailure(
        const Altinn::Explanation &explanation, Altinn::RequestKind kind, std::function<void()> retry);
    void showRemedies(const QList<Remedy> &remedies);
    void clear();
    /// Send says what it sends: a request, or a change request.
    void setChangeMode(bool changeMode);

Q_SIGNALS:
    void remedyChosen(RequestOutcomeView::Remedy remedy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool m_changeMode = false;
    QPushButton *remedyButton(Remedy remedy) const;

    QPushButton *m_sendButton;
    OperationStatus *m_status;
    QList<std::pair<Remedy, QPushButton *>> m_remedyButtons;
    QFrame *m_changeLinkFrame;
    QLabel *m_changeLinkLabel;
    LinkField *m_changeLink;
};
