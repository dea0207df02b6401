#include "sandbox/SystemRegisterRules.h"

#include "sandbox/SandboxState.h"
#include "sandbox/SeedCatalogue.h"
#include "validation/SystemDefinitionValidator.h"
#include "validation/ValidationCodes.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using Altinn::FieldError;
namespace Codes = Validation::Codes;
namespace Paths = Validation::ServerPaths;

namespace {

// The service's messages (ValidationErrors.cs).
const QString SystemIdSpacesMessage =
    u"System ID cannot have spaces in id (leading, trailing or in between the id)"_s;
const QString SystemIdFormatMessage = u"The system id does not match the format orgnumber_xxxx..."_s;
const QString SystemIdExistsMessage = u"The system id already exists"_s;
const QString RedirectUrlMessage =
    u"One or more of the redirect urls format is not valid. The valid format is https://xxx.xx"_s;
const QString ClientIdExistsMessage = u"One of the client id is already tagged with an existing system"_s;
const QString ResourceFormatMessage =
    u"One or more resource id is in wrong format. The valid format is urn:altinn:resource"_s;
const QString ResourceNotFoundMessage =
    u"One or more resources specified in rights were not found in Altinn's resource register."_s;
const QString ResourceNotDelegableMessage =
    u"One or more resources specified in rights is of resource type which is not delegable."_s;
const QString DuplicateRightsMessage = u"One or more duplicate rights found"_s;
const QString PackageInvalidMessage =
    u"One or all the accesspackage(s) is not found in altinn's access packages or is not delegable"_s;
const QString DuplicatePackagesMessage = u"One or more duplicate access package(s) found"_s;
const QString VisibleWithClientPackageMessage =
    u"Access packages meant for system user for client relations can't be used in combination with the flag "
    u"isVisible: true"_s;
const QString DuplicateClientIdsMessage = u"Request contains duplicate client ids"_s;

// SystemRegisterService.WhitelistedResourceTypes: the resource types a system may hold rights to.
const QStringList DelegableResourceTypes{u"Default"_s, u"Systemresource"_s, u"AltinnApp"_s,
    u"GenericAccessResource"_s, u"BrokerService"_s, u"CorrespondenceService"_s, u"MigratedApp"_s};

// The database domain's CHECK constraints, in the order PostgreSQL tests them (by constraint name).
const QStringList ConstraintLanguages{u"en"_s, u"nb"_s, u"nn"_s};

FieldError fieldError(
    QStringView code, const QString &message, QStringView path, QMap<QString, QString> extras = {})
{
    return FieldError{code.toString(), message, {path.toString()}, std::move(extras)};
}

QStringList missingLanguages(const Altinn::LocalizedText &text)
{
    QStringList missing;
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        if (!text.contains(language))
            missing.append(language);
    }
    return missing;
}

} // namespace

QList<FieldError> SystemRegisterRules::systemErrors(
    const Altinn::SystemDefinition &system, const QString &vendorOrgNumber, const SandboxState &state)
{
    QList<FieldError> errors;
    // Only ' ' counts (HasSpaceInId); the filter already trimmed the ends.
    if (system.id.contains(u' '))
        errors.append(fieldError(Codes::SystemIdWhitespace, SystemIdSpacesMessage, Paths::SystemId));
    // DoesSystemIdStartWithOrgnumber: the text before the first '_' must equal the org number. Note that an
    // id without '_' that equals the org number passes (the code, not the docs' "orgnumber_xxxx").
    if (system.id.section(u'_', 0, 0) != vendorOrgNumber)
        errors.append(fieldError(Codes::SystemIdFormat, SystemIdFormatMessage, Paths::SystemId));
    // Deleted systems included: an id is taken forever.
    if (state.systems.contains(system.id))
        errors.append(fieldError(Codes::SystemIdExists, SystemIdExistsMessage, Paths::SystemId));
    if (!std::all_of(
            system.allowedRedirectUrls.cbegin(), system.allowedRedirectUrls.cend(), isValidRedirectUrl))
        errors.append(fieldError(Codes::RedirectUrlInvalid, RedirectUrlMessage, Paths::AllowedRedirectUrls));
    // One entry, however many ids are taken; a deleted system has freed its ids.
    const bool clientIdTaken = std::any_of(system.clientIds.cbegin(), system.clientIds.cend(),
        [&state](const QString &clientId) { return state.clientIdOwners.contains(clientId.toLower()); });
    if (clientIdTaken)
        errors.append(fieldError(Codes::ClientIdInUse, ClientIdExistsMessage, Paths::ClientId));
    return errors;
}

