#pragma once

#include "altinn/ErrorExplainer.h"
#include "model/SystemUserRequestResponse.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QWidget>

#include <optional>

class OperationStatus;
class QLabel;
class QPushButton;
class RemedyBar;

/**
 * Page 6's status section: who was asked, the request's status and what it means, when it was sent,
 * trouble reaching Altinn, "Check now" and "Delete and ask again". It only shows what it is given and
 * reports clicks: following the status is the page's job.
 */
namespace Onboarding {
class StatusFollower;
}

class ApprovalStatusSection : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalStatusSection(QWidget *parent = nullptr);

    /// The request as last known; @p customerName may be empty; @p deleted: it no longer exists.
    void setRequest(
        const Altinn::SystemUserRequestResponse &request, const QString &customerName, bool deleted);
    /// Refreshes "Sent … ago".
    void refreshCreatedText();

    /// Announces a new status above the section; returns the sentence (for a desktop notification).
    QString announceStatus(const Altinn::SystemUserRequestResponse &request);
    void announceDeleted();

    /// Shows what @p follower reports about reaching Altinn (null: nothing); one follower at a time.
    void watch(Onboarding::StatusFollower *follower);
    /// Altinn cannot be reached; the status shown is the last one known.
    void showConnectionProblem(const Altinn::Explanation &explanation);
    /// Altinn asked for a pause: the next check comes at @p until (local time).
    void showPause(const QDateTime &until);
    /// Checking failed for good until the user asks again (retryCheckClicked()).
    void showCheckFailure(const Altinn::Explanation &explanation);
    void showDeleting();
    void showDeleteFailure(const Altinn::Explanation &explanation);
    /// Forgets notices, problems and the outcome of the last action (a new request is followed).
    void clearMessages();
    void clearConnectionProblem();
    void clearCheckFailure();
    void clearAction();

    /// The last widget in the section's tab order, for the page's reading order.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    void checkNowClicked();
    void askAgainClicked();
    void retryCheckClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStatus();
    /// The outage's summary (m_connectionProblem) with "the page keeps checking".
    void showStillUnreachable();

    QLabel *m_noticeLabel;
    QLabel *m_heading;
    QLabel *m_customerLabel;
    QLabel *m_statusCaption;
    QLabel *m_statusValue;
    QLabel *m_createdLabel;
    QLabel *m_explanationLabel;
    QLabel *m_timedOutLabel;
    QLabel *m_connectionLabel;
    QString m_connectionProblem; ///< the summary of the outage shown, or empty
    QList<QMetaObject::Connection> m_followerConnections;
    QPushButton *m_checkNowButton;
    QPushButton *m_askAgainButton;
    RemedyBar *m_checkProblem;
    OperationStatus *m_actionStatus;
    RemedyBar *m_actionProblem;

    std::optional<Altinn::SystemUserRequestResponse> m_request;
    QString m_customerName;
    bool m_deleted = false;
};
