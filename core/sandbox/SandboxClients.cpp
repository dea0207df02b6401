#include "sandbox/SandboxClients.h"

#include "auth/Base64Url.h"
#include "auth/RsaKey.h"
#include "model/JsonNumber.h"
#include "sandbox/SandboxContext.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MinModulusBits = 2048; ///< docs/altinn-behaviour.md#maskinporten-keys: RSA 2048 or more
constexpr int MaxModulusBits = 16384; ///< OpenSSL's limit for RSA signatures

} // namespace

bool SandboxClients::isPrintable(const QString &text)
{
    return std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

QString SandboxClients::publicKeyProblem(const QJsonValue &value, QStringView service)
{
    if (!value.isObject())
        return u"expected a JWK object"_s;
    const QJsonObject key = value.toObject();
    for (const auto privatePart : {u"d", u"p", u"q", u"dp", u"dq", u"qi", u"oth"}) {
        if (key.contains(privatePart))
            return u"holds a private part (\"%1\"); register the public key only"_s.arg(privatePart);
    }
    if (key.value(u"kty"_s) != u"RSA"_s)
        return u"kty must be \"RSA\": %1 takes RSA keys only"_s.arg(service);
    const QJsonValue kid = key.value(u"kid"_s);
    if (!kid.isString() || kid.toString().trimmed().isEmpty() || !isPrintable(kid.toString()))
        return u"kid must be a non-empty string: the name a grant's header gives the key"_s;
    if (key.contains(u"alg"_s) && !RsaKey::algorithmFromName(key.value(u"alg"_s).toString()))
        return u"alg must be RS256, RS384 or RS512 when it is given"_s;
    if (key.contains(u"use"_s) && key.value(u"use"_s) != u"sig"_s)
        return u"use must be \"sig\" when it is given: the key signs grants"_s;
    const auto number = [&key](const QString &name) -> std::optional<QByteArray> {
        const QJsonValue text = key.value(name);
        auto bytes = text.isString() ? Base64Url::decode(text.toString().toLatin1()) : std::nullopt;
        while (bytes && bytes->startsWith('\0'))
            bytes->remove(0, 1);
        if (!bytes || bytes->isEmpty())
            return std::nullopt;
        return bytes;
    };
    const auto modulus = number(u"n"_s);
    if (!modulus)
        return u"n must be the modulus in base64url (not empty, not zero)"_s;
    if (modulus->size() > MaxModulusBits / 8 || (modulus->back() & 1) == 0)
        return u"n is no RSA modulus (an odd number of at most %1 bits)"_s.arg(MaxModulusBits);
    const auto exponent = number(u"e"_s);
    if (!exponent || exponent->size() > 8 || (exponent->back() & 1) == 0
        || (exponent->size() == 1 && exponent->front() == '\1'))
        return u"e must be the public exponent in base64url: an odd number above 1 (usually \"AQAB\", 65537)"_s;
    const RsaKey parsed = RsaKey::fromPublicJwk(key);
    if (parsed.isNull())
        return u"n and e do not make an RSA public key"_s;
    if (parsed.bits() < MinModulusBits)
        return u"the modulus has %1 bits; %2 needs at least %3"_s.arg(parsed.bits())
            .arg(service)
            .arg(MinModulusBits);
    return {};
}

std::optional<QJsonArray> SandboxClients::registryKeys(
    const QJsonValue &jwks, qint64 now, QStringView service, QString *error)
{
    const QJsonValue keysValue = jwks.toObject().value(u"keys"_s);
    if (!jwks.isObject() || !keysValue.isArray()) {
        *error = u"jwks must be a JWK set: {\"keys\": [public RSA JWKs with kty, kid, n and e]}."_s;
        return std::nullopt;
    }
    const QJsonArray keys = keysValue.toArray();
    if (keys.size() > MaxKeysPerClient) {
        *error = u"A client can have at most %1 keys."_s.arg(MaxKeysPerClient);
        return std::nullopt;
    }
    QJsonArray stamped;
    QSet<QString> kids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (const QString problem = publicKeyProblem(keys.at(i), service); !problem.isEmpty()) {
            *error = u"keys[%1]: %2."_s.arg(i).arg(problem);
            return std::nullopt;
        }
        QJsonObject key = keys.at(i).toObject();
        const QString kid = key.value(u"kid"_s).toString();
        if (kids.contains(kid)) {
            *error = u"Two keys have the kid %1."_s.arg(kid);
            return std::nullopt;
        }
        kids.insert(kid);
        key.insert(u"exp"_s, now + KeyLifetimeSeconds);
        stamped.append(key);
    }
    return stamped;
}

std::optional<QStringList> SandboxClients::scopeList(
    const QJsonValue &value, QStringView example, QString *error)
{
    if (!value.isArray()) {
        *error = u"scopes must be an array of scope names, e.g. {\"scopes\": [\"%1\"]}: the client's whole "
                 "list."_s.arg(example);
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QStringList scopes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString scope = array.at(i).toString();
        const bool valid = array.at(i).isString() && !scope.isEmpty()
            && std::all_of(scope.cbegin(), scope.cend(),
                [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\'; });
        if (!valid) {
            *error =
                u"scopes[%1] must be a scope name: a non-empty string of printable ASCII without spaces."_s
                    .arg(i);
            return std::nullopt;
        }
        scopes.append(scope);
    }
    return scopes;
}

std::optional<QString> SandboxClients::clientId(const QJsonValue &value, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    // RFC 6749 client ids are printable ASCII; the id also goes into URLs and the Location header.
    const QString text = value.toString();
    if (!value.isString() || text.size() > MaxClientIdLength || !isPrintable(text)
        || text.trimmed() != text) {
        *error = u"clientId must be a string of at most %1 printable ASCII characters (or left out for a "
                 "generated one)."_s.arg(MaxClientIdLength);
        return std::nullopt;
    }
    return text;
}

std::optional<QJsonObject> SandboxClients::objectBody(
    const SandboxRequest &request, const QString &example, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The body is not valid JSON (%1 at byte %2); send a JSON object such as %3."_s.arg(
            parseError.errorString(), QString::number(parseError.offset), example);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"The body must be a JSON object such as %1."_s.arg(example);
        return std::nullopt;
    }
    return document.object();
}

SandboxResponse SandboxClients::controlError(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, message}});
}

QJsonObject SandboxClients::registeredKey(const QJsonArray &keys, const QString &kid)
{
    for (const QJsonValue &key : keys) {
        if (key.toObject().value(u"kid"_s).toString() == kid)
            return key.toObject();
    }
    return {};
}

bool SandboxClients::isKeyExpired(const QJsonObject &jwk, qint64 now)
{
    // The registry stamps every key with a whole-number exp; a key without one counts as expired.
    const auto expires = Altinn::JsonNumber::wholeNumber(jwk.value(u"exp"_s));
    return !expires || *expires < now;
}

QDateTime SandboxClients::assertionClock(const SandboxContext &context)
{
    return context.settings.maskinportenClock == SandboxSettings::MaskinportenClock::Sandbox
        ? context.clock.now()
        : QDateTime::currentDateTimeUtc();
}

void SandboxClients::forgetExpired(QHash<QString, qint64> &expiries, qint64 now)
{
    for (auto it = expiries.begin(); it != expiries.end();)
        it = it.value() < now ? expiries.erase(it) : std::next(it);
}
