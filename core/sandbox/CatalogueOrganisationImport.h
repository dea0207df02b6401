#pragma once

#include "sandbox/SandboxHttp.h"

class SandboxContext;

namespace CatalogueImport {

/// POST /sandbox/catalogue/organisations: organisations of the register ({"orgNo", "name"} or an array of
/// them), stored in the catalogue's additions (docs/sandbox.md#your-own-catalogue).
SandboxResponse addOrganisations(const SandboxRequest &request, SandboxContext &context);

} // namespace CatalogueImport
