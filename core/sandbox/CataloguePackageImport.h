#pragma once

#include "sandbox/SandboxHttp.h"

class SandboxContext;

namespace CatalogueImport {

/// POST /sandbox/catalogue/accesspackages[?language=]: an `accesspackages/export` tree (area groups, areas,
/// packages) in one language, merged into the catalogue's additions (docs/sandbox.md#your-own-catalogue).
SandboxResponse addAccessPackages(const SandboxRequest &request, SandboxContext &context);

} // namespace CatalogueImport
