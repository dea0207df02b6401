#include "onboarding/LedgerRecording.h"

#include "onboarding/LedgerSync.h"
#include "workspace/CustomerLedger.h"

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

void LedgerRecording::request(
    CustomerLedger *ledger, const Altinn::SystemUserRequestResponse &request, const QString &customerName)
{
    if (!ledger)
        return;
    CustomerRecord known = ledger->find(request.partyOrgNo, request.externalRef).value_or(CustomerRecord());
    if (known.orgNo.isEmpty()) {
        known.orgNo = request.partyOrgNo;
        known.externalRef = request.externalRef;
    }
    if (!customerName.isEmpty())
        known.name = customerName;
    LedgerSync::Facts facts;
    facts.request = request;
    facts.requestKnown = true;
    ledger->upsert(LedgerSync::reconcile(known, facts));
}

void LedgerRecording::lookedAt(CustomerLedger *ledger, const Altinn::SystemUserRequestResponse &request)
{
    if (!ledger)
        return;
    const auto known = ledger->find(request.partyOrgNo, request.externalRef);
    if (known && known->requestId == request.id)
        LedgerRecording::request(ledger, request);
}

void LedgerRecording::lookedAt(CustomerLedger *ledger, const Altinn::ChangeRequestResponse &change)
{
    if (!ledger)
        return;
    const auto known = ledger->find(change.partyOrgNo, change.externalRef);
    if (known && known->changeRequestId == change.id)
        changeRequest(ledger, change);
}

void LedgerRecording::changeRequest(CustomerLedger *ledger, const Altinn::ChangeRequestResponse &change)
{
    if (!ledger)
        return;
    CustomerRecord known = ledger->find(change.partyOrgNo, change.externalRef).value_or(CustomerRecord());
    if (known.orgNo.isEmpty()) {
        known.orgNo = change.partyOrgNo;
        known.externalRef = change.externalRef;
        known.systemUserId = change.systemUserId;
        known.state = CustomerState::Approved; // only a live system user can be changed
    }
    LedgerSync::Facts facts;
    facts.changeRequest = change;
    facts.changeRequestsKnown = true;
    ledger->upsert(LedgerSync::reconcile(known, facts));
}

void LedgerRecording::systemUser(CustomerLedger *ledger, const Altinn::SystemUser &user)
{
    if (!ledger)
        return;
    CustomerRecord known = ledger->find(user.reporteeOrgNo, user.externalRef).value_or(CustomerRecord());
    if (known.orgNo.isEmpty()) {
        known.orgNo = user.reporteeOrgNo;
        known.externalRef = user.externalRef;
        known.kind = user.userType == u"agent" ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
    }
    LedgerSync::Facts facts;
    facts.systemUser = user;
    facts.systemUsersKnown = true;
    ledger->upsert(LedgerSync::reconcile(known, facts));
}

void LedgerRecording::failure(CustomerLedger *ledger, const QString &orgNo, const QString &externalRef,
    Altinn::RequestKind kind, const QString &reason)
{
    if (!ledger || orgNo.isEmpty())
        return;
    CustomerRecord record = ledger->find(orgNo, externalRef).value_or(CustomerRecord());
    if (record.orgNo.isEmpty()) {
        record.orgNo = orgNo;
        record.externalRef = externalRef;
        record.kind = kind;
    }
    if (record.state != CustomerState::NotAsked && record.state != CustomerState::Failed)
        return;
    record.state = CustomerState::Failed;
    record.lastError = reason;
    ledger->upsert(record);
}

void LedgerRecording::requestOutcome(
    CustomerLedger *ledger, const SubmitRequestFlow::Outcome &outcome, const QString &customerName)
{
    const Altinn::SystemUserRequest &sent = outcome.sent;
    if (outcome.request)
        request(ledger, *outcome.request, customerName);
    else if (outcome.systemUser)
        systemUser(ledger, *outcome.systemUser);
    else if (outcome.kind == SubmitRequestFlow::Outcome::Kind::Failed)
        failure(ledger, sent.partyOrgNo, sent.externalRef.value_or(QString()), sent.kind,
            outcome.explanation.summary);
}

} // namespace Onboarding
