#include "validation/SystemDefinitionValidator.h"

#include "model/AltinnUrns.h"
#include "validation/OrgNumber.h"
#include "validation/ValidationCodes.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Validation {

namespace {

constexpr QStringView VendorPrefix = u"0192:";

Finding makeFinding(
    QStringView code, QString path, QStringView serverPath, Severity severity, QString message)
{
    return Finding{code.toString(), std::move(path), serverPath.toString(), severity, std::move(message)};
}

/// The vendor org number as the server reads it ("0192:<orgno>"), or empty when vendor.ID is malformed.
QString vendorOrgNumber(const QString &vendorId)
{
    if (!vendorId.startsWith(VendorPrefix))
        return {};
    const QString orgNumber = vendorId.mid(VendorPrefix.size());
    const OrgNumber::Problem problem = OrgNumber::check(orgNumber);
    // A number with a bad check digit still is the number the server compares the id with.
    return problem == OrgNumber::Problem::None || problem == OrgNumber::Problem::BadCheckDigit ? orgNumber
                                                                                               : QString();
}

/// RFC 3986 "unreserved": the characters that never need percent-encoding in a URL path segment.
bool isUnreserved(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'.' || c == u'_' || c == u'~';
}

/// The server's duplicate key (AuthenticationHelper.HasDuplicateRights): action, then every
/// id:value pair in order. A null action and an empty one give the same key, as in C#.
QString rightKey(const Altinn::Right &right)
{
    QStringList pairs;
    pairs.reserve(right.resource.size());
    for (const Altinn::AttributePair &pair : right.resource)
        pairs.append(pair.id % u':' % pair.value);
    return right.action.value_or(QString()) % u':' % pairs.join(u',');
}

} // namespace

SystemDefinitionValidator::SystemDefinitionValidator(PackageFlagsLookup lookup)
    : m_lookup(std::move(lookup))
{ }

QList<Finding> SystemDefinitionValidator::validate(const Altinn::SystemDefinition &system) const
{
    // Unlike the server, which stops at a bad vendor prefix, every group is always checked so the
    // wizard can show all problems at once.
    QList<Finding> findings;
    checkVendor(system, findings);
    checkId(system, findings);
    checkTexts(system, findings);
    checkRedirectUrls(system, findings);
    checkRights(system, findings);
    checkAccessPackages(system, findings);
    checkClientIds(system, findings);
    checkHasRights(system, findings);
    return findings;
}

bool SystemDefinitionValidator::isAbsoluteHttpsUrl(const QString &url)
{
    // .NET: Uri.IsAbsoluteUri && Scheme == "https". QUrl lower-cases the scheme like .NET does;
    // a URL without a host ("https:///x") cannot be parsed by .NET as absolute either.
    const QUrl parsed(url, QUrl::TolerantMode);
    return parsed.isValid() && !parsed.isRelative() && parsed.scheme() == u"https"
        && !parsed.host().isEmpty();
}

void SystemDefinitionValidator::checkVendor(const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    const QString path = u"/vendor/ID"_s;
    const QString &vendorId = system.vendorId;
    if (!vendorId.startsWith(VendorPrefix)) {
        // The server only checks the "0192" prefix; the number after it is checked below.
        findings.append(makeFinding(Codes::VendorIdInvalid, path, ServerPaths::VendorId, Severity::Error,
            tr("The vendor ID must be \"0192:\" followed by your organisation number, e.g. "
               "0192:991825827.")));
        return;
    }
    const OrgNumber::Problem problem = OrgNumber::check(QStringView(vendorId).mid(VendorPrefix.size()));
    if (problem == OrgNumber::Problem::BadCheckDigit) {
        findings.append(
            makeFinding(Codes::OrgNumberInvalid, path, {}, Severity::Error, OrgNumber::message(problem)));
    } else if (problem != OrgNumber::Problem::None) {
        // Anything but nine digits after "0192:" would make the server fail (500) or reject the id.
        findings.append(makeFinding(Codes::VendorIdInvalid, path, ServerPaths::VendorId, Severity::Error,
            tr("The vendor ID must be \"0192:\" followed by your 9-digit organisation "
               "number, e.g. 0192:991825827. %1")
                .arg(OrgNumber::message(problem))));
    }
}

