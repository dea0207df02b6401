#pragma once

#include <QStringView>

/**
 * Codes and server paths of validation findings.
 *
 * Where Altinn has a code for a rule, the finding carries exactly that code, so a problem found
 * on the client and the same problem returned by the server look alike to the UI
 * (docs/altinn-behaviour.md#error-codes). Rules the server lacks, or only reports as a binding error, a 500
 * or not at all, use a LOCAL.* code.
 */
namespace Validation {
namespace Codes {

// ---- System register validation errors (AUTH.VLD-*, docs/altinn-behaviour.md#validation-codes) ----
inline constexpr QStringView VendorIdInvalid = u"AUTH.VLD-00000"; ///< vendor.ID not "0192:<orgno>"
inline constexpr QStringView SystemIdFormat = u"AUTH.VLD-00001"; ///< id not "<vendorOrgNo>_<name>"
inline constexpr QStringView SystemIdExists = u"AUTH.VLD-00002"; ///< server only
inline constexpr QStringView ResourceNotFound = u"AUTH.VLD-00003"; ///< server only (resource registry)
inline constexpr QStringView ClientIdInUse = u"AUTH.VLD-00004"; ///< server only
inline constexpr QStringView RedirectUrlInvalid = u"AUTH.VLD-00005"; ///< not an absolute https URI
inline constexpr QStringView DuplicateRights = u"AUTH.VLD-00006";
inline constexpr QStringView DuplicateAccessPackages = u"AUTH.VLD-00007";
inline constexpr QStringView AccessPackageInvalid =
    u"AUTH.VLD-00008"; ///< bad format, unknown or not delegable
inline constexpr QStringView ResourceAttributeInvalid =
    u"AUTH.VLD-00009"; ///< pair id ≠ "urn:altinn:resource"
inline constexpr QStringView DuplicateClientIds = u"AUTH.VLD-00011";
inline constexpr QStringView SystemIdMismatch = u"AUTH.VLD-00012"; ///< PUT body id ≠ URL id
inline constexpr QStringView SystemIdWhitespace = u"AUTH.VLD-00013";
inline constexpr QStringView AgentParamInvalid = u"AUTH.VLD-00014"; ///< client delegation API
inline constexpr QStringView AgentNotAgentType = u"AUTH.VLD-00015"; ///< client delegation API
inline constexpr QStringView ClientParamInvalid = u"AUTH.VLD-00016"; ///< client delegation API
inline constexpr QStringView ResourceNotDelegable = u"AUTH.VLD-00017"; ///< server only (resource type)
inline constexpr QStringView VisibleWithClientPackage =
    u"AUTH.VLD-00018"; ///< isVisible with non-assignable package

// ---- Problems (AUTH-*, docs/altinn-behaviour.md#problem-codes) ----
inline constexpr QStringView PartyNotFound = u"AUTH-00000";
inline constexpr QStringView RightsNotFound =
    u"AUTH-00001"; ///< right not in system; or rights and packages both null
inline constexpr QStringView SystemUserExists = u"AUTH-00004";
inline constexpr QStringView RequestAlreadyAccepted = u"AUTH-00006";
inline constexpr QStringView RequestPending = u"AUTH-00007";
inline constexpr QStringView RequestDenied = u"AUTH-00008";
inline constexpr QStringView RequestRejected = u"AUTH-00009";
inline constexpr QStringView RequestNotFound = u"AUTH-00010";
inline constexpr QStringView SystemNotFound = u"AUTH-00011";
inline constexpr QStringView RequestNotStored = u"AUTH-00012";
inline constexpr QStringView RequestStatusNotNew = u"AUTH-00013";
inline constexpr QStringView SystemUserNotFound = u"AUTH-00015";
inline constexpr QStringView RedirectUrlNotAllowed = u"AUTH-00021";
inline constexpr QStringView VendorOrgMissing = u"AUTH-00023";
inline constexpr QStringView NoRedirectUrlsOnSystem = u"AUTH-00026";
inline constexpr QStringView AgentRequestWithoutPackages = u"AUTH-00058";
inline constexpr QStringView MissingRightsOrPackages = u"AUTH-00059";
inline constexpr QStringView CorrelationIdUsed = u"AUTH-00061";
inline constexpr QStringView PackageNotInSystem = u"AUTH-00063";
inline constexpr QStringView PackageNotAssignable = u"AUTH-00064";
inline constexpr QStringView PackageNotDelegable = u"AUTH-00065";

// ---- Client-only rules (LOCAL.*) ----
/// An organisation number is empty, not 9 digits, or fails the MOD11 check.
inline constexpr QStringView OrgNumberInvalid = u"LOCAL.ORGNO";
/// System id over 255 characters (the database column; the server fails with 500).
inline constexpr QStringView SystemIdLength = u"LOCAL.SYSTEMID-LENGTH";
/// System id with characters outside RFC 3986 "unreserved" (letters, digits, - . _ ~): it is a URL path
/// segment.
inline constexpr QStringView SystemIdChars = u"LOCAL.SYSTEMID-CHARS";
/// A request without a system id (the server answers with a body-binding 400, no code).
inline constexpr QStringView SystemIdMissing = u"LOCAL.SYSTEMID-MISSING";
/// name.nb/nn/en missing or blank (the server answers 500 for a missing key, accepts blank).
inline constexpr QStringView NameMissing = u"LOCAL.NAME-MISSING";
inline constexpr QStringView DescriptionMissing = u"LOCAL.DESCRIPTION-MISSING";
/// Warning: a host-only redirect URL is stored with a trailing slash.
inline constexpr QStringView RedirectTrailingSlash = u"LOCAL.REDIRECT-TRAILING-SLASH";
/// A request's redirectUrl is not an absolute https URL.
inline constexpr QStringView RedirectInvalid = u"LOCAL.REDIRECT-INVALID";
/// A right with an empty `resource` list (the server accepts it; it grants nothing).
inline constexpr QStringView RightEmpty = u"LOCAL.RIGHT-EMPTY";
/// An attribute pair with an empty value.
inline constexpr QStringView ResourceEmpty = u"LOCAL.RESOURCE-EMPTY";
/// A system with neither rights nor access packages: no system user can be created for it.
inline constexpr QStringView NoRights = u"LOCAL.NO-RIGHTS";
/// A Maskinporten client id that is not a UUID.
inline constexpr QStringView ClientIdFormat = u"LOCAL.CLIENTID-FORMAT";
/// Warning: no client id, so nobody can get a system user token yet.
inline constexpr QStringView ClientIdMissing = u"LOCAL.CLIENTID-MISSING";
/// externalRef set to an empty string (creates duplicate pending requests; leave it out instead).
inline constexpr QStringView ExternalRefEmpty = u"LOCAL.EXTERNALREF-EMPTY";
/// externalRef over 255 characters (the database column; the server fails with 500).
inline constexpr QStringView ExternalRefLength = u"LOCAL.EXTERNALREF-LENGTH";
/// externalRef with characters Maskinporten refuses in a system user token request (MP-302).
inline constexpr QStringView ExternalRefChars = u"LOCAL.EXTERNALREF-CHARS";
/// Warning: integrationTitle set to an empty string (the system user gets no name).
inline constexpr QStringView IntegrationTitleEmpty = u"LOCAL.INTEGRATIONTITLE-EMPTY";
/// integrationTitle over 255 characters (the database column; the server fails with 500).
inline constexpr QStringView IntegrationTitleLength = u"LOCAL.INTEGRATIONTITLE-LENGTH";
/// An agent request carrying rights (the agent body has no `rights`; they would be dropped).
inline constexpr QStringView AgentRights = u"LOCAL.AGENT-RIGHTS";
/// Warning: a change request with all four lists empty (the server answers NoChangeNeeded).
inline constexpr QStringView ChangeEmpty = u"LOCAL.CHANGE-EMPTY";
/// Warning: a change request both requires and removes the same right or package.
inline constexpr QStringView ChangeConflict = u"LOCAL.CHANGE-CONFLICT";

} // namespace Codes

/// The `paths` values the server reports with each AUTH.VLD code (docs/altinn-behaviour.md#validation-codes).
namespace ServerPaths {
inline constexpr QStringView VendorId = u"/registersystemrequest/vendor/id";
inline constexpr QStringView SystemId = u"/registersystemrequest/systemid";
inline constexpr QStringView RightsResource = u"/registersystemrequest/rights/resource";
inline constexpr QStringView ClientId = u"/registersystemrequest/clientid";
inline constexpr QStringView AllowedRedirectUrls = u"/registersystemrequest/allowedredirecturls";
inline constexpr QStringView AccessPackages = u"/registersystemrequest/accesspackages";
} // namespace ServerPaths

} // namespace Validation