QList<FieldError> SystemRegisterRules::rightsErrors(
    const QList<Altinn::Right> &rights, const SeedCatalogue &catalogue)
{
    // GetInvalidResourceIdsDetailed: every attribute pair is checked; the lists hold the pair values.
    QStringList invalidFormat;
    QStringList notFound;
    QStringList notDelegable;
    for (const Altinn::Right &right : rights) {
        for (const Altinn::AttributePair &pair : right.resource) {
            if (pair.id != QStringView(Altinn::ResourceAttributeId)) {
                invalidFormat.append(pair.value);
                continue;
            }
            const QString type = catalogue.resourceType(pair.value);
            if (type.isEmpty())
                notFound.append(pair.value);
            else if (!DelegableResourceTypes.contains(type, Qt::CaseInsensitive))
                notDelegable.append(pair.value);
        }
    }

    QList<FieldError> errors;
    const auto addIfAny = [&errors](const QStringList &values, QStringView code, const QString &message,
                              const QString &extra) {
        if (!values.isEmpty())
            errors.append(fieldError(code, message, Paths::RightsResource, {{extra, values.join(u" | "_s)}}));
    };
    addIfAny(invalidFormat, Codes::ResourceAttributeInvalid, ResourceFormatMessage,
        u"Invalid Resource Id Details : "_s);
    addIfAny(notFound, Codes::ResourceNotFound, ResourceNotFoundMessage, u"ResourceIds Not Found : "_s);
    addIfAny(notDelegable, Codes::ResourceNotDelegable, ResourceNotDelegableMessage,
        u"ResourceIds Not Delegable : "_s);

    // HasDuplicateRights: action plus every id:value pair, in order.
    QSet<QString> keys;
    for (const Altinn::Right &right : rights) {
        const QString key = right.identityKey();
        if (keys.contains(key)) {
            errors.append(fieldError(Codes::DuplicateRights, DuplicateRightsMessage, Paths::RightsResource));
            break;
        }
        keys.insert(key);
    }
    return errors;
}

QList<FieldError> SystemRegisterRules::accessPackageErrors(
    const std::optional<QList<Altinn::AccessPackageRef>> &packages, bool isVisible,
    const SeedCatalogue &catalogue)
{
    QList<FieldError> errors;
    if (!packages)
        return errors;

    // GetInvalidAccessPackageUrnsDetailed
    QStringList invalidFormat;
    QStringList notFound;
    QStringList notDelegable;
    bool anyNotAssignable = false;
    for (const Altinn::AccessPackageRef &package : *packages) {
        if (package.urn.isEmpty() || package.urn.split(u':').size() < 4) {
            invalidFormat.append(package.urn);
            continue;
        }
        const auto flags = catalogue.packageFlags(package.urn);
        if (!flags) {
            notFound.append(package.urn);
            continue;
        }
        if (!flags->isDelegable && !flags->isAssignable)
            notDelegable.append(package.urn);
        if (!flags->isAssignable)
            anyNotAssignable = true;
    }
    if (!invalidFormat.isEmpty() || !notFound.isEmpty() || !notDelegable.isEmpty()) {
        QStringList details;
        if (!invalidFormat.isEmpty())
            details.append(u"Invalid format: "_s + invalidFormat.join(u", "_s));
        if (!notFound.isEmpty())
            details.append(u"Not found: "_s + notFound.join(u", "_s));
        if (!notDelegable.isEmpty())
            details.append(u"Not possible to delegate: "_s + notDelegable.join(u", "_s));
        errors.append(fieldError(Codes::AccessPackageInvalid, PackageInvalidMessage, Paths::AccessPackages,
            {{u"Invalid Urn Details : "_s, details.join(u" | "_s)}}));
    }

    QSet<QString> urns;
    for (const Altinn::AccessPackageRef &package : *packages) {
        if (urns.contains(package.urn)) {
            errors.append(
                fieldError(Codes::DuplicateAccessPackages, DuplicatePackagesMessage, Paths::AccessPackages));
            break;
        }
        urns.insert(package.urn);
    }

    // A package that is neither delegable nor assignable counts here too (it is not assignable).
    if (isVisible && anyNotAssignable)
        errors.append(fieldError(
            Codes::VisibleWithClientPackage, VisibleWithClientPackageMessage, Paths::AccessPackages));
    return errors;
}

