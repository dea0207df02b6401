#include "auth/Jws.h"

#include "auth/Base64Url.h"

#include <QJsonDocument>
#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace Jws {

namespace {
std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    const auto bytes = Base64Url::decode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

QByteArray sign(
    QJsonObject header, const QJsonObject &payload, const RsaKey &key, RsaKey::Algorithm algorithm)
{
    header.insert(u"alg"_s, RsaKey::algorithmName(algorithm));
    const QByteArray signingInput = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.sign(algorithm, signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + Base64Url::encode(signature);
}

std::optional<Decoded> decode(QByteArrayView compact)
{
    const QList<QByteArrayView> parts = [compact] {
        QList<QByteArrayView> result;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= compact.size(); ++i) {
            if (i == compact.size() || compact.at(i) == '.') {
                result.append(compact.sliced(start, i - start));
                start = i + 1;
            }
        }
        return result;
    }();
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    const auto header = decodeObject(parts.at(0));
    const auto payload = decodeObject(parts.at(1));
    const auto signature = Base64Url::decode(parts.at(2));
    if (!header || !payload || !signature)
        return std::nullopt;
    return Decoded{*header, *payload,
        compact.first(parts.at(0).size() + 1 + parts.at(1).size()).toByteArray(), *signature};
}

bool verify(const Decoded &token, const RsaKey &key)
{
    const auto algorithm = RsaKey::algorithmFromName(token.header.value(u"alg"_s).toString());
    return algorithm && !token.signature.isEmpty()
        && key.verify(*algorithm, token.signingInput, token.signature);
}

} // namespace Jws
