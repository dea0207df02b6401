#pragma once

#include "model/ChangeRequestResponse.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"
#include "onboarding/SubmitRequestFlow.h"

#include <QString>

class CustomerLedger;

namespace Onboarding {

/**
 * Writes what one call just told about a customer into the ledger, with the same rules a full
 * LedgerSync applies (LedgerSync::reconcile). Used by the wizard's page 5 and by `systemuser-cli
 * request create` / `changerequest create`, so both keep the same ledger. A null ledger is ignored.
 */
class LedgerRecording
{
public:
    /// A request just sent or fetched.
    static void request(CustomerLedger *ledger, const Altinn::SystemUserRequestResponse &request,
        const QString &customerName = {});
    /// A request looked at again (a page's own GET): recorded only while the ledger still follows that
    /// very request, so a late answer cannot put an older request back over a newer one.
    static void lookedAt(CustomerLedger *ledger, const Altinn::SystemUserRequestResponse &request);
    /// The same for a change request.
    static void lookedAt(CustomerLedger *ledger, const Altinn::ChangeRequestResponse &change);
    /// A change request just sent or fetched for a customer with a system user.
    static void changeRequest(CustomerLedger *ledger, const Altinn::ChangeRequestResponse &change);
    /// A live system user found for a customer (Altinn said one exists already).
    static void systemUser(CustomerLedger *ledger, const Altinn::SystemUser &user);
    /// A send failed with nothing known to exist at Altinn: Failed with @p reason; a customer already
    /// further along (waiting, approved, …) keeps its state.
    static void failure(CustomerLedger *ledger, const QString &orgNo, const QString &externalRef,
        Altinn::RequestKind kind, const QString &reason);
    /// Whatever SubmitRequestFlow found out.
    static void requestOutcome(
        CustomerLedger *ledger, const SubmitRequestFlow::Outcome &outcome, const QString &customerName = {});
};

} // namespace Onboarding
