#include "wizard/ApprovalStatusSection.h"

#include "altinn/RequestStatusText.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/RemedyBar.h"
#include "onboarding/StatusFollower.h"
#include "wizard/RelativeTimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestStatus;

namespace {

bool isRejected(RequestStatus status)
{
    return status == RequestStatus::Rejected || status == RequestStatus::Denied;
}

/// Older than 180 days and still waiting: the customer may no longer be able to approve it.
bool isTooOld(const Altinn::SystemUserRequestResponse &request)
{
    return request.timedOut && request.status == RequestStatus::New;
}

} // namespace

ApprovalStatusSection::ApprovalStatusSection(QWidget *parent)
    : QWidget(parent)
    , m_noticeLabel(Labels::notice(u"noticeLabel"_s, this))
    , m_heading(Labels::heading(u"statusHeading"_s, this))
    , m_customerLabel(Labels::text(u"customerLabel"_s, this))
    , m_statusCaption(new QLabel(this))
    , m_statusValue(Labels::text(u"statusValue"_s, this))
    , m_createdLabel(Labels::hint(u"createdLabel"_s, this))
    , m_explanationLabel(Labels::text(u"explanationLabel"_s, this))
    , m_timedOutLabel(Labels::fieldMessage(u"timedOutLabel"_s, this))
    , m_connectionLabel(Labels::fieldMessage(u"connectionLabel"_s, this))
    , m_checkNowButton(new QPushButton(this))
    , m_askAgainButton(new QPushButton(this))
    , m_checkProblem(new RemedyBar(this))
    , m_actionStatus(new OperationStatus(this))
    , m_actionProblem(new RemedyBar(this))
{
    setObjectName(u"statusSection"_s);
    m_statusValue->setProperty("role", u"fieldMessage"_s);
    // Its size and weight are in the style sheet (QLabel#statusValue), which presenter mode scales.
    m_statusValue->setWordWrap(false);
    m_statusCaption->setBuddy(m_checkNowButton);
    m_checkNowButton->setObjectName(u"checkNowButton"_s);
    m_askAgainButton->setObjectName(u"askAgainButton"_s);
    m_askAgainButton->hide();
    m_checkProblem->setObjectName(u"pollProblem"_s);
    m_actionStatus->setObjectName(u"actionStatus"_s);
    m_actionProblem->setObjectName(u"actionProblem"_s);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusCaption);
    statusRow->addWidget(m_statusValue);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_checkNowButton);
    statusRow->addStretch(1);
    auto *askAgainRow = new QHBoxLayout;
    askAgainRow->addWidget(m_askAgainButton);
    askAgainRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_heading);
    layout->addWidget(m_customerLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_createdLabel);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_timedOutLabel);
    layout->addWidget(m_connectionLabel);
    layout->addWidget(m_checkProblem);
    layout->addLayout(askAgainRow);
    layout->addWidget(m_actionStatus);
    layout->addWidget(m_actionProblem);
    setTabOrder(m_checkNowButton, m_askAgainButton);

    connect(m_checkNowButton, &QPushButton::clicked, this, &ApprovalStatusSection::checkNowClicked);
    connect(m_askAgainButton, &QPushButton::clicked, this, &ApprovalStatusSection::askAgainClicked);
    connect(m_checkProblem, &RemedyBar::actionTriggered, this, &ApprovalStatusSection::retryCheckClicked);
    // Trying the deletion again is asking again.
    connect(m_actionProblem, &RemedyBar::actionTriggered, this, &ApprovalStatusSection::askAgainClicked);
    retranslateUi();
}

QWidget *ApprovalStatusSection::lastInTabOrder() const
{
    return m_askAgainButton;
}

void ApprovalStatusSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStatus();
    }
    QWidget::changeEvent(event);
}

void ApprovalStatusSection::retranslateUi()
{
    m_heading->setText(tr("Status"));
    m_statusCaption->setText(tr("Status:"));
    m_checkNowButton->setText(tr("&Check now"));
    m_checkNowButton->setAccessibleName(tr("Check the status now"));
}

