#include "validation/RequestValidator.h"

#include "validation/OrgNumber.h"
#include "validation/ValidationCodes.h"

#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Validation {

namespace {

Finding makeFinding(QStringView code, QString path, Severity severity, QString message)
{
    // AUTH-* problems have no paths on the wire and LOCAL.* rules are the client's own: no server path.
    return Finding{code.toString(), std::move(path), QString(), severity, std::move(message)};
}

/// The server's rule (SystemUserService.IsFullMatch): same number of attribute pairs, and every
/// pair of the system's right present in the requested one, compared exactly. The action is not
/// compared by the server, so it is not compared here either.
bool rightMatches(const Altinn::Right &requested, const Altinn::Right &systemRight)
{
    if (requested.resource.isEmpty() || requested.resource.size() != systemRight.resource.size())
        return false;
    return std::all_of(systemRight.resource.cbegin(), systemRight.resource.cend(),
        [&](const Altinn::AttributePair &pair) { return requested.resource.contains(pair); });
}

QString describeRight(const Altinn::Right &right)
{
    QStringList values;
    for (const Altinn::AttributePair &pair : right.resource)
        values.append(pair.value);
    return values.join(u", ");
}

bool containsUrn(const QList<Altinn::AccessPackageRef> &packages, const QString &urn)
{
    return std::any_of(packages.cbegin(), packages.cend(),
        [&](const Altinn::AccessPackageRef &package) { return package.urn == urn; });
}

int defaultPort(const QString &scheme)
{
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return -1;
}

} // namespace

RequestValidator::RequestValidator(PackageFlagsLookup lookup)
    : m_lookup(std::move(lookup))
{ }

QList<Finding> RequestValidator::validate(
    const Altinn::SystemUserRequest &request, const Altinn::SystemDefinition *system) const
{
    QList<Finding> findings;

    if (request.systemId.trimmed().isEmpty()) {
        // A [Required] member: the server answers with a body-binding 400 that carries no code.
        findings.append(makeFinding(Codes::SystemIdMissing, u"/systemId"_s, Severity::Error,
            tr("Choose the system the customer should approve.")));
    }

    // Judged as sent (after the server's trim): "310 904 473" is sent as is and would not be found,
    // so input fields must pass the number through OrgNumber::normalized() first.
    const OrgNumber::Problem orgProblem = OrgNumber::check(request.partyOrgNo.trimmed());
    if (orgProblem != OrgNumber::Problem::None) {
        findings.append(makeFinding(
            Codes::OrgNumberInvalid, u"/partyOrgNo"_s, Severity::Error, OrgNumber::message(orgProblem)));
    }

    if (request.externalRef) {
        const QString externalRef = request.externalRef->trimmed();
        if (externalRef.isEmpty()) {
            // Server quirk (docs/altinn-behaviour.md#creating-a-request): "" is looked up as "" but stored as
            // the org number, so every retry creates another pending request instead of returning the
            // existing one.
            findings.append(makeFinding(Codes::ExternalRefEmpty, u"/externalRef"_s, Severity::Error,
                tr("Leave the external reference out instead of sending it empty. An "
                   "empty reference makes Altinn create a new duplicate request each "
                   "time; without one, Altinn uses the customer's organisation "
                   "number.")));
        } else if (auto finding = externalRefFinding(externalRef)) {
            findings.append(std::move(*finding));
        }
    }

    if (request.integrationTitle && request.integrationTitle->trimmed().isEmpty()) {
        // The server stores "" as the title instead of falling back to the system's name.
        findings.append(makeFinding(Codes::IntegrationTitleEmpty, u"/integrationTitle"_s, Severity::Warning,
            tr("The system user would get an empty name. Enter a title, or leave it "
               "out to use the system's name.")));
    } else if (request.integrationTitle
        && characterCount(request.integrationTitle->trimmed()) > MaxIntegrationTitleLength) {
        // The server stores the title in a varchar(255) column and fails with 500 on a longer one.
        findings.append(makeFinding(Codes::IntegrationTitleLength, u"/integrationTitle"_s, Severity::Error,
            tr("The title can be at most %1 characters long; this one has %2. Shorten it, or leave it out to "
               "use the system's name.")
                .arg(MaxIntegrationTitleLength)
                .arg(characterCount(request.integrationTitle->trimmed()))));
    }

    const QList<Altinn::AccessPackageRef> packages =
        request.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    if (request.kind == Altinn::RequestKind::Standard) {
        const QList<Altinn::Right> rights = request.rights.value_or(QList<Altinn::Right>{});
        if (!request.rights && !request.accessPackages) {
            findings.append(makeFinding(Codes::RightsNotFound, QString(), Severity::Error,
                tr("Choose at least one right or access package for the customer to "
                   "approve.")));
        } else if (rights.isEmpty() && packages.isEmpty()) {
            findings.append(makeFinding(Codes::MissingRightsOrPackages, QString(), Severity::Error,
                tr("Choose at least one right or access package for the customer to "
                   "approve.")));
        }
        if (system && !rights.isEmpty())
            checkRequestedRights(rights, u"/rights"_s, *system, findings);
    } else {
        if (request.rights && !request.rights->isEmpty()) {
            // The agent body has no `rights` member: they would be silently dropped.
            findings.append(makeFinding(Codes::AgentRights, u"/rights"_s, Severity::Error,
                tr("A request for client relationships carries access packages only. "
                   "Remove the single rights, or make a standard request instead.")));
        }
        if (packages.isEmpty()) {
            findings.append(
                makeFinding(Codes::AgentRequestWithoutPackages, u"/accessPackages"_s, Severity::Error,
                    tr("Choose at least one access package for client relationships, e.g. "
                       "an accountant package.")));
        }
    }
    checkRequestedPackages(packages, u"/accessPackages"_s, request.kind, system, findings);
    checkRedirectUrl(request.redirectUrl, system, findings);
    return findings;
}

