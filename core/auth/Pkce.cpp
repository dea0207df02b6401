#include "auth/Pkce.h"

#include "auth/Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace Pkce {

QByteArray randomUrlSafe(int byteCount)
{
    // Whole 32-bit words from the system generator, then the bytes asked for.
    std::vector<quint32> words(static_cast<size_t>((byteCount + 3) / 4));
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), byteCount);
    return Base64Url::encode(bytes);
}

QByteArray newVerifier()
{
    return randomUrlSafe(VerifierBytes);
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QString newState()
{
    return QString::fromLatin1(randomUrlSafe(16));
}

QString newNonce()
{
    return QString::fromLatin1(randomUrlSafe(16));
}

} // namespace Pkce
