#include "sandbox/SandboxState.h"

#include "model/JsonNumber.h"
#include "model/JsonObjectReader.h"
#include "sandbox/SystemRegisterBinding.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Altinn::JsonObjectReader;

namespace {

QString kindName(Altinn::RequestKind kind)
{
    return kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s;
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

QJsonObject changeRequestToJson(const SandboxChangeRequestRecord &request)
{
    return {{u"id"_s, request.id}, {u"systemUserId"_s, request.systemUserId},
        {u"systemId"_s, request.systemId}, {u"partyOrgNo"_s, request.partyOrgNo},
        {u"externalRef"_s, request.externalRef}, {u"change"_s, request.change.toJson()},
        {u"status"_s, Altinn::RequestStatuses::toString(request.status)},
        {u"created"_s, Altinn::formatDateTime(request.created)}, {u"isDeleted"_s, request.isDeleted}};
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

QJsonObject changeLogToJson(const SandboxChangeLogRecord &record)
{
    return {{u"systemId"_s, record.systemId}, {u"changedByOrgNumber"_s, record.changedByOrgNumber},
        {u"changeType"_s, record.changeType}, {u"changedData"_s, record.changedData},
        {u"clientId"_s, record.clientId}, {u"created"_s, Altinn::formatDateTime(record.created)}};
}

QJsonObject maskinportenClientToJson(const SandboxMaskinportenClient &client)
{
    return {{u"clientId"_s, client.clientId}, {u"orgNo"_s, client.orgNo},
        {u"scopes"_s, QJsonArray::fromStringList(client.scopes)}, {u"keys"_s, client.keys},
        {u"created"_s, Altinn::formatDateTime(client.created)}};
}

QJsonObject idportenClientToJson(const SandboxIdPortenClient &client)
{
    return {{u"clientId"_s, client.clientId}, {u"orgNo"_s, client.orgNo},
        {u"clientName"_s, client.clientName},
        {u"redirectUris"_s, QJsonArray::fromStringList(client.redirectUris)},
        {u"scopes"_s, QJsonArray::fromStringList(client.scopes)}, {u"keys"_s, client.keys},
        {u"created"_s, Altinn::formatDateTime(client.created)}};
}

/// What @p value is, for "expected …, found …" messages.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return u"nothing"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"the number %1"_s.arg(value.toDouble(), 0, 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        return u"the string \"%1\""_s.arg(text.size() > 40 ? QString(text.left(40) + u'…') : text);
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    }
    return u"something else"_s;
}

/**
 * One object of a state file, read member by member with each type checked on the way. The first problem
 * is kept, with its path ("requests[3].status: expected …") and what was found, and ends the load:
 * a state the sandbox cannot read is refused rather than loaded half (and then saved over). Members are
 * matched ignoring case; absent and null members give the default, members of other names are ignored.
 * Paths are only spelt out for a problem: a state can hold hundreds of thousands of records.
 */
class Record
{
public:
    /// The state object itself.
    Record(const QJsonObject &object, QString &problem)
        : m_object(object)
        , m_problem(problem)
    { }
    /// Member @p name of @p parent, or element @p index of that array member.
    Record(const QJsonObject &object, const Record &parent, QStringView name, qsizetype index = -1)
        : m_object(object)
        , m_problem(parent.m_problem)
        , m_parent(&parent)
        , m_name(name)
        , m_index(index)
    { }

    bool ok() const { return m_problem.isEmpty(); }
    const QJsonObject &object() const { return m_object; }
    QString path() const
    {
        if (!m_parent)
            return {};
        const QString member = m_parent->path(m_name);
        return m_index < 0 ? member : u"%1[%2]"_s.arg(member).arg(m_index);
    }
    QString path(QStringView name) const
    {
        const QString own = path();
        return own.isEmpty() ? name.toString() : QString(own + u'.' + name);
    }
    QJsonValue member(QStringView name) const { return JsonObjectReader(m_object).value(name); }

    /// Records the first problem: at member @p name (or this record itself when empty), @p expected was
    /// expected and @p found found.
    void fail(QStringView name, const QString &expected, const QJsonValue &found)
    {
        report(name, u"expected %1 (found %2)"_s.arg(expected, describe(found)));
    }
    void report(QStringView name, const QString &message)
    {
        if (m_problem.isEmpty())
            m_problem = (name.isEmpty() ? path() : path(name)) + u": "_s + message;
    }