QList<Finding> RequestValidator::validateChangeRequest(
    const Altinn::ChangeRequest &change, const Altinn::SystemDefinition *system) const
{
    QList<Finding> findings;

    if (change.requiredRights.isEmpty() && change.unwantedRights.isEmpty()
        && change.requiredAccessPackages.isEmpty() && change.unwantedAccessPackages.isEmpty()) {
        // Not an error: the server answers 200 "NoChangeNeeded" and stores nothing.
        findings.append(makeFinding(Codes::ChangeEmpty, QString(), Severity::Warning,
            tr("This change request asks for nothing, so Altinn will answer \"no change "
               "needed\". Add rights or access packages to require or to remove.")));
    }

    // Only the required lists are checked by the server; the unwanted ones are not.
    if (system && !change.requiredRights.isEmpty())
        checkRequestedRights(change.requiredRights, u"/requiredRights"_s, *system, findings);
    checkRequestedPackages(change.requiredAccessPackages, u"/requiredAccessPackages"_s,
        Altinn::RequestKind::Standard, system, findings);

    // Client rule: asking to add and to remove the same thing leaves the outcome to the order of
    // approval steps in the portal; say so rather than guess.
    for (qsizetype i = 0; i < change.unwantedRights.size(); ++i) {
        const Altinn::Right &unwanted = change.unwantedRights.at(i);
        const bool alsoRequired = std::any_of(change.requiredRights.cbegin(), change.requiredRights.cend(),
            [&](const Altinn::Right &r) { return rightMatches(r, unwanted); });
        if (alsoRequired) {
            findings.append(makeFinding(Codes::ChangeConflict, Findings::itemPath(u"/unwantedRights", i),
                Severity::Warning,
                tr("This right is both required and unwanted. Keep it in one list "
                   "only.")));
        }
    }
    for (qsizetype i = 0; i < change.unwantedAccessPackages.size(); ++i) {
        if (containsUrn(change.requiredAccessPackages, change.unwantedAccessPackages.at(i).urn)) {
            findings.append(makeFinding(Codes::ChangeConflict,
                Findings::itemPath(u"/unwantedAccessPackages", i), Severity::Warning,
                tr("This access package is both required and unwanted. Keep it in one "
                   "list only.")));
        }
    }

    checkRedirectUrl(change.redirectUrl, system, findings);
    return findings;
}

