#include "sandbox/SandboxState.h"

#include "model/JsonObjectReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Altinn::JsonObjectReader;

namespace {

QString kindName(Altinn::RequestKind kind)
{
    return kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s;
}

Altinn::RequestKind kindFromName(const QString &name)
{
    return name == u"agent" ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
}

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject systemToJson(const SandboxSystem &system)
{
    return {{u"internalId"_s, system.internalId}, {u"definition"_s, system.definition.toRequestJson()},
        {u"isDeleted"_s, system.isDeleted}, {u"created"_s, Altinn::formatDateTime(system.created)}};
}

SandboxSystem systemFromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SandboxSystem system;
    system.internalId = reader.string(u"internalId");
    system.definition = Altinn::SystemDefinition::fromJson(reader.object(u"definition"));
    system.isDeleted = reader.boolean(u"isDeleted", false);
    system.created = reader.dateTime(u"created");
    return system;
}

QJsonObject requestToJson(const SandboxRequestRecord &request)
{
    return {{u"id"_s, request.id}, {u"kind"_s, kindName(request.kind)}, {u"systemId"_s, request.systemId},
        {u"partyOrgNo"_s, request.partyOrgNo}, {u"externalRef"_s, request.externalRef},
        {u"integrationTitle"_s, request.integrationTitle},
        {u"rights"_s, Altinn::Rights::toJson(request.rights)},
        {u"accessPackages"_s, Altinn::AccessPackageRefs::toJson(request.accessPackages)},
        {u"status"_s, Altinn::RequestStatuses::toString(request.status)},
        {u"redirectUrl"_s, optionalString(request.redirectUrl)},
        {u"created"_s, Altinn::formatDateTime(request.created)}, {u"escalated"_s, request.escalated},
        {u"isDeleted"_s, request.isDeleted}};
}

SandboxRequestRecord requestFromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SandboxRequestRecord request;
    request.id = reader.string(u"id");
    request.kind = kindFromName(reader.string(u"kind"));
    request.systemId = reader.string(u"systemId");
    request.partyOrgNo = reader.string(u"partyOrgNo");
    request.externalRef = reader.string(u"externalRef");
    request.integrationTitle = reader.string(u"integrationTitle");
    request.rights = Altinn::Rights::fromJson(reader.array(u"rights"));
    request.accessPackages = Altinn::AccessPackageRefs::fromJson(reader.array(u"accessPackages"));
    request.status = Altinn::RequestStatuses::fromString(reader.string(u"status"));
    request.redirectUrl = reader.optionalString(u"redirectUrl");
    request.created = reader.dateTime(u"created");
    request.escalated = reader.boolean(u"escalated", false);
    request.isDeleted = reader.boolean(u"isDeleted", false);
    return request;
}

QJsonObject changeRequestToJson(const SandboxChangeRequestRecord &request)
{
    return {{u"id"_s, request.id}, {u"systemUserId"_s, request.systemUserId},
        {u"systemId"_s, request.systemId}, {u"partyOrgNo"_s, request.partyOrgNo},
        {u"externalRef"_s, request.externalRef}, {u"change"_s, request.change.toJson()},
        {u"status"_s, Altinn::RequestStatuses::toString(request.status)},
        {u"created"_s, Altinn::formatDateTime(request.created)}, {u"isDeleted"_s, request.isDeleted}};
}

SandboxChangeRequestRecord changeRequestFromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SandboxChangeRequestRecord request;
    request.id = reader.string(u"id");
    request.systemUserId = reader.string(u"systemUserId");
    request.systemId = reader.string(u"systemId");
    request.partyOrgNo = reader.string(u"partyOrgNo");
    request.externalRef = reader.string(u"externalRef");
    request.change = Altinn::ChangeRequest::fromJson(reader.object(u"change"));
    request.status = Altinn::RequestStatuses::fromString(reader.string(u"status"));
    request.created = reader.dateTime(u"created");
    request.isDeleted = reader.boolean(u"isDeleted", false);
    return request;
}

QJsonObject systemUserToJson(const SandboxSystemUserRecord &user)
{
    return {{u"id"_s, user.id}, {u"kind"_s, kindName(user.kind)}, {u"systemId"_s, user.systemId},
        {u"partyOrgNo"_s, user.partyOrgNo}, {u"externalRef"_s, user.externalRef},
        {u"integrationTitle"_s, user.integrationTitle}, {u"supplierOrgNo"_s, user.supplierOrgNo},
        {u"rights"_s, Altinn::Rights::toJson(user.rights)},
        {u"accessPackages"_s, Altinn::AccessPackageRefs::toJson(user.accessPackages)},
        {u"created"_s, Altinn::formatDateTime(user.created)}, {u"isDeleted"_s, user.isDeleted},
        {u"sequence"_s, user.sequence}};
}

