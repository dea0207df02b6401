#pragma once

#include "model/SystemDefinition.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Validation {

/// An access package's flags from the access-package metadata API (docs/altinn-behaviour.md#access-packages).
struct PackageFlags
{
    bool isDelegable = false; ///< may go to an agent (client relationship) system user
    bool isAssignable = false; ///< may go to a standard system user
};

/**
 * Looks an access package URN up in the package catalogue; std::nullopt when the catalogue does not
 * know it. A default-constructed (empty) lookup means "no catalogue at hand": rules that need the
 * flags are then skipped instead of guessed.
 */
using PackageFlagsLookup = std::function<std::optional<PackageFlags>(const QString &urn)>;

/**
 * Checks a system definition (the RegisterSystemRequest body) before it is sent.
 *
 * Mirrors every system register rule that needs no round trip (docs/altinn-behaviour.md#create-a-system,
 * #client-side-checks), with the server's code, plus LOCAL.* rules the server lacks. Every problem is
 * reported, not just the first. Paths are JSON Pointers into the body with Altinn's member casing
 * ("/vendor/ID",
 * "/rights/0/resource/1/id"); the server's own path goes into Finding::serverPath.
 *
 * Left to the server: id already taken (VLD-00002), resources existing and of a delegable type
 * (VLD-00003/00017), client ids used by other systems (VLD-00004), PUT id ≠ URL id (VLD-00012).
 */
class SystemDefinitionValidator
{
    Q_DECLARE_TR_FUNCTIONS(SystemDefinitionValidator)

public:
    /// The system id is a database column of this size (docs/altinn-behaviour.md#system-model).
    static constexpr qsizetype MaxSystemIdLength = 255;

    explicit SystemDefinitionValidator(PackageFlagsLookup lookup = {});

    QList<Finding> validate(const Altinn::SystemDefinition &system) const;

    /// True for an absolute URL with scheme https and a host (the server's rule for redirect URLs).
    static bool isAbsoluteHttpsUrl(const QString &url);

private:
    static void checkVendor(const Altinn::SystemDefinition &system, QList<Finding> &findings);
    static void checkId(const Altinn::SystemDefinition &system, QList<Finding> &findings);
    static void checkTexts(const Altinn::SystemDefinition &system, QList<Finding> &findings);
    static void checkRedirectUrls(const Altinn::SystemDefinition &system, QList<Finding> &findings);
    static void checkRights(const Altinn::SystemDefinition &system, QList<Finding> &findings);
    void checkAccessPackages(const Altinn::SystemDefinition &system, QList<Finding> &findings) const;
    static void checkClientIds(const Altinn::SystemDefinition &system, QList<Finding> &findings);
    static void checkHasRights(const Altinn::SystemDefinition &system, QList<Finding> &findings);

    PackageFlagsLookup m_lookup;
};

} // namespace Validation
