#pragma once

#include "auth/RsaKey.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

/// JWS compact serialisation (RFC 7515) with RSA signatures, on OpenSSL EVP.
namespace Jws {

/// header.payload.signature; `alg` is set in the header from @p algorithm. Empty on failure.
QByteArray sign(QJsonObject header, const QJsonObject &payload, const RsaKey &key,
    RsaKey::Algorithm algorithm = RsaKey::Algorithm::RS256);

struct Decoded
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; ///< "b64(header).b64(payload)", what the signature covers
    QByteArray signature;
};

/// Splits and decodes a compact JWS without checking the signature; nullopt when malformed.
std::optional<Decoded> decode(QByteArrayView compact);
/// True when the header's alg is RS256/384/512 and the signature verifies with @p key.
bool verify(const Decoded &token, const RsaKey &key);

} // namespace Jws
