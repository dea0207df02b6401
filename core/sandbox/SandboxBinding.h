#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

class SandboxContext;
struct SandboxResponse;

/**
 * Route and query binding the way ASP.NET does it for the request and system user endpoints:
 * GUID route values and the opaque page tokens of docs/altinn-behaviour.md#pagination
 * (`Opaque<T>`: base64url without padding of the JSON encoding of the value).
 */
class SandboxBinding
{
public:
    /// A GUID as .NET's Guid binder accepts it ("D", "N", "B" and "P" formats, any case); the result is
    /// lowercase with hyphens. nullopt when @p text is no GUID.
    static std::optional<QString> parseGuid(const QString &text);

    /// The 400 model-state problem ASP.NET answers when a route or query value cannot be converted:
    /// {"errors": {@p key: ["The value '@p value' is not valid."]}}.
    static SandboxResponse invalidValue(
        const SandboxContext &context, const QString &key, const QString &value);

    /// base64url (no padding) of the compact JSON encoding of @p value: a GUID string becomes the
    /// encoding of `"e9d3…"` with the quotes, a sequence number the encoding of `42`.
    static QString encodeToken(const QJsonValue &value);
    /// The JSON value inside a token; nullopt when it is not base64url or not JSON.
    static std::optional<QJsonValue> decodeToken(const QString &token);
    /// An `Opaque<Guid>` token: a JSON string holding a GUID in "D" format. nullopt when invalid.
    static std::optional<QString> decodeGuidToken(const QString &token);
    /// An `Opaque<long>` token: a JSON integer. nullopt when invalid.
    static std::optional<qint64> decodeIntegerToken(const QString &token);
};
