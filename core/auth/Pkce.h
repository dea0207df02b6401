#pragma once

#include <QByteArray>
#include <QString>

/**
 * The one-time values of an authorization code request from a native app (RFC 7636, RFC 8252 §8.1,
 * OpenID Connect Core §3.1.2.1), all from the system's cryptographically secure generator
 * (QRandomGenerator::system()) and base64url without padding.
 */
namespace Pkce {

/// Random bytes behind a verifier: 32 bytes give a 43-character verifier (RFC 7636 §4.1 recommends it).
constexpr int VerifierBytes = 32;

/// A new code_verifier: 43 characters of [A-Za-z0-9-_] from 32 random bytes.
QByteArray newVerifier();
/// The S256 code_challenge of @p verifier: BASE64URL(SHA256(ASCII(verifier))).
QByteArray challengeS256(const QByteArray &verifier);
/// A new `state` that binds the redirect to this request (CSRF protection, RFC 6749 §10.12).
QString newState();
/// A new `nonce` that binds the ID token to this request (replay protection).
QString newNonce();
/// @p byteCount random bytes, base64url without padding.
QByteArray randomUrlSafe(int byteCount);

} // namespace Pkce