void SystemDefinitionValidator::checkId(const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    const QString path = u"/id"_s;
    // The server trims the id and then rejects a space inside it (VLD-00013). Leading and trailing
    // whitespace is flagged too: the id is then stored without it, and any URL built from the
    // untrimmed id would miss. Tabs and other whitespace get the same code for the same reason.
    const bool hasWhitespace =
        std::any_of(system.id.cbegin(), system.id.cend(), [](QChar c) { return c.isSpace(); });
    if (hasWhitespace) {
        findings.append(makeFinding(Codes::SystemIdWhitespace, path, ServerPaths::SystemId, Severity::Error,
            tr("The system id cannot contain spaces. Remove them, or use '-' or '_' between words.")));
    }

    const QString id = system.id.trimmed();
    const QString orgNumber = vendorOrgNumber(system.vendorId);
    const QString example = (orgNumber.isEmpty() ? u"991825827"_s : orgNumber) % u"_myproduct";
    const qsizetype underscore = id.indexOf(u'_');
    QString formatMessage;
    if (underscore < 0) {
        formatMessage =
            tr("The system id must start with your organisation number and an underscore, e.g. %1.")
                .arg(example);
    } else if (!orgNumber.isEmpty() && QStringView(id).left(underscore) != orgNumber) {
        // Server rule: the text before the first '_' must equal the vendor's org number.
        formatMessage = tr("The system id must start with your organisation number %1 and an underscore, "
                           "e.g. %2.")
                            .arg(orgNumber, example);
    } else if (underscore == id.size() - 1) {
        // Client rule (docs/altinn-behaviour.md#client-side-checks: "<orgno>_<something>"): the server would
        // accept "991825827_".
        formatMessage = tr("Add a name for your system after the underscore, e.g. %1.").arg(example);
    }
    if (!formatMessage.isEmpty())
        findings.append(
            makeFinding(Codes::SystemIdFormat, path, ServerPaths::SystemId, Severity::Error, formatMessage));

    if (id.size() > MaxSystemIdLength) {
        findings.append(makeFinding(Codes::SystemIdLength, path, {}, Severity::Error,
            tr("The system id can be at most %1 characters long; this one has %2. "
               "Shorten it.")
                .arg(MaxSystemIdLength)
                .arg(id.size())));
    }

    // Allowed: letters A–Z/a–z, digits, '-', '.', '_' and '~' (RFC 3986 unreserved). The id is a
    // path segment in many URLs; '/', '?', '#' and '%' break them, and anything else would need
    // percent-encoding that other tools get wrong. Whitespace is already reported above.
    QString offending;
    for (const QChar c : id) {
        if (!c.isSpace() && !isUnreserved(c) && !offending.contains(c))
            offending.append(c);
    }
    if (!offending.isEmpty()) {
        QStringList quoted;
        for (const QChar c : std::as_const(offending))
            quoted.append(u'"' % QString(c) % u'"');
        findings.append(makeFinding(Codes::SystemIdChars, path, {}, Severity::Error,
            tr("The system id is used in web addresses: use only the letters A–Z and a–z, digits, '-', "
               "'_', '.' and '~'. Remove %1.")
                .arg(quoted.join(u", "))));
    }
}

void SystemDefinitionValidator::checkTexts(const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    // The server does not validate these: a missing nb/nn/en key fails the database CHECK
    // constraint and the create answers 500 with the database error as text. A blank text is
    // stored, but end users then see a system without a name in the Altinn portal.
    const auto languageName = [](const QString &language) {
        if (language == u"nb")
            return tr("Norwegian Bokmål (nb)");
        if (language == u"nn")
            return tr("Norwegian Nynorsk (nn)");
        if (language == u"en")
            return tr("English (en)");
        return language;
    };
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        if (system.name.value(language).trimmed().isEmpty()) {
            findings.append(makeFinding(Codes::NameMissing, u"/name/"_s % language, {}, Severity::Error,
                tr("Enter the system name in %1. Altinn needs it in Bokmål, Nynorsk and English.")
                    .arg(languageName(language))));
        }
        if (system.description.value(language).trimmed().isEmpty()) {
            findings.append(
                makeFinding(Codes::DescriptionMissing, u"/description/"_s % language, {}, Severity::Error,
                    tr("Enter the system description in %1. Altinn needs it in Bokmål, "
                       "Nynorsk and English.")
                        .arg(languageName(language))));
        }
    }
}