qsizetype RequestValidator::characterCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
}

bool RequestValidator::isExternalRefCharacter(char32_t c)
{
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
        return true;
    return c == U'_' || c == U'-' || c == U'æ' || c == U'ø' || c == U'å' || c == U'Æ' || c == U'Ø'
        || c == U'Å';
}

std::optional<Finding> RequestValidator::externalRefFinding(const QString &externalRef)
{
    const qsizetype length = characterCount(externalRef);
    if (length > MaxExternalRefLength) {
        return makeFinding(Codes::ExternalRefLength, u"/externalRef"_s, Severity::Error,
            tr("The external reference can be at most %1 characters long; this one "
               "has %2. Shorten it.")
                .arg(MaxExternalRefLength)
                .arg(length));
    }
    // Altinn stores any text, but Maskinporten refuses other characters in a system user token request
    // (MP-302): the customer could approve, and still no token could ever be had for the system user.
    QString refused;
    for (const char32_t c : externalRef.toUcs4()) {
        const QString character = QString::fromUcs4(&c, 1);
        if (!isExternalRefCharacter(c) && !refused.contains(character))
            refused += character;
    }
    if (refused.isEmpty())
        return std::nullopt;
    QStringList shown;
    for (const char32_t c : refused.toUcs4())
        shown.append(c == U' ' ? tr("space") : u"“"_s + QString::fromUcs4(&c, 1) + u"”"_s);
    return makeFinding(Codes::ExternalRefChars, u"/externalRef"_s, Severity::Error,
        tr("The external reference may hold only letters (a–z, æ, ø, å), digits, “_” and “-”: Maskinporten "
           "refuses other characters when the system user token is asked for, so this customer's system "
           "user could never be used. Replace %1, e.g. with “-”.")
            .arg(shown.join(u", "_s)));
}

bool RequestValidator::redirectUrlMatches(const QUrl &requested, const QUrl &allowed)
{
    if (!requested.isValid() || !allowed.isValid() || requested.isRelative() || allowed.isRelative())
        return false;
    // QUrl already lower-cases scheme and host; compare case-insensitively anyway for URLs built
    // with setScheme()/setHost() in unusual ways.
    const QString scheme = requested.scheme().toLower();
    if (scheme != allowed.scheme().toLower())
        return false;
    if (requested.host().compare(allowed.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (requested.port(defaultPort(scheme)) != allowed.port(defaultPort(scheme)))
        return false;
    if (requested.userInfo() != allowed.userInfo())
        return false;
    const auto normalizedPath = [](const QUrl &url) {
        const QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
        return path.isEmpty() ? u"/"_s : path;
    };
    return normalizedPath(requested) == normalizedPath(allowed);
}

void RequestValidator::checkRequestedRights(const QList<Altinn::Right> &rights, const QString &listPath,
    const Altinn::SystemDefinition &system, QList<Finding> &findings) const
{
    const QList<Altinn::Right> systemRights = system.rights.value_or(QList<Altinn::Right>{});
    bool allMatch = true;
    for (qsizetype i = 0; i < rights.size(); ++i) {
        const Altinn::Right &right = rights.at(i);
        const bool found = std::any_of(systemRights.cbegin(), systemRights.cend(),
            [&](const Altinn::Right &offered) { return rightMatches(right, offered); });
        if (found)
            continue;
        allMatch = false;
        const QString message = right.resource.isEmpty()
            ? tr("This right names no resource. Choose one of the system's rights.")
            : tr("The system does not offer this right (%1). Choose one of the system's "
                 "rights exactly as registered, or add it to the system first.")
                  .arg(describeRight(right));
        findings.append(
            makeFinding(Codes::RightsNotFound, Findings::itemPath(listPath, i), Severity::Error, message));
    }
    // The server also refuses more rights than the system has. When every right matches, the only
    // way to get there is to list one twice.
    if (allMatch && rights.size() > systemRights.size()) {
        findings.append(makeFinding(Codes::RightsNotFound, listPath, Severity::Error,
            tr("More rights are listed than the system has (%1 listed; the system has %2). Remove the "
               "duplicates.")
                .arg(rights.size())
                .arg(systemRights.size())));
    }
}

void RequestValidator::checkRequestedPackages(const QList<Altinn::AccessPackageRef> &packages,
    const QString &listPath, Altinn::RequestKind kind, const Altinn::SystemDefinition *system,
    QList<Finding> &findings) const
{
    const QList<Altinn::AccessPackageRef> systemPackages = system
        ? system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})
        : QList<Altinn::AccessPackageRef>{};
    bool allInSystem = true;
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const QString &urn = packages.at(i).urn;
        const QString path = Findings::itemPath(listPath, i);
        if (system && !containsUrn(systemPackages, urn)) {
            allInSystem = false;
            findings.append(makeFinding(Codes::PackageNotInSystem, path, Severity::Error,
                tr("The system does not offer the access package %1. Choose one of "
                   "the system's packages, or add it to the system first.")
                    .arg(urn)));
            continue;
        }
        if (!m_lookup)
            continue;
        // Like the server, a package the catalogue does not know counts as not assignable/delegable.
        const std::optional<PackageFlags> flags = m_lookup(urn);
        if (kind == Altinn::RequestKind::Standard && !(flags && flags->isAssignable)) {
            findings.append(makeFinding(Codes::PackageNotAssignable, path, Severity::Error,
                tr("The access package %1 is meant for client relationships and cannot "
                   "be given to a standard system user. Remove it, or make a request "
                   "for client relationships.")
                    .arg(urn)));
        } else if (kind == Altinn::RequestKind::Agent && !(flags && flags->isDelegable)) {
            findings.append(makeFinding(Codes::PackageNotDelegable, path, Severity::Error,
                tr("The access package %1 cannot be used for client relationships. "
                   "Remove it, or make a standard request.")
                    .arg(urn)));
        }
    }
    if (system && allInSystem && packages.size() > systemPackages.size()) {
        findings.append(makeFinding(Codes::PackageNotInSystem, listPath, Severity::Error,
            tr("More access packages are listed than the system has (%1 listed; the system has %2). Remove "
               "the duplicates.")
                .arg(packages.size())
                .arg(systemPackages.size())));
    }
}

