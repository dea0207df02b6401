#pragma once

#include "sandbox/SandboxContext.h"

#include <QMap>
#include <QString>

/// One of Altinn's problem descriptors (docs/altinn-behaviour.md#problem-codes): HTTP status, code and the
/// service's message.
struct SandboxProblem
{
    int status;
    const char16_t *code;
    const char16_t *message;

    /// The problem body in the configured shape (v5/v4), with optional extension members.
    SandboxResponse response(
        const SandboxContext &context, const QMap<QString, QString> &extensions = {}) const
    {
        return context.problem(status, QString::fromUtf16(code), QString::fromUtf16(message), extensions);
    }
};

/// The descriptors the request endpoints and decisions use, with the titles of the real service
/// (src/Core/Problems/Problem.cs).
namespace SandboxProblems {
inline constexpr SandboxProblem ReporteeOrgNoNotFound{
    400, u"AUTH-00000", u"Can't resolve the Organisation Number from the logged in Reportee PartyId."};
inline constexpr SandboxProblem RightsNotFoundOrNotDelegable{
    400, u"AUTH-00001", u"One or more Right not found or not delegable."};
inline constexpr SandboxProblem SystemUserAlreadyExists{
    400, u"AUTH-00004", u"Failed to create new SystemUser, existing SystemUser tied to the given System-Id."};
inline constexpr SandboxProblem ExternalRequestIdAlreadyAccepted{
    400, u"AUTH-00006", u"The combination of External Ids refer to an already Accepted SystemUser."};
inline constexpr SandboxProblem ExternalRequestIdPending{400, u"AUTH-00007",
    u"The combination of External Ids refer to a Pending Request, please reuse or delete."};
inline constexpr SandboxProblem ExternalRequestIdDenied{400, u"AUTH-00008",
    u"The combination of External Ids refer to a Denied Request, please delete and renew the Request."};
inline constexpr SandboxProblem ExternalRequestIdRejected{400, u"AUTH-00009",
    u"The combination of External Ids refer to a Rejected Request, please delete and renew the Request."};
inline constexpr SandboxProblem RequestNotFound{
    404, u"AUTH-00010", u"The Id does not refer to a Request in our system."};
inline constexpr SandboxProblem SystemIdNotFound{
    404, u"AUTH-00011", u"The Id does not refer to a Registered System."};
inline constexpr SandboxProblem RequestStatusNotNew{
    409, u"AUTH-00013", u"The Status of the Request is not New."};
inline constexpr SandboxProblem SystemUserNotFound{404, u"AUTH-00015", u"The SystemUser was not found."};
inline constexpr SandboxProblem RedirectUriNotFound{
    400, u"AUTH-00021", u"The RedirectUri was not found or not valid."};
inline constexpr SandboxProblem VendorOrgNoNotFound{
    401, u"AUTH-00023", u"Can't resolve the Organisation Number for the Vendor from the Token."};
inline constexpr SandboxProblem NoRedirectUrisFoundOnSystem{
    400, u"AUTH-00026", u"No redirect uris are set for the system"};
inline constexpr SandboxProblem MissingAccessPackage{
    400, u"AUTH-00058", u"No AccessPackages found, an Agent SystemUser must have at least one"};
inline constexpr SandboxProblem MissingRightsOrAccessPackages{
    400, u"AUTH-00059", u"No AccessPackages or Single Rights found, a SystemUser must have at least one"};
inline constexpr SandboxProblem AccessPackageNotFound{400, u"AUTH-00063",
    u"One or more accesspackage is not found in the referenced system in the System Register."};
inline constexpr SandboxProblem AccessPackageNotDelegableStandard{400, u"AUTH-00064",
    u"One or more access packages cannot be delegated. Either they are intended for clients or they cannot "
    u"be "
    u"delegated further."};
inline constexpr SandboxProblem AccessPackageNotDelegableAgent{400, u"AUTH-00065",
    u"One or more access packages cannot be delegated because they are not intended for client "
    u"relationships"};
} // namespace SandboxProblems
