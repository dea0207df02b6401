#pragma once

#include "altinn/ApiFailure.h"
#include "model/SystemDefinition.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Altinn {

/**
 * Why Maskinporten answered MP-303 ("Invalid authorization details values") to a system user grant:
 * Maskinporten finds the system user by (customer org, the system that lists the client id, the
 * vendor org, externalRef, by default the customer org; docs/altinn-behaviour.md#system-user-matching). This
 * cross-checks what the register and the request APIs say against the grant and names the cause.
 * A pure function of what was fetched (SystemUserTokenDiagnosisRun does the fetching).
 */
class SystemUserTokenDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(SystemUserTokenDiagnosis)

public:
    enum class Cause {
        InvalidCustomerOrg, ///< the grant's customer org number is not a valid org number
        SystemNotFound, ///< the system is not registered (404) in this environment
        SystemDeleted,
        VendorMismatch, ///< the system belongs to another vendor than the profile's
        ClientIdMissing, ///< the client id is not in the system's clientId list
        NoRequestSent, ///< no system user and no request for this customer
        RequestPending, ///< the customer has not answered yet (New)
        RequestRejected, ///< Rejected (or the legacy Denied / Timedout)
        SystemUserDeleted, ///< approved once, but the system user is gone (deleted in the portal)
        AgentFirmOrgNeeded, ///< agent system users exist: the grant must name the firm, not its client
        ExternalRefMismatch, ///< the customer's system user has another externalRef than the grant used
        WrongCustomerOrg, ///< the grant's externalRef belongs to a system user of another org
        CouldNotCheck, ///< something could not be fetched; the check is incomplete
        AllMatches, ///< nothing wrong found: wrong environment, or Maskinporten's cache
    };

    struct Finding
    {
        Cause cause = Cause::AllMatches;
        QString summary; ///< what is wrong, in the UI language
        QString remedy; ///< what to do
        bool isLikelyCause = false;
    };

    /// What the grant asked for and what the APIs answered.
    struct Facts
    {
        QString systemId;
        QString clientId; ///< the profile's Maskinporten client (the grant's iss)
        QString vendorOrgNo;
        QString customerOrgNo; ///< the grant's systemuser_org
        QString externalRef; ///< the grant's externalRef; empty when none was sent

        /// The system as registered; nullopt when it could not be fetched (see systemFailure).
        std::optional<SystemDefinition> registeredSystem;
        ApiFailure systemFailure; ///< Http 404 = not registered
        /// From SystemUserClient::listBySystem; nullopt when that failed (see systemUsersFailure).
        std::optional<QList<SystemUser>> systemUsers;
        ApiFailure systemUsersFailure;
        /// Standard and agent requests of the system; nullopt when listing failed.
        std::optional<QList<SystemUserRequestResponse>> requests;
        ApiFailure requestsFailure;
    };

    SystemUserTokenDiagnosis() = delete;

    /// Findings in order: the likely causes first (system, then customer), then notes.
    /// Ends with AllMatches when every check passed and nothing could not be checked.
    static QList<Finding> diagnose(const Facts &facts);
    /// The externalRef Maskinporten matches on: the grant's, or the customer org when none was sent.
    static QString effectiveExternalRef(const Facts &facts);
};

} // namespace Altinn