void SystemDefinitionValidator::checkRedirectUrls(
    const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    for (qsizetype i = 0; i < system.allowedRedirectUrls.size(); ++i) {
        const QString &url = system.allowedRedirectUrls.at(i);
        const QString path = Findings::itemPath(u"/allowedRedirectUrls", i);
        if (!isAbsoluteHttpsUrl(url)) {
            findings.append(makeFinding(Codes::RedirectUrlInvalid, path, ServerPaths::AllowedRedirectUrls,
                Severity::Error,
                tr("A redirect URL must be a full address starting with https://, "
                   "e.g. https://example.com/altinn/callback.")));
            continue;
        }
        QUrl parsed(url);
        if (parsed.path().isEmpty()) {
            // .NET's Uri.ToString() adds the slash: "https://vg.no" comes back as "https://vg.no/".
            // Request matching treats both alike, but a comparison of the stored list with the
            // draft (or a redirect built from the string) would not.
            parsed.setPath(u"/"_s);
            findings.append(makeFinding(Codes::RedirectTrailingSlash, path, {}, Severity::Warning,
                tr("Altinn stores this address as %1. Write it that way so the "
                   "registered list matches what you send.")
                    .arg(parsed.toString())));
        }
    }
}

void SystemDefinitionValidator::checkRights(const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    const QList<Altinn::Right> rights = system.rights.value_or(QList<Altinn::Right>{});
    QSet<QString> seen;
    for (qsizetype i = 0; i < rights.size(); ++i) {
        const Altinn::Right &right = rights.at(i);
        const QString rightPath = Findings::itemPath(u"/rights", i);
        if (right.resource.isEmpty()) {
            // The server accepts a right without attribute pairs, but it grants nothing and a request
            // for it cannot be matched (the server fails with 500 on such a request).
            findings.append(makeFinding(Codes::RightEmpty, rightPath % u"/resource", {}, Severity::Error,
                tr("This right names no resource. Choose a resource, or remove the "
                   "right.")));
        }
        for (qsizetype j = 0; j < right.resource.size(); ++j) {
            const Altinn::AttributePair &pair = right.resource.at(j);
            const QString pairPath = Findings::itemPath(QString(rightPath % u"/resource"), j);
            if (pair.id != QStringView(Altinn::ResourceAttributeId)) {
                findings.append(makeFinding(Codes::ResourceAttributeInvalid, pairPath % u"/id",
                    ServerPaths::RightsResource, Severity::Error,
                    tr("The attribute id must be exactly \"urn:altinn:resource\" (it is "
                       "\"%1\"). Apps are also given this way, with the value "
                       "app_<org>_<app>.")
                        .arg(pair.id)));
            }
            if (pair.value.trimmed().isEmpty()) {
                // The server would look the empty id up in the resource registry; a clearer message here.
                findings.append(makeFinding(Codes::ResourceEmpty, pairPath % u"/value", {}, Severity::Error,
                    tr("The resource id is empty. Choose the resource this right is "
                       "for.")));
            }
        }
        const QString key = rightKey(right);
        if (seen.contains(key)) {
            findings.append(
                makeFinding(Codes::DuplicateRights, rightPath, ServerPaths::RightsResource, Severity::Error,
                    tr("This right is listed more than once (same action and resource). "
                       "Remove the duplicate.")));
        } else {
            seen.insert(key);
        }
    }
}