    QString string(QStringView name, bool required = false)
    {
        const QJsonValue value = member(name);
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (required || !isAbsent(value))
            fail(name, required ? u"a non-empty string"_s : u"a string"_s, value);
        return {};
    }
    std::optional<QString> optionalString(QStringView name)
    {
        const QJsonValue value = member(name);
        if (isAbsent(value))
            return std::nullopt;
        if (!value.isString())
            fail(name, u"a string or null"_s, value);
        return value.toString();
    }
    bool boolean(QStringView name)
    {
        const QJsonValue value = member(name);
        if (!isAbsent(value) && !value.isBool())
            fail(name, u"true or false"_s, value);
        return value.toBool(false);
    }
    /// A whole number from @p min to @p max (Altinn::JsonNumber); @p fallback when absent, or a problem
    /// when there is none.
    qint64 integer(QStringView name, qint64 min, qint64 max, std::optional<qint64> fallback)
    {
        const QJsonValue value = member(name);
        if (isAbsent(value) && fallback)
            return *fallback;
        const auto number = Altinn::JsonNumber::wholeNumber(value, min, max);
        if (!number)
            fail(name, u"a whole number from %1 to %2"_s.arg(min).arg(max), value);
        return number.value_or(0);
    }
    /// A time as the state file writes it; "" (or absent) is no time.
    QDateTime dateTime(QStringView name)
    {
        const QString text = string(name);
        if (text.isEmpty())
            return {};
        const QDateTime parsed = Altinn::parseDateTime(text);
        if (!parsed.isValid())
            fail(name, u"a date-time such as \"2026-11-23T07:40:12.345Z\""_s, member(name));
        return parsed;
    }
    Altinn::RequestStatus status(QStringView name)
    {
        const QJsonValue value = member(name);
        if (isAbsent(value))
            return Altinn::RequestStatus::New;
        const auto status = Altinn::RequestStatuses::fromString(value.toString());
        if (!value.isString() || status == Altinn::RequestStatus::Unknown)
            fail(name, u"one of New, Accepted, Rejected, Denied, Timedout, NoChangeNeeded"_s, value);
        return status;
    }
    Altinn::RequestKind kind(QStringView name)
    {
        const QJsonValue value = member(name);
        if (isAbsent(value) || value == u"standard"_s)
            return Altinn::RequestKind::Standard;
        if (value != u"agent"_s)
            fail(name, u"\"standard\" or \"agent\""_s, value);
        return Altinn::RequestKind::Agent;
    }
    QJsonArray array(QStringView name)
    {
        const QJsonValue value = member(name);
        if (!isAbsent(value) && !value.isArray())
            fail(name, u"an array"_s, value);
        return value.toArray();
    }
    QStringList strings(QStringView name)
    {
        QStringList strings;
        const QJsonArray values = array(name);
        for (qsizetype i = 0; i < values.size() && ok(); ++i) {
            if (!values.at(i).isString())
                Record({}, *this, name, i).fail({}, u"a string"_s, values.at(i));
            strings.append(values.at(i).toString());
        }
        return strings;
    }
    QList<Altinn::Right> rights(QStringView name)
    {
        QList<Altinn::Right> rights;
        forEach(name, u"a right {\"resource\": [{\"id\": …, \"value\": …}]}"_s, [&rights](Record &record) {
            Altinn::Right right;
            right.action = record.optionalString(u"action");
            record.forEach(
                u"resource", u"an attribute pair {\"id\": …, \"value\": …}"_s, [&right](Record &pair) {
                    right.resource.append({pair.string(u"id"), pair.string(u"value")});
                });
            rights.append(right);
        });
        return rights;
    }
    QList<Altinn::AccessPackageRef> packages(QStringView name)
    {
        QList<Altinn::AccessPackageRef> packages;
        forEach(name, u"an access package {\"urn\": …}"_s,
            [&packages](Record &package) { packages.append({package.string(u"urn")}); });
        return packages;
    }
    /// The object member @p name as a record of its own (empty when absent or null).
    Record nested(QStringView name)
    {
        const QJsonValue value = member(name);
        if (!isAbsent(value) && !value.isObject())
            fail(name, u"an object"_s, value);
        return Record(value.toObject(), *this, name);
    }
    /// Each element of the array member @p name, which must be an object (@p what), read by @p read.
    template <typename Read> void forEach(QStringView name, const QString &what, Read read)
    {
        const QJsonArray values = array(name);
        for (qsizetype i = 0; i < values.size() && ok(); ++i) {
            Record element(values.at(i).toObject(), *this, name, i);
            if (!values.at(i).isObject()) {
                element.fail({}, what, values.at(i));
                return;
            }
            read(element);
        }
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    QJsonObject m_object;
    QString &m_problem;
    const Record *m_parent = nullptr;
    QStringView m_name; ///< a literal: member names are never built at run time
    qsizetype m_index = -1;
};

SandboxSystem systemFromJson(Record &record)
{
    SandboxSystem system;
    system.internalId = record.string(u"internalId");
    const QJsonValue definition = record.member(u"definition");
    if (!definition.isObject()) {
        record.fail(u"definition", u"a system definition (an object)"_s, definition);
        return system;
    }
    // The definition is a RegisterSystemRequest: checked as the system register binds one.
    if (const auto error = SystemRegisterBinding::conversionError(definition.toObject())) {
        record.report(u"definition", u"not a system as the register writes it: "_s + *error);
        return system;
    }
    system.definition = Altinn::SystemDefinition::fromJson(definition.toObject());
    system.definition.isDeleted.reset();
    if (system.definition.id.isEmpty())
        Record(definition.toObject(), record, u"definition").string(u"id", true);
    system.isDeleted = record.boolean(u"isDeleted");
    system.created = record.dateTime(u"created");
    return system;
}

SandboxRequestRecord requestFromJson(Record &record)
{
    SandboxRequestRecord request;
    request.id = record.string(u"id", true);
    request.kind = record.kind(u"kind");
    request.systemId = record.string(u"systemId");
    request.partyOrgNo = record.string(u"partyOrgNo");
    request.externalRef = record.string(u"externalRef");
    request.integrationTitle = record.string(u"integrationTitle");
    request.rights = record.rights(u"rights");
    request.accessPackages = record.packages(u"accessPackages");
    request.status = record.status(u"status");
    request.redirectUrl = record.optionalString(u"redirectUrl");
    request.created = record.dateTime(u"created");
    request.escalated = record.boolean(u"escalated");
    request.isDeleted = record.boolean(u"isDeleted");
    return request;
}

SandboxChangeRequestRecord changeRequestFromJson(Record &record)
{
    SandboxChangeRequestRecord request;
    request.id = record.string(u"id", true);
    request.systemUserId = record.string(u"systemUserId");
    request.systemId = record.string(u"systemId");
    request.partyOrgNo = record.string(u"partyOrgNo");
    request.externalRef = record.string(u"externalRef");
    Record changeRecord = record.nested(u"change");
    request.change.requiredRights = changeRecord.rights(u"requiredRights");
    request.change.unwantedRights = changeRecord.rights(u"unwantedRights");
    request.change.requiredAccessPackages = changeRecord.packages(u"requiredAccessPackages");
    request.change.unwantedAccessPackages = changeRecord.packages(u"unwantedAccessPackages");
    request.change.redirectUrl = changeRecord.optionalString(u"redirectUrl");
    request.status = record.status(u"status");
    request.created = record.dateTime(u"created");
    request.isDeleted = record.boolean(u"isDeleted");
    return request;
}

SandboxSystemUserRecord systemUserFromJson(Record &record)
{
    SandboxSystemUserRecord user;
    user.id = record.string(u"id", true);
    user.kind = record.kind(u"kind");
    user.systemId = record.string(u"systemId");
    user.partyOrgNo = record.string(u"partyOrgNo");
    user.externalRef = record.string(u"externalRef");
    user.integrationTitle = record.string(u"integrationTitle");
    user.supplierOrgNo = record.string(u"supplierOrgNo");
    user.rights = record.rights(u"rights");
    user.accessPackages = record.packages(u"accessPackages");
    user.created = record.dateTime(u"created");
    user.isDeleted = record.boolean(u"isDeleted");
    user.sequence = record.integer(u"sequence", 0, Altinn::JsonNumber::MaxExactInteger, 0);
    return user;
}

SandboxChangeLogRecord changeLogFromJson(Record &record)
{
    SandboxChangeLogRecord entry;
    entry.systemId = record.string(u"systemId");
    entry.changedByOrgNumber = record.string(u"changedByOrgNumber");
    entry.changeType = record.string(u"changeType");
    entry.changedData = record.member(u"changedData"); // the body as sent: any JSON
    entry.clientId = record.string(u"clientId");
    entry.created = record.dateTime(u"created");
    return entry;
}

SandboxMaskinportenClient maskinportenClientFromJson(Record &record)
{
    SandboxMaskinportenClient client;
    client.clientId = record.string(u"clientId", true);
    client.orgNo = record.string(u"orgNo");
    client.scopes = record.strings(u"scopes");
    // Each key as the registry stores it: a JWK with its kid and the expiry /token checks (MP-121).
    record.forEach(u"keys", u"a JWK object"_s, [&client](Record &key) {
        key.string(u"kid", true);
        key.integer(
            u"exp", -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger, std::nullopt);
        client.keys.append(QJsonValue(key.object()));
    });
    client.created = record.dateTime(u"created");
    return client;
}

SandboxIdPortenClient idportenClientFromJson(Record &record)
{
    SandboxIdPortenClient client;
    client.clientId = record.string(u"clientId", true);
    client.orgNo = record.string(u"orgNo");
    client.clientName = record.string(u"clientName");
    client.redirectUris = record.strings(u"redirectUris");
    client.scopes = record.strings(u"scopes");
    // Keys as the registry stores them, like a Maskinporten client's: kid and the expiry /token checks.
    record.forEach(u"keys", u"a JWK object"_s, [&client](Record &key) {
        key.string(u"kid", true);
        key.integer(
            u"exp", -Altinn::JsonNumber::MaxExactInteger, Altinn::JsonNumber::MaxExactInteger, std::nullopt);
        client.keys.append(QJsonValue(key.object()));
    });
    client.created = record.dateTime(u"created");
    return client;
}

QJsonObject appInstanceToJson(const SandboxAppInstance &instance)
{
    return {{u"id"_s, instance.id}, {u"org"_s, instance.org}, {u"app"_s, instance.app},
        {u"ownerOrgNo"_s, instance.ownerOrgNo}, {u"createdBy"_s, instance.createdBy},
        {u"created"_s, Altinn::formatDateTime(instance.created)},
        {u"dueBefore"_s, Altinn::formatDateTime(instance.dueBefore)},
        {u"visibleAfter"_s, Altinn::formatDateTime(instance.visibleAfter)}};
}

SandboxAppInstance appInstanceFromJson(Record &record)
{
    SandboxAppInstance instance;
    instance.id = record.string(u"id", true);
    instance.org = record.string(u"org", true);
    instance.app = record.string(u"app", true);
    instance.ownerOrgNo = record.string(u"ownerOrgNo", true);
    instance.createdBy = record.string(u"createdBy");
    instance.created = record.dateTime(u"created");
    instance.dueBefore = record.dateTime(u"dueBefore");
    instance.visibleAfter = record.dateTime(u"visibleAfter");
    return instance;
}

/// nb/nn/en texts as CatalogueAdditions keeps them: each a string.
QJsonObject catalogueTexts(Record &record, QStringView name)
{
    Record texts = record.nested(name);
    return {{u"nb"_s, texts.string(u"nb")}, {u"nn"_s, texts.string(u"nn")}, {u"en"_s, texts.string(u"en")}};
}

/// The vendor's catalogue additions (CatalogueAdditions::toJson): each entry's keys and types checked; what
/// an entry refers to is checked where the catalogue is merged (SeedCatalogue leaves out what does not fit).
CatalogueAdditions catalogueFromJson(Record &record)
{
    CatalogueAdditions additions;
    record.forEach(u"resources", u"a ServiceResource object"_s, [&additions](Record &resource) {
        resource.string(u"identifier", true);
        resource.nested(u"title");
        resource.nested(u"hasCompetentAuthority");
        resource.string(u"resourceType");
        additions.putResource(resource.object());
    });
    record.forEach(
        u"areaGroups", u"an area group {\"id\", \"name\", \"entityType\"}"_s, [&additions](Record &group) {
            additions.putAreaGroup(
                {{u"id"_s, group.string(u"id", true)}, {u"name"_s, catalogueTexts(group, u"name")},
                    {u"entityType"_s, group.string(u"entityType", true)}});
        });
    record.forEach(u"areas", u"an area {\"urn\", \"group\", …}"_s, [&additions](Record &area) {
        QJsonObject object{{u"id"_s, area.string(u"id")}, {u"urn"_s, area.string(u"urn", true)},
            {u"name"_s, catalogueTexts(area, u"name")}, {u"iconUrl"_s, area.string(u"iconUrl")},
            {u"group"_s, area.string(u"group", true)}};
        if (!area.member(u"description").isUndefined() && !area.member(u"description").isNull())
            object.insert(u"description"_s, catalogueTexts(area, u"description"));
        additions.putArea(object);
    });
    record.forEach(u"packages", u"an access package {\"urn\", \"area\", …}"_s, [&additions](Record &package) {
        additions.putPackage({{u"id"_s, package.string(u"id")}, {u"urn"_s, package.string(u"urn", true)},
            {u"code"_s, package.string(u"code")}, {u"name"_s, catalogueTexts(package, u"name")},
            {u"description"_s, catalogueTexts(package, u"description")},
            {u"area"_s, package.string(u"area", true)}, {u"isDelegable"_s, package.boolean(u"isDelegable")},
            {u"isAssignable"_s, package.boolean(u"isAssignable")},
            {u"isAvailableForServiceOwners"_s, package.boolean(u"isAvailableForServiceOwners")}});
    });
    record.forEach(
        u"organisations", u"an organisation {\"orgNo\", \"name\"}"_s, [&additions](Record &organisation) {
            const QString orgNo = organisation.string(u"orgNo", true);
            additions.putOrganisation(orgNo, organisation.string(u"name"));
        });
    return additions;
}

template <typename Item, typename ToJson>
QJsonArray toArray(const QMap<QString, Item> &records, ToJson toJson)
{
    QJsonArray array;
    for (const Item &record : records)
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
        {u"maskinportenClients"_s, toArray(maskinportenClients, maskinportenClientToJson)},
        {u"idportenClients"_s, toArray(idportenClients, idportenClientToJson)},
        {u"catalogueAdditions"_s, catalogueAdditions.toJson()},
        {u"appInstances"_s, toArray(appInstances, appInstanceToJson)}};
}

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject &object, QString *error)
{
    QString problem;
    Record root(object, problem);
    const QJsonValue format = root.member(u"format");
    if (Altinn::JsonNumber::wholeNumber(format) != 1)
        root.fail(root.path(u"format"), u"1, the format this sandbox reads and writes"_s, format);
    SandboxState state;
    root.forEach(u"systems", u"an object"_s, [&state](Record &record) {
        SandboxSystem system = systemFromJson(record);
        if (!system.isDeleted) {
            for (const QString &clientId : std::as_const(system.definition.clientIds))
                state.clientIdOwners.insert(clientId.toLower(), system.definition.id);
        }
        state.systems.insert(system.definition.id, system);
    });
    root.forEach(u"changeLog", u"an object"_s,
        [&state](Record &record) { state.changeLog.append(changeLogFromJson(record)); });
    root.forEach(u"requests", u"an object"_s, [&state](Record &record) {
        const SandboxRequestRecord request = requestFromJson(record);
        state.requests.insert(request.id, request);
    });
    root.forEach(u"changeRequests", u"an object"_s, [&state](Record &record) {
        const SandboxChangeRequestRecord request = changeRequestFromJson(record);
        state.changeRequests.insert(request.id, request);
    });
    root.forEach(u"systemUsers", u"an object"_s, [&state](Record &record) {
        const SandboxSystemUserRecord user = systemUserFromJson(record);
        state.systemUsers.insert(user.id, user);
    });
    root.forEach(u"maskinportenClients", u"an object"_s, [&state](Record &record) {
        const SandboxMaskinportenClient client = maskinportenClientFromJson(record);
        state.maskinportenClients.insert(client.clientId.toLower(), client);
    });
    root.forEach(u"idportenClients", u"an object"_s, [&state](Record &record) {
        const SandboxIdPortenClient client = idportenClientFromJson(record);
        state.idportenClients.insert(client.clientId.toLower(), client);
    });
    root.forEach(u"appInstances", u"an object"_s, [&state](Record &record) {
        const SandboxAppInstance instance = appInstanceFromJson(record);
        state.appInstances.insert(instance.id, instance);
    });
    Record catalogue = root.nested(u"catalogueAdditions");
    state.catalogueAdditions = catalogueFromJson(catalogue);
    state.nextSystemUserSequence =
        root.integer(u"nextSystemUserSequence", 1, Altinn::JsonNumber::MaxExactInteger, 1);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
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
