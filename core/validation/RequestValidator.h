#pragma once

#include "model/ChangeRequest.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "validation/Finding.h"
#include "validation/SystemDefinitionValidator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Validation {

/**
 * Checks system user requests (standard and agent) and change requests before they are sent.
 *
 * Mirrors the server's decision sequence (docs/altinn-behaviour.md#creating-a-request, #agent-requests,
 * #change-requests) as far as it needs no round trip, plus LOCAL.* rules. Pass the registered system to check
 * rights, packages and the redirect URL against it; pass a package lookup to check the packages' flags. Paths
 * are JSON Pointers into the request body ("/rights/0", "/redirectUrl"); AUTH-* problems carry no server path
 * (the server reports none for them).
 *
 * Like the server, strings of the body are judged after trimming (its TrimStringsActionFilter).
 */
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)

public:
    /// externalRef and integrationTitle are stored in varchar(255) columns: longer values make the server
    /// fail with 500 (docs/altinn-behaviour.md#request-bodies). Counted in characters (code points).
    static constexpr qsizetype MaxExternalRefLength = 255;
    static constexpr qsizetype MaxIntegrationTitleLength = 255;

    explicit RequestValidator(PackageFlagsLookup lookup = {});

    /**
     * What is wrong with a non-empty (trimmed) external reference, or nullopt: longer than
     * MaxExternalRefLength (Altinn fails with 500), or characters other than the ones Maskinporten takes in
     * a system user token request — letters a–z, A–Z, æøå, ÆØÅ, digits, `_` and `-`
     * (docs/altinn-behaviour.md#system-user-grants) — so the system user could never get a token. Path
     * "/externalRef". For every place that takes an external reference: request forms, the CLI, imports.
     */
    static std::optional<Finding> externalRefFinding(const QString &externalRef);
    /// Whether Maskinporten takes @p c in an externalRef.
    static bool isExternalRefCharacter(char32_t c);
    /// Characters as a varchar column counts them: code points, a surrogate pair is one.
    static qsizetype characterCount(const QString &text);

    QList<Finding> validate(
        const Altinn::SystemUserRequest &request, const Altinn::SystemDefinition *system = nullptr) const;
    QList<Finding> validateChangeRequest(
        const Altinn::ChangeRequest &change, const Altinn::SystemDefinition *system = nullptr) const;

    /**
     * Whether @p requested is allowed by the registered @p allowed URL, as the server decides it
     * (.NET Uri.GetLeftPart(UriPartial.Path) compared as strings):
     * - scheme and host compare case-insensitively (both are normalised to lower case);
     * - the port compares after filling in the scheme's default (":443" equals no port);
     * - user info, if any, must be equal;
     * - the path compares exactly (case-sensitive, a trailing slash matters) after QUrl's
     *   normalisation: unreserved characters decoded, dot segments removed, and an empty path read
     *   as "/", so the host-only "https://vg.no" and the stored "https://vg.no/" match each other;
     * - query and fragment are ignored.
     * Invalid or relative URLs never match.
     */
    static bool redirectUrlMatches(const QUrl &requested, const QUrl &allowed);

private:
    void checkRequestedRights(const QList<Altinn::Right> &rights, const QString &listPath,
        const Altinn::SystemDefinition &system, QList<Finding> &findings) const;
    void checkRequestedPackages(const QList<Altinn::AccessPackageRef> &packages, const QString &listPath,
        Altinn::RequestKind kind, const Altinn::SystemDefinition *system, QList<Finding> &findings) const;
    static void checkRedirectUrl(const std::optional<QString> &redirectUrl,
        const Altinn::SystemDefinition *system, QList<Finding> &findings);

    PackageFlagsLookup m_lookup;
};

} // namespace Validation
