#include "model/AuthorizedParty.h"

#include "model/AltinnUrns.h"
#include "model/JsonNumber.h"
#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

void appendParties(const QJsonArray &array, QList<AuthorizedParty> &parties, int nesting)
{
    for (const QJsonValue &item : array) {
        if (item.isObject())
            parties.append(AuthorizedParty::fromJson(item.toObject()));
        else if (item.isArray() && nesting == 0) // Altinn's documented example wraps the list once more
            appendParties(item.toArray(), parties, nesting + 1);
    }
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QStringList AuthorizedParty::accessPackageUrns() const
{
    QStringList urns;
    urns.reserve(authorizedAccessPackages.size());
    for (const QString &package : authorizedAccessPackages)
        urns.append(AuthorizedParties::packageUrn(package));
    return urns;
}

AuthorizedParty AuthorizedParty::fromJson(const QJsonObject &object, int depth)
{
    const JsonObjectReader reader(object);
    AuthorizedParty party;
    party.partyUuid = reader.string(u"partyUuid");
    party.name = reader.string(u"name");
    party.organizationNumber = reader.string(u"organizationNumber");
    party.parentId = reader.string(u"parentId");
    party.personId = reader.string(u"personId");
    party.partyId = JsonNumber::wholeNumber(reader.value(u"partyId")).value_or(0);
    // The type is an enum: System.Text.Json writes its name; a number is kept as text.
    const QJsonValue type = reader.value(u"type");
    if (type.isString())
        party.type = type.toString();
    else if (const auto number = JsonNumber::wholeNumber(type))
        party.type = QString::number(*number);
    party.unitType = reader.string(u"unitType");
    party.isDeleted = reader.boolean(u"isDeleted", false);
    party.onlyHierarchyElementWithNoAccess = reader.boolean(u"onlyHierarchyElementWithNoAccess", false);
    party.authorizedAccessPackages = reader.stringList(u"authorizedAccessPackages");
    party.authorizedResources = reader.stringList(u"authorizedResources");
    party.authorizedRoles = reader.stringList(u"authorizedRoles");
    for (const QJsonValue &item : reader.array(u"authorizedInstances")) {
        if (!item.isObject())
            continue;
        const JsonObjectReader instance(item.toObject());
        party.authorizedInstances.append({instance.string(u"resourceId"), instance.string(u"instanceId"),
            instance.string(u"instanceRef")});
    }
    if (depth < MaxDepth) {
        for (const QJsonValue &item : reader.array(u"subunits")) {
            if (item.isObject())
                party.subunits.append(fromJson(item.toObject(), depth + 1));
        }
    }
    return party;
}

QJsonObject AuthorizedParty::toJson() const
{
    QJsonArray instances;
    for (const AuthorizedInstance &instance : authorizedInstances) {
        instances.append(QJsonObject{{u"resourceId"_s, instance.resourceId},
            {u"instanceId"_s, instance.instanceId}, {u"instanceRef"_s, stringOrNull(instance.instanceRef)}});
    }
    QJsonArray children;
    for (const AuthorizedParty &subunit : subunits)
        children.append(subunit.toJson());
    return QJsonObject{
        {u"partyUuid"_s, partyUuid},
        {u"name"_s, name},
        {u"organizationNumber"_s, stringOrNull(organizationNumber)},
        {u"parentId"_s, stringOrNull(parentId)},
        {u"personId"_s, stringOrNull(personId)},
        {u"partyId"_s, partyId},
        {u"type"_s, type},
        {u"unitType"_s, stringOrNull(unitType)},
        {u"isDeleted"_s, isDeleted},
        {u"onlyHierarchyElementWithNoAccess"_s, onlyHierarchyElementWithNoAccess},
        {u"authorizedAccessPackages"_s, QJsonArray::fromStringList(authorizedAccessPackages)},
        {u"authorizedResources"_s, QJsonArray::fromStringList(authorizedResources)},
        {u"authorizedRoles"_s, QJsonArray::fromStringList(authorizedRoles)},
        {u"authorizedInstances"_s, instances},
        {u"subunits"_s, children},
    };
}

namespace AuthorizedParties {

std::optional<QList<AuthorizedParty>> fromJson(const QJsonValue &body)
{
    QJsonArray array;
    if (body.isArray()) {
        array = body.toArray();
    } else if (body.isObject()) {
        const auto data = JsonObjectReader(body.toObject()).optionalArray(u"data");
        if (!data)
            return std::nullopt;
        array = *data;
    } else {
        return std::nullopt;
    }
    QList<AuthorizedParty> parties;
    appendParties(array, parties, 0);
    return parties;
}

QJsonObject toJson(const QList<AuthorizedParty> &parties)
{
    QJsonArray data;
    for (const AuthorizedParty &party : parties)
        data.append(party.toJson());
    return QJsonObject{{u"links"_s, QJsonObject{{u"next"_s, QJsonValue::Null}}}, {u"data"_s, data}};
}

QString packageUrn(const QString &codeOrUrn)
{
    const QString trimmed = codeOrUrn.trimmed();
    if (trimmed.startsWith(u"urn:", Qt::CaseInsensitive))
        return trimmed;
    return Urns::AccessPackagePrefix.toString() + trimmed;
}

} // namespace AuthorizedParties

} // namespace Altinn
