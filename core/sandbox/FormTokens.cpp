#include "sandbox/FormTokens.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

constexpr qsizetype KeyBytes = 32;
constexpr qsizetype NonceBytes = 16;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(qsizetype count)
{
    QList<quint32> words((count + 3) / 4);
    // The operating system's generator, fit for secrets (QRandomGenerator::system()).
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
}

/// Compares without stopping at the first difference, so the time taken tells nothing about the token.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

FormTokens::FormTokens()
    : m_key(randomBytes(KeyBytes))
{ }

QByteArray FormTokens::signature(const QByteArray &nonce, const QString &page, const QString &requestId) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(page.toUtf8());
    mac.addData(QByteArrayLiteral("\n"));
    mac.addData(requestId.toUtf8());
    mac.addData(QByteArrayLiteral("\n"));
    mac.addData(nonce);
    return mac.result();
}

QString FormTokens::issue(const QString &page, const QString &requestId) const
{
    const QByteArray nonce = randomBytes(NonceBytes);
    return QString::fromLatin1(
        nonce.toBase64(Base64Url) + '.' + signature(nonce, page, requestId).toBase64(Base64Url));
}

bool FormTokens::verify(const QString &token, const QString &page, const QString &requestId) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 2)
        return false;
    const auto nonce =
        QByteArray::fromBase64Encoding(parts.at(0), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const auto mac =
        QByteArray::fromBase64Encoding(parts.at(1), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!nonce || !mac || nonce.decoded.size() != NonceBytes)
        return false;
    return equalInConstantTime(mac.decoded, signature(nonce.decoded, page, requestId));
}
