#pragma once

#include "model/AccessPackageRef.h"
#include "model/ApiError.h"
#include "model/Right.h"
#include "model/SystemDefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SeedCatalogue;
struct SandboxState;

/**
 * The system register's server-side validation rules (docs/altinn-behaviour.md#create-a-system,
 * #validation-codes), each returning its AUTH.VLD errors in the order the service adds them, with the
 * service's messages, paths and extra members.
 */
class SystemRegisterRules
{
public:
    /// Create only: VLD-00013, 00001, 00002, 00005, 00004 (in this order). @p vendorOrgNumber from vendor.ID.
    static QList<Altinn::FieldError> systemErrors(
        const Altinn::SystemDefinition &system, const QString &vendorOrgNumber, const SandboxState &state);
    /// VLD-00009, 00003, 00017 (each with its extra member listing the values) and 00006.
    static QList<Altinn::FieldError> rightsErrors(
        const QList<Altinn::Right> &rights, const SeedCatalogue &catalogue);
    /// VLD-00008 (with "Invalid Urn Details : "), 00007 and, when @p isVisible, 00018.
    static QList<Altinn::FieldError> accessPackageErrors(
        const std::optional<QList<Altinn::AccessPackageRef>> &packages, bool isVisible,
        const SeedCatalogue &catalogue);
    /// PUT only: VLD-00011 once for duplicates (case-insensitive), then VLD-00004 once per client id that
    /// another live system holds.
    static QList<Altinn::FieldError> clientIdErrors(
        const QStringList &clientIds, const QString &systemId, const SandboxState &state);
    /// The sandbox's clearer answer to a name/description without nb, nn or en (quirk switch off):
    /// LOCAL.NAME-MISSING / LOCAL.DESCRIPTION-MISSING with paths "/registersystemrequest/name" and
    /// "/registersystemrequest/description" (sandbox codes; the real service has none, it answers 500).
    static QList<Altinn::FieldError> languageErrors(const Altinn::SystemDefinition &system);
    /// The PostgreSQL error the real service answers (as 500 text) for a missing language; nullopt when
    /// name and description are complete. Name before description, languages in constraint-name order.
    static std::optional<QString> missingLanguageDatabaseError(const Altinn::SystemDefinition &system);

    /// VLD-00005's rule: an absolute https URI.
    static bool isValidRedirectUrl(const QString &url);
    /// The database's uri domain (`^https?://[^.]+`), which the PUT path relies on instead of VLD-00005.
    static bool fitsUriDomain(const QString &storedUrl);
    /// What .NET `Uri.ToString()` stores: scheme and host lower-cased, "/" added to a host-only URL.
    static QString storedRedirectUrl(const QString &url);
    /// Client ids that appear twice in @p clientIds, compared case-insensitively.
    static bool hasDuplicateClientIds(const QStringList &clientIds);
};