void ApprovalStatusSection::setRequest(
    const Altinn::SystemUserRequestResponse &request, const QString &customerName, bool deleted)
{
    m_request = request;
    m_customerName = customerName;
    m_deleted = deleted;
    showStatus();
}

void ApprovalStatusSection::showStatus()
{
    if (!m_request)
        return;
    const Altinn::SystemUserRequestResponse &request = *m_request;
    const QString customer = m_customerName.isEmpty() ? tr("organisation %1").arg(request.partyOrgNo)
                                                      : tr("%1 (%2)").arg(m_customerName, request.partyOrgNo);
    QString customerLine =
        tr("Customer: %1 · %2 request").arg(customer, Altinn::RequestStatusText::kind(request.kind));
    if (!request.externalRef.isEmpty() && request.externalRef != request.partyOrgNo)
        customerLine += u" · "_s + tr("external reference %1").arg(request.externalRef);
    m_customerLabel->setText(customerLine);

    const QString statusText = m_deleted ? tr("Deleted") : Altinn::RequestStatusText::display(request.status);
    m_statusValue->setText(statusText);
    m_statusValue->setAccessibleName(tr("Status: %1").arg(statusText));
    QString kind = u"hint"_s;
    QString explanation;
    if (m_deleted) {
        kind = u"error"_s;
        explanation =
            tr("The request no longer exists: it was deleted, or the customer deleted the system user "
               "it created. Ask the customer again.");
    } else {
        switch (request.status) {
        case RequestStatus::New:
            explanation =
                tr("Waiting for the customer. This page checks the status by itself while it is open.");
            if (request.escalated)
                explanation += u' '
                    + tr(
                        "The person who opened the link has passed it on to the customer's access managers.");
            break;
        case RequestStatus::Accepted:
            kind = u"ok"_s;
            explanation = tr("The customer approved the request: the system user exists. Go on to check that "
                             "your system can get a token for it.");
            break;
        case RequestStatus::Rejected:
        case RequestStatus::Denied:
            kind = u"error"_s;
            explanation =
                tr("The customer rejected the request. Altinn keeps the rejected request, so sending the "
                   "same request again would only return it. Delete it and ask again — talk to the "
                   "customer first if you do not know why.");
            break;
        case RequestStatus::Timedout:
            kind = u"error"_s;
            explanation = tr("The request has expired. Delete it and send a new one.");
            break;
        case RequestStatus::NoChangeNeeded:
        case RequestStatus::Unknown:
            explanation =
                tr("Altinn reports a status this wizard does not know: “%1”.").arg(request.statusText);
            break;
        }
    }
    Labels::setStyleProperty(m_statusValue, "kind", kind);
    m_explanationLabel->setText(explanation);

    const bool tooOld = isTooOld(request);
    Labels::showMessage(m_timedOutLabel,
        tooOld ? tr("This request is older than 180 days. The customer may no longer be able to approve it: "
                    "send a new request.")
               : QString(),
        u"warning"_s);
    refreshCreatedText();

    const bool decided = Altinn::RequestStatuses::isFinal(request.status) || m_deleted;
    m_checkNowButton->setEnabled(!decided);
    m_askAgainButton->setVisible(
        m_deleted || isRejected(request.status) || request.status == RequestStatus::Timedout || tooOld);
    m_askAgainButton->setText(m_deleted ? tr("&Ask again") : tr("&Delete and ask again"));
    m_askAgainButton->setAccessibleName(m_askAgainButton->text().remove(u'&'));
}

void ApprovalStatusSection::refreshCreatedText()
{
    if (!m_request || !m_request->created.isValid()) {
        m_createdLabel->clear();
        return;
    }
    m_createdLabel->setText(
        tr("Sent %1 (%2).")
            .arg(RelativeTimeText::since(m_request->created),
                QLocale().toString(m_request->created.toLocalTime(), QLocale::ShortFormat)));
}