void SystemDefinitionValidator::checkAccessPackages(
    const Altinn::SystemDefinition &system, QList<Finding> &findings) const
{
    const QList<Altinn::AccessPackageRef> packages =
        system.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    QSet<QString> seen;
    QStringList notAssignable;
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const QString &urn = packages.at(i).urn;
        const QString path = Findings::itemPath(u"/accessPackages", i);
        const QString urnPath = path % u"/urn";
        const auto invalid = [&](const QString &message) {
            findings.append(makeFinding(
                Codes::AccessPackageInvalid, urnPath, ServerPaths::AccessPackages, Severity::Error, message));
        };

        if (urn.isEmpty() || urn.split(u':').size() < 4) {
            // The server's own format rule ("Invalid format").
            invalid(tr("This is not an access package URN. An access package URN looks like "
                       "urn:altinn:accesspackage:<code>, e.g. urn:altinn:accesspackage:skattnaering."));
        } else if (!urn.startsWith(Altinn::Urns::AccessPackagePrefix)
            || urn.size() == Altinn::Urns::AccessPackagePrefix.size()) {
            // Client rule with the server's code: every package in the catalogue has this prefix, so
            // the server would answer VLD-00008 ("Not found") for any other URN.
            invalid(tr("An access package URN starts with urn:altinn:accesspackage: followed by the package "
                       "code, e.g. urn:altinn:accesspackage:skattnaering."));
        } else if (m_lookup) {
            const std::optional<PackageFlags> flags = m_lookup(urn);
            if (!flags) {
                invalid(tr("Altinn has no access package %1. Choose one from the package list.").arg(urn));
            } else {
                if (!flags->isDelegable && !flags->isAssignable) {
                    invalid(
                        tr("The access package %1 cannot be given to any system user. Remove it.").arg(urn));
                }
                if (!flags->isAssignable)
                    notAssignable.append(urn);
            }
        }

        // The server compares URNs exactly (ordinal), so only identical strings are duplicates.
        if (seen.contains(urn)) {
            findings.append(makeFinding(Codes::DuplicateAccessPackages, path, ServerPaths::AccessPackages,
                Severity::Error,
                tr("This access package is listed more than once. Remove the "
                   "duplicate.")));
        } else {
            seen.insert(urn);
        }
    }

    if (system.isVisible && !notAssignable.isEmpty()) {
        findings.append(makeFinding(Codes::VisibleWithClientPackage, u"/isVisible"_s,
            ServerPaths::AccessPackages, Severity::Error,
            tr("A system with client-relationship packages (%1) cannot be visible in "
               "Altinn, because customers cannot pick such packages themselves. Turn "
               "visibility off, or remove those packages.")
                .arg(notAssignable.join(u", "))));
    }
}

void SystemDefinitionValidator::checkClientIds(
    const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    // Maskinporten issues client ids as UUIDs (8-4-4-4-12 hex digits, no braces); the server does
    // not check the form, but any other text can never match a Maskinporten client.
    static const QRegularExpression uuidPattern(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);

    if (system.clientIds.isEmpty()) {
        findings.append(makeFinding(Codes::ClientIdMissing, u"/clientId"_s, {}, Severity::Warning,
            tr("No Maskinporten client id yet. Nobody can get a system user token for "
               "this system until you add one.")));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < system.clientIds.size(); ++i) {
        const QString &clientId = system.clientIds.at(i);
        const QString path = Findings::itemPath(u"/clientId", i);
        if (!uuidPattern.match(clientId).hasMatch()) {
            findings.append(makeFinding(Codes::ClientIdFormat, path, {}, Severity::Error,
                tr("A Maskinporten client id looks like "
                   "3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from "
                   "Samarbeidsportalen, Digdir's self-service portal.")));
        }
        // The server compares case-insensitively (VLD-00011 on PUT; on create the database answers 409).
        const QString key = clientId.toCaseFolded();
        if (seen.contains(key)) {
            findings.append(makeFinding(Codes::DuplicateClientIds, path, ServerPaths::ClientId,
                Severity::Error, tr("This client id is listed more than once. Remove the duplicate.")));
        } else {
            seen.insert(key);
        }
    }
}

void SystemDefinitionValidator::checkHasRights(
    const Altinn::SystemDefinition &system, QList<Finding> &findings)
{
    // An error, not a warning: the server accepts such a system, but every request for it fails
    // (a standard request needs a right or package of the system, an agent request a package), so
    // the system is useless until something is added.
    const bool noRights = !system.rights || system.rights->isEmpty();
    const bool noPackages = !system.accessPackages || system.accessPackages->isEmpty();
    if (noRights && noPackages) {
        findings.append(makeFinding(Codes::NoRights, QString(), {}, Severity::Error,
            tr("Add at least one right or access package. A system user can only get "
               "what the system lists, so without any, customers have nothing to approve.")));
    }
}

} // namespace Validation
