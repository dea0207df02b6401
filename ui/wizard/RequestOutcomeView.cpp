#include "wizard/RequestOutcomeView.h"

#include "altinn/RequestStatusText.h"
#include "common/LinkField.h"
#include "common/OperationStatus.h"
#include "wizard/RelativeTimeText.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using SubmitKind = Onboarding::SubmitRequestFlow::Outcome::Kind;

RequestOutcomeView::RequestOutcomeView(QWidget *parent)
    : QWidget(parent)
    , m_sendButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
    , m_changeLinkFrame(new QFrame(this))
    , m_changeLinkLabel(new QLabel(m_changeLinkFrame))
    , m_changeLink(new LinkField(u"changeLink"_s, m_changeLinkFrame))
{
    m_sendButton->setObjectName(u"sendButton"_s);
    m_status->setObjectName(u"sendStatus"_s);
    const std::pair<Remedy, QString> names[] = {{Remedy::FollowExisting, u"followExistingButton"_s},
        {Remedy::DeleteAndAskAgain, u"deleteAndAskAgainButton"_s},
        {Remedy::ChangeRequest, u"changeRequestButton"_s},
        {Remedy::CheckOrgNumber, u"checkOrgNumberButton"_s}, {Remedy::EditSystem, u"editSystemButton"_s},
        {Remedy::CheckConnection, u"checkConnectionButton"_s}};
    auto *remedies = new QHBoxLayout;
    for (const auto &[remedy, name] : names) {
        auto *button = new QPushButton(this);
        button->setObjectName(name);
        // A copy: clang 14 cannot capture a structured binding.
        connect(
            button, &QPushButton::clicked, this, [this, chosen = remedy] { Q_EMIT remedyChosen(chosen); });
        m_remedyButtons.append({remedy, button});
        remedies->addWidget(button);
    }
    remedies->addStretch(1);

    m_changeLinkFrame->setObjectName(u"changeLinkFrame"_s);
    m_changeLinkLabel->setObjectName(u"changeLinkLabel"_s);
    m_changeLinkLabel->setWordWrap(true);
    m_changeLinkLabel->setBuddy(m_changeLink->lineEdit());
    auto *linkLayout = new QVBoxLayout(m_changeLinkFrame);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_changeLinkLabel);
    linkLayout->addWidget(m_changeLink);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(sendRow);
    layout->addWidget(m_status);
    layout->addLayout(remedies);
    layout->addWidget(m_changeLinkFrame);
    retranslateUi();
    clear();
}

void RequestOutcomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestOutcomeView::setChangeMode(bool changeMode)
{
    m_changeMode = changeMode;
    retranslateUi();
}

void RequestOutcomeView::retranslateUi()
{
    m_sendButton->setText(m_changeMode ? tr("Send &change request") : tr("Send re&quest"));
    m_sendButton->setAccessibleName(m_changeMode ? tr("Send change request") : tr("Send request"));
    const QString texts[] = {tr("Follow the existing request"), tr("Delete it and ask again"),
        tr("Ask for more rights with a change request"), tr("Check the organisation number"),
        tr("Go to the system definition"), tr("Check the connection")};
    for (qsizetype i = 0; i < m_remedyButtons.size(); ++i) {
        m_remedyButtons.at(i).second->setText(texts[i]);
        m_remedyButtons.at(i).second->setAccessibleName(texts[i]);
    }
    m_changeLinkLabel->setText(tr("Approval link of the change request — send it to the customer:"));
    m_changeLink->setAccessibleNames(tr("Approval link of the change request"),
        tr("Open the change request in the browser"), tr("Copy the change request link"));
}

bool RequestOutcomeView::isBusy() const
{
    return m_status->isBusy();
}

QPushButton *RequestOutcomeView::remedyButton(Remedy remedy) const
{
    for (const auto &[candidate, button] : m_remedyButtons) {
        if (candidate == remedy)
            return button;
    }
    return nullptr;
}

void RequestOutcomeView::showRemedies(const QList<Remedy> &remedies)
{
    for (const auto &[remedy, button] : m_remedyButtons)
        button->setVisible(remedies.contains(remedy));
}

void RequestOutcomeView::clear()
{
    m_status->clear();
    showRemedies({});
    m_changeLinkFrame->hide();
    m_changeLink->setLink({});
}

