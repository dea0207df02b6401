#include "altinn/TokenClaimsExplainer.h"

#include "model/AltinnUrns.h"
#include "model/JsonNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

const QString DetailsPrefix = u"authorization_details."_s;

// The times a token can state: years 1 to 9999 (QDateTime shows no others, and seconds outside them
// would overflow on the way to milliseconds).
constexpr qint64 EarliestTime = -62135596800; // 0001-01-01T00:00:00Z
constexpr qint64 LatestTime = 253402300799; // 9999-12-31T23:59:59Z

/// A number claim as written: whole numbers without a fraction, others as the double they are.
QString numberText(const QJsonValue &value)
{
    if (const std::optional<qint64> whole = JsonNumber::wholeNumber(value))
        return QString::number(*whole);
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

QString localTime(const QJsonValue &seconds)
{
    // Fractions of a second are dropped; anything else outside the range is shown as it was sent.
    const std::optional<qint64> whole = seconds.isDouble()
        ? JsonNumber::wholeNumber(std::trunc(seconds.toDouble()), EarliestTime, LatestTime)
        : std::nullopt;
    if (!whole) {
        return TokenClaimsExplainer::tr("%1 (not a valid time)")
            .arg(seconds.isDouble() ? numberText(seconds) : seconds.toVariant().toString());
    }
    // The date as the chosen language writes it (07.12.2026, 07/12/2026); seconds matter for tokens that
    // live two minutes, so the time keeps them (24-hour in nb, nn and en_GB alike).
    const QDateTime time = QDateTime::fromSecsSinceEpoch(*whole).toLocalTime();
    return QLocale().toString(time.date(), QLocale::ShortFormat) + u' ' + time.time().toString(u"HH:mm:ss"_s);
}

/// Lists, objects and numbers made readable; org identifiers reduced to the org number.
QString readable(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isString() ? item.toString() : TokenClaimsExplainer::organisationNumber(item));
        return items.join(u", "_s);
    }
    if (value.isObject())
        return TokenClaimsExplainer::organisationNumber(value);
    return {};
}

} // namespace

bool TokenClaimsExplainer::isPersonToken(const QJsonObject &claims)
{
    return claims.contains(u"pid"_s) || claims.contains(u"urn:altinn:userid"_s);
}

QString TokenClaimsExplainer::maskedPid(const QString &pid)
{
    if (pid.size() <= 6)
        return QString(pid.size(), u'*');
    return pid.left(6) + QString(pid.size() - 6, u'*');
}

QList<ClaimRow> TokenClaimsExplainer::personRows(const QJsonObject &claims)
{
    QList<ClaimRow> result;
    const auto addIfPresent = [&](const QString &name, const QString &explanation) {
        if (claims.contains(name))
            result.append(ClaimRow{name, readable(claims.value(name)), explanation});
    };
    const bool exchanged = claims.contains(u"urn:altinn:userid"_s);
    addIfPresent(u"iss"_s,
        exchanged ? tr("Who issued the token: Altinn, in exchange for the person's ID-porten token. Altinn's "
                       "APIs and apps take this one.")
                  : tr("Who issued the token: ID-porten of the chosen environment, after the person logged "
                       "in."));
    if (claims.contains(u"pid"_s)) {
        result.append(ClaimRow{u"pid"_s, maskedPid(claims.value(u"pid"_s).toString()),
            tr("The person's national identity number; only the birth date part is shown. It is personal "
               "data: do not log or store it without need.")});
    }
    addIfPresent(
        u"sub"_s, tr("A pseudonym of the person for your client: the same each time they log in with it."));
    addIfPresent(u"urn:altinn:userid"_s, tr("The person's user id in Altinn."));
    addIfPresent(u"urn:altinn:partyid"_s,
        tr("The person's own party in Altinn — not the organisation they act for, which the app is told "
           "separately."));
    addIfPresent(u"acr"_s,
        tr("How strongly the person proved who they are: idporten-loa-substantial or idporten-loa-high. An "
           "app may ask for high."));
    addIfPresent(u"amr"_s, tr("How the person logged in: TestID, BankID, MinID, Buypass, Commfides."));
    addIfPresent(u"urn:altinn:authlevel"_s,
        tr("The login's security level as Altinn counts it: 3 for substantial, 4 for high."));
    addIfPresent(
        u"client_id"_s, tr("Your ID-porten client, through which the person logged in and gave consent."));
    if (claims.contains(u"scope"_s)) {
        result.append(ClaimRow{u"scope"_s,
            claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts).join(u", "_s),
            tr("What the person consented to: altinn:instances.read and altinn:instances.write let an app "
               "read and create instances on the person's behalf.")});
    }
    addIfPresent(u"aud"_s, tr("Who the token is meant for."));
    addIfPresent(u"consumer"_s, tr("Your organisation, which owns the ID-porten client."));
    if (claims.contains(u"iat"_s))
        result.append(
            ClaimRow{u"iat"_s, localTime(claims.value(u"iat"_s)), tr("When the token was issued.")});
    if (claims.contains(u"exp"_s)) {
        result.append(ClaimRow{u"exp"_s, localTime(claims.value(u"exp"_s)),
            tr("When the token stops working; after that the person logs in again.")});
    }
    addIfPresent(
        u"jti"_s, tr("A unique id of this token; give it to Digdir or Altinn support when asking about it."));
    return result;
}

