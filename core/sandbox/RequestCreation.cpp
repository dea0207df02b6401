#include "sandbox/RequestCreation.h"

#include "sandbox/RequestBodyBinder.h"
#include "sandbox/RequestViews.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "sandbox/SandboxProblem.h"
#include "validation/RequestValidator.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestKind;

namespace {

/// SystemUserService.IsFullMatch: same number of pairs and every pair of the system's right present in
/// the requested one; the action is not compared.
bool isFullMatch(const Altinn::Right &systemRight, const Altinn::Right &requested)
{
    if (requested.resource.size() != systemRight.resource.size())
        return false;
    return std::all_of(systemRight.resource.cbegin(), systemRight.resource.cend(),
        [&requested](const Altinn::AttributePair &pair) { return requested.resource.contains(pair); });
}

/// RequestSystemUserService.ValidateExternalRequestId (docs/altinn-behaviour.md#creating-a-request, step 5,
/// second check). It asks for the *standard* request of the triple for agent requests too
/// (RequestRepository.GetRequestByExternalReferences).
std::optional<SandboxProblem> existingRequestProblem(const SandboxRequestRecord *existing)
{
    if (!existing)
        return std::nullopt;
    switch (existing->status) {
    case Altinn::RequestStatus::Accepted:
        return SandboxProblems::ExternalRequestIdAlreadyAccepted;
    case Altinn::RequestStatus::New:
        return SandboxProblems::ExternalRequestIdPending;
    case Altinn::RequestStatus::Denied:
        return SandboxProblems::ExternalRequestIdDenied;
    case Altinn::RequestStatus::Rejected:
        return SandboxProblems::ExternalRequestIdRejected;
    default: // Timedout and others pass
        return std::nullopt;
    }
}

/// AuthenticationHelper.ValidateRedirectUrl: scheme, host, port and path must match one allowed URL.
std::optional<SandboxProblem> redirectProblem(const QString &redirectUrl, const SandboxSystem &system)
{
    const QStringList &allowed = system.definition.allowedRedirectUrls;
    if (allowed.isEmpty())
        return SandboxProblems::NoRedirectUrisFoundOnSystem;
    // The real service throws (500) on a URL .NET cannot parse; the sandbox answers AUTH-00021 instead.
    const QUrl requested(redirectUrl, QUrl::StrictMode);
    const bool matches =
        std::any_of(allowed.cbegin(), allowed.cend(), [&requested](const QString &candidate) {
            return Validation::RequestValidator::redirectUrlMatches(requested, QUrl(candidate));
        });
    if (!matches)
        return SandboxProblems::RedirectUriNotFound;
    return std::nullopt;
}

QString norwegianName(const SandboxSystem &system)
{
    return system.definition.name.value(u"nb"_s);
}

/// The request table's varchar(255) columns (integration_title, external_ref) count characters — code points,
/// not UTF-16 units (docs/altinn-behaviour.md#request-bodies).
constexpr qsizetype TextColumnLength = 255;

bool fitsTextColumn(const QString &value)
{
    if (value.size() <= TextColumnLength)
        return true;
    qsizetype characters = 0;
    for (auto it = value.cbegin(); it != value.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++characters;
    }
    return characters <= TextColumnLength;
}

} // namespace

std::optional<SandboxResponse> RequestCreation::checkRights(
    const SandboxContext &context, const QList<Altinn::Right> &rights, const SandboxSystem &system)
{
    const auto &systemRights = system.definition.rights;
    if (!systemRights || rights.size() > systemRights->size())
        return SandboxProblems::RightsNotFoundOrNotDelegable.response(context);
    for (const Altinn::Right &right : rights) {
        // A right without attribute pairs makes the real service throw (500); the sandbox says AUTH-00001.
        const bool matched = !right.resource.isEmpty()
            && std::any_of(systemRights->cbegin(), systemRights->cend(),
                [&right](const Altinn::Right &offered) { return isFullMatch(offered, right); });
        if (!matched)
            return SandboxProblems::RightsNotFoundOrNotDelegable.response(context);
    }
    return std::nullopt;
}

