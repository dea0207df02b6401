#pragma once

#include <QStringView>

/// URNs and URN prefixes Altinn's APIs use, named once for the clients and the sandbox.
namespace Altinn::Urns {

/// The type of a system user in `authorization_details` and Maskinporten's token claims.
inline constexpr QStringView SystemUserType = u"urn:altinn:systemuser";
/// An access package's URN without its code ("urn:altinn:accesspackage:skattnaering").
inline constexpr QStringView AccessPackagePrefix = u"urn:altinn:accesspackage:";

} // namespace Altinn::Urns