QString ApprovalStatusSection::announceStatus(const Altinn::SystemUserRequestResponse &request)
{
    QString text;
    QString severity = u"info"_s;
    switch (request.status) {
    case RequestStatus::Accepted:
        text = tr("The customer approved the request. Go on with Next to test the system user.");
        severity = u"success"_s;
        break;
    case RequestStatus::Rejected:
    case RequestStatus::Denied:
        text = tr("The customer rejected the request.");
        severity = u"error"_s;
        break;
    default:
        text = tr("The request's status is now: %1.").arg(Altinn::RequestStatusText::display(request));
        break;
    }
    Labels::showNotice(m_noticeLabel, text, severity);
    return text;
}

void ApprovalStatusSection::announceDeleted()
{
    Labels::showNotice(m_noticeLabel, tr("The request was deleted."), u"error"_s);
}

void ApprovalStatusSection::watch(Onboarding::StatusFollower *follower)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_followerConnections))
        disconnect(connection);
    m_followerConnections.clear();
    if (!follower)
        return;
    m_followerConnections = {
        connect(follower, &Onboarding::StatusFollower::connectionProblem, this,
            &ApprovalStatusSection::showConnectionProblem),
        connect(follower, &Onboarding::StatusFollower::connectionRestored, this,
            &ApprovalStatusSection::clearConnectionProblem),
        connect(follower, &Onboarding::StatusFollower::pausedByAltinn, this,
            [this](std::chrono::milliseconds pause) {
                if (pause.count() > 0)
                    showPause(QDateTime::currentDateTime().addMSecs(pause.count()));
                else if (!m_connectionProblem.isEmpty())
                    showStillUnreachable(); // the pause is over, the outage is not
            }),
    };
}

void ApprovalStatusSection::showConnectionProblem(const Altinn::Explanation &explanation)
{
    m_connectionProblem = explanation.summary;
    showStillUnreachable();
}

void ApprovalStatusSection::showStillUnreachable()
{
    Labels::showMessage(m_connectionLabel,
        tr("Altinn cannot be reached right now: %1 The status shown is the last one known; the page keeps "
           "checking.")
            .arg(m_connectionProblem),
        u"warning"_s);
}

void ApprovalStatusSection::showPause(const QDateTime &until)
{
    // Said after the outage's own summary ("Altinn is receiving too many requests right now."), so that
    // "Check now" doing nothing until then is explained.
    const QString time = locale().toString(until.time(), QLocale::ShortFormat);
    const QString pause = tr("Altinn asked to be left alone until %1: the page checks the status again then, "
                             "also if you press Check now. The status shown is the last one known.")
                              .arg(time);
    Labels::showMessage(m_connectionLabel,
        m_connectionProblem.isEmpty() ? pause : m_connectionProblem + u' ' + pause, u"warning"_s);
}

void ApprovalStatusSection::showCheckFailure(const Altinn::Explanation &explanation)
{
    m_checkProblem->showExplanation(explanation, tr("The status could not be checked:"), tr("Try again"));
}

void ApprovalStatusSection::showDeleting()
{
    m_actionProblem->clear();
    m_actionStatus->showBusy(tr("Deleting the request…"));
    m_askAgainButton->setEnabled(false);
}

void ApprovalStatusSection::showDeleteFailure(const Altinn::Explanation &explanation)
{
    m_actionStatus->clear();
    m_askAgainButton->setEnabled(true);
    m_actionProblem->showExplanation(explanation, {}, tr("Try again"));
}

void ApprovalStatusSection::clearMessages()
{
    m_noticeLabel->hide();
    clearConnectionProblem();
    clearCheckFailure();
    clearAction();
}

void ApprovalStatusSection::clearConnectionProblem()
{
    m_connectionProblem.clear();
    Labels::showMessage(m_connectionLabel, {}, {});
}

void ApprovalStatusSection::clearCheckFailure()
{
    m_checkProblem->clear();
}

void ApprovalStatusSection::clearAction()
{
    m_actionStatus->clear();
    m_actionProblem->clear();
    m_askAgainButton->setEnabled(true);
}
