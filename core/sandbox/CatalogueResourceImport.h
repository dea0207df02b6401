#pragma once

#include "sandbox/SandboxHttp.h"

class SandboxContext;

namespace CatalogueImport {

/// POST /sandbox/catalogue/resources: one ServiceResource or a `resourcelist` export, each completed as the
/// registry would answer it and stored in the catalogue's additions (docs/sandbox.md#your-own-catalogue).
SandboxResponse addResources(const SandboxRequest &request, SandboxContext &context);

} // namespace CatalogueImport
