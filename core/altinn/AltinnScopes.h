#pragma once

#include <QString>
#include <QStringList>

namespace Altinn {

/// The vendor scopes of docs/altinn-behaviour.md#authentication-and-scopes.
namespace AltinnScopes {
inline const QString SystemRegisterWrite = QStringLiteral("altinn:authentication/systemregister.write");
inline const QString RequestWrite = QStringLiteral("altinn:authentication/systemuser.request.write");
inline const QString RequestRead = QStringLiteral("altinn:authentication/systemuser.request.read");
/// Not a vendor scope: asked for in a system user token that is exchanged for the authorized parties call
/// (docs/altinn-behaviour.md#authorized-parties), so all() leaves it out.
inline const QString AuthorizedParties = QStringLiteral("altinn:accessmanagement/authorizedparties");
inline QStringList all()
{
    return {SystemRegisterWrite, RequestWrite, RequestRead};
}
} // namespace AltinnScopes

} // namespace Altinn