std::optional<SandboxResponse> RequestCreation::checkPackages(const SandboxContext &context,
    const QList<Altinn::AccessPackageRef> &packages, const SandboxSystem &system, RequestKind kind)
{
    const auto &systemPackages = system.definition.accessPackages;
    // Counted before anything else, duplicates included, and answered without the extension member.
    if (!systemPackages || systemPackages->size() < packages.size())
        return SandboxProblems::AccessPackageNotFound.response(context);

    QStringList notFound;
    QStringList notDelegable;
    for (const Altinn::AccessPackageRef &package : packages) {
        const bool inSystem = std::any_of(systemPackages->cbegin(), systemPackages->cend(),
            [&package](const Altinn::AccessPackageRef &offered) { return offered.urn == package.urn; });
        if (!inSystem) {
            notFound.append(package.urn);
            continue;
        }
        // Standard system users take assignable packages; agent (client) system users delegable ones.
        const auto flags = context.catalogue.packageFlags(package.urn);
        const bool usable = flags && (kind == RequestKind::Agent ? flags->isDelegable : flags->isAssignable);
        if (!usable)
            notDelegable.append(package.urn);
    }
    if (!notFound.isEmpty())
        return SandboxProblems::AccessPackageNotFound.response(
            context, {{u"NotFoundPackages"_s, notFound.join(u", "_s)}});
    if (!notDelegable.isEmpty()) {
        const SandboxProblem &problem = kind == RequestKind::Agent
            ? SandboxProblems::AccessPackageNotDelegableAgent
            : SandboxProblems::AccessPackageNotDelegableStandard;
        return problem.response(context, {{u"NotDelegablePackages"_s, notDelegable.join(u", "_s)}});
    }
    return std::nullopt;
}

