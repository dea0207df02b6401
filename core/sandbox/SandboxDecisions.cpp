#include "sandbox/SandboxDecisions.h"

#include "sandbox/SandboxContext.h"

// Implemented with the request endpoints (RequestApi); placeholder so the library links.
namespace SandboxDecisions {

std::optional<RequestType> typeOf(const SandboxContext &, const QString &)
{
    return std::nullopt;
}

Outcome approve(SandboxContext &, const QString &)
{
    return Outcome::NotFound;
}

Outcome reject(SandboxContext &, const QString &)
{
    return Outcome::NotFound;
}

} // namespace SandboxDecisions