SandboxSystemUserRecord systemUserFromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    SandboxSystemUserRecord user;
    user.id = reader.string(u"id");
    user.kind = kindFromName(reader.string(u"kind"));
    user.systemId = reader.string(u"systemId");
    user.partyOrgNo = reader.string(u"partyOrgNo");
    user.externalRef = reader.string(u"externalRef");
    user.integrationTitle = reader.string(u"integrationTitle");
    user.supplierOrgNo = reader.string(u"supplierOrgNo");
    user.rights = Altinn::Rights::fromJson(reader.array(u"rights"));
    user.accessPackages = Altinn::AccessPackageRefs::fromJson(reader.array(u"accessPackages"));
    user.created = reader.dateTime(u"created");
    user.isDeleted = reader.boolean(u"isDeleted", false);
    user.sequence = static_cast<qint64>(reader.value(u"sequence").toDouble());
    return user;
}

QJsonObject changeLogToJson(const SandboxChangeLogRecord &record)
{
    return {{u"systemId"_s, record.systemId}, {u"changedByOrgNumber"_s, record.changedByOrgNumber},
        {u"changeType"_s, record.changeType}, {u"changedData"_s, record.changedData},
        {u"clientId"_s, record.clientId}, {u"created"_s, Altinn::formatDateTime(record.created)}};
}

SandboxChangeLogRecord changeLogFromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    return {reader.string(u"systemId"), reader.string(u"changedByOrgNumber"), reader.string(u"changeType"),
        reader.value(u"changedData"), reader.string(u"clientId"), reader.dateTime(u"created")};
}

QJsonObject maskinportenClientToJson(const SandboxMaskinportenClient &client)
{
    return {{u"clientId"_s, client.clientId}, {u"orgNo"_s, client.orgNo},
        {u"scopes"_s, QJsonArray::fromStringList(client.scopes)}, {u"keys"_s, client.keys},
        {u"created"_s, Altinn::formatDateTime(client.created)}};
}

SandboxMaskinportenClient maskinportenClientFromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    return {reader.string(u"clientId"), reader.string(u"orgNo"), reader.stringList(u"scopes"),
        reader.array(u"keys"), reader.dateTime(u"created")};
}

template <typename Record, typename ToJson>
QJsonArray toArray(const QMap<QString, Record> &records, ToJson toJson)
{
    QJsonArray array;
    for (const Record &record : records)
        array.append(toJson(record));
    return array;
}

} // namespace

QJsonObject SandboxState::toJson() const
{
    QJsonArray changeLogArray;
    for (const auto &record : changeLog)
        changeLogArray.append(changeLogToJson(record));
    return {{u"format"_s, 1}, {u"systems"_s, toArray(systems, systemToJson)},
        {u"changeLog"_s, changeLogArray}, {u"requests"_s, toArray(requests, requestToJson)},
        {u"changeRequests"_s, toArray(changeRequests, changeRequestToJson)},
        {u"systemUsers"_s, toArray(systemUsers, systemUserToJson)},
        {u"nextSystemUserSequence"_s, nextSystemUserSequence},
        {u"maskinportenClients"_s, toArray(maskinportenClients, maskinportenClientToJson)}};
}

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(u"format"_s).toInt() != 1) {
        if (error)
            *error = u"not a sandbox state file (format 1)"_s;
        return std::nullopt;
    }
    SandboxState state;
    for (const QJsonValue &value : object.value(u"systems"_s).toArray()) {
        SandboxSystem system = systemFromJson(value.toObject());
        if (!system.isDeleted) {
            for (const QString &clientId : std::as_const(system.definition.clientIds))
                state.clientIdOwners.insert(clientId.toLower(), system.definition.id);
        }
        state.systems.insert(system.definition.id, system);
    }
    for (const QJsonValue &value : object.value(u"changeLog"_s).toArray())
        state.changeLog.append(changeLogFromJson(value.toObject()));
    for (const QJsonValue &value : object.value(u"requests"_s).toArray()) {
        const SandboxRequestRecord request = requestFromJson(value.toObject());
        state.requests.insert(request.id, request);
    }
    for (const QJsonValue &value : object.value(u"changeRequests"_s).toArray()) {
        const SandboxChangeRequestRecord request = changeRequestFromJson(value.toObject());
        state.changeRequests.insert(request.id, request);
    }
    for (const QJsonValue &value : object.value(u"systemUsers"_s).toArray()) {
        const SandboxSystemUserRecord user = systemUserFromJson(value.toObject());
        state.systemUsers.insert(user.id, user);
    }
    for (const QJsonValue &value : object.value(u"maskinportenClients"_s).toArray()) {
        const SandboxMaskinportenClient client = maskinportenClientFromJson(value.toObject());
        state.maskinportenClients.insert(client.clientId.toLower(), client);
    }
    state.nextSystemUserSequence =
        std::max<qint64>(1, static_cast<qint64>(object.value(u"nextSystemUserSequence"_s).toDouble()));
    return state;
}

void SandboxState::addRequest(const SandboxRequestRecord &request)
{
    const bool isNew = !requests.contains(request.id);
    requests.insert(request.id, request);
    m_index.requestAdded(*this, request, isNew);
}

void SandboxState::addChangeRequest(const SandboxChangeRequestRecord &request)
{
    const bool isNew = !changeRequests.contains(request.id);
    changeRequests.insert(request.id, request);
    m_index.changeRequestAdded(*this, request, isNew);
}

void SandboxState::addSystemUser(const SandboxSystemUserRecord &user)
{
    const bool isNew = !systemUsers.contains(user.id);
    systemUsers.insert(user.id, user);
    m_index.systemUserAdded(*this, user, isNew);
}