void RequestValidator::checkRedirectUrl(const std::optional<QString> &redirectUrl,
    const Altinn::SystemDefinition *system, QList<Finding> &findings)
{
    // The server skips the check for null and "" alike (after trimming).
    const QString url = redirectUrl.value_or(QString()).trimmed();
    if (url.isEmpty())
        return;
    const QString path = u"/redirectUrl"_s;

    // Server order: no allowed URLs at all (AUTH-00026) is decided before the URL is looked at.
    if (system && system->allowedRedirectUrls.isEmpty()) {
        findings.append(makeFinding(Codes::NoRedirectUrlsOnSystem, path, Severity::Error,
            tr("The system has no allowed redirect URLs. Add this address to the "
               "system's redirect URLs first, or leave the redirect out.")));
        return;
    }
    // Client rule: the server would answer AUTH-00021 (or fail) for a URL that is not absolute https;
    // a specific message is more helpful, and the match below would only repeat the problem.
    if (!SystemDefinitionValidator::isAbsoluteHttpsUrl(url)) {
        findings.append(makeFinding(Codes::RedirectInvalid, path, Severity::Error,
            tr("The redirect URL must be a full address starting with https://, e.g. "
               "https://example.com/altinn/callback.")));
        return;
    }
    if (!system)
        return;
    const QUrl requested(url);
    const bool allowed = std::any_of(system->allowedRedirectUrls.cbegin(), system->allowedRedirectUrls.cend(),
        [&](const QString &candidate) { return redirectUrlMatches(requested, QUrl(candidate)); });
    if (!allowed) {
        findings.append(makeFinding(Codes::RedirectUrlNotAllowed, path, Severity::Error,
            tr("The redirect URL must match one of the system's allowed redirect URLs "
               "(%1) in scheme, host, port and path; only the part after '?' may "
               "differ.")
                .arg(system->allowedRedirectUrls.join(u", "))));
    }
}

} // namespace Validation
