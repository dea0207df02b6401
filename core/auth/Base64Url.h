#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/// base64url without padding (RFC 7515 §2), as JOSE uses it.
namespace Base64Url {
QByteArray encode(QByteArrayView data);
/// Accepts input with or without padding; nullopt on any character outside the base64url alphabet.
std::optional<QByteArray> decode(QByteArrayView text);
} // namespace Base64Url