SandboxResponse RequestCreation::handle(
    const SandboxRequest &httpRequest, SandboxContext &context, RequestKind kind)
{
    // Authentication and the scope policy run before model binding; binding before the action.
    auto authorization = SandboxAuth::authorize(httpRequest, context, {SandboxScopes::RequestWrite});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);

    auto bound = RequestBodyBinder::bind(httpRequest.body, kind);
    if (const auto *errors = std::get_if<RequestBodyBinder::Errors>(&bound))
        return context.modelStateProblem(*errors);
    const Altinn::SystemUserRequest body = std::get<Altinn::SystemUserRequest>(std::move(bound));
    SandboxState &state = context.state;

    // Step 1: the vendor comes from the token's consumer claim.
    if (!caller.hasConsumer())
        return SandboxProblems::VendorOrgNoNotFound.response(context);

    // Step 2: only null is replaced here. "" is searched for as "" (and matches nothing), but stored as
    // the org number below — the quirk that lets repeated calls pile up duplicate requests.
    const QString externalRef = body.externalRef.value_or(body.partyOrgNo);

    // Step 3: a live system user of either kind for the triple.
    if (SandboxLookups::liveSystemUser(state, body.systemId, body.partyOrgNo, externalRef))
        return SandboxProblems::SystemUserAlreadyExists.response(context);

    // Step 4: a live request of this kind for the triple, on a system the vendor owns, is returned as it
    // is, whatever its status; the new body is ignored. The switch exists to rehearse the checks of step 5.
    // With requestAfterRejectionCreatesNew (the announced change) a Rejected one no longer counts: a new
    // request is made, and the rejected one is soft-deleted when it is stored (step 6).
    const bool rejectedMakesWay = context.settings.requestAfterRejectionCreatesNew;
    const auto makesWay = [rejectedMakesWay](const SandboxRequestRecord *request) {
        return rejectedMakesWay && request && request->status == Altinn::RequestStatus::Rejected;
    };
    const SandboxRequestRecord *sameKind =
        SandboxLookups::requestByTriple(state, kind, body.systemId, body.partyOrgNo, externalRef);
    const QString replacedRejectedId = makesWay(sameKind) ? sameKind->id : QString();
    if (context.settings.repeatedRequestReturnsExisting && !makesWay(sameKind)) {
        const SandboxRequestRecord *existing = sameKind;
        if (existing && existing->status != Altinn::RequestStatus::Timedout
            && SandboxLookups::isOwnedBy(state, existing->systemId, caller.orgNo)) {
            // The standard path builds a fresh response without `escalated`; the agent path returns the row.
            const auto escalated = kind == RequestKind::Agent ? RequestViews::Escalated::Stored
                                                              : RequestViews::Escalated::AlwaysFalse;
            return SandboxResponse::json(200, RequestViews::request(context, *existing, escalated).toJson());
        }
    }

    // Step 5, in the service's order.
    const SandboxSystem *system = SandboxLookups::system(state, body.systemId);
    if (!system)
        return SandboxProblems::SystemIdNotFound.response(context);
    const SandboxRequestRecord *standard = SandboxLookups::requestByTriple(
        state, RequestKind::Standard, body.systemId, body.partyOrgNo, externalRef);
    if (const auto problem = existingRequestProblem(makesWay(standard) ? nullptr : standard))
        return problem->response(context);
    if (system->vendorOrgNumber() != caller.orgNo)
        return SandboxProblems::SystemIdNotFound.response(context);
    if (!context.organisationName(body.partyOrgNo))
        return SandboxProblems::ReporteeOrgNoNotFound.response(context);
    if (body.redirectUrl && !body.redirectUrl->isEmpty()) {
        if (const auto problem = redirectProblem(*body.redirectUrl, *system))
            return problem->response(context);
    }

    const QList<Altinn::AccessPackageRef> packages =
        body.accessPackages.value_or(QList<Altinn::AccessPackageRef>());
    if (kind == RequestKind::Standard) {
        const QList<Altinn::Right> rights = body.rights.value_or(QList<Altinn::Right>());
        if (!body.rights && !body.accessPackages)
            return SandboxProblems::RightsNotFoundOrNotDelegable.response(context);
        if (rights.isEmpty() && packages.isEmpty())
            return SandboxProblems::MissingRightsOrAccessPackages.response(context);
        if (!rights.isEmpty()) {
            if (auto problem = checkRights(context, rights, *system))
                return *problem;
        }
        if (!packages.isEmpty()) {
            if (auto problem = checkPackages(context, packages, *system, kind))
                return *problem;
        }
    } else {
        if (packages.isEmpty())
            return SandboxProblems::MissingAccessPackage.response(context);
        if (auto problem = checkPackages(context, packages, *system, kind))
            return *problem;
    }

    // Step 6: store as New.
    SandboxRequestRecord record;
    record.id = SandboxContext::newGuid();
    record.kind = kind;
    record.systemId = body.systemId;
    record.partyOrgNo = body.partyOrgNo;
    record.externalRef = body.externalRef.value_or(QString()).isEmpty() ? body.partyOrgNo : *body.externalRef;
    // An explicit "" title is kept; only a missing title falls back to the system's nb name.
    record.integrationTitle = body.integrationTitle.value_or(norwegianName(*system));
    if (kind == RequestKind::Standard)
        record.rights = body.rights.value_or(QList<Altinn::Right>());
    record.accessPackages = packages;
    record.status = Altinn::RequestStatus::New;
    record.redirectUrl = body.redirectUrl;
    record.created = context.clock.now();
    // The INSERT: a value longer than its varchar(255) column is a database error the service does not catch
    // (RequestSystemUserController has no try/catch), so ASP.NET's exception handler answers 500 and nothing
    // is stored. The same for both kinds; every check above has passed by then.
    if (!fitsTextColumn(record.integrationTitle) || !fitsTextColumn(record.externalRef))
        return context.aspNetProblem(500);
    if (!replacedRejectedId.isEmpty())
        state.requests[replacedRejectedId].isDeleted = true;
    state.addRequest(record);
    context.stateChanged();

    // The same Location path for both kinds (docs/altinn-behaviour.md#creating-a-request, step 6).
    SandboxResponse response = SandboxResponse::json(
        201, RequestViews::request(context, record, RequestViews::Escalated::Stored).toJson());
    response.withHeader("Location", context.platformUrl(u"systemuser/request/"_s + record.id).toUtf8());
    return response;
}
