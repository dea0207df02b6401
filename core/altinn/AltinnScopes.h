#pragma once

#include <QString>
#include <QStringList>

namespace Altinn {

/// The vendor scopes of docs/altinn-behaviour.md#authentication-and-scopes.
namespace AltinnScopes {
inline const QString SystemRegisterWrite = QStringLiteral("altinn:authentication/systemregister.write");
inline const QString RequestWrite = QStringLiteral("altinn:authentication/systemuser.request.write");
inline const QString RequestRead = QStringLiteral("altinn:authentication/systemuser.request.read");
inline QStringList all()
{
    return {SystemRegisterWrite, RequestWrite, RequestRead};
}
} // namespace AltinnScopes

} // namespace Altinn
