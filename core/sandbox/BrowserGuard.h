#pragma once

#include "sandbox/SandboxHttp.h"

#include <optional>

/**
 * Refuses what a web page in the user's browser could make it send to the sandbox, before any routing
 * (docs/sandbox.md#browser-protections):
 *
 * - a Host that is not this sandbox (127.0.0.1, localhost or [::1], with no port or the bound one): 421,
 *   or 400 without a Host — a page that reaches 127.0.0.1 under its own name (DNS rebinding) reads nothing;
 * - a CORS preflight (OPTIONS) is answered 204 without any Access-Control-Allow-* header, so the browser
 *   sends no cross-site request that needs one;
 * - a control-API write (POST, PUT, DELETE … to /sandbox/…, however the path is spelled) without
 *   Content-Type: application/json: 415 — a cross-site form or simple request cannot send that type.
 *
 * The approval pages' forms carry an anti-forgery token instead (FormTokens).
 */
class BrowserGuard
{
public:
    /// The answer for a request that must not be served; nullopt when it may go on. @p port is the port
    /// the sandbox listens on.
    static std::optional<SandboxResponse> refusal(const SandboxRequest &request, quint16 port);

    /// True when the Host header @p host names this sandbox listening on @p port.
    static bool isOwnHost(const QByteArray &host, quint16 port);
    /// True for a request that may change the sandbox through the control API.
    static bool isControlWrite(const SandboxRequest &request);
};