QList<ClaimRow> TokenClaimsExplainer::rows(const QJsonObject &claims)
{
    if (isPersonToken(claims))
        return personRows(claims);

    QList<ClaimRow> result;
    const auto add = [&result](const QString &claim, const QString &value, const QString &explanation) {
        result.append(ClaimRow{claim, value, explanation});
    };
    const auto addIfPresent = [&](const QJsonObject &object, const QString &prefix, const QString &name,
                                  const QString &explanation) {
        if (object.contains(name))
            add(prefix + name, readable(object.value(name)), explanation);
    };

    addIfPresent(claims, {}, u"iss"_s,
        tr("Who issued the token: Maskinporten of the chosen environment. An API accepts only its own "
           "environment's tokens."));
    addIfPresent(claims, {}, u"client_id"_s,
        tr("Your Maskinporten client. It must be listed among the client ids of your system in the "
           "system register."));
    if (claims.contains(u"client_amr"_s)) {
        add(u"client_amr"_s, readable(claims.value(u"client_amr"_s)),
            tr("How your client proved who it is: private_key_jwt means a registered key, "
               "virksomhetssertifikat a business certificate."));
    }
    if (claims.contains(u"scope"_s)) {
        add(u"scope"_s, claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts).join(u", "_s),
            tr("What the token may be used for. The API you call checks that its scope is here."));
    }
    if (claims.contains(u"aud"_s)) {
        add(u"aud"_s, readable(claims.value(u"aud"_s)),
            tr("The only API the token is meant for (the resource asked for in the grant)."));
    }
    addIfPresent(claims, {}, u"consumer"_s,
        tr("Your organisation, the vendor that owns the Maskinporten client — not the customer."));
    addIfPresent(claims, {}, u"supplier"_s,
        tr("The supplier acting for the consumer through a delegation in Altinn."));

    const QJsonObject details = systemUserDetails(claims);
    if (details.isEmpty()) {
        add(u"authorization_details"_s, tr("(none)"),
            tr("No system user in this token: it is a plain vendor token and cannot act for a "
               "customer."));
    } else {
        addIfPresent(details, DetailsPrefix, u"systemuser_id"_s,
            tr("The customer's system user the token acts as; the same id as the approved request."));
        addIfPresent(details, DetailsPrefix, u"systemuser_org"_s,
            tr("The customer that owns the system user; APIs act on its behalf and with its rights."));
        addIfPresent(details, DetailsPrefix, u"system_id"_s,
            tr("Your system in the system register that the system user was created for."));
        addIfPresent(details, DetailsPrefix, u"externalRef"_s,
            tr("Your own reference for this customer, as given when the request was sent."));
    }

    if (claims.contains(u"iat"_s))
        add(u"iat"_s, localTime(claims.value(u"iat"_s)), tr("When the token was issued."));
    if (claims.contains(u"exp"_s)) {
        add(u"exp"_s, localTime(claims.value(u"exp"_s)),
            tr("When the token stops working, usually two minutes after it was issued: get a new one "
               "then instead of storing it."));
    }
    addIfPresent(claims, {}, u"jti"_s,
        tr("A unique id of this token; give it to Digdir or Altinn support when asking about it."));
    addIfPresent(
        claims, {}, u"token_type"_s, tr("Send the token in the header \"Authorization: Bearer <token>\"."));
    return result;
}

qint64 TokenClaimsExplainer::secondsLeft(const QJsonObject &claims, const QDateTime &now)
{
    // Saturated to ±2^53: an `exp` of 1e308 lies as far ahead as a number here can say, and the subtraction
    // stays far from overflow. Not a number: no `exp`.
    const std::optional<qint64> expires = JsonNumber::saturated(
        claims.value(u"exp"_s), -JsonNumber::MaxExactInteger, JsonNumber::MaxExactInteger);
    if (!expires)
        return 0;
    return std::max<qint64>(0, *expires - now.toSecsSinceEpoch());
}

QString TokenClaimsExplainer::countdownText(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("expired");
    return tr("%1:%2 left").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
}

QString TokenClaimsExplainer::organisationNumber(const QJsonValue &identifier)
{
    QString id;
    if (identifier.isObject()) {
        const QJsonObject object = identifier.toObject();
        // Some Altinn docs write "id"; real tokens use "ID" (docs/altinn-behaviour.md#system-user-grants).
        id = object.contains(u"ID"_s) ? object.value(u"ID"_s).toString() : object.value(u"id"_s).toString();
        if (id.isEmpty())
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    } else {
        id = identifier.toString();
    }
    const qsizetype colon = id.indexOf(u':');
    return colon >= 0 ? id.mid(colon + 1) : id;
}

QJsonObject TokenClaimsExplainer::systemUserDetails(const QJsonObject &claims)
{
    for (const QJsonValue &entry : claims.value(u"authorization_details"_s).toArray()) {
        if (entry.toObject().value(u"type"_s).toString() == Urns::SystemUserType)
            return entry.toObject();
    }
    return {};
}

} // namespace Altinn