void RequestOutcomeView::showOutcome(
    const Onboarding::SubmitRequestFlow::Outcome &outcome, std::function<void()> retry)
{
    clear();
    // A failure after a lost answer says itself what the look-up found (nothing, or that it may exist).
    const QString lost = outcome.answerLost && outcome.kind != SubmitKind::Failed
        ? tr("The answer from Altinn was lost; what Altinn has was looked up instead.") + u'\n'
        : QString();
    switch (outcome.kind) {
    case SubmitKind::Created:
        m_status->showSuccess(
            lost + tr("The request was created. Hand the approval link to the customer on the next page."));
        return;
    case SubmitKind::ExistingReturned:
    case SubmitKind::ExistingRejected: {
        if (!outcome.request) {
            showFailure(outcome.explanation, outcome.sent.kind, retry);
            return;
        }
        const Altinn::SystemUserRequestResponse &request = *outcome.request;
        const bool rejected = outcome.kind == SubmitKind::ExistingRejected;
        QString text = lost + outcome.explanation.summary + u'\n'
            + tr("The earlier request: %1, created %2.")
                  .arg(Altinn::RequestStatusText::display(request), RelativeTimeText::since(request.created));
        text += u'\n'
            + (rejected
                    ? tr("The customer cannot approve it any more. Delete it and send the request again — "
                         "talk to the customer first if you do not know why it was rejected.")
                    : tr("Follow the earlier request to hand its link to the customer again, or delete it "
                         "and ask again with what you chose now."));
        m_status->showInformation(text);
        showRemedies(rejected ? QList{Remedy::DeleteAndAskAgain}
                              : QList{Remedy::FollowExisting, Remedy::DeleteAndAskAgain});
        return;
    }
    case SubmitKind::SystemUserExists:
    case SubmitKind::Failed: {
        Altinn::Explanation explanation = outcome.explanation;
        explanation.summary = lost + explanation.summary;
        showFailure(explanation, outcome.sent.kind, retry);
        return;
    }
    }
}

void RequestOutcomeView::showChangeOutcome(
    const Onboarding::SubmitChangeRequestFlow::Outcome &outcome, std::function<void()> retry)
{
    using ChangeKind = Onboarding::SubmitChangeRequestFlow::Outcome::Kind;
    clear();
    if (outcome.kind == ChangeKind::Failed || !outcome.changeRequest)
        return showFailure(outcome.explanation, Altinn::RequestKind::Standard, retry);
    const Altinn::ChangeRequestResponse &change = *outcome.changeRequest;
    if (outcome.kind == ChangeKind::NothingToChange || change.confirmUrl.isEmpty()) {
        m_status->showSuccess(tr("The customer's system user already has everything asked for. There is "
                                 "nothing for the customer to approve."));
        return;
    }
    m_status->showSuccess(
        tr("Change request sent (status: %1). The customer approves it in Altinn like the first request: "
           "send them this link.")
            .arg(Altinn::RequestStatusText::display(change.status)));
    m_changeLink->setLink(change.confirmUrl);
    m_changeLink->lineEdit()->setCursorPosition(0);
    m_changeLinkFrame->show();
}

void RequestOutcomeView::showFailure(
    const Altinn::Explanation &explanation, Altinn::RequestKind kind, std::function<void()> retry)
{
    QString text = explanation.summary;
    if (!explanation.remedy.isEmpty())
        text += u' ' + explanation.remedy;
    if (!explanation.fieldMessages.isEmpty())
        text += u'\n' + explanation.fieldMessages.join(u'\n');
    if (!explanation.code.isEmpty())
        text += u'\n' + tr("Code: %1").arg(explanation.code);

    QList<Remedy> remedies;
    using Action = Altinn::Explanation::Remedy;
    switch (explanation.action) {
    case Action::DeleteAndAskAgain:
        remedies = {Remedy::DeleteAndAskAgain};
        break;
    case Action::UseChangeRequest:
        if (kind == Altinn::RequestKind::Standard)
            remedies = {Remedy::ChangeRequest};
        else
            text += u'\n'
                + tr("A system user for client relationships cannot be changed: the customer deletes it in "
                     "Altinn (Systemtilganger), then you ask again.");
        break;
    case Action::CheckOrgNumber:
        remedies = {Remedy::CheckOrgNumber};
        break;
    case Action::UpdateSystem:
    case Action::RegisterSystemFirst:
        remedies = {Remedy::EditSystem};
        break;
    case Action::CheckConnection:
        remedies = {Remedy::CheckConnection};
        break;
    case Action::None:
    case Action::Retry:
    case Action::FixInput:
    case Action::ContactSupport:
        break;
    }
    m_status->showError(text, explanation.action == Action::Retry ? std::move(retry) : nullptr);
    showRemedies(remedies);
}
