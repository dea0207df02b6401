#include "onboarding/SystemUserTokenDiagnosis.h"

#include "altinn/ErrorExplainer.h"
#include "validation/OrgNumber.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

QString quotedList(QStringList values)
{
    values.removeDuplicates();
    for (QString &value : values)
        value = u'"' + value + u'"';
    return values.join(u", "_s);
}

QString localDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

bool isAgent(const SystemUser &user)
{
    return user.userType.compare(u"agent"_s, Qt::CaseInsensitive) == 0;
}

/// The request that tells most about @p customer: one for @p externalRef if any, else the newest.
const SystemUserRequestResponse *relevantRequest(
    const QList<SystemUserRequestResponse> &requests, const QString &customer, const QString &externalRef)
{
    const SystemUserRequestResponse *best = nullptr;
    const auto rank = [&externalRef](const SystemUserRequestResponse &request) {
        return request.externalRef == externalRef ? 1 : 0;
    };
    for (const SystemUserRequestResponse &request : requests) {
        if (request.partyOrgNo != customer)
            continue;
        if (!best || rank(request) > rank(*best)
            || (rank(request) == rank(*best) && request.created > best->created))
            best = &request;
    }
    return best;
}

} // namespace

QString SystemUserTokenDiagnosis::effectiveExternalRef(const Facts &facts)
{
    const QString ref = facts.externalRef.trimmed();
    return ref.isEmpty() ? facts.customerOrgNo.trimmed() : ref;
}

