#pragma once

class Router;
class SandboxContext;

/**
 * The control API of the vendor's own catalogue (docs/sandbox.md#your-own-catalogue): add resources (one
 * ServiceResource or a `resourcelist` export), access packages (an `accesspackages/export` tree, in one
 * language at a time) and organisations of the register; list and remove what was added. Each write is
 * checked whole before anything is stored (400 {"error": …} naming the member and what to fix) and kept in
 * the state's CatalogueAdditions, so every catalogue lookup of the sandbox sees it.
 */
class CatalogueControlApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);
};
