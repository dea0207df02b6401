#include "workspace/Profile.h"

#include "secrets/SecretStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray certificatesToJson(const QList<QByteArray> &chain)
{
    QJsonArray array;
    for (const QByteArray &der : chain)
        array.append(QString::fromLatin1(der.toBase64()));
    return array;
}

QList<QByteArray> certificatesFromJson(const QJsonArray &array)
{
    QList<QByteArray> chain;
    for (const QJsonValue &value : array) {
        const QByteArray der = QByteArray::fromBase64(value.toString().toLatin1());
        if (!der.isEmpty())
            chain.append(der);
    }
    return chain;
}

QDateTime dateTimeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString dateTimeToJson(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString Profile::keychainKey() const
{
    return SecretStore::keyFor(id, environment, kid);
}

Profile Profile::fromJson(const QJsonObject &object)
{
    Profile profile;
    profile.id = object.value(u"id"_s).toString();
    profile.name = object.value(u"name"_s).toString();
    profile.environment = object.value(u"environment"_s).toString(profile.environment);
    profile.customBaseUrl = QUrl(object.value(u"customBaseUrl"_s).toString());
    profile.vendorOrgNumber = object.value(u"vendorOrgNumber"_s).toString();
    profile.vendorName = object.value(u"vendorName"_s).toString();
    profile.clientId = object.value(u"clientId"_s).toString();
    profile.idportenClientId = object.value(u"idportenClientId"_s).toString();
    for (const QJsonValue &scope : object.value(u"scopes"_s).toArray())
        profile.scopes.append(scope.toString());
    profile.kid = object.value(u"kid"_s).toString();
    profile.keyAlgorithm = object.value(u"keyAlgorithm"_s).toString(profile.keyAlgorithm);
    profile.keyBits = object.value(u"keyBits"_s).toInt();
    profile.keyThumbprint = object.value(u"keyThumbprint"_s).toString();
    profile.keyPersistent = object.value(u"keyPersistent"_s).toBool(true);
    profile.certificateChain = certificatesFromJson(object.value(u"certificateChain"_s).toArray());
    profile.createdAt = dateTimeFromJson(object.value(u"createdAt"_s));
    profile.updatedAt = dateTimeFromJson(object.value(u"updatedAt"_s));
    return profile;
}

QJsonObject Profile::toJson() const
{
    // Public facts only: the private key is in the SecretStore, never here.
    QJsonObject object{{u"id"_s, id}, {u"name"_s, name}, {u"environment"_s, environment},
        {u"vendorOrgNumber"_s, vendorOrgNumber}, {u"clientId"_s, clientId},
        {u"scopes"_s, QJsonArray::fromStringList(scopes)}, {u"kid"_s, kid}, {u"keyAlgorithm"_s, keyAlgorithm},
        {u"keyBits"_s, keyBits}, {u"keyThumbprint"_s, keyThumbprint}, {u"keyPersistent"_s, keyPersistent}};
    if (!customBaseUrl.isEmpty())
        object.insert(u"customBaseUrl"_s, customBaseUrl.toString());
    if (!vendorName.isEmpty())
        object.insert(u"vendorName"_s, vendorName);
    if (!idportenClientId.isEmpty())
        object.insert(u"idportenClientId"_s, idportenClientId);
    if (!certificateChain.isEmpty())
        object.insert(u"certificateChain"_s, certificatesToJson(certificateChain));
    if (createdAt.isValid())
        object.insert(u"createdAt"_s, dateTimeToJson(createdAt));
    if (updatedAt.isValid())
        object.insert(u"updatedAt"_s, dateTimeToJson(updatedAt));
    return object;
}

QString Profile::makeId(const QString &name, const QStringList &taken)
{
    // Lower-case ASCII letters and digits, anything else one dash: safe in keychain names and paths.
    QString slug;
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar character : decomposed) {
        if ((character >= u'a' && character <= u'z') || (character >= u'0' && character <= u'9'))
            slug.append(character);
        else if (character == u'æ')
            slug.append(u"ae"_s);
        else if (character == u'ø')
            slug.append(u'o');
        else if (character.isMark())
            continue; // the ring of å, accents: "å" → "a"
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"profile"_s;

    QString candidate = slug;
    for (int suffix = 2; taken.contains(candidate); ++suffix)
        candidate = slug + u'-' + QString::number(suffix);
    return candidate;
}