QList<SystemUserTokenDiagnosis::Finding> SystemUserTokenDiagnosis::diagnose(const Facts &facts)
{
    QList<Finding> findings;
    const auto add = [&findings](Cause cause, const QString &summary, const QString &remedy, bool likely) {
        findings.append(Finding{cause, summary, remedy, likely});
    };
    const auto couldNotCheck = [&add](const QString &what, const ApiFailure &failure) {
        add(Cause::CouldNotCheck, what.arg(ErrorExplainer::explain(failure).summary),
            tr("Check the connection and run the check again."), false);
    };
    const QString customer = facts.customerOrgNo.trimmed();
    const QString grantRef = facts.externalRef.trimmed();
    const QString ref = effectiveExternalRef(facts);
    bool incomplete = false;

    if (!Validation::OrgNumber::isValid(customer)) {
        add(Cause::InvalidCustomerOrg,
            tr("The customer organisation number \"%1\" in the token request is not a valid organisation "
               "number.")
                .arg(customer),
            tr("Correct the customer's organisation number and ask for the token again."), true);
    }

    // The system: registered, not deleted, ours, and listing the client id.
    const bool systemMissing = !facts.registeredSystem && facts.systemFailure.httpStatus() == 404;
    if (const auto &system = facts.registeredSystem) {
        if (system->isDeleted.value_or(false)) {
            add(Cause::SystemDeleted,
                tr("The system %1 has been deleted from the system register, so none of its system users "
                   "can get tokens.")
                    .arg(facts.systemId),
                tr("Publish the system again and ask the customer to approve a new request."), true);
        }
        const QString owner = system->vendorOrgNumber();
        if (!facts.vendorOrgNo.isEmpty() && !owner.isEmpty() && owner != facts.vendorOrgNo) {
            add(Cause::VendorMismatch,
                tr("The system %1 belongs to vendor %2, but this profile is for %3. Maskinporten only finds "
                   "the system user when the client belongs to the system's vendor.")
                    .arg(facts.systemId, owner, facts.vendorOrgNo),
                tr("Use a profile and Maskinporten client of organisation %1.").arg(owner), true);
        }
        const bool listed = std::any_of(system->clientIds.cbegin(), system->clientIds.cend(),
            [&facts](const QString &id) { return id.compare(facts.clientId, Qt::CaseInsensitive) == 0; });
        if (!listed) {
            add(Cause::ClientIdMissing,
                tr("Your Maskinporten client %1 is not among the client ids of the system %2, so "
                   "Maskinporten cannot connect the token to the system.")
                    .arg(facts.clientId, facts.systemId),
                tr("Add the client id to the system definition, publish it, and ask for the token again."),
                true);
        }
    } else if (systemMissing) {
        add(Cause::SystemNotFound,
            tr("The system %1 is not registered in this environment.").arg(facts.systemId),
            tr("Publish the system definition first, or check that you are working in the right "
               "environment."),
            true);
    } else {
        incomplete = true;
        couldNotCheck(tr("Could not read the system definition: %1"), facts.systemFailure);
    }

    // The customer's system user: owned by the grant's org, with the externalRef Maskinporten matches.
    if (!systemMissing && !facts.systemUsers) {
        incomplete = true;
        couldNotCheck(tr("Could not read the system users of the system: %1"), facts.systemUsersFailure);
    } else if (!systemMissing) {
        QList<SystemUser> live;
        std::copy_if(facts.systemUsers->cbegin(), facts.systemUsers->cend(), std::back_inserter(live),
            [](const SystemUser &user) { return !user.isDeleted; });
        QStringList customerRefs;
        bool exactMatch = false;
        for (const SystemUser &user : std::as_const(live)) {
            if (user.reporteeOrgNo != customer)
                continue;
            customerRefs.append(user.externalRef);
            exactMatch = exactMatch || user.externalRef == ref;
        }

        if (exactMatch) {
            // This part is fine.
        } else if (!customerRefs.isEmpty()) {
            customerRefs.removeDuplicates();
            const QString summary = grantRef.isEmpty()
                ? tr("%1 has a system user for this system with external reference %2, but the token "
                     "request sent none, so Maskinporten looked for \"%1\" (the organisation number).")
                      .arg(customer, quotedList(customerRefs))
                : tr("%1 has a system user for this system with external reference %2, but the token "
                     "request used \"%3\".")
                      .arg(customer, quotedList(customerRefs), grantRef);
            QString remedy;
            if (customerRefs.size() > 1)
                remedy =
                    tr("Send one of %1 as externalRef in the token request.").arg(quotedList(customerRefs));
            else if (customerRefs.first() == customer)
                remedy = tr("Leave externalRef out of the token request (it then defaults to the "
                            "organisation number).");
            else
                remedy = tr("Send externalRef \"%1\" in the token request.").arg(customerRefs.first());
            add(Cause::ExternalRefMismatch, summary, remedy, true);
        } else {
            // Nobody for this org: wrong org, not approved (yet), deleted, or an agent's client.
            bool wrongOrg = false;
            if (!grantRef.isEmpty() && grantRef != customer) {
                QStringList owners;
                for (const SystemUser &user : std::as_const(live)) {
                    if (user.externalRef == grantRef)
                        owners.append(user.reporteeOrgNo);
                }
                owners.removeDuplicates();
                if (!owners.isEmpty()) {
                    wrongOrg = true;
                    add(Cause::WrongCustomerOrg,
                        tr("The external reference \"%1\" belongs to the system user of organisation %2, "
                           "not %3.")
                            .arg(grantRef, owners.join(u", "_s), customer),
                        tr("Ask for the token with organisation number %1 as the customer.")
                            .arg(owners.first()),
                        true);
                }
            }

            bool requestSent = false;
            if (!facts.requests) {
                incomplete = true;
                couldNotCheck(tr("Could not read the requests of the system: %1"), facts.requestsFailure);
            } else if (const auto *request = relevantRequest(*facts.requests, customer, ref)) {
                requestSent = true;
                switch (request->status) {
                case RequestStatus::Accepted:
                    add(Cause::SystemUserDeleted,
                        tr("%1 approved the request of %2, but its system user no longer exists; it was "
                           "probably deleted in Altinn.")
                            .arg(customer, localDate(request->created)),
                        tr("Delete the old request and send a new one."), true);
                    break;
                case RequestStatus::Rejected:
                case RequestStatus::Denied:
                case RequestStatus::Timedout:
                    add(Cause::RequestRejected,
                        tr("%1 rejected the request of %2, so there is no system user.")
                            .arg(customer, localDate(request->created)),
                        tr("Agree with the customer, then delete the rejected request and send a new one."),
                        true);
                    break;
                case RequestStatus::New:
                case RequestStatus::NoChangeNeeded:
                case RequestStatus::Unknown:
                    add(Cause::RequestPending,
                        tr("%1 has not approved the request of %2 yet; the system user is created on "
                           "approval.")
                            .arg(customer, localDate(request->created)),
                        tr("Send the approval link to the customer again, or wait for the approval."), true);
                    break;
                }
            } else {
                add(Cause::NoRequestSent,
                    tr("%1 has no system user for this system, and no request has been sent to it.")
                        .arg(customer),
                    tr("Send a system user request to %1 and wait until it is approved.").arg(customer),
                    !wrongOrg);
            }

            QStringList agentFirms;
            for (const SystemUser &user : std::as_const(live)) {
                if (isAgent(user) && user.reporteeOrgNo != customer)
                    agentFirms.append(user.reporteeOrgNo);
            }
            agentFirms.removeDuplicates();
            if (!agentFirms.isEmpty()) {
                add(Cause::AgentFirmOrgNeeded,
                    tr("The system has system users for client relationships owned by %1. If %2 is a "
                       "client of one of these firms, the token must name the firm's organisation "
                       "number, not the client's.")
                        .arg(agentFirms.join(u", "_s), customer),
                    tr("Ask for the token with the firm's organisation number as the customer, and check "
                       "that the firm has added %1 as a client.")
                        .arg(customer),
                    !requestSent && !wrongOrg);
            }
        }
    }

    std::stable_partition(
        findings.begin(), findings.end(), [](const Finding &finding) { return finding.isLikelyCause; });
    const bool causeFound = std::any_of(
        findings.cbegin(), findings.cend(), [](const Finding &finding) { return finding.isLikelyCause; });
    if (!causeFound && !incomplete) {
        add(Cause::AllMatches,
            tr("Everything checked matches: the system lists your client id, and %1 has a system user "
               "with external reference \"%2\".")
                .arg(customer, ref),
            tr("The cause is probably elsewhere: the token was asked for in another environment than the "
               "one checked here, or Maskinporten still remembers an earlier answer. Try again in a "
               "minute."),
            true);
    }
    return findings;
}

} // namespace Altinn
