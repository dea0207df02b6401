#pragma once

#include "sandbox/SandboxHttp.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class SandboxContext;

/**
 * What the sandbox's two client registries (Maskinporten's and ID-porten's, docs/sandbox.md) share: the
 * checks of what a registry call sends (public signing keys, scopes, client ids, a JSON body) and of the
 * keys and times a client's signed assertion is judged by. Messages name @p service where they differ.
 */
class SandboxClients
{
public:
    SandboxClients() = delete;

    static constexpr qint64 AllowedSkewSeconds = 10;
    static constexpr qint64 KeyLifetimeSeconds = 365LL * 24 * 60 * 60;
    static constexpr int MaxKeysPerClient = 5;
    static constexpr int MaxClientIdLength = 200;

    /// Printable ASCII only (space included): no control characters that could reach a header or a log line.
    static bool isPrintable(const QString &text);

    /// Why @p value cannot be registered as a client's public signing key, or an empty string when it can:
    /// an RSA public JWK with kid, n and e (base64url, RFC 7518 §6.3.1), a modulus of 2048 bits or more and
    /// an odd exponent above 1, for RS256/384/512 signatures.
    static QString publicKeyProblem(const QJsonValue &value, QStringView service);
    /// Validates and stamps a JWKS for a registry: public RSA signing keys with distinct kids, at most five,
    /// each with a one-year expiry (`exp`) from @p now. Members of the set other than `keys` are ignored
    /// (RFC 7517 §5).
    static std::optional<QJsonArray> registryKeys(
        const QJsonValue &jwks, qint64 now, QStringView service, QString *error);
    /// A client's scopes: an array of scope names (RFC 6749 §3.3: non-empty, printable ASCII without spaces,
    /// `"` or `\`); @p example is a scope the message may show.
    static std::optional<QStringList> scopeList(const QJsonValue &value, QStringView example, QString *error);
    /// A client id from a registry body: absent or null gives an empty string (the caller makes one up);
    /// else a string of at most MaxClientIdLength printable ASCII characters without surrounding spaces.
    static std::optional<QString> clientId(const QJsonValue &value, QString *error);
    /// The body of a registry call as a JSON object; nullopt with a message naming @p example otherwise.
    static std::optional<QJsonObject> objectBody(
        const SandboxRequest &request, const QString &example, QString *error);
    /// The control API's error answer: {"error": @p message}.
    static SandboxResponse controlError(int status, const QString &message);

    /// The registered key with @p kid among @p keys; an empty object when there is none.
    static QJsonObject registeredKey(const QJsonArray &keys, const QString &kid);
    /// True when the registry's `exp` stamp of @p jwk has passed at @p now (or is missing).
    static bool isKeyExpired(const QJsonObject &jwk, qint64 now);
    /**
     * The time a client's signed assertion (`iat`, `exp`, how long its `jti` is remembered) is judged by
     * (docs/sandbox.md#post-sandboxclockadvancedaysn): real time by default — the real services and the
     * vendor's computer share it, so time travel leaves the clients' assertions valid — or the travelled
     * sandbox clock when `maskinportenClock` is "sandbox". Keys and issued tokens always follow the sandbox
     * clock, like every Altinn-side time.
     */
    static QDateTime assertionClock(const SandboxContext &context);
    /// Drops the entries of @p expiries (id → epoch seconds) that lie before @p now.
    static void forgetExpired(QHash<QString, qint64> &expiries, qint64 now);
};