QList<FieldError> SystemRegisterRules::clientIdErrors(
    const QStringList &clientIds, const QString &systemId, const SandboxState &state)
{
    QList<FieldError> errors;
    if (hasDuplicateClientIds(clientIds))
        errors.append(fieldError(Codes::DuplicateClientIds, DuplicateClientIdsMessage, Paths::ClientId));
    for (const QString &clientId : clientIds) {
        const QString owner = state.clientIdOwners.value(clientId.toLower());
        if (!owner.isEmpty() && owner != systemId)
            errors.append(fieldError(Codes::ClientIdInUse, ClientIdExistsMessage, Paths::ClientId));
    }
    return errors;
}

QList<FieldError> SystemRegisterRules::languageErrors(const Altinn::SystemDefinition &system)
{
    QList<FieldError> errors;
    const auto check = [&errors](const Altinn::LocalizedText &text, QStringView code, const QString &member) {
        const QStringList missing = missingLanguages(text);
        if (missing.isEmpty())
            return;
        errors.append(FieldError{code.toString(),
            u"The %1 must have a text for each of nb, nn and en; missing: %2. (Sandbox message: the real "
            u"service answers 500 with a database error here.)"_s.arg(member, missing.join(u", "_s)),
            {u"/registersystemrequest/"_s + member}, {}});
    };
    check(system.name, Codes::NameMissing, u"name"_s);
    check(system.description, Codes::DescriptionMissing, u"description"_s);
    return errors;
}

std::optional<QString> SystemRegisterRules::missingLanguageDatabaseError(
    const Altinn::SystemDefinition &system)
{
    // Npgsql's PostgresException.Message: "<SQLSTATE>: <message>".
    for (const Altinn::LocalizedText *text : {&system.name, &system.description}) {
        for (const QString &language : ConstraintLanguages) {
            if (!text->contains(language))
                return u"23514: value for domain business_application.translated_text violates check "
                       u"constraint \"translated_text_contains_%1\""_s.arg(language);
        }
    }
    return std::nullopt;
}

bool SystemRegisterRules::isValidRedirectUrl(const QString &url)
{
    return Validation::SystemDefinitionValidator::isAbsoluteHttpsUrl(url);
}

bool SystemRegisterRules::fitsUriDomain(const QString &storedUrl)
{
    static const QRegularExpression domain(u"^https?://[^.]+"_s);
    return domain.match(storedUrl).hasMatch();
}

QString SystemRegisterRules::storedRedirectUrl(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(u"://"_s);
    if (schemeEnd <= 0)
        return url;
    const qsizetype authorityStart = schemeEnd + 3;
    static const QRegularExpression authorityEndPattern(u"[/?#]"_s);
    qsizetype authorityEnd = url.indexOf(authorityEndPattern, authorityStart);
    if (authorityEnd < 0)
        authorityEnd = url.size();
    QString rest = url.mid(authorityEnd);
    if (!rest.startsWith(u'/'))
        rest.prepend(u'/');
    return url.left(authorityEnd).toLower() + rest;
}

bool SystemRegisterRules::hasDuplicateClientIds(const QStringList &clientIds)
{
    QSet<QString> seen;
    for (const QString &clientId : clientIds) {
        const QString key = clientId.toLower();
        if (seen.contains(key))
            return true;
        seen.insert(key);
    }
    return false;
}
